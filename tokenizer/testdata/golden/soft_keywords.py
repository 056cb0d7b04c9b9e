match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        pass
    case {"x": x, **rest}:
        pass
    case _:
        pass
type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
match = 1
case = 2
type = 3
_ = 4
