def first_header(lines):
    for line in lines:
        header, _, value = line.partition(":")
        if value:
            return header.strip()
    return None


def header_names(lines):
    names = []
    for line in lines:
        header = line.split(":", 1)[0]
        names.append(header.lower())
    return names
