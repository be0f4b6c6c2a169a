"""Arithmetic on monomials given as exponent tuples."""


def multiply(exponents, other):
    if isinstance(other, Monomial):
        factors = other.exponents
    elif isinstance(other, tuple):
        factors = other
    else:
        raise TypeError("a monomial or a tuple of exponents is expected")

    return tuple(a + b for a, b in zip(exponents, factors))


def divide(exponents, other):
    if isinstance(other, Monomial):
        factors = other.exponents
    elif isinstance(other, tuple):
        factors = other
    else:
        raise TypeError("a monomial or a tuple of exponents is expected")

    quotient = tuple(a - b for a, b in zip(exponents, factors))
    if any(power < 0 for power in quotient):
        raise ValueError("the division is not exact")
    return quotient


class Monomial:
    def __init__(self, exponents):
        self.exponents = tuple(exponents)
