class TestAttributeValueWithCharsetSubstitution:
    def test_value_charset_meta_attribute_value(self):
        # The value of a CharsetMetaAttributeValue is whatever encoding the string is in.
        value = CharsetMetaAttributeValue("euc-jp")
        assert "euc-jp" == value

    def test_content_meta_attribute_value(self):
        value = ContentMetaAttributeValue("text/html; charset=euc-jp")
        assert "text/html; charset=euc-jp" == value
