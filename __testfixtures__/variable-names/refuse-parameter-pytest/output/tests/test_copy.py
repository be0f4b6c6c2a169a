def helper(source):
    return source


def test_copy(tmp_dir, src_file):
    assert helper(source=src_file) == tmp_dir
