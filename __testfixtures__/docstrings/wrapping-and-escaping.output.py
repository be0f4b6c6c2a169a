def escape_backslashes(text):
    r"""Replace every backslash (\) with two, so the text
    survives a second pass.

    Args:
        text: The text.

    Returns:
        The result.
    """
    return text.replace("\\", "\\\\")


def quote_text(text):
    """Wrap the text in "double quotes" and return it,
    escaping any double quotes that the text already holds.

    Args:
        text: The text.

    Returns:
        The result.
    """
    return '"' + text.replace('"', '\\"') + '"'


def strip_quotes(text):
    """Strip the ""\" quotes around the text.

    Args:
        text: The text.

    Returns:
        The result.
    """
    return text.strip('"')
