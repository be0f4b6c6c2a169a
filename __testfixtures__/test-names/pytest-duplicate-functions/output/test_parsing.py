def test_parse_1():
    assert parse('1') == 1


def test_parse():
    assert parse('2') == 2
