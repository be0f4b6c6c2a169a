def count(lines):
    number_of_lines = len(lines)
    numberOfWords = sum(len(line.split()) for line in lines)
    return number_of_lines, numberOfWords
