def wkb(self, capi):
    sz = self.wkb_size
    data = capi.to_wkb(self.handle, sz)
    return data[:sz]


def gdal_version_info(gdal_version):
    ver = gdal_version()
    return tuple(int(part) for part in ver.split("."))
