print("a", "b", sep="-", end="!\n")
print(1, 2, 3, sep="")
print()
print("x", end="")
print("y")
print(*["p", "q"], sep=", ")
import sys
print("to stderr", file=sys.stderr)
print("done")
