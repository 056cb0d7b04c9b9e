# _thread cases: see modules/internal/golden/gen_golden.py for the format.
!import _thread
!def addr(s): return s[:s.rindex(' at ')] if ' at ' in s else s
!lk = _thread.allocate_lock()
addr(repr(lk))
_thread.LockType is _thread.lock, type(lk) is _thread.LockType, _thread.allocate is not None
lk.acquire(), lk.locked(), lk.acquire(False), lk.acquire(timeout=0), lk.acquire(True, 0.001)
addr(repr((lk.acquire(), lk)[1]))
lk.acquire(), lk.release(), lk.locked()
lk.release()
lk.acquire(False, 1)
lk.acquire(True, -2)
lk.acquire(True, -1.5)
lk.acquire(timeout="x")
lk.acquire(timeout=None)
lk.acquire(timeout=float('nan'))
lk.acquire(timeout=1e20)
lk.acquire(timeout=10**10)
lk.acquire(1, 2, 3)
lk.acquire(x=1)
lk.acquire(1, blocking=1)
lk.acquire(blocking=[]), lk.locked()
lk.locked(1)
lk.release(1)
[lk.__enter__(), lk.locked(), lk.__exit__(None, None, None), lk.locked()]
lk.__exit__(1, 2, 3, 4)
!with lk: inside = lk.locked()
inside, lk.locked()
lk.acquire_lock(), lk.locked_lock(), lk.release_lock(), lk.locked()
!lk.acquire()
lk._at_fork_reinit(), lk.locked()
_thread.lock(1)
_thread.lock(a=1)
addr(repr(_thread.lock()))
type('X', (_thread.LockType,), {})
setattr(_thread.lock, 'foo', 1)
_thread.lock.__module__, _thread.lock.__name__, _thread.lock.__qualname__
_thread.allocate_lock(1)
# RLock
!r = _thread.RLock()
addr(repr(r)).replace(str(_thread.get_ident()), 'ME')
r.release()
r.acquire(), r.acquire(), r._is_owned(), r._recursion_count()
addr(repr((r.acquire(), r.acquire(), r)[2])).replace(str(_thread.get_ident()), 'ME')
!r.acquire(); r.acquire()
r._release_save() == (2, _thread.get_ident()), r._is_owned(), r._recursion_count()
!r.acquire(); s = r._release_save()
r._release_save()
r._acquire_restore(s), r._recursion_count(), r._is_owned()
r._acquire_restore(2)
r._acquire_restore((2,))
r._acquire_restore([3, _thread.get_ident()]), r._recursion_count()
r.acquire(False, 1)
r.acquire(timeout=-3)
r.__enter__(), r.__exit__(None, None, None), r._is_owned()
r.__exit__(None, None, None)
r._is_owned(1)
r.release(1)
addr(repr(_thread.RLock(1, x=2)))
!class R(_thread.RLock): pass
!rr = R(); rr.x = 1
rr.x, rr.__dict__, addr(repr(rr)), isinstance(rr, _thread.RLock)
rr.y
setattr(_thread.RLock, 'foo', 1)
# identity, counts, sizes
type(_thread.get_ident()), _thread.get_ident() == _thread._get_main_thread_ident(), _thread.get_ident() > 0
_thread.get_ident(1)
type(_thread.get_native_id())
_thread._count(), _thread.daemon_threads_allowed(), _thread._is_main_interpreter()
_thread.error, _thread.TIMEOUT_MAX
_thread.stack_size(), _thread.stack_size(1 << 20), _thread.stack_size(), _thread.stack_size(0)
_thread.stack_size(100)
_thread.stack_size(-1)
_thread.stack_size(32767)
_thread.stack_size("")
_thread.stack_size(1, 2)
!def catch(f):
!    try: f()
!    except SystemExit as e: return 'SystemExit', e.args
catch(_thread.exit), catch(_thread.exit_thread)
_thread.interrupt_main(0)
_thread.interrupt_main(15)
_thread.interrupt_main('a')
# thread handles
!h = _thread._ThreadHandle()
repr(h), h.ident, h.is_done()
h.join()
h.join(0)
h._set_done()
h.join(1, 2)
h.join(timeout=1)
_thread._make_thread_handle(_thread.get_ident()).join()
repr(_thread._make_thread_handle(5)), _thread._make_thread_handle(5).is_done()
_thread._make_thread_handle("x")
!mh = _thread._make_thread_handle(7); mh._set_done()
mh.is_done(), mh.join(), mh.join(0.5)
# starting threads
_thread.start_new_thread(1, ())
_thread.start_new_thread(print, 1)
_thread.start_new_thread(print, (), 1)
_thread.start_new_thread()
_thread.start_new_thread(print, (), {}, 1)
_thread.start_joinable_thread(1)
_thread.start_joinable_thread(print, handle=1)
_thread.start_joinable_thread()
_thread.start_joinable_thread(print, x=1)
!done = _thread.allocate_lock(); done.acquire(); res = []
!def f(a, b=0): res.append((a, b, _thread._count(), _thread.get_ident() != _thread._get_main_thread_ident())); done.release()
!ident = _thread.start_new_thread(f, (1,), {'b': 2}); done.acquire()
res, type(ident)
!jh = _thread.start_joinable_thread(lambda: res.append('j')); jh.join()
res, jh.is_done(), jh.ident > 0, jh.join(), jh.join(None), jh.join(-1)
jh.join("x")
_thread.start_joinable_thread(print, handle=jh)
!gh = _thread._ThreadHandle(); out = _thread.start_joinable_thread(lambda: res.append(3), handle=gh, daemon=False); out.join()
out is gh, res[-1], gh.is_done()
!def ex(): raise SystemExit(3)
_thread.start_joinable_thread(ex).join()
# excepthook
_thread._excepthook(1)
_thread._excepthook((1, 2, 3, 4))
_thread._excepthook()
_thread._excepthook(_thread._ExceptHookArgs((SystemExit, SystemExit(), None, None)))
_thread._ExceptHookArgs((1, 2, 3, 4))
_thread._ExceptHookArgs((1, 2, 3))
_thread._ExceptHookArgs([1, 2, 3, 4, 5])
_thread._ExceptHookArgs(1)
_thread._ExceptHookArgs()
_thread._ExceptHookArgs(sequence=[1, 2, 3, 4])
!a = _thread._ExceptHookArgs((1, 2, 3, 4))
(a.exc_type, a.exc_value, a.exc_traceback, a.thread), a[0], len(a), isinstance(a, tuple)
a.__reduce__()
_thread._ExceptHookArgs.n_fields, _thread._ExceptHookArgs.n_sequence_fields, _thread._ExceptHookArgs.__match_args__
# thread-local data
!loc = _thread._local(); loc.x = 1
addr(repr(loc)), loc.x, loc.__dict__
_thread._local(1)
_thread._local(a=1)
!def g(): res.append(hasattr(loc, 'x')); loc.x = 2; res.append(loc.x)
!lh = _thread.start_joinable_thread(g); lh.join()
res[-2:], loc.x
setattr(loc, '__dict__', {})
delattr(loc, 'y')
loc.y
!del loc.x
loc.__dict__
!class L(_thread._local):
!    n = 0
!    def __init__(self, v): L.n += 1; self.v = v
!l2 = L(5)
!def g2(): res.append((l2.v, l2.__dict__))
!h2 = _thread.start_joinable_thread(g2); h2.join()
res[-1], L.n, l2.v
setattr(_thread._local, 'foo', 1)
_thread.interrupt_main()
!def intr(): _thread.interrupt_main(); return 'not reached'
_thread.start_joinable_thread(intr).join()
# sys's thread settings
!import sys
sys.getswitchinterval(), sys._is_gil_enabled()
sys.setswitchinterval(0)
sys.setswitchinterval(-1)
sys.setswitchinterval('a')
sys.setswitchinterval(interval=1)
sys.setswitchinterval()
sys.getswitchinterval(1)
sys.setswitchinterval(10**400)
sys.setswitchinterval(0.0123456789), sys.getswitchinterval()
sys.setswitchinterval(1e-7), sys.getswitchinterval()
sys.setswitchinterval(2), sys.getswitchinterval()
!sys.setrecursionlimit(200)
!def depth(n=0):
!    try: return depth(n + 1)
!    except RecursionError: return n
!lim = []; h = _thread.start_joinable_thread(lambda: lim.append((sys.getrecursionlimit(), depth() < 200))); h.join()
lim
# attributes of the module's objects
setattr(_thread.RLock(), 'x', 3)
delattr(_thread.RLock(), 'x')
setattr(_thread.RLock(), 'acquire', 3)
setattr(_thread.allocate_lock(), 'x', 3)
_thread.allocate_lock().x
setattr(_thread._ThreadHandle(), 'ident', 3)
setattr(_thread._ThreadHandle(), 'x', 3)
_thread.RLock.acquire(_thread.allocate_lock())
_thread.lock.acquire(1)
_thread.RLock.__mro__, _thread._local.__mro__, _thread._ExceptHookArgs.__mro__
_thread.start_new_thread.__name__, _thread.start_new_thread.__qualname__, _thread.start_new_thread.__module__
sorted(k for k in dir(_thread) if not k.startswith('__'))
sorted(vars(_thread.LockType))
sorted(vars(_thread._ThreadHandle))
sorted(vars(_thread._local)), sorted(vars(_thread._ExceptHookArgs))
!a = _thread._ExceptHookArgs((1, 2, 3, 4))
a.__replace__(thread=9), a.__replace__(), type(a.__replace__()) is type(a)
a.__replace__(1)
a.__replace__(bogus=1, other=2)
# __slots__ and __dict__ of subclasses
!class SL(_thread._local):
!    __slots__ = ('a',)
!sl = SL()
sl.a
!sl.a = 1; sl.b = 2; seen_sl = []; _thread.start_joinable_thread(lambda: seen_sl.append((sl.a, hasattr(sl, 'b')))).join()
sl.a, sl.b, sl.__dict__, seen_sl
!del sl.a
sl.a
delattr(sl, 'a')
!class SR(_thread.RLock):
!    __slots__ = ('a',)
!sr = SR()
sr.a
!sr.a = 1
sr.a, sr.acquire(), sr._is_owned()
setattr(sr, 'b', 2)
hasattr(sr, "__dict__")
setattr(sr, 'acquire', 1)
!del sr.a
delattr(sr, 'a')
!class DR(_thread.RLock): pass
!dr = DR(); dr.q = 1
dr.__dict__, dr.nope
setattr(dr, '__dict__', 5)
!dr.__dict__ = {'k': 1}
dr.k, dr.__dict__
!del dr.__dict__
dr.__dict__
sorted(vars(_thread.RLock))
!class GR(_thread.RLock):
!    def __getattr__(self, name): return 'fallback ' + name
!gr = GR(); gr.x = 1
gr.x, gr.y, gr.__dict__
!class HR(GR): pass
!hr = HR(); hr.z = 3
hr.z, hr.w, hr.__dict__, hr.acquire(), hr._is_owned()
!class LG(_thread._local):
!    def __getattr__(self, name): return 'lfb ' + name
!lg = LG(); lg.a = 1
lg.a, lg.b
