"""Arithmetic on monomials given as exponent tuples."""


def multiply(exponents, other):
    factors = _get_factors(other)

    return tuple(a + b for a, b in zip(exponents, factors))


def _get_factors(other):
    if isinstance(other, Monomial):
        return other.exponents
    elif isinstance(other, tuple):
        return other
    else:
        raise TypeError("a monomial or a tuple of exponents is expected")


def divide(exponents, other):
    factors = _get_factors(other)

    quotient = tuple(a - b for a, b in zip(exponents, factors))
    if any(power < 0 for power in quotient):
        raise ValueError("the division is not exact")
    return quotient


class Monomial:
    def __init__(self, exponents):
        self.exponents = tuple(exponents)
