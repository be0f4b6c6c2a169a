A = "one"
B = "two"
C = 'three'
D = """A triple-quoted string keeps its double quotes."""
