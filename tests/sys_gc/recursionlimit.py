import sys
sys.setrecursionlimit(120)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 50, d < 120)
