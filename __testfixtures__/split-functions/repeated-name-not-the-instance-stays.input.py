class YaccSymbol:
    pass


def reduce_debug(stack, pname, plen):
    # Get production function
    sym = YaccSymbol()
    sym.type = pname
    sym.value = None

    targ = stack[-plen - 1:]
    return sym, targ


def reduce_fast(stack, pname, plen):
    # Get production function
    sym = YaccSymbol()
    sym.type = pname
    sym.value = None

    del stack[-plen:]
    return sym
