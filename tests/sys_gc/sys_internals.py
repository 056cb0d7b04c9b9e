# sys's reports on interpreter internals answer as CPython's do where the answer is portable.
import sys
s = sys.intern('hello_world_x')
print(sys._is_interned(s), sys._is_interned(''.join(['ab', 'cd'])), sys.getunicodeinternedsize() > 0,
      sys.getallocatedblocks() >= 0, sys._clear_type_cache(), sys.is_stack_trampoline_active())
try:
    sys._is_interned(5)
except TypeError as e:
    print(e)
