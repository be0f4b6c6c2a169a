A = r'it\'s'
B = r'say "hi"'
C = rb'\''
