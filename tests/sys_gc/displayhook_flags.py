import sys
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), bool(sys.path))
print(sys.platform in ("linux", "darwin", "win32"), sys.hash_info.width)
