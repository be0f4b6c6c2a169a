def handler():
    """A docstring is never written in single quotes, whatever the option says."""
    return 'single'
