print(complex(1,-0.0), complex(-0.0,-0.0), complex(0.0, -0.0), -0j, complex(1, 0.0), 1-0j, complex(-0.0, 1), complex(1j, 1j), complex(1+2j), complex(), complex(2), complex(1j, -0.0))
class C:
    def __complex__(self): return 3+4j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
print(complex(C()), complex(F()), complex(I()), complex(C(), 1), complex(1, F()), complex(True, 2))
for args in [(C(), C()), ('1', 2), (1, '2'), (None,), ([],), (1, None)]:
    try: print(complex(*args))
    except TypeError as e: print(e)
class B:
    def __complex__(self): return 1
try: complex(B())
except TypeError as e: print(e)
