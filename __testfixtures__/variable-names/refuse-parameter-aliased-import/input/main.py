from shapes import scale as resize

print(resize(val=2, factor=3))
