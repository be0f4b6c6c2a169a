numbers = [1, 2,]
unique = {"a", "b",}
mapping = {"a": 1, "b": 2,}
pair = ("left", "right",)
