print(b"abc" == b"abc", b"abc" < b"abd", b"a" in b"cat", 97 in b"cat", b"" < b"\x00")
print(sorted([b"b", b"a", b"ab"]), max(b"xyz"), b"abc" == "abc")
