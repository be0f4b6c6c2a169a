handler = (lambda first,
           second: first + second)
