b = b"hello"
print(b, b[0], b[1:3], len(b), b + b"!", b * 2, b[::-1])
print(list(b), bytes([65, 66, 67]), bytes(3), bytes("é", "utf-8"))
print(b.upper(), b.find(b"l"), b.replace(b"l", b"L"), b.split(b"e"), b"a,b".split(b","))
