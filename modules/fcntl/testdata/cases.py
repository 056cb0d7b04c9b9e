!import fcntl, posix, array
!r, w = posix.pipe()
!FIONREAD = 0x541B
sorted((k, getattr(fcntl, k)) for k in dir(fcntl) if k.isupper())
sorted(k for k in dir(fcntl) if not k.startswith('_'))
fcntl.__doc__
fcntl.fcntl.__doc__
fcntl.ioctl.__doc__
fcntl.flock.__doc__
fcntl.lockf.__doc__
fcntl.fcntl(r, fcntl.F_GETFD) & ~fcntl.FD_CLOEXEC
fcntl.fcntl(r, fcntl.F_SETFD, fcntl.FD_CLOEXEC), fcntl.fcntl(r, fcntl.F_GETFD)
fcntl.fcntl(w, fcntl.F_SETFL, posix.O_NONBLOCK), fcntl.fcntl(w, fcntl.F_GETFL) & posix.O_NONBLOCK
fcntl.fcntl(r, fcntl.F_DUPFD, 100) >= 100
fcntl.fcntl(r, fcntl.F_DUPFD_CLOEXEC, 200) >= 200
fcntl.fcntl(w, fcntl.F_GETFL) & posix.O_ACCMODE == posix.O_WRONLY
fcntl.fcntl(r, fcntl.F_GETFD, b'abc')
fcntl.fcntl(r, fcntl.F_GETFD, 'abc')
fcntl.fcntl(r, fcntl.F_GETFD, 'é')
fcntl.fcntl(r, fcntl.F_GETFD, b'')
fcntl.fcntl(r, fcntl.F_GETFD, -1) & ~fcntl.FD_CLOEXEC
fcntl.fcntl(r, fcntl.F_GETFD, 2**64) & ~fcntl.FD_CLOEXEC
fcntl.fcntl(r, 1, b'x' * 1025)
fcntl.fcntl(r, 1, 1.5)
fcntl.fcntl(r, 1, None)
fcntl.fcntl(r, 1, bytearray(b'ab'))
fcntl.fcntl(r, 1, memoryview(b'xy'))
fcntl.fcntl(r, 1, array.array('b', [1]))
fcntl.fcntl(r, 1, '\ud800')
fcntl.fcntl(-1, 1)
fcntl.fcntl('a', 1)
fcntl.fcntl(2**31, 1)
fcntl.fcntl(r, 'a')
fcntl.fcntl(r, 2**31)
fcntl.fcntl(999, 1)
fcntl.fcntl(r, 9999)
fcntl.fcntl(r)
fcntl.fcntl(r, 1, 2, 3)
fcntl.fcntl(fd=r, cmd=1)
!class F:
!    def __init__(self, fd): self.fd = fd
!    def fileno(self): return self.fd
fcntl.fcntl(F(r), fcntl.F_GETFD) & ~fcntl.FD_CLOEXEC
fcntl.fcntl(F('x'), fcntl.F_GETFD)
fcntl.fcntl(F(-3), fcntl.F_GETFD)
fcntl.flock(999, fcntl.LOCK_SH)
fcntl.flock(r)
fcntl.flock(r, 'a')
fcntl.lockf(r, 0)
fcntl.lockf(r, fcntl.LOCK_UN, 'a')
fcntl.lockf(r, fcntl.LOCK_UN, 1.5)
fcntl.lockf(r, fcntl.LOCK_UN, 0, 2**64)
fcntl.lockf(r, fcntl.LOCK_UN, 0, 0, 0, 0)
fcntl.lockf(999, fcntl.LOCK_SH)
fcntl.lockf(r)
fcntl.ioctl(r, FIONREAD)
fcntl.ioctl(r, FIONREAD, b'abcd')
fcntl.ioctl(r, FIONREAD, 'abcd')
fcntl.ioctl(r, FIONREAD, bytearray(4))
fcntl.ioctl(r, FIONREAD, bytearray(4), False)
fcntl.ioctl(r, FIONREAD, memoryview(b'abcd'))
fcntl.ioctl(r, FIONREAD, array.array('i', [5]), False)
fcntl.ioctl(r, FIONREAD, 1.5)
fcntl.ioctl(r, FIONREAD, None)
fcntl.ioctl(r, FIONREAD, '\ud800')
fcntl.ioctl(r, FIONREAD, 2**31)
fcntl.ioctl(r, FIONREAD, -2**31 - 1)
fcntl.ioctl(r, FIONREAD, b'x' * 1025)
fcntl.ioctl(r, FIONREAD, bytearray(2000), False)
fcntl.ioctl(r, -1)
fcntl.ioctl(r, 2**65)
fcntl.ioctl(r, 'a')
fcntl.ioctl(r)
fcntl.ioctl(r, 1, 2, 3, 4)
posix.write(w, b'hello')
fcntl.ioctl(r, FIONREAD, b'\0\0\0\0')
!a = array.array('i', [0])
fcntl.ioctl(r, FIONREAD, a), a
!a = array.array('i', [0])
fcntl.ioctl(r, FIONREAD, a, False), a
!m = memoryview(bytearray(4))
fcntl.ioctl(r, FIONREAD, m), bytes(m)
!big = array.array('i', [7] * 300)
fcntl.ioctl(r, FIONREAD, big), big[:2]
!b = bytearray(4)
fcntl.ioctl(r, FIONREAD, b, True), b
!import _struct as struct
!fd = posix.open('/dev/null', posix.O_RDWR)
fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB), fcntl.flock(fd, fcntl.LOCK_UN)
fcntl.flock(fd, fcntl.LOCK_SH), fcntl.flock(fd, fcntl.LOCK_UN)
fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB), fcntl.lockf(fd, fcntl.LOCK_UN)
fcntl.lockf(fd, fcntl.LOCK_SH, 10, 5, 0), fcntl.lockf(fd, fcntl.LOCK_UN, 10, 5, 0)
fcntl.lockf(fd, fcntl.LOCK_SH, 10, 5, 7)
fcntl.lockf(fd, fcntl.LOCK_SH, 10, 5, 2**40)
fcntl.lockf(fd, fcntl.LOCK_SH, -1, -2**63)
fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack('hhqqi', fcntl.F_WRLCK, 0, 0, 0, 0))
fcntl.fcntl(fd, fcntl.F_OFD_GETLK, struct.pack('hhqqi', fcntl.F_RDLCK, 0, 0, 0, 0))
fcntl.ioctl(fd, fcntl.FICLONE, 0)
[(n, getattr(fcntl, n).__text_signature__) for n in sorted(dir(fcntl)) if not n.startswith('_') and callable(getattr(fcntl, n)) and hasattr(getattr(fcntl, n), '__text_signature__')]
