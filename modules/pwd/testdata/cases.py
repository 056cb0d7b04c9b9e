!import pwd
pwd.getpwuid(0).pw_name
pwd.getpwuid(0).pw_uid
pwd.getpwuid(0)[2:4]
pwd.getpwnam('root').pw_uid
pwd.getpwnam('root') == pwd.getpwuid(0)
type(pwd.getpwuid(0))
pwd.struct_passwd
pwd.struct_passwd.__module__
pwd.struct_passwd.__doc__
pwd.__doc__
pwd.getpwuid.__doc__
pwd.getpwnam.__doc__
pwd.getpwall.__doc__
pwd.struct_passwd.n_fields
pwd.struct_passwd.n_sequence_fields
pwd.struct_passwd.__match_args__
pwd.struct_passwd.pw_dir.__doc__
pwd.struct_passwd(('a', 'b', 1, 2, 'c', 'd', 'e'))
pwd.struct_passwd((1, 2))
len(pwd.getpwuid(0))
[type(x).__name__ for x in pwd.getpwuid(0)]
isinstance(pwd.getpwall(), list)
pwd.getpwuid(0) in pwd.getpwall()
all(type(e) is pwd.struct_passwd for e in pwd.getpwall())
pwd.getpwuid(True).pw_uid
pwd.getpwuid(4294967)
pwd.getpwuid(-1)
pwd.getpwuid(2**32-1)
pwd.getpwuid(-2)
pwd.getpwuid(2**32)
pwd.getpwuid(2**64)
pwd.getpwuid(-2**70)
pwd.getpwuid('0')
pwd.getpwuid(0.0)
pwd.getpwuid(None)
pwd.getpwuid()
pwd.getpwuid(0, 1)
pwd.getpwuid(uid=0)
pwd.getpwnam('nosuchuser')
pwd.getpwnam('')
pwd.getpwnam('\udcff')
pwd.getpwnam('é')
pwd.getpwnam('ro\0ot')
pwd.getpwnam('\ud800')
pwd.getpwnam(b'root')
pwd.getpwnam(0)
pwd.getpwnam()
pwd.getpwnam(name='root')
pwd.getpwall(1)
!class I:
!    def __index__(self): return 4294967
pwd.getpwuid(I())
pwd.getpwuid(0).__reduce__()[0]
[(n, getattr(pwd, n).__text_signature__) for n in sorted(dir(pwd)) if not n.startswith('_') and callable(getattr(pwd, n)) and hasattr(getattr(pwd, n), '__text_signature__')]
