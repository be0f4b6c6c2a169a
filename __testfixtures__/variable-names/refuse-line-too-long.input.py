def report(server, placement):
    dest_msg = server.describe_destination_in_words(placement.current_allocation)
    return dest_msg.strip()
