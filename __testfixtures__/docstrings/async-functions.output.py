async def fetch_servers(client, limit: int = 10):
    """Fetch the servers.

    Args:
        client: The client.
        limit (int): The limit. Defaults to 10.

    Returns:
        The servers.
    """
    response = await client.get("/servers", limit=limit)
    return response.json()


class Poller:
    """A poller."""

    async def wait_for_state_change(self, server, expected_status):
        """Wait for state change.

        Args:
            server: The server.
            expected_status: The expected status.
        """
        while server.status != expected_status:
            await self.sleep(1)

    async def stream_events(self):
        """Stream the events.

        Yields:
            The event.
        """
        async for event in self.source:
            yield event
