# Python 3.12 lets a replacement field reuse the f-string's quote; the rewrite stops
# relying on it.
A = f"{row['name']}"
