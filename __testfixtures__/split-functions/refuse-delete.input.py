def build(parts):
    text = ''
    buffer = list(parts)

    # Drop the buffer once joined.
    text = ''.join(buffer)
    del buffer

    print(buffer)
    return text
