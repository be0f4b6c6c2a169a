result = compute(first, second,)
