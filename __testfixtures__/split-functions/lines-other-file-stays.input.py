def show(flag):
    print(flag)
    print(not flag)
