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

    Args:
        hostname (str): The hostname.
        port (int): The port. Defaults to 443.

    Returns:
        tuple[str, int]: The result.
    """
    return lookup(hostname), port


class Api:
    """An API."""

    @staticmethod
    def build_url(
        base,
        path,
    ):
        """Build the URL.

        Args:
            base: The base.
            path: The path.

        Returns:
            The new URL.
        """
        return base + path

    @classmethod
    def from_settings(cls,
                      settings):
        """Create an API from settings.

        Args:
            settings: The settings.

        Returns:
            The new API.
        """
        return cls(**settings)
