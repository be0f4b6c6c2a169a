def prepare(self):
    # Load the config and connect to the API.
    config = self.load_config()
    self.api = self.connect_api(config)

    # Keep flavor1 for later use.
    self.flavor1 = flavor1
