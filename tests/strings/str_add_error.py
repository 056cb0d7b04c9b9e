print("a" + "b")
print("n=" + 5)
