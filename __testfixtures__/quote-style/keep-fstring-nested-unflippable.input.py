A = f'{"""say "hi" """}'
