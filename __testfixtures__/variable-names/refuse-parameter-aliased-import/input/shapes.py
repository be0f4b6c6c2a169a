def scale(val, factor):
    return val * factor
