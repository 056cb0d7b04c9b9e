print([z for z in range(2)])
print([z + missing for z in range(2)])
