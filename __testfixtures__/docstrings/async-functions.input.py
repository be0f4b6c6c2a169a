async def fetch_servers(client, limit: int = 10):
    response = await client.get("/servers", limit=limit)
    return response.json()


class Poller:
    async def wait_for_state_change(self, server, expected_status):
        while server.status != expected_status:
            await self.sleep(1)

    async def stream_events(self):
        async for event in self.source:
            yield event
