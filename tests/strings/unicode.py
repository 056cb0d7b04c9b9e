s = "héllo wörld ✓"
print(len(s), s.upper(), s[1], ord("é"), chr(233), chr(0x2713))
print(s.encode("utf-8"), len(s.encode()), "ß".upper(), "ǅ".lower())
print(ascii(s), repr("tab\there"), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}")
