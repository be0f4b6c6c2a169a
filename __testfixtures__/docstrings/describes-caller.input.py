class TranslationCatalog:
    def update(self, trans):
        # Merge if plural function is the same, else prepend.
        for cat, plural in zip(self._catalogs, self._plurals):
            if trans.plural.__code__ == plural.__code__:
                cat.update(trans._catalog)
                break
        else:
            self._catalogs.insert(0, trans._catalog.copy())
            self._plurals.insert(0, trans.plural)


class ReverseOneToOneDescriptor:
    def __reduce__(self):
        # Same purpose as ForwardManyToOneDescriptor.__reduce__().
        return getattr, (self.related.model, self.related.name)


class RunPython:
    def state_forwards(self, app_label, state):
        # RunPython objects have no state effect. To add some, combine this
        # with SeparateDatabaseAndState.
        pass


class TransactionTestCase:
    def _fixture_teardown(self):
        # Allow TRUNCATE ... CASCADE and don't emit the post_migrate signal
        # when flushing only a subset of the apps

        for db_name in self._databases_names(include_mirrors=False):
            self.flush(db_name, allow_cascade=self.available_apps is not None)


def total_size(files):
    # Sum the sizes of the files that still exist on disk.
    return sum(file.size for file in files if file.exists())


class PluginRegistry:
    # A registry of the installed plugins, by name.

    plugins = {}


def area(width, height):
    # The area of a rectangle, in square units.
    return width * height


class GEOSGeometryBase:
    def __getstate__(self):
        # The pickled state is simply a tuple of the WKB (in string form)
        # and the SRID.
        return self._to_pickle_wkb(), self.srid
