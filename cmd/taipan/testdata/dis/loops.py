total = 0
for i in range(3):
    if i % 2:
        total += i
    else:
        total -= 1
while total < 10:
    total = total * 2 + 1
print(total, [1, 2], {"a": (1, 2)})
