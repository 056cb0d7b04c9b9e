print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"))
print("a-b-c".rsplit("-", 1), "abcabc".removeprefix("ab"), "abcabc".removesuffix("bc"))
print("hello".translate(str.maketrans("el", "ip")), "tab\tsep".expandtabs(4))
print("abc".encode(), "x".join("abc"), "CamelCase".casefold())
