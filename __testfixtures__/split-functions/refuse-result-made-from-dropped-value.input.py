from osgeo import ogr


def setup_method(self):
    driver = ogr.GetDriverByName("ESRI Shapefile")
    self.clean(driver)

    # Create a single record shapefile.
    source = driver.CreateDataSource(self.path)
    layer = source.CreateLayer("edges", None, ogr.wkbLineString)

    feature = ogr.Feature(layer.GetLayerDefn())
    layer.CreateFeature(feature)
