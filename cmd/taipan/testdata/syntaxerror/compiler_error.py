x = 1
for y in []:
    pass
else:
    continue
