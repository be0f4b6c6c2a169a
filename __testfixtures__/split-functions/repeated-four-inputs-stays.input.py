"""Shipping quotes."""


def quote_ground(parcel, origin, destination, rate):
    label = parcel.label()

    # Compute the price on the route.
    distance = origin.distance_to(destination)
    price = distance * rate * parcel.weight
    price = round(price, 2)

    return label, price


def quote_air(parcel, origin, destination, rate):
    label = parcel.label(priority=True)

    # Compute the price on the route.
    distance = origin.distance_to(destination)
    price = distance * rate * parcel.weight
    price = round(price, 2)

    return label, price * 2
