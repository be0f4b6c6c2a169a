class _Shell:
    def _do_copy(self, src):
        return src

    def _run(self, command, argument):
        return getattr(self, "_do_" + command)(src=argument)
