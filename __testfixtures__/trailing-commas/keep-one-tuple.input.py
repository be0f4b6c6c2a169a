single = (1,)
spread = (
    1,
)
(only,) = values
for (item,) in rows:
    pass
