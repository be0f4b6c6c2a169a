# Each "# name: owner, ..." comment lists, left to right, where every occurrence of
# that name on the line is bound: module, a function or class name, comprehension,
# lambda, builtin, or unresolved.
counter = 0  # counter: module
counter = counter + len([])  # counter: module, module; len: builtin
print(undefined_name)  # print: builtin; undefined_name: unresolved
