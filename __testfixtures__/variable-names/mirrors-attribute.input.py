class Geometry:
    def __init__(self, capi, wkt):
        ptr = capi.from_wkt(wkt)
        if not ptr:
            raise ValueError(wkt)
        self.ptr = ptr
