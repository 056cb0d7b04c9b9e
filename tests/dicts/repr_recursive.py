d = {"self": None}
d["self"] = d
print(d)
print({1: {2: {3: {}}}}, repr({"q": "it's"}))
