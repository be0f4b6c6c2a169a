def prepare(self):
    config = self.load_config()
    self.api = self.connect_api(config)

    self.flavor1 = flavor1
