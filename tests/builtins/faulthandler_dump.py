# faulthandler: its settings, dump_traceback's format, argument errors.
import faulthandler
import posix

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())


def f():
    r, w = posix.pipe()
    faulthandler.dump_traceback(file=w, all_threads=False)
    text = posix.read(r, 4096).decode()
    # The frames' file names depend on where the program is: keep the base name.
    print('\n'.join(line.replace(__file__, 'faulthandler_dump.py') for line in text.splitlines()))


f()
for bad in [lambda: faulthandler.dump_traceback_later(0), lambda: faulthandler.register(11),
            lambda: faulthandler.dump_traceback(-1), lambda: faulthandler.register(0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
faulthandler.dump_traceback_later(10)
faulthandler.cancel_dump_traceback_later()
faulthandler.register(10)
print(faulthandler.unregister(10), faulthandler.unregister(10))
