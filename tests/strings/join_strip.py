words = ["alpha", "beta", "gamma"]
print("-".join(words), "".join(reversed(words)))
print(repr("  pad  ".strip()), repr("xxhixx".strip("x")), repr("  a".lstrip()), repr("b  ".rstrip()))
print("a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True))
print("abc".center(9, "*"), "abc".ljust(6, ".") + "|", "abc".rjust(6), "42".zfill(5), "-42".zfill(6))
