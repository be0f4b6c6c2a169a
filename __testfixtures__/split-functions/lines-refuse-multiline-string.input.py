def show(flag):
    if flag:
        text = """first
second"""
        print(text)
    return flag
