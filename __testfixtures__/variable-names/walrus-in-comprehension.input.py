def last_match(lines, pattern):
    found = [m for line in lines if (m := pattern.match(line))]
    if any((prev_line := line).strip() for line in lines):
        return prev_line, found
    return None, found
