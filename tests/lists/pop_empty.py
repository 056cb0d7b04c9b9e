xs = []
xs.append(1)
print(xs.pop())
xs.pop()
