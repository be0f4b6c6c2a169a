single = 1,
pair = 1, 2,
for item in 1, 2,:
    pass
