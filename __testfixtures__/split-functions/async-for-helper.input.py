async def drain(stream):
    items = []
    count = 0

    # Read the stream.
    async for item in stream:
        items.append(item)
        count += 1

    return items, count
