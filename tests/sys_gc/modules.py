import sys
import math
print("math" in sys.modules, sys.modules["math"] is math, math.pi, math.sqrt(16))
print(__name__, sys.modules["__main__"].__name__)
