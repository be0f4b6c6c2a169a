def last_match(lines, pattern):
    found = [m for line in lines if (m := pattern.match(line))]
    if any((prev := line).strip() for line in lines):
        return prev, found
    return None, found
