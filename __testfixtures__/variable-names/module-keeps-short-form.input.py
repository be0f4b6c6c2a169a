def first_header(lines):
    for line in lines:
        hdr, _, value = line.partition(":")
        if value:
            return hdr.strip()
    return None


class Message:
    def __init__(self, hdrs):
        self.hdrs = hdrs
