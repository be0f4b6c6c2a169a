"""Invoices of the billing service."""


def monthly_invoice(account):
    lines = account.charges()

    # Add the value-added tax to every line.
    for line in lines:
        line.tax = line.amount * 0.2
        line.total = line.amount + line.tax

    return lines


def reduced_invoice(account):
    lines = account.charges(reduced=True)

    # Add the value-added tax to every line.
    for line in lines:
        line.tax = line.amount * 0.055
        line.total = line.amount + line.tax

    return lines
