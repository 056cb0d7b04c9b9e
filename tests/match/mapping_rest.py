cfg = {"host": "h", "port": 80, "debug": True}
match cfg:
    case {"host": str(h), "port": int(p), **others}:
        print(h, p, others)
match {"a": 1}:
    case {"b": _}:
        print("no")
    case {}:
        print("any mapping matches {}")
