def debug(session, payload):
    req = session.prepare(payload)
    print(f"{req=}")
    return req
