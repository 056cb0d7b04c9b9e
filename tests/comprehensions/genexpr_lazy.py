def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
g = (v * 10 for v in noisy(3))
print("created")
for v in g:
    print("got", v)
