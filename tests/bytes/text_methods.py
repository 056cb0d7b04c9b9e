b = b"  Hello World  "
ba = bytearray(b)
for x in (b, ba):
    print(x.strip(), x.lstrip(), x.rstrip(b" d"), x.lower(), x.upper(), x.swapcase(), x.title(), x.capitalize())
    print(x.split(), x.split(None, 1), x.rsplit(None, 1), x.split(b"l"), x.rsplit(b"l", 1), x.split(b" ", 2))
    print(x.find(b"o"), x.rfind(b"o"), x.find(111), x.count(b"l"), x.count(b""), x.index(b"W"), x.rindex(b"l", 0, 6))
    print(x.startswith((b"x", b"  H")), x.endswith(b"  "), x.startswith(b"H", 2), x.replace(b"l", b"L", 2))
    print(x.partition(b"o"), x.rpartition(b"o"), x.partition(b"z"), x.rpartition(b"z"))
    print(b"ab".isalpha(), b"a1".isalnum(), b"".isdigit(), b" \t".isspace(), b"ab1".islower(), b"AB".isupper(), b"Ab Cd".istitle(), b"aB".istitle())
    print(x.join([b"1", bytearray(b"2")]), b",".join(x.split()))
for e in ["b'a'.strip(1)", "b'a'.join([1])", "b'a'.startswith(1)", "b'a'.count(1.0)", "b'a'.index(b'z')", "b'a'.split(b'')", "b'a'.find(300)", "b'a'.startswith((1,))"]:
    try: print(eval(e))
    except Exception as ex: print(type(ex).__name__, ex)
print(b"a b  c ".rsplit(maxsplit=1), b"  a b c".split(maxsplit=1), b"a,b,c".rsplit(b",", maxsplit=1))
