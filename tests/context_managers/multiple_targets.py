class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with Pair() as (a, b):
    print(a + b)
box = {}
with Pair() as box["k"]:
    pass
print(box)
