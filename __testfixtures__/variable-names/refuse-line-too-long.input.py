def report(server, placement):
    dest_msg = server.describe_destination(placement.allocation_in_words)
    return dest_msg.strip()
