def escape_backslashes(text):
    r"""Replace every backslash (\) with two, so the text
    survives a second pass.
    """
    return text.replace("\\", "\\\\")


def quote_text(text):
    """Wrap the text in "double quotes" and return it,
    escaping any double quotes that the text already holds.
    """
    return '"' + text.replace('"', '\\"') + '"'


def strip_quotes(text):
    """Strip the ""\" quotes around the text."""
    return text.strip('"')


def for_update_clause(select):
    # "FOR UPDATE" is only allowed on "DECLARE CURSOR", which the dialect never uses.
    return ""
