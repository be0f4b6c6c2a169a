def debug(request):
    req = request.body
    print(f"{req=}")
    return req
