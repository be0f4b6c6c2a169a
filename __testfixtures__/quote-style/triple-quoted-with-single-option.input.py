def handler():
    '''Triple-quoted strings use double quotes whatever the option says.'''
    return "single"
