for s in ["it's", 'say "hi"', "both ' and \"", "back\\slash", "nl\n", "\x00\x7f", "é"]:
    print(repr(s))
print(str(b"x"), repr("\t"), "a\tb")
