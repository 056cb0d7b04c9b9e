# None in sys.modules blocks an import; built-in modules say so in their repr.
import sys
sys.modules['_heapq'] = None
try:
    import _heapq
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from _heapq import heappush
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules['_heapq']
import _heapq
print(_heapq.heappush.__module__, repr(sys), repr(sys.modules["builtins"]))
