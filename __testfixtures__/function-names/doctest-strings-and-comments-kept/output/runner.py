def run_smoke_tests(path):
    """Run the basic tests of one file.

    >>> run_smoke_tests("tests/run_basic.py")  # run_basic.py
    'tests/run_basic.py'
    >>> run_smoke_tests('it\'s run_basic')
    "it's run_basic"
    """
    return path
