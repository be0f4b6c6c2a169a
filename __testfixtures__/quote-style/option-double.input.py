A = 'one'
B = 'two'
C = "three"
