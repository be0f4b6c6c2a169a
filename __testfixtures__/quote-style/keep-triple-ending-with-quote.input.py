A = '''ends with a "quote"'''
B = r'''raw, ends with "quote"'''
