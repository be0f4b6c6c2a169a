result = compute(
)
numbers = [
]
