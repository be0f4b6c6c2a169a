def last_match(lines, pattern):
    found = [m for line in lines if (m := pattern.match(line))]
    if any((previous_line := line).strip() for line in lines):
        return previous_line, found
    return None, found
