def handlers(names):
    label = 'first'
    result = []

    # Make the callbacks.
    callback = lambda: label.upper()
    result.append(callback)

    label = 'second'
    return result
