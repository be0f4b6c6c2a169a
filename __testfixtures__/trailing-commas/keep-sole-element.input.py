# Most projects write no comma after a sole element laid out on its own line; without a
# learnt habit saying otherwise, none is added.
from . import (
    sibling
)


class Single(
    Base
):
    pass


async def fetch(
    url
):
    return await session.get(
        "https://example.com/a/rather/long/address/that/took/the/whole/line"
    )


class Box[
    T
]:
    pass


single_item_list = [
    only
]
log.warning(
    "first part, "
    "second part"
)
