def run_basic(path):
    """Run the basic tests of one file.

    >>> run_basic("tests/run_basic.py")  # run_basic.py
    'tests/run_basic.py'
    >>> run_basic('it\'s run_basic')
    "it's run_basic"
    """
    return path
