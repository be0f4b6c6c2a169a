with (
    open("a") as source
):
    pass
with (
    lock
):
    pass
with (lock,):
    pass
