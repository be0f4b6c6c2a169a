def debug(request):
    req = make_request(request)
    print(f"{req=}")
    return req
