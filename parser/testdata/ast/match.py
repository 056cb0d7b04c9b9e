match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | 2j | -3 + 4j | 5 - 6j:
        pass
    case "s" "t":
        pass
    case b"bytes":
        pass
    case None:
        pass
    case True | False:
        pass
    case name:
        pass
    case _:
        pass
    case a.b.c:
        pass
    case (1 | 2) as c:
        pass
    case [1, 2, *rest]:
        pass
    case [*_, last]:
        pass
    case (a, b):
        pass
    case ():
        pass
    case []:
        pass
    case (x,):
        pass
    case a, *b:
        pass
    case {"k": v, 1: w, a.b: c, **rest}:
        pass
    case {}:
        pass
    case Point(x=0, y=yy):
        pass
    case Point(1, 2, z=3):
        pass
    case mod.Cls():
        pass
    case [Point(x=0) | None, {"a": [1, *_]}] if guard:
        pass
    case str() as s if s:
        pass

match a, b:
    case 1, 2: pass

match *a, b:
    case _: pass

match (x):
    case (y): pass

match = 1
match.x = 2
match[0] = 3
case = 4
type = 5
_ = 6
print(match, case, type)
