async def sync_all(client, names):
    results = {}
    count = 0

    # Fetch every record from the client.
    count = await _fetch_every_record(names, results, client, count)

    return results, count


async def _fetch_every_record(names, results, client, count):
    for name in names:
        results[name] = await client.fetch(name)
        count += 1
    return count
