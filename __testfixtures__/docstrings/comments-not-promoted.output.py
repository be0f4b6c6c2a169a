def load_settings():
    """Load the settings.

    Returns:
        The loaded settings.
    """
    # noqa: E501
    return 1


def default_port():
    """Return the default port.

    Returns:
        The default port.
    """
    # pragma: no cover
    return 1


def max_connections():
    """Return the max connections.

    Returns:
        The max connections.
    """
    # TODO: make this faster
    return 1


def unique_values(values):
    """Return the unique values.

    Args:
        values: The values.

    Returns:
        The values.
    """
    # result = sorted(values)
    return values


def render_table(table):
    """Render the table.

    Args:
        table: The table.

    Returns:
        The rendered table.
    """
    #   name    value
    #   ----    -----
    return table


def count_lines(text):
    """Count the lines.

    Args:
        text: The text.

    Returns:
        The result.
    """

    # Split first: the count below is about lines, not bytes.
    return len(text.splitlines())


def read_trailer(stream):
    """Read and discard the trailer up to the terminator.

    Args:
        stream: The stream.
    """
    ### note: there should be no trailer at all
    stream.readline()
