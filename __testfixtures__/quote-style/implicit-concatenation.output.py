MESSAGE = ('first part, '
           'it\'s the second, '
           'the "third" keeps its quotes, '
           'and the last')
