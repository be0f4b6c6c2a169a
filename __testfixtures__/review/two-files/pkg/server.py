def handle(message, registry):
    try:
        registry[message.kind](message)
    except ValueError:
        pass
