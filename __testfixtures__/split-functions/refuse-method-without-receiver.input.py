class Registry:
    def reset(*args):
        items = list(args)
        total = 0

        # Count the items.
        for item in items:
            total += item
        print(total)

        return items
