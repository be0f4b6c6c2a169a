def configure(values):
    global SETTINGS
    merged = dict(values)
    merged.update(DEFAULTS)

    # Store the merged settings.
    SETTINGS = merged
    merged = None

    return merged
