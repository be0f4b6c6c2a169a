class Element:
    def getTaggedValue(self, tag):
        return self.tags[tag]

    def queryTaggedValue(self, tag, default=None):
        return self.tags.get(tag, default)

    def isOrExtends(self, other):
        return other is self
