def build_handlers(registry, prefix):
    handlers = {}

    def on_create(event):
        # Record the event under its key.
        key = prefix + event.name
        entry = registry.get(key)
        if entry is None:
            entry = registry.setdefault(key, [])
        entry.append(event)

        return len(handlers)

    def on_delete(event):
        registry.pop(event.old_name, None)

        key = prefix + event.name
        entry = registry.get(key)
        if entry is None:
            entry = registry.setdefault(key, [])
        entry.append(event)

    handlers["create"] = on_create
    handlers["delete"] = on_delete
    return handlers
