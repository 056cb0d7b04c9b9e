def safe(a, b):
    if b == 0:
        return None
    return a // b
print(safe(7, 2), safe(7, 0))
print(7 // 0)
