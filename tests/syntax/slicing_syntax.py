xs = list(range(10))
print(xs[1:8:2], xs[slice(2, 4)], xs[-2:], xs[:-7], xs[::], slice(1, 2, 3))
class S:
    def __getitem__(self, k):
        return k
print(S()[1:2], S()[1:2, ::3], S()[..., 0], S()[:])
