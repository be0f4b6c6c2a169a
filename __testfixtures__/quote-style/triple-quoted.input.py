'''Module docstring.'''


def handler():
    '''Handle it.

    It's "quoted" inside, and that is fine with triple quotes.
    '''
    return b'''bytes''', r'''raw\d''', f'''{handler}'''
