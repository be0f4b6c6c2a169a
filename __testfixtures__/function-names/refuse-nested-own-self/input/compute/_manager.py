class _ComputeManager:
    def _finish_the_resize_of_the_instance_on_the_host(self, instance):
        return instance

    def patch_driver(self, driver_class):
        # The nested function's own `self` is a driver, not this manager: the index
        # cannot tell its class, so the rename is refused rather than guessed.
        def finish(self, instance):
            return self._finish_the_resize_of_the_instance_on_the_host(instance)

        driver_class.finish = finish
        return self._finish_the_resize_of_the_instance_on_the_host(None)
