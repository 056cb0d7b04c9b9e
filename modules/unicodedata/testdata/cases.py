# unicodedata cases: see modules/internal/golden/gen_golden.py for the format.
!import unicodedata as u
!U = u.ucd_3_2_0
u.unidata_version, U.unidata_version
u.__doc__
sorted(n for n in dir(u) if not n.startswith('_'))
u.category('A'), u.category('\u0300'), u.category('\U0010ffff'), u.category('\ud800'), u.category('\ue000')
u.bidirectional('A'), u.bidirectional('\u05d0'), u.bidirectional('\u0660'), u.bidirectional('\U000e0000')
u.combining('\u0301'), u.combining('a'), u.combining('\u05b0')
u.east_asian_width('a'), u.east_asian_width('\u4e00'), u.east_asian_width('\uff21'), u.east_asian_width('\u00a1'), u.east_asian_width('\uff61')
u.mirrored('('), u.mirrored('a')
u.decomposition('\u00e9'), u.decomposition('\ufb01'), u.decomposition('\u00bd'), u.decomposition('\uac00'), u.decomposition('a'), u.decomposition('\U0001d400')
u.decimal('7'), u.decimal('\u0663'), u.decimal('\u00b2', None), u.digit('\u00b2'), u.numeric('\u00bd'), u.numeric('\u2169'), u.numeric('\u4e07'), u.numeric('\U00012432')
u.decimal('a')
u.digit('\u2155')
u.numeric('a')
u.numeric('a', 'dflt')
u.name('a'), u.name('\u4e00'), u.name('\uac01'), u.name('\U0002ebf0'), u.name('\U00017000', None), u.name('\U0001b170')
u.name('\x00')
u.name('\x00', 'none')
u.lookup('LATIN SMALL LETTER A'), u.lookup('latin small letter a'), u.lookup(b'SPACE')
u.lookup('BYTE ORDER MARK'), u.lookup('LATIN CAPITAL LETTER GHA'), u.lookup('VS17')
u.lookup('LATIN CAPITAL LETTER A WITH MACRON AND GRAVE')
u.lookup('KEYCAP NUMBER SIGN')
u.lookup('CJK UNIFIED IDEOGRAPH-4E00'), u.lookup('CJK UNIFIED IDEOGRAPH-04E00'), u.lookup('HANGUL SYLLABLE GAGG')
u.lookup('cjk unified ideograph-4e00')
u.lookup('hangul syllable ga')
u.lookup('no such thing')
u.lookup('x' * 300)
u.lookup(1)
u.lookup(bytearray(b'SPACE'))
u.lookup()
u.lookup('a', 'b')
u.category('ab')
u.category(1)
u.category()
u.category(c='a')
u.decimal('ab', 1)
u.name()
u.name('a', 1, 2)
u.name('a', default=1)
u.normalize('NFC', '\u0041\u030a'), u.normalize('NFD', '\u00c5'), u.normalize('NFKC', '\ufb01'), u.normalize('NFKD', '\u2163')
u.normalize('NFC', '\u1100\u1161\u11a8'), u.normalize('NFD', '\ud55c'), u.normalize('NFC', ''), u.normalize('NFC', 'abc')
u.normalize('NFC', 'a\u0328\u0301\u0323'), u.normalize('NFD', '\u1e9b\u0323'), u.normalize('NFKC', '\u1e9b\u0323')
u.is_normalized('NFC', '\u00c5'), u.is_normalized('NFD', '\u00c5'), u.is_normalized('NFKC', '\ufb01'), u.is_normalized('NFC', '')
u.normalize('nfc', 'a')
u.is_normalized('X', 'a')
u.normalize(1, 'a')
u.normalize('NFC', 1)
u.normalize('NFC')
u.is_normalized('NFC')
u.normalize(form='NFC', unistr='a')
U.category('\u0870'), U.bidirectional('\u0870'), U.east_asian_width('\u0870'), U.combining('\u0870'), U.mirrored('\u0870'), U.decomposition('\u0870')
U.name('\u0221', None), u.name('\u0221'), U.lookup('LATIN SMALL LETTER D WITH CURL')
U.lookup('BYTE ORDER MARK')
U.lookup('KEYCAP NUMBER SIGN')
U.normalize('NFC', '\uf951'), u.normalize('NFC', '\uf951'), U.normalize('NFD', '\U0002f868'), U.normalize('NFKC', '\u00c5')
U.category('ab')
U.name('a', x=1)
U.category()
type(U).__name__, type(U).__module__, type(U) is u.UCD, type(u.name).__name__
u.UCD()
u.name.__doc__
# idna and stringprep build on these.
U.normalize('NFKC', 'Stra\u00dfe\u2163'), U.bidirectional('\u05d0'), U.category('\u00ad')
# \N{...} escapes in string literals use the same database, aliases included.
!def ev(s):
!    try: return eval(s)
!    except SyntaxError as e: return e.msg
eval(r'"\N{BYTE ORDER MARK}\N{latin small letter a}\N{VS17}\N{CJK UNIFIED IDEOGRAPH-2EBF0}\N{HANGUL SYLLABLE GAGG}\N{NUSHU CHARACTER-1B170}"')
eval(r'f"x\N{LATIN CAPITAL LETTER GHA}y"')
ev(r'"\N{KEYCAP NUMBER SIGN}"')
ev(r'"\N{cjk unified ideograph-4e00}"')
ev(r'"\N{}"')
# Identifiers are NFKC-normalized with the same data.
!ﬁx = 5
fix, eval('ℌ + 1', {'H': 1}), [n for n in dir() if n.startswith('fi')]
# normalize returns its argument itself when the quick check says it is normalized.
!class S(str): pass
[type(u.normalize(f, S(s))).__name__ for f in ('NFC', 'NFD', 'NFKC', 'NFKD') for s in ('', 'abc', '\u00e9', 'e\u0301', '\u0301', '\ufb01', '\uac00', 'a\u0301\u0323', 'a\u0323\u0301')]
[type(U.normalize(f, S(s))).__name__ for f in ('NFC', 'NFD') for s in ('', 'abc', '\u00e9')]
u.lookup('\ud800')
u.lookup('LATIN SMALL LETTER \u00e9')
# The UCD class.
u.UCD.__name__, u.UCD.__qualname__, u.UCD.__module__, repr(u.UCD), u.UCD.__doc__, u.UCD.category
!def setattr_error(o, n):
!    try: setattr(o, n, 1)
!    except (TypeError, AttributeError) as e: return type(e).__name__, str(e)
setattr_error(u.UCD, 'x'), setattr_error(u.UCD, 'category')
U.foo
!def subclass():
!    class X(u.UCD): pass
subclass()
setattr_error(U, 'unidata_version'), setattr_error(U, 'x'), setattr_error(u, 'x')
