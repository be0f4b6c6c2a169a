async def drain(stream):
    items = []
    count = 0

    # Read the stream.
    count = await _read_stream(stream, items, count)

    return items, count


async def _read_stream(stream, items, count):
    async for item in stream:
        items.append(item)
        count += 1
    return count
