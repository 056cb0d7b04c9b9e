"""Writes ucd/testdata/sample.txt: CPython 3.13's unicodedata answers for a sample of code
points, and normalizations of sample strings, which ucd's tests compare against.

Run with CPython 3.13 from the repository root:

    python3.13 modules/unicodedata/gen_testdata.py > modules/unicodedata/ucd/testdata/sample.txt

Lines (fields separated by tabs, code points in hex):
  p  VERSION CP category bidi combining east_asian_width mirrored decomposition decimal digit
     numeric name      (VERSION is 15 or 3; None for a missing value)
  n  VERSION FORM INPUT OUTPUT   (INPUT and OUTPUT are code points separated by spaces)
  l  NAME RESULT                 (lookup; RESULT is code points, or KeyError)
"""

import unicodedata as U

FORMS = ("NFC", "NFD", "NFKC", "NFKD")
BLOCKS = [(0x0000, 0x0250), (0x0300, 0x0370), (0x0600, 0x0700), (0x0900, 0x0980),
          (0x1100, 0x1200), (0x2150, 0x2190), (0x2460, 0x24FF), (0x2FF0, 0x3000),
          (0x31E0, 0x3200), (0xAC00, 0xAC40), (0xD7A0, 0xD800), (0xF900, 0xF980),
          (0xFB1D, 0xFB50), (0xFDF0, 0xFE00), (0xFF00, 0xFF70), (0x10FFF0, 0x110000),
          (0x1D400, 0x1D480), (0x1F100, 0x1F1FF), (0x2EBE0, 0x2EC00), (0x2EE50, 0x2EE60),
          (0x2F800, 0x2F820), (0x17000, 0x17010), (0x18B00, 0x18B10), (0x1B170, 0x1B180),
          (0x12400, 0x12480), (0xE0000, 0xE0080), (0xE0100, 0xE0110)]


def sample():
    cps = set()
    for first, last in BLOCKS:
        cps.update(range(first, last))
    # Every 37th code point that is not unassigned or private use.
    n = 0
    for cp in range(0x110000):
        if U.category(chr(cp)) in ("Cn", "Co"):
            continue
        n += 1
        if n % 37 == 0:
            cps.add(cp)
    # And every code point whose Unicode 3.2.0 properties differ, every 37th.
    n = 0
    for cp in range(0x110000):
        c = chr(cp)
        if U.ucd_3_2_0.category(c) != U.category(c) or U.ucd_3_2_0.bidirectional(c) != U.bidirectional(c) or U.ucd_3_2_0.numeric(c, None) != U.numeric(c, None):
            n += 1
            if n % 37 == 0:
                cps.add(cp)
    return sorted(cps)


def hexes(s):
    return " ".join("%04X" % ord(c) for c in s)


def props(version, db, cp):
    c = chr(cp)
    return "\t".join(str(v) for v in ("p", version, "%04X" % cp, db.category(c), db.bidirectional(c), db.combining(c),
                                       db.east_asian_width(c), db.mirrored(c), db.decomposition(c),
                                       db.decimal(c, None), db.digit(c, None), repr(db.numeric(c, None)),
                                       db.name(c, None)))


def strings():
    yield from ("", "abc", "\u00c5", "A\u030a", "\u212b", "\u1e9b\u0323", "\ufb01", "\u2163",
                "\uac00\u11a8", "\u1100\u1161\u11a8", "\u1100\u1161\u11a7", "\ud55c\uae00",
                "a\u0328\u0301\u0323", "e\u0302\u0323", "\u0b47\u0b3e", "\u0b47\u0300\u0b3e",
                "\u1025\u102e", "\U00011099\U000110ba", "\U0001d15e", "\u0344", "\u0f73",
                "\u2126", "\u00bd", "\u33ff", "\ufdfa", "x\u0301\u0301\u0300", "\u0387",
                "\u05d0\u05b7\u05bc", "\u0627\u0653", "\u3099\u309a", "\u304b\u3099",
                "\uf951", "\U0002f868", "\U0002f874", "\U0002f91f", "\U0002f95f", "\U0002f9bf",
                "\u0958", "\u2adc", "\U0001d1bb\U0001d165", "\u00e9\u0300", "q\u0307\u0323")
    for cp in range(0xC0, 0x250, 3):
        yield chr(cp) + "\u0323\u0301"


def main():
    lines = []
    for cp in sample():
        lines.append(props(15, U, cp))
        if U.ucd_3_2_0.category(chr(cp)) != U.category(chr(cp)) or cp % 11 == 0:
            lines.append(props(3, U.ucd_3_2_0, cp))
    for s in strings():
        for version, db in ((15, U), (3, U.ucd_3_2_0)):
            for f in FORMS:
                lines.append("\t".join(("n", str(version), f, hexes(s), hexes(db.normalize(f, s)))))
    for name in ("LATIN SMALL LETTER A", "latin small letter a", "BYTE ORDER MARK", "LATIN CAPITAL LETTER GHA",
                 "KEYCAP NUMBER SIGN", "latin capital letter a with macron and grave", "CJK UNIFIED IDEOGRAPH-4E00",
                 "CJK UNIFIED IDEOGRAPH-04E00", "cjk unified ideograph-4e00", "CJK UNIFIED IDEOGRAPH-2EE5D",
                 "CJK COMPATIBILITY IDEOGRAPH-2F800", "cjk compatibility ideograph-f900", "HANGUL SYLLABLE GAGG",
                 "hangul syllable ga", "HANGUL SYLLABLE YI", "TANGUT IDEOGRAPH-17000", "NUSHU CHARACTER-1B170",
                 "VS17", "NULL", "HYPHEN-MINUS", "TIBETAN LETTER -A", "no such thing", ""):
        try:
            result = hexes(U.lookup(name))
        except KeyError:
            result = "KeyError"
        lines.append("\t".join(("l", name, result)))
    print("\n".join(lines))


main()
