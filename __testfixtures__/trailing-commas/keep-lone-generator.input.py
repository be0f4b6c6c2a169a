total = sum(
    price for price in prices
)
