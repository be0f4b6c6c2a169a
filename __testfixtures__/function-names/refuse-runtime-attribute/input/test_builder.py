from pkg.builder import LXMLTreeBuilderForXML


def test_builder():
    assert LXMLTreeBuilderForXML()
