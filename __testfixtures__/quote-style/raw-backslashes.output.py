A = r"a\\"
B = r"C:\path\to\\"
C = br"\\"
D = r"\\\\"
