def render(name, size):
    label = name.upper()
    width = size * 2
    size = None

    # Fill in the template from the locals.
    text = "{label}:{width}".format(**locals())
    text = text.strip()

    return text
