async def sync_all(client, names):
    results = {}
    count = 0

    # Fetch every record from the client.
    for name in names:
        results[name] = await client.fetch(name)
        count += 1

    return results, count
