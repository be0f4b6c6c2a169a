def run(code):
    ns = {}
    cnt = 0
    exec(code, ns)
    return cnt
