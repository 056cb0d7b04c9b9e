# Writes cpython_opcodes.txt: CPython 3.13's number, inline-cache size and net stack effect
# (for a range of opargs) of every instruction that is neither specialized nor instrumented,
# pseudo-instructions included, then the variables of its _opcode_metadata that Taipan's
# generated _opcode_metadata.py also defines, as "@" lines.
# Regenerate with: ../../../shared/tools/cpython313 cpython_opcodes.py > cpython_opcodes.txt
import dis, opcode, _opcode_metadata as m

OPARGS = [0, 1, 2, 3, 4, 5, 7, 8, 15, 16, 17, 31, 255, 256, 258, 0x201, 0x10001]
members = {x for v in m._specializations.values() for x in v}
print("# name opcode caches effect(oparg) for opargs", *OPARGS)
for name, op in sorted(m.opmap.items(), key=lambda kv: kv[1]):
    if name in members or name.startswith("INSTRUMENTED") or name == "ENTER_EXECUTOR":
        continue
    effects = []
    for oparg in OPARGS:
        try:
            e = dis.stack_effect(op, oparg if op >= opcode.HAVE_ARGUMENT else None)
        except ValueError:
            e = "-"
        effects.append(str(e))
    print(name, op, opcode._inline_cache_entries.get(name, 0), *effects)
print("@HAVE_ARGUMENT", m.HAVE_ARGUMENT)
print("@MIN_INSTRUMENTED_OPCODE", m.MIN_INSTRUMENTED_OPCODE)
for name, op in sorted(m.opmap.items(), key=lambda kv: kv[1]):
    print("@opmap", name, op)
for head, family in m._specializations.items():
    print("@family", head, *family)
