def parse_header(line):
    name, hdr_sep, value = line.partition(":")
    return name.strip(), value.strip()
