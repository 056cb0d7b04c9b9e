# errno cases: see modules/internal/golden/gen_golden.py for the format.
!import errno
errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLOCK, errno.ENOTSUP, errno.EPERM
errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95]
len(errno.errorcode), len(list(filter(lambda n: n[0] == 'E', dir(errno))))
sorted(errno.errorcode.items())
errno.errorcode[0]
