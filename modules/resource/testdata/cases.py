!import resource
resource.error
resource.struct_rusage
resource.struct_rusage.__module__
resource.struct_rusage.__doc__
resource.struct_rusage.n_fields
resource.struct_rusage.__match_args__
resource.struct_rusage.ru_maxrss.__doc__
resource.struct_rusage(range(16))
resource.struct_rusage(range(3))
sorted((k, getattr(resource, k)) for k in dir(resource) if k.isupper())
sorted(k for k in dir(resource) if not k.startswith('_'))
resource.getpagesize() > 0 and resource.getpagesize() & (resource.getpagesize() - 1) == 0
resource.getpagesize(1)
type(resource.getrusage(resource.RUSAGE_SELF))
[type(x).__name__ for x in resource.getrusage(resource.RUSAGE_SELF)]
resource.getrusage(resource.RUSAGE_SELF).ru_utime >= 0
resource.getrusage(resource.RUSAGE_CHILDREN).ru_nswap >= 0
resource.getrusage(resource.RUSAGE_THREAD).ru_nvcsw >= 0
resource.getrusage(5)
resource.getrusage(-5)
resource.getrusage('a')
resource.getrusage(2**40)
resource.getrusage()
resource.getrusage(who=0)
!soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
soft <= hard or hard == resource.RLIM_INFINITY
type(resource.getrlimit(resource.RLIMIT_CORE))
len(resource.getrlimit(resource.RLIMIT_CORE))
resource.getrlimit(resource.RLIMIT_CORE) == resource.prlimit(0, resource.RLIMIT_CORE)
resource.getrlimit(-1)
resource.getrlimit(16)
resource.getrlimit(1.0)
resource.getrlimit('a')
resource.getrlimit(2**40)
resource.getrlimit()
resource.getrlimit(1, 2)
resource.setrlimit(-1, (1, 1))
resource.setrlimit(16, (1, 1))
resource.setrlimit(resource.RLIMIT_CORE, (1, 2, 3))
resource.setrlimit(resource.RLIMIT_CORE, [1])
resource.setrlimit(resource.RLIMIT_CORE, 5)
resource.setrlimit(resource.RLIMIT_CORE, 'ab')
resource.setrlimit(resource.RLIMIT_CORE, (1.5, 1))
resource.setrlimit(resource.RLIMIT_CORE, (2**63, 1))
resource.setrlimit(resource.RLIMIT_CORE, (-2**64, 1))
resource.setrlimit(resource.RLIMIT_CORE, (5, 1))
resource.setrlimit(resource.RLIMIT_CORE, resource.getrlimit(resource.RLIMIT_CORE))
resource.setrlimit(1)
resource.setrlimit()
resource.prlimit(0, 16)
resource.prlimit('a', 1)
resource.prlimit(2**31, resource.RLIMIT_CORE)
resource.prlimit(0, resource.RLIMIT_CORE, 5)
resource.prlimit(0, resource.RLIMIT_CORE, (5, 1))
resource.prlimit(0)
resource.prlimit(0, 1, None, 3)
resource.prlimit(-1, resource.RLIMIT_CORE)
resource.prlimit(0, resource.RLIMIT_CORE, None) == resource.getrlimit(resource.RLIMIT_CORE)
[(n, getattr(resource, n).__text_signature__) for n in sorted(dir(resource)) if not n.startswith('_') and callable(getattr(resource, n)) and hasattr(getattr(resource, n), '__text_signature__')]
