A = 'say "hi"'
B = 'a " and an escaped \' quote'
