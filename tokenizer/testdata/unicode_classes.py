"""Write the identifier and printability classes of every non-ASCII code
point, as CPython 3.13 sees them, as runs: "first last start continue
printable" in hex and 0/1. Used by regen.sh; read by TestUnicodeClasses."""
prev = None
first = 0x80
def flags(r):
    ch = chr(r)
    return (int(ch.isidentifier()), int(('a' + ch).isidentifier()), int(ch.isprintable()))
for r in range(0x80, 0x110001):
    f = flags(r) if r <= 0x10FFFF else None
    if f != prev:
        if prev is not None:
            print('%x %x %d %d %d' % ((first, r - 1) + prev))
        prev, first = f, r
