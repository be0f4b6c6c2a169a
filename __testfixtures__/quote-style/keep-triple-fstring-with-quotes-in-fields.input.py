A = f'''{row["name"]}'''
