# The _stat module.
!import _stat
sorted((n, getattr(_stat, n)) for n in dir(_stat) if n.isupper() and not callable(getattr(_stat, n)))
sorted(n for n in dir(_stat) if callable(getattr(_stat, n)) and not n.startswith('_'))
[f(m) for m in (0o040755, 0o100644, 0o120777, 0o020666, 0o060660, 0o010644, 0o140755, 0) for f in (_stat.S_ISDIR, _stat.S_ISREG, _stat.S_ISLNK, _stat.S_ISCHR, _stat.S_ISBLK, _stat.S_ISFIFO, _stat.S_ISSOCK, _stat.S_ISDOOR, _stat.S_ISPORT, _stat.S_ISWHT)]
_stat.S_IMODE(0o104755), _stat.S_IFMT(0o104755), _stat.S_IMODE(0), _stat.S_IFMT(0o170000)
[_stat.filemode(m) for m in (0o040755, 0o100644, 0o120777, 0o020666, 0o060660, 0o010644, 0o140755, 0, 0o170777, 0o4777, 0o2677, 0o1776, 0o6000, 0o1000, 0o104755)]
_stat.S_ISDIR('x')
_stat.S_ISDIR(1.0)
_stat.S_ISDIR(-1)
_stat.S_ISDIR(2**40)
_stat.S_ISDIR(-2**80)
_stat.filemode(2**32)
_stat.S_IMODE(True)
_stat.S_ISDIR()
_stat.S_ISDIR(1, 2)
_stat.S_ISDIR.__doc__, _stat.S_ISREG.__doc__, _stat.filemode.__doc__, _stat.S_IMODE.__doc__
_stat.__doc__[:40]
