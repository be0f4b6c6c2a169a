import functools


@functools.lru_cache(maxsize=None)
@trace(
    level="debug",
)
def resolve_address(
    hostname: str,
    port: int = 443,
) -> tuple[str, int]:
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
                      settings):
        return cls(**settings)
