A = '\N{EM DASH} and \N{LATIN SMALL LETTER E WITH ACUTE}'
B = '\x00\t\n\\'
C = 'one line \
continued'
D = b'\x00\xff'
E = ''
