class Setup:
    def configure(self, parser):
        parser.prog = 'tool'
        parser.usage = None

        # XXX: the order matters here
        self.register_action('store')
        self.register_action('append')
        self.register_action('count')

        # If there are any defaults
        parser.defaults = {}
        parser.ready = True
