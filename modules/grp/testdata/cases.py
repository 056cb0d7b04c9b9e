!import grp
grp.getgrgid(0).gr_name
grp.getgrgid(0).gr_gid
grp.getgrnam('root').gr_gid
grp.getgrnam('root') == grp.getgrgid(0)
grp.getgrgid(id=0).gr_name
grp.getgrnam(name='root').gr_name
type(grp.getgrgid(0))
type(grp.getgrgid(0).gr_mem)
grp.struct_group
grp.struct_group.__module__
grp.struct_group.__doc__
grp.__doc__
grp.getgrgid.__doc__
grp.getgrnam.__doc__
grp.getgrall.__doc__
grp.struct_group.n_fields
grp.struct_group.__match_args__
grp.struct_group.gr_mem.__doc__
grp.struct_group(('a', 'x', 5, ['b']))
grp.struct_group((1, 2, 3))
isinstance(grp.getgrall(), list)
grp.getgrgid(0) in grp.getgrall()
all(type(e) is grp.struct_group for e in grp.getgrall())
grp.getgrgid(4294967)
grp.getgrgid(-1)
grp.getgrgid(2**32-1)
grp.getgrgid(-2)
grp.getgrgid(2**32)
grp.getgrgid(2**63)
grp.getgrgid(2**64)
grp.getgrgid(-2**70)
grp.getgrgid('0')
grp.getgrgid(0.0)
grp.getgrgid()
grp.getgrgid(1, 2)
grp.getgrgid(1, id=1)
grp.getgrgid(x=1)
grp.getgrnam('nosuchgroup')
grp.getgrnam('\udcff')
grp.getgrnam('a\0')
grp.getgrnam('\ud800')
grp.getgrnam(b'root')
grp.getgrnam(name=b'root')
grp.getgrnam()
grp.getgrall(1)
!class I:
!    def __index__(self): return 4294967
grp.getgrgid(I())
[(n, getattr(grp, n).__text_signature__) for n in sorted(dir(grp)) if not n.startswith('_') and callable(getattr(grp, n)) and hasattr(getattr(grp, n), '__text_signature__')]
