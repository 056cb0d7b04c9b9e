# Functions whose globals are a dict subclass look names up through its __getitem__ and
# __missing__, as LOAD_GLOBAL's slow path does.
class MyGlobals(dict):
    def __missing__(self, key):
        return int(key.removeprefix('_number_'))


code = 'lambda: ' + '+'.join(f'_number_{i}' for i in range(400))
f = eval(code, MyGlobals())
print(f(), sum(range(400)))


class G(dict):
    def __getitem__(self, k):
        if k == 'magic':
            return 42
        return dict.__getitem__(self, k)


g = G()
exec('def h(): return magic, len("ab")', g)
print(g['h']())
exec('def h2(): return nothing', g)
try:
    g['h2']()
except NameError as e:
    print(e)
