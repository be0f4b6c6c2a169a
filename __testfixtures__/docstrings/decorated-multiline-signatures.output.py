import functools


@functools.lru_cache(maxsize=None)
@trace(
    level="debug",
)
def resolve_address(
    hostname: str,
    port: int = 443,
) -> tuple[str, int]:
    """Resolve the address.

    Raises:
        ValueError: A host name is required.
    """
    if not hostname:
        raise ValueError("a host name is required")
    return lookup(hostname), port


class Api:
    @staticmethod
    def build_url(
        base,
        path,
    ):
        return base + path

    @classmethod
    def from_settings(cls,
                      settings=None):
        settings = settings or DEFAULT_SETTINGS
        return cls(**settings)
