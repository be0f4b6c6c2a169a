__all__ = ["_migrate_the_instance_to_the_other_host"]


class SecurityGroupCannotBeAppliedToTheInstance(Exception):
    pass


def schedule_the_instance_on_the_best_host(instance):
    return instance


def _migrate_the_instance_to_the_other_host(instance):
    return schedule_the_instance_on_the_best_host(instance)


class ComputeAPI:
    def _live_migrate_the_instance_to_the_host(self, instance):
        return _migrate_the_instance_to_the_other_host(instance)
