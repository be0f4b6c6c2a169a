class Setup:
    def configure(self, parser):
        parser.prog = 'tool'
        parser.usage = None

        # XXX: the order matters here
        self._register_actions()

        # If there are any defaults
        parser.defaults = {}
        parser.ready = True

    def _register_actions(self):
        """Register action store, append and count."""
        self.register_action('store')
        self.register_action('append')
        self.register_action('count')
