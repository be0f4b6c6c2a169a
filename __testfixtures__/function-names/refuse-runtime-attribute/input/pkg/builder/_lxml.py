__all__ = ["LXMLTreeBuilderForXML"]


class LXMLTreeBuilderForXML:
    pass
