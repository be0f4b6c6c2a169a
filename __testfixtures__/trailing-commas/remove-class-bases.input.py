class Handler(Base, Mixin,):
    pass
