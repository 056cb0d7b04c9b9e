!import termios, posix
!r, w = posix.pipe()
sorted((k, getattr(termios, k)) for k in dir(termios) if k.isupper() or k.startswith('_P'))
sorted(k for k in dir(termios) if not k.startswith('_'))
termios.__doc__
[getattr(termios, n).__doc__ for n in ['tcgetattr', 'tcsetattr', 'tcsendbreak', 'tcdrain', 'tcflush', 'tcflow', 'tcgetwinsize', 'tcsetwinsize']]
termios.error
termios.error.__mro__
termios.error.__module__
termios.error.__doc__
termios.error(1, 'x').args
str(termios.error(1, 'x'))
issubclass(termios.error, OSError)
termios.tcgetattr(r)
termios.tcgetattr(999)
termios.tcgetattr(-1)
termios.tcgetattr('x')
termios.tcgetattr()
termios.tcgetattr(r, 1)
termios.tcsetattr(r, 0, [])
termios.tcsetattr(r, 0, (1,) * 7)
termios.tcsetattr(r, 0, [1] * 7)
termios.tcsetattr(r, 'a', [1] * 7)
termios.tcsetattr(r, 0)
termios.tcgetwinsize(r)
termios.tcsetwinsize(r, (1,))
termios.tcsetwinsize(r, 5)
termios.tcsetwinsize(r, {0: 1, 1: 2})
termios.tcsetwinsize(r, ('a', 2))
termios.tcsetwinsize(r, (1, 2))
termios.tcsendbreak(r, 0)
termios.tcsendbreak(r)
termios.tcdrain(r)
termios.tcflush(r, termios.TCIFLUSH)
termios.tcflow(r, termios.TCOON)
termios.tcflow(r, 'a')
!m, s = posix.openpty()
!a = termios.tcgetattr(s)
[type(x).__name__ for x in a]
len(a[6]), a[4] == a[5], a[2] & termios.CBAUD == a[4]
bool(a[3] & termios.ICANON), [type(c).__name__ for c in a[6]][:8], a[6][19:]
termios.tcsetattr(s, termios.TCSANOW, a), termios.tcgetattr(s) == a
termios.tcsetattr(s, 5, a)
termios.tcsetattr(s, termios.TCSADRAIN, a[:6] + [a[6][:5]])
termios.tcsetattr(s, termios.TCSAFLUSH, a[:6] + [[1.5] * 32])
termios.tcsetattr(s, 0, a[:6] + [[b'ab'] * 32])
termios.tcsetattr(s, 0, a[:6] + [tuple(a[6])])
termios.tcsetattr(s, 0, ['x'] + a[1:])
termios.tcsetattr(s, 0, [2**64] + a[1:])
termios.tcsetattr(s, 0, a[:4] + [termios.B9600, termios.B9600, a[6]]), termios.tcgetattr(s)[4:6]
termios.tcsetattr(s, 0, a[:4] + [termios.B115200, 0, a[6]]), termios.tcgetattr(s)[4:6]
termios.tcsetattr(s, 0, a[:4] + [99, 99, a[6]])
termios.tcsetattr(s, 0, a[:4] + [0o10020, 0, a[6]])
termios.tcsetattr(s, 0, a[:3] + [a[3] & ~termios.ICANON] + a[4:]), termios.tcgetattr(s)[6][4:7]
termios.tcsetattr(s, 0, a[:3] + [a[3] & ~termios.ICANON] + a[4:6] + [[7] * 32]), termios.tcgetattr(s)[6]
termios.tcsetattr(s, 0, a[:3] + [a[3] & ~termios.ICANON] + a[4:6] + [[300] * 32]), termios.tcgetattr(s)[6][:8]
termios.tcsetattr(s, 0, a[:3] + [a[3] & ~termios.ICANON] + a[4:6] + [[True] * 32]), termios.tcgetattr(s)[6][:8]
termios.tcsetattr(s, 0, a), termios.tcgetattr(s) == a
termios.tcsetwinsize(s, (24, 80)), termios.tcgetwinsize(s), termios.tcgetwinsize(m)
termios.tcsetwinsize(s, [50, 132]), termios.tcgetwinsize(s)
termios.tcsetwinsize(s, (70000, 80))
termios.tcsetwinsize(s, (-1, 80))
termios.tcsetwinsize(s, (2**70, 80))
termios.tcsendbreak(s, 0), termios.tcsendbreak(s, 1)
termios.tcdrain(s)
termios.tcflush(s, termios.TCIOFLUSH)
termios.tcflush(s, 7)
termios.tcflow(s, termios.TCOON)
termios.tcflow(s, 9)
[(n, getattr(termios, n).__text_signature__) for n in sorted(dir(termios)) if not n.startswith('_') and callable(getattr(termios, n)) and hasattr(getattr(termios, n), '__text_signature__')]
