# needs: stdlib
# Sequence and mapping patterns follow the classes' collection flags: built-ins, collections.abc
# and the first flagged class of the MRO.
import collections, collections.abc, array
def kind(x):
    match x:
        case [*_]: return 'seq'
        case {**rest}: return 'map'
    return None
class S(collections.abc.Sequence):
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0
class M(collections.abc.Mapping):
    def __getitem__(self, k): raise KeyError
    def __iter__(self): return iter(())
    def __len__(self): return 0
class M1(collections.UserDict, collections.abc.Sequence): pass
class S1(collections.UserList, collections.abc.Mapping): pass
for x in [[1], (1,), range(2), memoryview(b'a'), collections.deque(), array.array('b'), {}, collections.OrderedDict(), collections.defaultdict(), types_mp if False else type.__dict__, S(), M(), M1(), S1(), 'ab', b'ab', bytearray(b'a'), 5, collections.UserList(), collections.UserDict(), collections.ChainMap(), collections.Counter()]:
    print(type(x).__name__, kind(x))
print(list.__flags__ & (1<<5), dict.__flags__ & (1<<6), collections.abc.Sequence.__flags__ & (1<<5), '__abc_tpflags__' in collections.abc.Sequence.__dict__)
