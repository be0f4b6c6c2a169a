class Collection:
    def get_datalim(self, transData):
        """Return the data limits of the collection."""
        return self._datalim

    def _prepare_points(self):
        # Helper for drawing and hit testing.
        return self.get_transform().transform(self.get_offsets())


def _exec(obj):
    # Run the dialog's event loop (exec on PyQt6, exec_ elsewhere).
    obj.exec() if hasattr(obj, "exec") else obj.exec_()
