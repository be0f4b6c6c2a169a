class _ComputeManager:
    def _finish_the_resize_of_the_instance_on_the_host(self, instance):
        return instance

    def finish_resize(self, instances):
        def _on_each(instance):
            return self._finish_the_resize_of_the_instance_on_the_host(instance)

        return [_on_each(instance) for instance in instances]

    def finish_resize_later(self, instances, schedule):
        # A lambda's self and a closure's closure's self are the method's too.
        schedule(lambda: [self._finish_the_resize_of_the_instance_on_the_host(instance) for instance in instances])

        def _outer():
            def _inner(instance):
                return self._finish_the_resize_of_the_instance_on_the_host(instance)

            return [_inner(instance) for instance in instances]

        return _outer
