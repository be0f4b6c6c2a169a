def last_match(lines, pattern):
    found = [m for line in lines if (m := pattern.match(line))]
    if any((current := line).strip() for line in lines):
        return current, found
    return None, found
