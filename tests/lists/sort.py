xs = [5, 2, 8, 1, 9, 3]
ys = sorted(xs)
xs.sort(reverse=True)
print(xs, ys)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: (-p[0], p[1])))
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
print(words)
