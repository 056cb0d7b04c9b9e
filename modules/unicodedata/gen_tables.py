"""Writes ucd/tables.go: the Unicode character database of the running CPython.

Run with CPython 3.13 (Unicode 15.1.0) from the repository root:

    python3.13 modules/unicodedata/gen_tables.py | gofmt > modules/unicodedata/ucd/tables.go

The tables are read back through CPython's own unicodedata module, so the Go side reproduces
exactly what CPython 3.13 reports, including the Unicode 3.2.0 view (ucd_3_2_0), which is
stored as differences from the current database.

Layout (all multi-byte integers big-endian, packed into Go string constants so that the
file compiles quickly, every byte offset by BIAS):
  - property records: unique (category, bidirectional, combining, east asian width,
    mirrored, decimal, digit, numeric, normalization quick check) tuples, and a two-level
    index from code point to record;
  - decompositions: a two-level index to an entry (tag byte, count byte, 3 bytes per code
    point); Hangul syllables are computed;
  - names: a word dictionary and, per named code point, its words as one- or two-byte
    indexes; names of the form PREFIX-<hex code point> (CJK ideographs and the like) are
    stored as ranges and Hangul syllables are computed;
  - name aliases and named sequences (for lookup);
  - canonical composition pairs (primary composites);
  - Unicode 3.2.0: runs of code points whose record differs, and the few normalization
    corrections.
"""

import ctypes
import re
import sys
import unicodedata as U
from collections import Counter

MAXCP = 0x110000
SHIFT = 7
OLD = U.ucd_3_2_0

CATS = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf",
        "Cs", "Co", "Cn", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk",
        "So"]
CATS = list(dict.fromkeys(CATS))
BIDIS = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS",
         "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
EAWS = ["F", "H", "W", "Na", "A", "N"]
TAGS = ["", "<compat>", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>",
        "<circle>", "<super>", "<sub>", "<vertical>", "<wide>", "<narrow>", "<small>",
        "<square>", "<fraction>"]


class _Sub(str):
    """A str subclass: normalize() returns its argument itself exactly when the quick check
    says the text is certainly normalized, which reveals the quick check properties."""


def quickcheck(db, c):
    """Bit i set: c is not certainly in form FORMS[i] by the quick check (current version)."""
    if db is not U:
        return 0
    s = _Sub(c)
    return sum(1 << i for i, f in enumerate(("NFC", "NFD", "NFKC", "NFKD")) if type(U.normalize(f, s)) is not _Sub)


def props(db, c):
    """The property tuple of one character in db."""
    return (
        CATS.index(db.category(c)),
        BIDIS.index(db.bidirectional(c)),
        db.combining(c),
        EAWS.index(db.east_asian_width(c)),
        db.mirrored(c),
        db.decimal(c, -1),
        db.digit(c, -1),
        db.numeric(c, -1.0),
        quickcheck(db, c),
    )


def quote(data):
    """A Go string literal holding the bytes of data."""
    out = ['"']
    for b in data:
        if b == 0x22 or b == 0x5C:
            out.append("\\" + chr(b))
        elif 0x20 <= b < 0x7F:
            out.append(chr(b))
        else:
            out.append("\\x%02x" % b)
    out.append('"')
    return "".join(out)


# BIAS is added to every byte of the binary tables (ucd.tableBias), which makes the small
# values that dominate them printable, so they need no escapes in the Go source.
BIAS = 0x20


def const(name, data, doc, binary=True):
    """A documented Go string constant, wrapped over several lines."""
    if binary:
        data = bytes((b + BIAS) & 0xFF for b in data)
    lines = ["// %s %s" % (name, doc), "const %s = \"\" +" % name]
    step = 96
    chunks = [data[i:i + step] for i in range(0, len(data), step)] or [b""]
    for i, chunk in enumerate(chunks):
        lines.append("\t" + quote(chunk) + (" +" if i < len(chunks) - 1 else ""))
    return "\n".join(lines) + "\n"


def two_level(values, width):
    """Splits a per-code-point list of small integers into a block index and blocks."""
    blocks = {}
    index1 = []
    data = bytearray()
    for start in range(0, MAXCP, 1 << SHIFT):
        block = tuple(values[start:start + (1 << SHIFT)])
        if block not in blocks:
            blocks[block] = len(blocks)
            for v in block:
                data += v.to_bytes(width, "big")
        index1.append(blocks[block])
    assert len(blocks) < 65536
    return b"".join(i.to_bytes(2, "big") for i in index1), bytes(data)


def is_hangul(cp):
    return 0xAC00 <= cp < 0xAC00 + 11172


def ucn_capi():
    """CPython's name C API, to enumerate aliases and named sequences (private code points)."""
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    ptr = get_pointer(U._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    proto = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int,
                             ctypes.c_int)
    getname = proto(ctypes.cast(ptr, ctypes.POINTER(ctypes.c_void_p))[0])

    def name(cp):
        buf = ctypes.create_string_buffer(256)
        if not getname(cp, buf, 256, 1):
            return None
        return buf.value.decode("ascii")
    return name


def main():
    out = []
    emit = out.append
    emit("// Code generated by modules/unicodedata/gen_tables.py from CPython %s's unicodedata "
         "(Unicode %s); DO NOT EDIT.\n\npackage ucd\n" % (sys.version.split()[0], U.unidata_version))
    emit("// Version is the version of the Unicode database.\nconst Version = \"%s\"\n" % U.unidata_version)

    # Property records, current and 3.2.0 (the old ones only where they differ).
    records = {}
    numerics = {-1.0: 0}

    def record(p):
        num = p[7]
        if num not in numerics:
            numerics[num] = len(numerics)
        key = p[:7] + (numerics[num], p[8])
        if key not in records:
            records[key] = len(records)
        return records[key]

    record(props(U, chr(0x10FFFF)))  # record 0: unassigned
    cur = [0] * MAXCP
    old_runs = []  # (first, last, record)
    for cp in range(MAXCP):
        c = chr(cp)
        p = props(U, c)
        cur[cp] = record(p)
        o = props(OLD, c)[:8] + p[8:]  # the quick check is not versioned
        if o != p:
            r = record(o)
            if old_runs and old_runs[-1][1] == cp - 1 and old_runs[-1][2] == r:
                old_runs[-1][1] = cp
            else:
                old_runs.append([cp, cp, r])
        if o[0] != 0 and OLD.decomposition(c) != U.decomposition(c):
            raise SystemExit("3.2.0 decomposition differs at %04X" % cp)
    assert len(records) < 65536
    emit("// Categories, Bidis, EastAsianWidths and DecompTags are the names the records index.")
    emit("var (\n\tCategories = %s\n\tBidis = %s\n\tEastAsianWidths = %s\n\tDecompTags = %s\n)\n" % tuple(
        "[]string{%s}" % ", ".join('"%s"' % s for s in lst) for lst in (CATS, BIDIS, EAWS, TAGS)))
    rec = bytearray()
    for key in sorted(records, key=records.get):
        cat, bidi, comb, eaw, mir, dec, dig, num, qc = key
        rec += bytes([cat, bidi, comb, eaw | (qc << 3) | (mir << 7), dec & 0xFF, dig & 0xFF])
        rec += num.to_bytes(2, "big")
    emit(const("recordData", bytes(rec), "holds 8 bytes per record: category, bidi, combining, "
               "east asian width | quick check<<3 | mirrored<<7, decimal, digit (0xFF: none), numeric index (2)."))
    emit("// numerics are the numeric values the records index; 0 means none.")
    emit("var numerics = [...]float64{%s}\n" % ", ".join(
        repr(v) for v in sorted(numerics, key=numerics.get)))
    i1, i2 = two_level(cur, 2)
    emit(const("recordIndex1", i1, "maps code point >> 7 to a block of recordIndex2."))
    emit(const("recordIndex2", i2, "holds blocks of 128 record numbers."))
    runs = bytearray()
    for first, last, r in old_runs:
        runs += first.to_bytes(3, "big") + last.to_bytes(3, "big") + r.to_bytes(2, "big")
    emit(const("oldRuns", bytes(runs), "lists the code point ranges whose Unicode 3.2.0 record "
               "differs: first (3), last (3), record (2)."))

    # Decompositions (Hangul syllables are computed).
    decomps = {"": 0}
    ddata = bytearray(b"\x00\x00")
    dcur = [0] * MAXCP
    for cp in range(MAXCP):
        if is_hangul(cp):
            continue
        d = U.decomposition(chr(cp))
        if not d:
            continue
        if d not in decomps:
            parts = d.split()
            tag = 0
            if parts[0].startswith("<"):
                tag = TAGS.index(parts.pop(0))
            decomps[d] = len(ddata)
            ddata += bytes([tag, len(parts)])
            for h in parts:
                ddata += int(h, 16).to_bytes(3, "big")
        dcur[cp] = decomps[d]
    assert len(ddata) < 65536
    emit(const("decompData", bytes(ddata), "holds the decompositions: tag, count, code points (3 "
               "bytes each)."))
    i1, i2 = two_level(dcur, 2)
    emit(const("decompIndex1", i1, "maps code point >> 7 to a block of decompIndex2."))
    emit(const("decompIndex2", i2, "holds blocks of 128 offsets into decompData."))

    # Canonical composition pairs: two-character canonical decompositions that NFC recomposes.
    pairs = bytearray()
    for cp in range(MAXCP):
        c = chr(cp)
        d = U.decomposition(c)
        if is_hangul(cp) or not d or d.startswith("<") or len(d.split()) != 2:
            continue
        if U.normalize("NFC", c) == c:
            a, b = (int(h, 16) for h in d.split())
            pairs += a.to_bytes(3, "big") + b.to_bytes(3, "big") + cp.to_bytes(3, "big")
    emit(const("compositions", bytes(pairs), "lists the primary composites: first, second, "
               "composite (3 bytes each)."))

    # Unicode 3.2.0 normalization corrections: characters assigned then whose NFD differs.
    corr = bytearray()
    for cp in range(MAXCP):
        c = chr(cp)
        if props(OLD, c)[0] == 0 or is_hangul(cp):
            continue
        o = OLD.normalize("NFD", c)
        if o != U.normalize("NFD", c):
            assert len(o) == 1, cp
            corr += cp.to_bytes(3, "big") + ord(o).to_bytes(3, "big")
    emit(const("corrections32", bytes(corr), "maps the characters whose Unicode 3.2.0 "
               "decomposition was corrected later to their 3.2.0 NFD: code point, replacement."))

    # Names.
    hexname = re.compile(r"^(.*-)([0-9A-F]{4,6})$")
    ranges = []  # [first, last, prefix]
    named = {}
    for cp in range(MAXCP):
        if is_hangul(cp):
            continue
        n = U.name(chr(cp), None)
        if n is None:
            continue
        m = hexname.match(n)
        if m and int(m.group(2), 16) == cp and m.group(2) == "%04X" % cp:
            if ranges and ranges[-1][1] == cp - 1 and ranges[-1][2] == m.group(1):
                ranges[-1][1] = cp
                continue
            ranges.append([cp, cp, m.group(1)])
            continue
        named[cp] = n
    # Short ranges are cheaper as ordinary names.
    kept = []
    for first, last, prefix in ranges:
        if last - first < 16:
            for cp in range(first, last + 1):
                named[cp] = prefix + "%04X" % cp
        else:
            kept.append((first, last, prefix))
    ranges = kept

    alias_name = ucn_capi()
    aliases = []
    for cp in range(0xF0000, 0xF0000 + 0x200):
        n = alias_name(cp)
        if n is None:
            continue
        aliases.append((n, U.lookup(n)))
    sequences = []
    for cp in range(0xF0200, 0xF0200 + 0x400):
        n = alias_name(cp)
        if n is None:
            continue
        sequences.append((n, U.lookup(n)))

    def tokens(n):
        toks = re.findall(r"[^ -]+|-| ", n)
        res = []
        for i, t in enumerate(toks):
            # A single space between two words is implied.
            if t == " " and 0 < i < len(toks) - 1 and toks[i - 1] not in " -" and toks[i + 1] not in " -":
                continue
            res.append(t)
        return res

    allnames = list(named.values()) + [n for n, _ in aliases] + [n for n, _ in sequences]
    freq = Counter(t for n in allnames for t in tokens(n))
    words = [w for w, _ in freq.most_common()]
    assert len(words) < 128 + 128 * 256
    windex = {w: i for i, w in enumerate(words)}

    def encode(n):
        b = bytearray()
        for t in tokens(n):
            i = windex[t]
            if i < 128:
                b.append(i)
            else:
                i -= 128
                b += bytes([0x80 | (i >> 8), i & 0xFF])
        assert len(b) < 256
        return bytes([len(b)]) + bytes(b)

    emit(const("words", ",".join(words).encode(), "is the dictionary of name words, most "
               "frequent first, separated by commas.", binary=False))
    stream = bytearray()
    nid = [0] * MAXCP
    count = 0
    for cp in sorted(named):
        count += 1
        nid[cp] = count
        stream += encode(named[cp])
    assert count < 65536
    emit(const("names", bytes(stream), "holds the names in code point order, each a length byte "
               "and word indexes (one byte below 0x80, else two: 0x80|hi, lo, plus 128)."))
    i1, i2 = two_level(nid, 2)
    emit(const("nameIndex1", i1, "maps code point >> 7 to a block of nameIndex2."))
    emit(const("nameIndex2", i2, "holds blocks of 128 name numbers (1-based; 0: none)."))
    emit("// hexNames are the ranges named PREFIX followed by the code point in hex.")
    emit("var hexNames = [...]hexRange{\n%s}\n" % "".join(
        "\t{0x%04X, 0x%04X, %s},\n" % (f, l, '"%s"' % p) for f, l, p in ranges))
    al = bytearray()
    for n, c in aliases:
        al += encode(n) + ord(c).to_bytes(3, "big")
    emit(const("aliases", bytes(al), "holds the name aliases: encoded name, code point (3)."))
    sq = bytearray()
    for n, s in sequences:
        sq += encode(n) + bytes([len(s)])
        for c in s:
            sq += ord(c).to_bytes(3, "big")
    emit(const("sequences", bytes(sq), "holds the named sequences: encoded name, count, code "
               "points (3 each)."))
    sys.stdout.write("\n".join(out))


main()
