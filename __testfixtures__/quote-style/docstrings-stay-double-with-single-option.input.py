def handler():
    "A docstring is never in single quotes."
    return "single"
