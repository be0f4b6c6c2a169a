A = f'{row["name"]} is {row["age"]}'
B = f'Hello \'{name + "!"}\''
C = f'{", ".join(names)}'
D = f'{"""triple"""}'
