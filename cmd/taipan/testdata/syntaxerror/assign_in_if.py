x = 5 if y = 3 else 2
