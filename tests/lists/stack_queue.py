stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print(stack.pop(), end=" ")
print()
q = [1, 2, 3]
while q:
    x = q.pop(0)
    if x < 3:
        q.append(x + 10)
    print(x, end=" ")
print()
