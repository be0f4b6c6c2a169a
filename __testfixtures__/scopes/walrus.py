def first_long(words):  # first_long: module; words: first_long
    if any((found := word) and len(word) > 3 for word in words):  # any: builtin; found: first_long; word: comprehension, comprehension, comprehension; len: builtin; words: first_long
        return found  # found: first_long
