def compute(expression):
    val = 2
    return eval(expression)
