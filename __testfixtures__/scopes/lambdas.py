offset = 2  # offset: module
shift = lambda value, amount=offset: value + amount + offset  # shift: module; value: lambda, lambda; amount: lambda, lambda; offset: module, module
