def run(path):
    """Run the tests of one file.

    >>> run("proj/test/test_socks.py")  # test_simple in it too
    """
    return path
