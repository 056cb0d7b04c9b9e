from strcases_common import C

P = "op:mod"
CASES = [
    C("%s|%r|%a", P, ("é", "é", "é")), C("%5s|%-5s|%.2s|%5.1s", P, ("ab", "ab", "abc", "xyz")),
    C("%c%c%c", P, (65, "é", 0x1F600)), C("%c", P, "ab"), C("%c", P, 1.5), C("%c", P, -1), C("%c", P, 0x110000),
    C("%d|%i|%u", P, (1, -2, True)), C("%d", P, 3.9), C("%d", P, -3.9), C("%d", P, "x"), C("%d", P, 10**30),
    C("%x|%X|%o|%#x|%#X|%#o", P, (255, 255, 8, 255, 255, 8)), C("%x", P, 1.5), C("%x", P, -255),
    C("%.3d|% d|%+5d|%-5d|%05d|%+05d|%-05d", P, (5, 3, 3, 3, -3, 3, 3)), C("%#08x|%08.3x", P, (255, 255)),
    C("%(a)s and %(b)r", P, {"a": 1, "b": "x"}), C("%(a)s", P, 1), C("%(a", P, {}), C("%(a)s", P, {}),
    C("%(a)s %s", P, {"a": 1}), C("%s", P, {"a": 1}), C("a", P, {}), C("a", P, []), C("a", P, ()), C("a", P, 1),
    C("%", P, 1), C("%z", P, 1), C("é%é", P, 1), C("%s %s", P, 1), C("%s", P, (1, 2)), C("%s", P, ()),
    C("%s", P, ((1, 2),)), C("100%%", P, ()), C("%*d|%-*d|%.*s", P, (5, 1, 4, 2, 2, "abc")), C("%*d", P, ("x", 1)),
    C("%5%", P, ()), C("%ld %hd %Ld", P, (1, 2, 3)), C("%s", P, None), C("%r", P, "it's"),
    C("{} {}", "format", 1, "a"), C("{1}{0}{1}", "format", "a", "b"), C("{x}-{y}", "format", x=1, y="b"),
    C("{0[1]}|{0[a]}", "format", {1: "one", "a": "A"}), C("{0[0]}{0[2]}", "format", "xyz"),
    C("{!r}|{!s}|{!a}", "format", "é", "é", "é"), C("{:>5}|{:<5}|{:^5}|{:*^6}", "format", "a", "b", "c", "d"),
    C("{:{}}|{:{}{}}", "format", "a", 3, "b", ">", 4), C("{{}} {{x}}", "format"), C("{", "format"),
    C("}", "format"), C("{0", "format", 1), C("{} {0}", "format", 1), C("{0} {}", "format", 1),
    C("{2}", "format", 1), C("{x}", "format"), C("{!x}", "format", 1), C("{!}", "format", 1),
    C("{!rx}", "format", 1), C("{0.}", "format", 1), C("{0[}", "format", 1), C("{0[0]x}", "format", [1]),
    C("{:{:{}}}", "format", 1, 2, 3), C("{:.2}|{:.0}|{:10.3}|", "format", "abcdef", "abc", "abcdef"),
    C("{:d}", "format", "a"), C("{:+}", "format", "a"), C("{:#}", "format", "a"), C("{:=5}", "format", "a"),
    C("{:,}", "format", "a"), C("{:_}", "format", "a"), C("{:05}", "format", "ab"), C("{:s}", "format", "x"),
    C("{:ss}", "format", "x"), C("{:.}", "format", "x"), C("{:z}", "format", "x"),
    C("{a}", "format_map", {"a": 1}), C("{a}", "format_map", {}), C("{}", "format_map", {}),
    C("é", "builtin:format", "5"), C("ab", "builtin:format", ">5"), C("ab", "builtin:format", "é<5"), C("ab", "builtin:format", ""),
    C("ab", "builtin:format", "^"), C("ab", "builtin:format", "x^6"), C("abc", "builtin:format", ".1"), C("ab", "builtin:format", "s"),
]
