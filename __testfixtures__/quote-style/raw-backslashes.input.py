A = r'a\\'
B = r'C:\path\to\\'
