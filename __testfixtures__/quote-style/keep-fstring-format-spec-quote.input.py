A = f'{value:"^10}'
