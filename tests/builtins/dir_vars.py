class K:
    x = 1
    def m(self):
        pass
names = [n for n in dir(K) if not n.startswith("__")]
print(names)
print("append" in dir([]), "x" in vars(K), sorted(vars(K(), ).items()))
