try:
    import simplejson as json
except ImportError:
    json = None


def drain(items):
    try:
        while True:
            next(items)
    except (StopIteration, KeyboardInterrupt):
        pass


async def close(generator):
    try:
        await generator.athrow(GeneratorExit)
    except (GeneratorExit, StopAsyncIteration):
        pass
