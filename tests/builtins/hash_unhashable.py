print(hash(1) == hash(1.0), hash("") == hash(""))
hash({})
