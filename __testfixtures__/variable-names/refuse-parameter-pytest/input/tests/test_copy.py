def helper(src):
    return src


def test_copy(tmp_dir, src_file):
    assert helper(src=src_file) == tmp_dir
