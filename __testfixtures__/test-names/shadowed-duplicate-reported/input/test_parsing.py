def test_parse():
    assert parse('1') == 1


def test_parse():
    assert parse('2') == 2
