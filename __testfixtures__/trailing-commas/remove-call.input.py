result = compute(first, second=2,)
spaced = compute(first, second , )
