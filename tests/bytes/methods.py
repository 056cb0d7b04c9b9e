b = b"  Hello World  "
print(b.strip(), b.lower(), b.startswith(b"  H"), b.count(b"l"), b.isspace(), b"123".isdigit())
print(b"-".join([b"a", b"b"]), b"abc".center(7, b"*"), b"x".zfill(3), b"ab".ljust(4, b"."))
print(b"%d-%s" % (5, b"z"), b"hello".title(), b"a b".partition(b" "))
