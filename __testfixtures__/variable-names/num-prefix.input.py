def count(lines):
    num_lines = len(lines)
    numWords = sum(len(line.split()) for line in lines)
    return num_lines, numWords
