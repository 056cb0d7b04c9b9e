# needs: stdlib
import marshal, types
src = '''
def f(a, *b, c=1, **d):
    x = [i * a for i in b]
    def g(): return x
    return g() + [c, len(d)]
class K:
    def m(self): return super().__repr__ and 'm'
print(f(2, 3, 4, c=5, e=6), K().m(), {1, 2} | {3}, 1.5, 2**100, 'é', b'x', None, ...)
'''
co = compile(src, 'mod.py', 'exec')
data = marshal.dumps(co)
co2 = marshal.loads(data)
print(type(co2).__name__, co2.co_name, co2.co_filename, co2 == co)
exec(co2, {'__name__': 'm'})
try: marshal.dumps(co, allow_code=False)
except ValueError as e: print(e)
try: marshal.loads(data, allow_code=False)
except ValueError as e: print(e)
import py_compile, importlib.util, sys, os, tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'pm.py')
    with open(p, 'w') as fh: fh.write('VALUE = 41 + 1\n')
    out = py_compile.compile(p, doraise=True)
    print(os.path.basename(out).split('.')[0], os.path.exists(out))
    sys.path.insert(0, d)
    import pm
    print(pm.VALUE)
    spec = importlib.util.spec_from_file_location('pm2', p)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); print(m.VALUE)
import compileall
