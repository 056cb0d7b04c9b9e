from strcases_common import C

S = "héllo wörld"
NB = "a\U0001f600b\ud800c" * 20  # non-BMP, a lone surrogate, longer than an index stride
CASES = [
    C("abc", "len"), C(S, "len"), C(NB, "len"), C("", "len"),
    C("abcdef", "op:getitem", 0), C("abcdef", "op:getitem", -1), C("abcdef", "op:getitem", 6),
    C("abcdef", "op:getitem", -7), C("abc", "op:getitem", 1.0), C("abc", "op:getitem", 10**20),
    C("abc", "op:getitem", True), C(S, "op:getitem", 7), C(NB, "op:getitem", 1), C(NB, "op:getitem", 4),
    C(NB, "op:getitem", 95), C(NB, "op:getitem", -2), C(NB, "op:getitem", 33),
    C("abcdef", "op:getitem", slice(1, 4)), C("abcdef", "op:getitem", slice(None, None, -1)),
    C("abcdef", "op:getitem", slice(None, None, 2)), C("abcdef", "op:getitem", slice(-2, None)),
    C("abcdef", "op:getitem", slice(5, 0, -2)), C("abcdef", "op:getitem", slice(-100, 100)),
    C("abcdef", "op:getitem", slice(100, -100, -3)), C("abcdef", "op:getitem", slice(None, None, 0)),
    C("abcdef", "op:getitem", slice("a", None)), C("abcdef", "op:getitem", slice(10**30, None, -1)),
    C("abcdef", "op:getitem", slice(None, None, -10**30)),
    C(S, "op:getitem", slice(1, 8)), C(S, "op:getitem", slice(None, None, -1)), C(NB, "op:getitem", slice(3, 70, 7)),
    C(NB, "op:getitem", slice(None, None, -3)), C(NB, "op:getitem", slice(31, 40)),
    C("ab", "op:add", "cd"), C("ab", "op:add", 1), C("", "op:add", "é"), C("ab", "op:mul", 3),
    C("ab", "op:mul", -1), C("ab", "op:mul", 0), C("é", "op:mul", 2), C("ab", "op:mul", 2.0),
    C("ab", "op:mul", 10**20), C("ab", "op:mul", 2**62), C("ab", "op:mul", True),
    C("abc", "op:contains", "bc"), C("abc", "op:contains", ""), C("abc", "op:contains", "d"),
    C("abc", "op:contains", 1), C(S, "op:contains", "ö"),
    C("a", "op:lt", "b"), C("\uffff", "op:lt", "\U00010000"), C("\ud800", "op:lt", "\ue000"),
    C("\ud7ff", "op:lt", "\ud800"), C("\U0010ffff", "op:gt", "\ud800"), C("ab", "op:le", "ab"),
    C("ab", "op:ge", "abc"), C("a", "op:eq", "a"), C("a", "op:ne", "a"), C("a", "op:lt", 1),
    C("a", "op:eq", 1),
    C("", "hash"), C("abc", "hash"), C("a" * 17, "hash"), C("é", "hash"), C("héllo wörld!", "hash"),
    C("\u20ac", "hash"), C("€uro and more text", "hash"), C("\U0001f600", "hash"), C("x\ud800", "hash"),
    C("abc", "list"), C("a\U0001f600\ud800é", "list"), C("", "list"),
    C("abc", "__repr__"), C("it's", "__repr__"), C("\x00\u2028\ud800", "__repr__"), C("abc", "__str__"),
]
