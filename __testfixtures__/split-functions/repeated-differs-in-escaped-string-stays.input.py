"""Writers of delimited exports."""


def write_tab_separated(rows, stream):
    stream.write("# export\n")

    # Write the rows with their separator.
    for row in rows:
        line = "\t".join(row)
        stream.write(line + "\n")

    return stream


def write_line_separated(rows, stream):
    stream.write("# export\n")

    # Write the rows with their separator.
    for row in rows:
        line = "\n".join(row)
        stream.write(line + "\n")

    return stream
