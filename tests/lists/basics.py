xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(xs, len(xs), xs[0], xs[-1], xs[2:5], xs[::3], xs[::-1])
xs.append(7); xs.insert(0, 0); xs.extend([8, 8])
print(xs, xs.count(8), xs.index(9), xs.pop(), xs.pop(0), xs)
xs.remove(1)
print(xs, 4 in xs, 10 not in xs)
