def last_match(lines, pattern):
    found = [m for line in lines if (m := pattern.match(line))]
    if any((previous := line).strip() for line in lines):
        return previous, found
    return None, found
