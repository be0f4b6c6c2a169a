def last_match(lines, pattern):
    found = [m for line in lines if (m := pattern.match(line))]
    if any((cur := line).strip() for line in lines):
        return cur, found
    return None, found
