# needs: stdlib
import pickle
for e in [Exception('x'), OSError(2, 'No such file', 'f'), SyntaxError('m', ('f', 1, 2, 'txt', 1, 3)), ImportError('m', name='n', path='p'), KeyError('k'), StopIteration(5), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), SystemExit(3), BaseExceptionGroup('g', [ValueError(1)])]:
    try:
        r = pickle.loads(pickle.dumps(e))
        print(type(r).__name__, r.args, str(r))
    except Exception as ex:
        print('ERR', type(e).__name__, type(ex).__name__, ex)
class E(Exception):
    pass
e = E('a', 1)
e.extra = [1, 2]
r = pickle.loads(pickle.dumps(e))
print(type(r).__name__, r.args, r.extra, e.__reduce__())
print(ImportError('m', name='n').__reduce__(), OSError(2, 'x', 'f', None, 'g').__reduce__())
ie = ImportError('test', name='name', path='path')
ie.__init__()
print(ie.msg, ie.name, ie.path)
