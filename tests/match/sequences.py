def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
for s in [[], [1], (2, 3), [4, 5, 6], "str"]:
    print(repr(s), shape(s))
