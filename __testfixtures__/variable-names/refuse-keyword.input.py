def parse(line):
    frm = line.split()[0]
    return frm
