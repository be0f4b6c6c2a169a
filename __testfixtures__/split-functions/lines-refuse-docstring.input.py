def show(flag):
    """Show the flag."""
    print(flag)
