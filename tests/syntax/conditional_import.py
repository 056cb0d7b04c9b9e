try:
    import not_a_real_module_abc
except ImportError as e:
    print("ImportError:", e.name)
try:
    from math import nothing_here
except ImportError as e:
    print(type(e).__name__)
