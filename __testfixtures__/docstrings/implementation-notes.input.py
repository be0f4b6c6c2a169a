from datetime import time


class YAMLSerializer:
    def handle_field(self, obj, field):
        # A nasty special case: base YAML doesn't support serialization of time
        # types. Converting them to strings isn't perfect, but it's better than
        # a type which would halt deserialization under any other language.
        if isinstance(getattr(obj, field.name), time):
            self._current[field.name] = str(getattr(obj, field.name))
        else:
            super().handle_field(obj, field)


class DatabaseFeatures:
    @property
    def supports_default_in_lead_lag(self):
        # To be added in https://jira.mariadb.org/browse/MDEV-12981.
        return not self.connection.mysql_is_mariadb

    def supports_json_field(self):
        # TODO: drop once the oldest supported release has JSON1 built in.
        return self.connection.sqlite_version_info >= (3, 9)


class GenericSitemap:
    def items(self):
        # Make sure to return a clone; we don't want premature evaluation.
        return self.queryset.filter()


class NumericOutput:
    def as_sqlite(self, compiler, connection, **extra_context):
        # Casting to numeric is unnecessary.
        return self.as_sql(compiler, connection, **extra_context)


class EmailField:
    def formfield(self, **kwargs):
        # As with CharField, this will cause email validation to be performed
        # twice.
        return dict(kwargs, form_class="EmailField")


class ForeignKey:
    def contribute_to_related_class(self, cls, related):
        # Internal FK's - i.e., those with a related name ending with '+' -
        # and swapped models don't get a related descriptor.
        if not self.remote_field.is_hidden() and not related.related_model._meta.swapped:
            setattr(cls, related.get_accessor_name(), self.related_accessor_class(related))


class Reverse:
    def as_oracle(self, compiler, connection, **extra_context):
        # REVERSE in Oracle is undocumented and doesn't support multi-byte
        # strings. Use a special subquery instead.
        return self.as_sql(compiler, connection, template="REVERSE_SUBQUERY", **extra_context)


class DiscoverRunner:
    def run_tests(self, test_labels):
        # Checks are run after database creation since some checks require
        # database access.
        old_config = self.setup_databases()
        self.run_checks(old_config)
        return self.run_suite(self.build_suite(test_labels))


class Animation:
    def _post_draw(self, framedata, blit):
        # After the frame is rendered, this handles the actual flushing of
        # the draw, which can be a direct draw_idle() or make use of the
        # blitting.
        if blit and self._drawn_artists:
            self._blit_draw(self._drawn_artists)
        else:
            self._fig.canvas.draw_idle()


class OracleSpatialAdapter:
    def prepare_database_save(self, unused):
        # Hook for Oracle.
        return self
