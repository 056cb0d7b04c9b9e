# The posix module. Cases work in a directory of their own, made afresh before each case.
!import posix
!D = '/tmp/taipan-posix-cases-%d' % posix.getpid()
!def rmtree(p):
!    for name in posix.listdir(p):
!        q = p + '/' + name
!        if posix.lstat(q).st_mode & 0o170000 == 0o040000:
!            rmtree(q)
!        else:
!            posix.unlink(q)
!    posix.rmdir(p)
!def write(name, data, mode=0o644):
!    fd = posix.open(name, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, mode)
!    try:
!        posix.write(fd, data)
!    finally:
!        posix.close(fd)
!def read(name):
!    fd = posix.open(name, posix.O_RDONLY)
!    try:
!        return posix.read(fd, 1000)
!    finally:
!        posix.close(fd)
!try:
!    rmtree(D)
!except FileNotFoundError:
!    pass
!posix.mkdir(D, 0o755)
!posix.chdir(D)
!write('a.txt', b'hello')
!posix.chmod('a.txt', 0o640)
!posix.mkdir('sub')
!posix.symlink('a.txt', 'link')
!posix.symlink('missing', 'dangling')
!posix.utime('a.txt', (1000000000, 1200000000))
# stat and friends.
[((st.st_size, oct(st.st_mode), st.st_nlink, st[6], len(st), type(st).__name__)) for st in [posix.stat('a.txt')]][0]
[((st.st_atime, st.st_mtime, st[7], st[8], st.st_atime_ns, st.st_mtime_ns)) for st in [posix.stat('a.txt')]][0]
[((type(st.st_ctime), type(st[9]), type(st.st_ctime_ns), type(st.st_blksize), type(st.st_blocks), type(st.st_rdev))) for st in [posix.stat('a.txt')]][0]
[(st.st_uid == posix.getuid(), st.st_ino > 0, st.st_dev == posix.stat('.').st_dev) for st in [posix.stat('a.txt')]][0]
oct(posix.stat('sub').st_mode & 0o170000), oct(posix.lstat('link').st_mode & 0o170000), oct(posix.stat('link').st_mode & 0o170000)
posix.stat('link', follow_symlinks=False) == posix.lstat('link'), posix.stat('link') == posix.stat('a.txt')
[(posix.stat('a.txt', dir_fd=fd).st_size) for fd in [posix.open('.', posix.O_RDONLY)]][0]
[(posix.fstat(fd) == posix.stat('a.txt'), posix.stat(fd) == posix.stat('a.txt')) for fd in [posix.open('a.txt', posix.O_RDONLY)]][0]
posix.stat('nope')
posix.stat(b'nope')
posix.lstat('nope')
posix.stat('dangling')
posix.lstat('dangling').st_size
posix.stat('a.txt/x')
posix.stat('')
posix.stat('a\0b')
posix.stat([1])
posix.stat(None)
posix.stat(2**70)
posix.stat(bytearray(b'x'))
posix.stat()
posix.stat('a.txt', x=1)
posix.stat(path='a.txt').st_size
posix.fstat(-1)
posix.fstat(99999)
posix.lstat(3)
posix.stat(3, dir_fd=1)
posix.stat(3, follow_symlinks=False)
# stat_result itself.
posix.stat_result(tuple(range(10)))
posix.stat_result(tuple(range(10))).st_atime, posix.stat_result(tuple(range(10))).st_atime_ns
posix.stat_result(tuple(range(13))).st_atime, posix.stat_result(tuple(range(19))).st_rdev
posix.stat_result(tuple(range(10))).__reduce__()
posix.stat_result(range(9))
posix.stat_result(range(20))
posix.stat_result.n_fields, posix.stat_result.n_sequence_fields, posix.stat_result.n_unnamed_fields
posix.stat_result.__match_args__, posix.stat_result.__module__, posix.stat_result.__name__, repr(posix.stat_result)
posix.stat_result(tuple(range(10))).__replace__(st_mode=1)
posix.stat_result.st_mode.__doc__, posix.stat_result.st_atime_ns.__doc__, posix.stat_result.__doc__[:30]
posix.terminal_size((80, 24)), posix.terminal_size((80, 24)).columns, posix.terminal_size((80, 24)).lines
posix.terminal_size((1, 2, 3))
posix.terminal_size.__module__, repr(posix.terminal_size), posix.terminal_size.__doc__
repr(posix.uname_result), repr(posix.times_result), posix.uname_result.__module__
posix.uname_result(('a', 'b', 'c', 'd', 'e'))
posix.times_result((1.0, 2.0, 3.0, 4.0, 5.0)).elapsed
# listdir and scandir.
sorted(posix.listdir())
sorted(posix.listdir('.')), sorted(posix.listdir(b'.')), sorted(posix.listdir(D)) == sorted(posix.listdir())
[(sorted(posix.listdir(fd))) for fd in [posix.open('.', posix.O_RDONLY)]][0]
posix.listdir('sub'), posix.listdir(path='sub')
posix.listdir('nope')
posix.listdir('a.txt')
posix.listdir([1])
sorted((e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink()) for e in posix.scandir())
sorted((e.name, e.path) for e in posix.scandir(D)) == sorted((n, D + '/' + n) for n in posix.listdir())
sorted((e.name, e.path, e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False)) for e in posix.scandir('./'))
sorted((e.name, e.path, e.is_file()) for e in posix.scandir(b'.'))
sorted((e.name, e.path, e.is_file()) for e in posix.scandir(posix.open('.', posix.O_RDONLY)))
[(e.stat().st_size, e.stat(follow_symlinks=False).st_size, e.inode() == posix.lstat(e.path).st_ino) for e in posix.scandir() if e.name == 'a.txt']
[e.stat() for e in posix.scandir() if e.name == 'dangling']
[(e.stat(follow_symlinks=False).st_size, e.is_dir(), e.is_file()) for e in posix.scandir() if e.name == 'dangling']
[(repr(e), posix.fspath(e), e.is_junction()) for e in posix.scandir() if e.name == 'sub']
[type(e).__name__ for e in posix.scandir('sub')], type(posix.scandir()).__name__, posix.DirEntry, posix.DirEntry.__module__
[((it.close(), (list(it)))[-1]) for it in [posix.scandir()]][0]
posix.scandir('nope')
posix.scandir('a.txt')
posix.DirEntry()
posix.DirEntry[int]
[e.is_dir(1, 2) for e in posix.scandir('.')]
[e.is_dir(x=1) for e in posix.scandir('.')]
# Making and removing.
posix.mkdir('new'), posix.rmdir('new'), 'new' in posix.listdir()
posix.mkdir('sub')
posix.mkdir('a/b/c')
posix.mkdir('a\0b')
posix.mkdir(b'a\0b')
posix.rmdir('nope')
posix.rmdir('a.txt')
posix.rmdir('.')
(write('sub/f', b''), (posix.rmdir('sub')))[-1]
posix.unlink('nope')
posix.remove('nope')
posix.unlink('sub')
posix.unlink('a.txt'), posix.listdir().count('a.txt')
posix.remove(b'a.txt'), posix.listdir().count('a.txt')
posix.unlink([])
[(posix.unlink('a.txt', dir_fd=fd), 'a.txt' in posix.listdir()) for fd in [posix.open('.', posix.O_RDONLY)]][0]
[(posix.mkdir('m', dir_fd=fd), posix.rmdir('m', dir_fd=fd), 'm' in posix.listdir()) for fd in [posix.open('.', posix.O_RDONLY)]][0]
posix.rename('a.txt', 'b.txt'), sorted(posix.listdir())
posix.replace('a.txt', 'sub/x'), posix.listdir('sub')
posix.rename('nope', 'b')
posix.rename('a.txt', b'b'), posix.listdir(b'.').count(b'b')
posix.link('a.txt', b'h'), posix.listdir().count('h')
posix.rename('a.txt', [2])
posix.rename('a.txt', 'sub')
posix.replace('nope', 'b')
posix.link('a.txt', 'hard'), posix.stat('hard').st_nlink, posix.stat('a.txt').st_ino == posix.stat('hard').st_ino
posix.link('nope', 'b')
posix.link('a.txt', 'sub')
posix.symlink('/x', '.')
posix.readlink('link'), posix.readlink(b'link'), posix.readlink('dangling')
posix.readlink('a.txt')
posix.readlink('nope')
posix.readlink(5)
posix.truncate('a.txt', 2), read('a.txt')
posix.truncate('nope', 2)
posix.truncate('a.txt', -1)
posix.utime('a.txt', ns=(5, 6000000007)), posix.stat('a.txt').st_atime_ns, posix.stat('a.txt').st_mtime_ns
posix.utime('a.txt', (1.5, 2.25)), posix.stat('a.txt').st_atime, posix.stat('a.txt').st_mtime
posix.utime('a.txt'), posix.stat('a.txt').st_mtime > 1.7e9
posix.utime('a.txt', None), posix.stat('a.txt').st_mtime > 1.7e9
posix.utime('a.txt', (1, 2), ns=(1, 2))
posix.utime('a.txt', 5)
posix.utime('a.txt', ns=5)
posix.utime('nope', (1, 2))
posix.utime('link', (1, 2), follow_symlinks=False), posix.lstat('link').st_mtime, posix.stat('a.txt').st_mtime
posix.chmod('a.txt', 0o600), oct(posix.stat('a.txt').st_mode)
posix.chmod('nope', 0o600)
[(posix.fchmod(fd, 0o604), oct(posix.stat('a.txt').st_mode)) for fd in [posix.open('a.txt', posix.O_RDONLY)]][0]
posix.access('a.txt', posix.F_OK), posix.access('nope', posix.F_OK), posix.access('a.txt', posix.R_OK)
posix.access('dangling', posix.F_OK), posix.access('dangling', posix.F_OK, follow_symlinks=False)
posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK
posix.mkfifo('fifo'), oct(posix.stat('fifo').st_mode & 0o170000)
# Descriptors.
[(posix.read(fd, 3), posix.read(fd, 10), posix.read(fd, 10)) for fd in [posix.open('a.txt', posix.O_RDONLY)]][0]
[(posix.lseek(fd, 0, 2), posix.write(fd, b' world'), posix.lseek(fd, 0, 0), posix.read(fd, 100)) for fd in [posix.open('a.txt', posix.O_RDWR)]][0]
[(posix.write(fd, bytearray(b'J')), posix.lseek(fd, -1, 1), posix.read(fd, 5)) for fd in [posix.open('a.txt', posix.O_RDWR)]][0]
[(posix.ftruncate(fd, 1), posix.fsync(fd), read('a.txt')) for fd in [posix.open('a.txt', posix.O_RDWR)]][0]
[(posix.pwrite(fd, b'XY', 2), posix.pread(fd, 3, 1), read('a.txt')) for fd in [posix.open('a.txt', posix.O_RDWR)]][0]
[(posix.get_inheritable(fd), posix.get_blocking(fd), posix.isatty(fd)) for fd in [posix.open('a.txt', posix.O_RDONLY)]][0]
[(posix.set_inheritable(fd, True), posix.get_inheritable(fd), posix.set_blocking(fd, False), posix.get_blocking(fd)) for fd in [posix.open('a.txt', posix.O_RDONLY)]][0]
[([(fd2 > fd, posix.get_inheritable(fd2), posix.read(fd2, 2)) for fd2 in [posix.dup(fd)]][0]) for fd in [posix.open('a.txt', posix.O_RDONLY)]][0]
[(posix.dup2(fd, 100), posix.get_inheritable(100), posix.dup2(fd, 101, inheritable=False), posix.get_inheritable(101)) for fd in [posix.open('a.txt', posix.O_RDONLY)]][0]
[(posix.write(w, b'abc'), posix.read(r, 10), posix.get_inheritable(r), posix.get_inheritable(w)) for r, w in [posix.pipe()]][0]
[((posix.close(w), (posix.read(r, 10)))[-1]) for r, w in [posix.pipe()]][0]
[(posix.get_blocking(r)) for r, w in [posix.pipe2(posix.O_NONBLOCK)]][0]
[(posix.read(r, 10) if False else posix.get_blocking(r)) for r, w in [posix.pipe2(0)]][0]
posix.device_encoding(posix.open('a.txt', posix.O_RDONLY))
posix.open('nope', posix.O_RDONLY)
posix.open('a.txt', posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL)
posix.open('sub', posix.O_WRONLY)
posix.open('a.txt', 'x')
posix.open('a.txt')
[((posix.close(fd), (posix.close(fd)))[-1]) for fd in [posix.open('a.txt', posix.O_RDONLY)]][0]
posix.close(-1)
posix.read(-1, 5)
posix.read(posix.open('a.txt', posix.O_RDONLY), -1)
posix.write(-1, b'x')
posix.write(1, 'text')
posix.lseek(posix.open('a.txt', posix.O_RDONLY), 0, 99)
posix.fsync('x')
posix.fsync(-1)
posix.get_terminal_size(posix.open('a.txt', posix.O_RDONLY))
posix.get_inheritable(-1)
posix.closerange(1000, 1002)
# Paths, fspath and normpath.
!class P:
!    def __init__(self, p): self.p = p
!    def __fspath__(self): return self.p
posix.fspath('a'), posix.fspath(b'a'), posix.fspath(P('x')), posix.fspath(P(b'y'))
posix.fspath(5)
posix.fspath(P(5))
posix.fspath(None)
posix.stat(P('a.txt')).st_size, sorted(posix.listdir(P(b'.')))
posix.stat(P('nope'))
posix.stat(P(3.5))
posix.open(P('nope'), 0)
[posix._path_normpath(p) for p in ['', '.', '/', '//', '///', 'a//b/../c/./', '/../a', '..', '../..', 'a/..', 'a/../..', '//a/b', '///a', '/a/b/', './a']]
posix._path_normpath(b'/../a'), posix._path_normpath(P('x/./y')), posix._path_normpath(path='a/b/..')
posix._path_normpath(5)
[posix._path_splitroot_ex(p) for p in ['', 'a', '/a', '//a/b', '///a', b'/a', b'a']]
# Processes, users and the environment.
posix.getpid() > 0, posix.getppid() > 0, posix.getpid() != posix.getppid()
type(posix.getuid()), type(posix.geteuid()), type(posix.getgid()), type(posix.getegid()), type(posix.getgroups())
posix.getpgrp() == posix.getpgid(0), posix.getsid(0) >= 0
posix.getpgid(-5)
posix.kill(posix.getpid(), 0)
posix.kill(2**30, 0)
posix.waitpid(-1, posix.WNOHANG)
posix.wait()
posix.WEXITSTATUS(256), posix.WIFEXITED(0), posix.WIFEXITED(9), posix.WIFSIGNALED(9), posix.WIFSIGNALED(0), posix.WTERMSIG(9)
posix.WIFSTOPPED(0x7f), posix.WIFSTOPPED(0), posix.WSTOPSIG(0x137f), posix.WCOREDUMP(0x80), posix.WIFCONTINUED(0xffff)
posix.waitstatus_to_exitcode(256), posix.waitstatus_to_exitcode(9), posix.waitstatus_to_exitcode(0)
posix.waitstatus_to_exitcode(0x137f)
posix.waitstatus_to_exitcode(0xffff)
posix.WNOHANG, posix.WUNTRACED, posix.WCONTINUED
type(posix.environ), all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items())
posix.putenv('TAIPAN_T', 'v'), posix.unsetenv('TAIPAN_T')
posix.putenv('A=B', 'v')
posix.putenv('', 'v')
posix.putenv('A', 'v\0')
posix.putenv(5, 'v')
posix.unsetenv('A=B')
posix.unsetenv('')
posix.unsetenv('a\0')
posix.umask(0o22), posix.umask(0o22)
posix.umask('x')
posix.strerror(2), posix.strerror(13), posix.strerror(0), posix.strerror(99999), posix.strerror(-1)
posix.strerror('x')
type(posix.uname()), len(posix.uname()), posix.uname().sysname, type(posix.uname().release)
[(type(t).__name__, len(t), all(type(x) is float for x in t)) for t in [posix.times()]][0]
type(posix.cpu_count()), posix.cpu_count() > 0
posix.urandom(0), len(posix.urandom(16)), type(posix.urandom(3))
posix.urandom(-1)
posix.error is OSError, type(posix._have_functions), 'HAVE_FSTATAT' in posix._have_functions
posix.O_RDONLY, posix.O_WRONLY, posix.O_RDWR, posix.O_CREAT, posix.O_EXCL, posix.O_TRUNC, posix.O_APPEND, posix.O_NONBLOCK, posix.O_CLOEXEC, posix.O_DIRECTORY, posix.O_NOFOLLOW
posix.SEEK_DATA, posix.SEEK_HOLE, posix.EX_OK, posix.NGROUPS_MAX > 0
posix.major(0x1234), posix.minor(0x1234), posix.makedev(0x12, 0x34)
posix.getcwd() == D, posix.getcwdb() == D.encode()
posix.chdir('nope')
posix.chdir('a.txt')
posix.chdir(posix.open('sub', posix.O_RDONLY)), posix.getcwd() == D + '/sub'
posix.getcwd(1)
# statvfs, sysconf, confstr and mknod.
[(type(s).__name__, len(s), s.f_bsize > 0, s.f_namemax > 0, type(s.f_fsid)) for s in [posix.statvfs('.')]][0]
posix.statvfs('.') == posix.statvfs(posix.open('.', posix.O_RDONLY)), posix.fstatvfs(posix.open('.', posix.O_RDONLY)) == posix.statvfs('.')
posix.statvfs('nope')
posix.statvfs_result.n_fields, posix.statvfs_result.n_sequence_fields, repr(posix.statvfs_result), posix.statvfs_result.__doc__[:20]
posix.sysconf('SC_PAGESIZE') == posix.sysconf('SC_PAGE_SIZE') > 0, posix.sysconf('SC_CLK_TCK'), posix.sysconf('SC_NPROCESSORS_ONLN') > 0
posix.sysconf('nope')
posix.sysconf(1.5)
posix.sysconf(99999)
posix.confstr('CS_PATH'), posix.confstr_names['CS_PATH'], posix.sysconf_names['SC_PAGESIZE']
posix.confstr('nope')
posix.mknod('node', 0o600 | 0o010000), oct(posix.stat('node').st_mode)
posix.mknod('a.txt')
posix.mkfifo('a.txt')
posix.execv('nope', ['x'])
posix.execv('nope', [])
posix.execv('nope', 'x')
posix.execv('nope', [''])
# User and group ids.
len(posix.getresuid()), posix.getresuid()[0] == posix.getuid(), posix.getresgid()[1] == posix.getegid()
posix.setuid(posix.getuid()), posix.setgid(posix.getgid()), posix.seteuid(posix.geteuid()), posix.setegid(posix.getegid())
posix.setuid('x')
posix.setgid(1.5)
posix.setuid(-2)
posix.setuid(2**32)
posix.setuid(2**64)
posix.setreuid(-1, -1), posix.setregid(-1, -1)
posix.chown('nope', 'a', 1)
posix.chown('nope', -1, None)
posix.chown('nope', -1, -1)
posix.setgroups(5)
posix.setgroups(['x'])
posix.setpgid('x', 1)
posix.ttyname(posix.open('a.txt', posix.O_RDONLY))
posix.ttyname(9999)
posix.ctermid()
len(posix.getrandom(5)), posix.getrandom(0), type(posix.getrandom(3, posix.GRND_NONBLOCK)), len(posix.getrandom(size=2, flags=0))
posix.getrandom(-1)
posix.getrandom('x')
posix.getrandom(1, 'x')
posix.getrandom()
posix.chmod('a.txt', 0o600, follow_symlinks=False), oct(posix.stat('a.txt').st_mode)
posix.chmod('link', 0o600, follow_symlinks=False)
posix.chmod('nope', 0o600, follow_symlinks=False)
# Scheduling.
type(posix.getpriority(posix.PRIO_PROCESS, 0)), posix.nice(0) == posix.getpriority(posix.PRIO_PROCESS, 0), posix.sched_yield()
posix.sched_get_priority_max(posix.SCHED_FIFO), posix.sched_get_priority_min(posix.SCHED_OTHER), posix.sched_get_priority_max(policy=posix.SCHED_RR)
posix.getpriority(99, 0)
posix.sched_get_priority_max(99)
posix.nice('x')
[(posix.sendfile(w, fd, 0, 3), posix.read(r, 10), posix.sendfile(w, fd, None, 2), posix.read(r, 10), posix.lseek(fd, 0, 1)) for r, w in [posix.pipe()] for fd in [posix.open('a.txt', posix.O_RDONLY)]][0]
posix.sendfile(posix.pipe()[1], posix.open('a.txt', posix.O_RDONLY), -1, 3)
posix.sendfile(99, 0, 0, 1)
posix.sendfile(1, 0, 'x', 1)
posix.sendfile(1, 0, 0)
# pathconf.
sorted(posix.pathconf_names.items())
[posix.pathconf('.', n) for n in ('PC_MAX_CANON', 'PC_MAX_INPUT', 'PC_PATH_MAX', 'PC_PIPE_BUF', 'PC_CHOWN_RESTRICTED', 'PC_NO_TRUNC', 'PC_VDISABLE', 'PC_SYNC_IO', 'PC_SYMLINK_MAX')]
posix.pathconf('.', 'PC_NAME_MAX') == posix.statvfs('.').f_namemax, posix.fpathconf(posix.open('.', posix.O_RDONLY), 3) == posix.pathconf('.', 3), posix.pathconf(path='.', name=4)
[posix.fpathconf(r, n) for r, w in [posix.pipe()] for n in ('PC_LINK_MAX', 'PC_FILESIZEBITS', 'PC_PIPE_BUF')]
posix.pathconf('nope', 'PC_LINK_MAX')
posix.pathconf('.', 'nope')
posix.pathconf('.', 99)
posix.fpathconf(99, 'PC_MAX_CANON'), posix.fpathconf(99, 1)
posix.fpathconf(99, 'PC_LINK_MAX')
posix.fpathconf('x', 1)
posix.pathconf('.', 1.5)
# Vectored I/O, file space and pseudo-terminals.
[(posix.writev(w, [b'ab', bytearray(b'cd'), b'']), posix.readv(r, [bytearray(1), bytearray(2)]), posix.read(r, 10)) for r, w in [posix.pipe()]][0]
[(posix.write(w, b'xyz'), posix.readv(r, [b1, b2]), b1, b2) for r, w in [posix.pipe()] for b1, b2 in [(bytearray(1), bytearray(5))]][0]
posix.writev(1, 'x')
posix.writev(1, ['x'])
posix.readv(0, [b'x'])
posix.readv(0, 5)
posix.writev(posix.pipe()[1], [])
[(posix.posix_fallocate(fd, 0, 100), posix.fstat(fd).st_size, posix.posix_fadvise(fd, 0, 0, posix.POSIX_FADV_NORMAL)) for fd in [posix.open('a.txt', posix.O_RDWR)]][0]
posix.posix_fallocate(posix.open('a.txt', posix.O_RDWR), -1, 1)
posix.posix_fadvise(posix.open('a.txt', posix.O_RDWR), 0, 0, 99)
posix.posix_fallocate(99, 0, 1)
[(posix.ttyname(s).startswith('/dev/pts/'), posix.isatty(m), posix.get_inheritable(m), posix.get_inheritable(s)) for m, s in [posix.openpty()]][0]
[(posix.grantpt(fd), posix.unlockpt(fd), posix.ptsname(fd).startswith('/dev/pts/'), posix.get_inheritable(fd)) for fd in [posix.posix_openpt(posix.O_RDWR | posix.O_NOCTTY)]][0]
posix.ptsname(posix.open('a.txt', posix.O_RDONLY))
posix.grantpt(99)
posix.unlockpt(posix.open('a.txt', posix.O_RDONLY))
posix.posix_openpt('x')
# Argument errors.
posix.stat(1, 2)
posix.lstat()
posix.open()
posix.open('x', 0, 0, 0)
posix.close()
posix.close(fd='x')
posix.read(1)
posix.read(fd=1, length=2)
posix.write(1)
posix.lseek(1, 2)
posix.fsync()
posix.ftruncate(1)
posix.pipe(1)
posix.dup()
posix.dup2(1)
posix.dup2(1, 2, 3, 4)
posix.isatty()
posix.isatty('x')
posix.get_inheritable('x')
posix.set_inheritable(1)
posix.getcwd(1)
posix.listdir(1, 2)
posix.mkdir()
posix.mkdir('x', 'y')
posix.rmdir()
posix.unlink()
posix.rename('a')
posix.readlink()
posix.symlink('a')
posix.link('a')
posix.utime()
posix.chmod('a')
posix.chown('a', 1)
posix.access('a')
posix.access('a', 'x')
posix.umask()
posix.kill(1)
posix.waitpid(1)
posix.strerror()
posix.urandom()
posix.urandom('x')
posix.putenv('a')
posix.unsetenv()
posix.fspath()
posix.fspath(1, 2)
posix.scandir(1, 2)
posix.get_terminal_size(1, 2)
posix.get_terminal_size(fd=1)
posix.uname(1)
posix.times(1)
posix.cpu_count(1)
posix._exit()
posix.WEXITSTATUS()
posix.WEXITSTATUS('x')
posix.system()
posix.execv('x')
posix.truncate('x')
posix.device_encoding()
posix.statvfs()
posix.sysconf()
posix.chdir()
posix.fchdir('x')
posix.getpgid()
posix.setuid()
posix.sendfile(1, 2, 3)
posix.readv(1)
posix.pathconf('x')
posix.mkfifo()
posix.mknod()
posix.lchown('x', 1)
posix.fchmod(1)
posix.fchown(1, 2)
posix.pread(1, 2)
posix.pwrite(1, b'')
posix.closerange(1)
posix.set_blocking(1)
posix.getrandom(1, 2, 3)
posix.nice()
posix.major()
posix.makedev(1)
posix.ttyname()
posix.setpgid(1)
posix.setgroups()
posix._path_normpath()
posix.DirEntry.is_dir()
posix.setreuid(1)
posix.setresgid(1)
posix.fstat(fd='x')
posix.getsid()
posix.fpathconf(1)
posix.makedev(1)
posix.closerange(1)
posix.kill(pid=1, signal=0)
posix.WCOREDUMP(status=1)
posix.confstr()
posix.execv()
posix.putenv()
# Extended attributes (the errors, and a file with none).
posix.listxattr('a.txt'), posix.listxattr(b'a.txt'), posix.listxattr(posix.open('a.txt', posix.O_RDONLY))
posix.getxattr('nope', 'user.a')
posix.getxattr('a.txt', 5)
posix.setxattr('a.txt', 'user.b', 'str')
posix.getxattr(posix.open('a.txt', posix.O_RDONLY), 'user.a', follow_symlinks=False)
posix.listxattr([])
posix.removexattr('nope', 'user.a')
posix.getxattr('a.txt')
# waitid.
repr(posix.waitid_result), posix.waitid_result.__module__, posix.waitid_result.n_fields, posix.waitid_result.__match_args__, posix.waitid_result.__doc__[:30]
posix.waitid_result((1, 2, 3, 4, 5))
posix.waitid(posix.P_ALL, 0, posix.WEXITED | posix.WNOHANG)
posix.waitid(99, 0, posix.WEXITED)
posix.waitid(posix.P_ALL, 0, 0)
posix.waitid(1, 2)
