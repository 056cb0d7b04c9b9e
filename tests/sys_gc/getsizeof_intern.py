import sys
print(sys.getsizeof(0) > 0, sys.intern("ab") is sys.intern("ab"))
print(type(sys.getrefcount) .__name__ if hasattr(sys, "getrefcount") else "builtin_function_or_method")
