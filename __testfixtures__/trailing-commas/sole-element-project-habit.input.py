# A project whose own exploded brackets of one element end with a comma gets one there too.
from . import (
    sibling
)
register(
    handler
)
