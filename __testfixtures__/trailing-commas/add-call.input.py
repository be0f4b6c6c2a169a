result = compute(
    first,
    second=2
)
query = session.query(
    User.name,
    User.email
).filter(User.active)
