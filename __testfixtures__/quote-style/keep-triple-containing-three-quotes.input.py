A = '''holds """ inside'''
B = '''holds \""" inside'''
