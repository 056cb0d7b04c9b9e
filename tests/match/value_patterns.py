# needs: stdlib
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class K:
    LIMIT = 10
def f(v):
    match v:
        case Color.RED:
            return "red"
        case K.LIMIT:
            return "at limit"
        case Color():
            return "some color"
    return "?"
print(f(Color.RED), f(10), f(Color.GREEN), f(3))
