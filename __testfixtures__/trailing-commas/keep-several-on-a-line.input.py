# Elements that share a line (with each other or with the opening bracket) are not laid
# out one per line: a comma after the last one would not make the next diff one line.
class TestServers(object):
    @mock.patch("compute.api.create")
    @mock.patch("compute.api.delete")
    def test_rebuild(
        self, mock_create,
        mock_delete
    ):
        schema = {
            "type": "string", "format": "uuid",
            "pattern": "^[a-f0-9-]+$"
        }
        print(first,  # the first
              second
        )
        return schema
