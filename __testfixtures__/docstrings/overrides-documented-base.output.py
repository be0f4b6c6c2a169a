import json

from zope.interface import implementer
from twisted.internet.interfaces import IPushProducer


class BaseDatabaseOperations:
    def last_executed_query(self, cursor, sql, params):
        """
        Return a string of the query last executed by the given cursor, with
        placeholders replaced with actual values.
        """
        return sql % params

    def no_limit_value(self):
        """
        Return the value to use for the LIMIT when we are wanting "LIMIT
        infinity". Return None if the limit clause can be omitted in this case.
        """
        raise NotImplementedError


class DatabaseOperations(BaseDatabaseOperations):
    def last_executed_query(self, cursor, sql, params):
        # Return the query the driver saved on the cursor, decoded.
        return cursor._executed.decode(errors="replace")

    def explain_query_prefix(self, format=None):
        """Use EXPLAIN FORMAT=JSON when a format is asked for."""
        return "EXPLAIN" if format is None else "EXPLAIN FORMAT=JSON"


class MySQLOperations(DatabaseOperations):
    def no_limit_value(self):
        # Return 2**64 - 1, as recommended by the MySQL documentation.
        return 18446744073709551615


class DjangoJSONEncoder(json.JSONEncoder):
    def default(self, o):
        # Encode dates and times as ISO 8601 strings.
        return self._iso(o)

    def _iso(self, o):
        """Drop the microseconds, which JavaScript's Date cannot read."""
        return o.isoformat(timespec="milliseconds")


@implementer(IPushProducer)
class StaticProducer:
    def pauseProducing(self):
        # Never sends data anyways
        pass

    def stopProducing(self):
        # Streaming producer method; not necessary to implement.
        pass

    def _finish(self):
        """Unregister from the consumer once the data is written."""
        self.consumer.unregisterProducer()
