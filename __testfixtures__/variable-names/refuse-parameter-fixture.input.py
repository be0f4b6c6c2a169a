import pytest


@pytest.fixture
def server(tmp_path, req_timeout):
    return (tmp_path, req_timeout)
