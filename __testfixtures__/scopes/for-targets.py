def walk(pairs):  # walk: module; pairs: walk
    for index, (key, *rest) in enumerate(pairs):  # index: walk; key: walk; rest: walk; enumerate: builtin; pairs: walk
        print(index, key, rest)  # print: builtin; index: walk; key: walk; rest: walk
    else:
        index = -1  # index: walk
    return index  # index: walk
