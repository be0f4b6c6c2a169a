# Python 3.12 syntax: the nested string holds the f-string's own quote, so neither
# can change.
A = f'{row["it's"]}'
