def first[
    T,
    U
](items: list[T]) -> T:
    return items[0]
