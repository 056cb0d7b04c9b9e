print(any([]), all([]), any([0, "", None]), all([1, "x"]), any(x > 3 for x in range(5)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
print(list(iter([5, 6])), sum(range(10), start=100))
