A = f"{row['name']}"
B = f"{'-'.join(parts)}"
