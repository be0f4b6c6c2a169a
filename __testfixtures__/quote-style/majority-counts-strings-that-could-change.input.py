# Three strings must keep their double quotes and do not vote; the two that could
# change decide.
A = "it's"
B = "don't"
C = "can't"
D = 'free'
E = 'also free'
F = "free too"
G = """triple-quoted strings do not vote"""
H = """nor does this one"""
