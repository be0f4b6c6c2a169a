def build_handlers(registry, prefix):
    handlers = {}

    def _record_event_under_key(event):
        """Record the event under its key."""
        key = prefix + event.name
        entry = registry.get(key)
        if entry is None:
            entry = registry.setdefault(key, [])
        entry.append(event)

    def on_create(event):
        _record_event_under_key(event)

        return len(handlers)

    def on_delete(event):
        registry.pop(event.old_name, None)

        _record_event_under_key(event)

    handlers["create"] = on_create
    handlers["delete"] = on_delete
    return handlers
