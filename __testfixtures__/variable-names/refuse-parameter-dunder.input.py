class Route:
    def __init__(self, src, dest):
        self.ends = (src, dest)


Route(src="a", dest="b")
