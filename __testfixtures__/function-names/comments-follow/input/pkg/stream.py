class Stream:
    def read(self):
        """Read, after _maybe_add_error_listener has run."""
        # Regression: read() and Stream._maybe_add_error_listener used to race.
        self._maybe_add_error_listener()
        return self.run()

    def _maybe_add_error_listener(self):
        # see _maybe_add_error_listener.py for the history
        # and pkg/_maybe_add_error_listener for the notes
        pass

    def run(self):
        # run() is called by read(); run_it is another name.
        return 1
