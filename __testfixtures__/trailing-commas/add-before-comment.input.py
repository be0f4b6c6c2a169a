settings = dict(
    debug=False,
    retries=3  # the service drops one request in a thousand
)
