A = """it's"""
B = r"""raw \'kept\'"""
