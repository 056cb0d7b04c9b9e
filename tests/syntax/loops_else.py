for i in range(3):
    if i == 5:
        break
else:
    print("for else ran")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("i =", i)
