class O:
    a = 1
o = O()
setattr(o, "b", 2)
print(getattr(o, "a"), getattr(o, "b"), getattr(o, "c", "dflt"), hasattr(o, "b"))
delattr(o, "b")
print(hasattr(o, "b"), sorted(k for k in vars(o)))
getattr(o, "c")
