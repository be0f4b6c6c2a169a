def first_header(lines):
    for line in lines:
        hdr, _, value = line.partition(":")
        if value:
            return hdr.strip()
    return None


def header_names(lines):
    names = []
    for line in lines:
        hdr = line.split(":", 1)[0]
        names.append(hdr.lower())
    return names
