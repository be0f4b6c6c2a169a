"""Statistics over samples."""


def describe(samples):
    samples = sorted(samples)

    # Compute the bounds of the samples.
    low = samples[0]
    high = samples[-1]
    if low == high:
        raise ValueError("the samples are all equal")

    return {"low": low, "high": high}


def normalize(samples):
    samples = sorted(samples)

    # Compute the bounds of the samples.
    low = samples[0]
    high = samples[-1]
    if low == high:
        raise ValueError("the samples are all equal")

    return [(sample - low) / (high - low) for sample in samples]
