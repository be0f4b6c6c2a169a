def pytest_addoption(parser):
    parser.addoption("--dest")


def make_conn(addr):
    return addr
