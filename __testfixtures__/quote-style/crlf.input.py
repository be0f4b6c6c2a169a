'''Module docstring
over two lines.'''
A = 'one'
B = 'line \
continued'
