error = None  # error: module


def attempt(action):  # attempt: module; action: attempt
    try:
        action()  # action: attempt
    except ValueError as error:  # ValueError: builtin; error: attempt
        return error  # error: attempt
