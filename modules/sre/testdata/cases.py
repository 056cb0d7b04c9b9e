# _sre API cases: see modules/internal/golden/gen_golden.py for the format. The compile
# arguments are those re._compiler produces for the patterns named in the comments.
!import _sre
# (?P<first>\w+) (?P<last>\w+)?
!p = _sre.compile('(?P<first>\\w+) (?P<last>\\w+)?', 32, [14, 4, 0, 2, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 16, 32, 23, 17, 0, 1, 17, 2, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 3, 18, 1], 2, {'first': 1, 'last': 2}, (None, 'first', 'last'))
# (?i)a
!pi = _sre.compile('a', 34, [14, 4, 0, 1, 1, 40, 97, 1], 0, {}, (None,))
# b'(a)(b)?'
!pb = _sre.compile(b'(a)(b)?', 0, [14, 8, 1, 1, 2, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 23, 9, 0, 1, 17, 2, 16, 98, 17, 3, 18, 1], 2, {}, (None, None, None))
# ''
!pe = _sre.compile('', 32, [14, 4, 0, 0, 0, 1], 0, {}, (None,))
!m = p.match('Jane Doe!')
!m2 = p.match('Jane ')
!mb = pb.search(b'xxab')
_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.copyright
_sre.getcodesize()
[_sre.ascii_iscased(c) for c in (65, 97, 48, 0xe9, -1)]
[_sre.unicode_iscased(c) for c in (65, 97, 48, 0xe9, 0x3b1, 0x4e00, 0x1c5)]
[_sre.ascii_tolower(c) for c in (65, 97, 0xc9, 0x130)]
[_sre.unicode_tolower(c) for c in (65, 97, 0xc9, 0x130, 0x3a3, 0x1c5, 0x212a, 0x1e9e, 0x10400)]
_sre.ascii_tolower('a')
[_sre.unicode_iscased(c) for c in (-1, -5, 2**31-1, 0x110000, 0xd800)], [_sre.unicode_tolower(c) for c in (-1, 0x110000)], [_sre.ascii_tolower(c) for c in (-1,)], [_sre.ascii_iscased(c) for c in (-65,)]
_sre.unicode_iscased(2**31)
_sre.unicode_tolower(2**40)
_sre.unicode_iscased()
type(p), type(m), type(p).__name__, type(p).__qualname__, type(m).__module__
p, pi, pb, pe
_sre.compile('x' * 300, 0, [1], 0, {}, ())
_sre.compile('ab', 2 | 8 | 16 | 64 | 256, [1], 0, {}, ())
_sre.compile('ab', 4 | 32 | 128, [1], 0, {}, ())
_sre.compile('ab', 32 | 256, [1], 0, {}, ())
_sre.compile(b'ab', 32, [1], 0, {}, ())
_sre.compile('ab', 1 | 512 | 4096, [1], 0, {}, ())
_sre.compile('ab', -1, [1], 0, {}, ())
_sre.compile(None, 0, [1], 0, {}, ())
_sre.compile("it's", 0, [1], 0, {}, ())
_sre.compile(1, 0, [1], 0, {}, ())
_sre.compile('a', 0, (1,), 0, {}, ())
_sre.compile('a', 0, [1], 0, [], ())
_sre.compile('a', 0, [1], 0, {}, [])
_sre.compile('a', 0, [1, 'x'], 0, {}, ())
_sre.compile('a', 0, [-1, 1], 0, {}, ())
_sre.compile('a', 0, [2**32, 1], 0, {}, ())
_sre.compile('a', 0, [2**70, 1], 0, {}, ())
_sre.compile('a', 0, [], 0, {}, ())
_sre.compile('a', 0, [16], 0, {}, ())
_sre.compile('a', 0, [16, 97, 1], 0, {}, ())
_sre.compile('a', 0, [99, 1], 0, {}, ())
_sre.compile('a', 0, [15, 0, 1], 0, {}, ())
_sre.compile('a', 0, [17, 5, 1], 1, {}, ())
_sre.compile('a', 0, [17, 3, 1], 1, {}, ())
_sre.compile('a', 0, [11, 1, 1], 1, {}, ())
_sre.compile('a', 0, [11, 0, 1], 1, {}, ())
_sre.compile('a', 0, [1], -1, {}, ())
_sre.compile('a', 0, [24, 6, 1, 0, 16, 97, 1, 1], 0, {}, ())
_sre.compile('a', 0, [13, 5, 16, 97, 0, 1], 0, {}, ())
_sre.compile('a', 0, [13, 5, 16, 97, 1, 1], 0, {}, ())
_sre.compile('a', 0, [7, 5, 16, 97, 15, 2, 0, 1], 0, {}, ())
_sre.compile('a', 0, [6, 12, 1], 0, {}, ())
_sre.compile('a', 0, [8, 18, 1], 0, {}, ())
_sre.compile('a', 0, [14, 4, 8, 0, 0, 1], 0, {}, ())
_sre.compile(pattern='a', flags=0, code=[1], groups=0, groupindex={}, indexgroup=())
_sre.compile('a', 0, [1], 0, {})
p.pattern, p.flags, p.groups, p.groupindex, pe.groupindex, type(p.groupindex)
p.groupindex['first']
pb.groupindex, pb.groups, pb.pattern
p == p, p == _sre.compile('(?P<first>\\w+) (?P<last>\\w+)?', 32, [14, 4, 0, 2, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 16, 32, 23, 17, 0, 1, 17, 2, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 3, 18, 1], 2, {'first': 1, 'last': 2}, (None, 'first', 'last'))
pe == _sre.compile('', 32, [14, 4, 0, 0, 0, 1], 0, {}, (None,)), pe != _sre.compile('', 32, [14, 4, 0, 0, 0, 1], 0, {}, (None,)), pe == pi, pe == 1, pe != 'x'
hash(pe) == hash(_sre.compile('', 32, [14, 4, 0, 0, 0, 1], 0, {}, (None,)))
pe < pe
p.__copy__() is p, p.__deepcopy__({}) is p, m.__copy__() is m, m.__deepcopy__(None) is m
type(p).__class_getitem__(str), type(m)[bytes]
type(p)()
type(m)()
type(p).match(m, 'a')
m
m2
mb
pb.match(b'ab'), pb.match(bytearray(b'ab')), pb.match(bytearray(b'ab')).group(1)
p.match('x' * 100 + ' ' + 'y')
m.group(), m.group(0), m.group(1), m.group(2), m.group('first'), m.group('last'), m.group(1, 'last', 0)
m[0], m[1], m['last'], m2['last'], m2.group(2)
m.group(3)
m.group(-1)
m.group('nope')
m.group(None)
m.group(1.0)
m.group([1])
m.group(True), m[False]
m.group(x=1)
m.groups(), m2.groups(), m2.groups('dflt'), m2.groups(default=0), m2.groups(1, 2)
m.groupdict(), m2.groupdict(), m2.groupdict('?'), m2.groupdict(default='-'), mb.groupdict()
m.start(), m.end(), m.span(), m.start(1), m.end('last'), m.span(2), m2.span(2), m2.start('last'), m2.end(2)
m.start(1, 2)
m.span('x')
m.string, m.re is p, m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs
m2.lastindex, m2.lastgroup, m2.regs, mb.lastindex, mb.lastgroup, mb.regs
pb.match(b'a').lastindex, pb.match(b'a').regs
bool(pe.match('')), len(m) if False else 0
len(m)
m[1:2]
p.match('Jane Doe', 1), p.match('Jane Doe', 0, 5), p.match('Jane Doe', pos=5), p.search('Jane Doe', endpos=6)
p.match('Jane Doe', -5, 100), p.match('Jane Doe', 10), p.search('Jane Doe', 3, 1), pe.match('abc', 2, 1), pe.search('abc', 3, 1)
pe.match('abc', 2, 1).span(), pe.match('abc', 5, 7).span(), pe.match('abc', 5, 7).pos
p.match('Jane Doe', '1')
p.match('Jane Doe', 2**70)
p.match('Jane Doe', 1.5)
p.match()
p.match('a', 1, 2, 3)
p.match(string='Jane Doe'), p.search(string='x Jane Doe', pos=1)
p.match('Jane Doe', foo=1)
p.match(1)
p.match(None)
p.match(b'Jane Doe')
pb.match('ab')
pb.search(['a'])
pb.findall(memoryview(b'ab')) if False else 0
p.fullmatch('Jane Doe'), p.fullmatch('Jane Doe!'), p.fullmatch('Jane Doe!', 0, 8)
p.findall('a b c d e'), pb.findall(b'ab a b'), pe.findall('ab'), pi.findall('aAbA')
p.findall('a b c d', 2), p.findall('a b c d', 0, 3)
list(p.finditer('a b c d')), list(pe.finditer('ab')), list(pe.finditer('ab', 1))
type(p.finditer('')).__name__
p.split('a b c d'), p.split('a b c d', 1), p.split('a b c d', maxsplit=-1), pe.split('abc'), pb.split(b'xabyaz')
p.split('a b', maxsplit='1')
p.sub('X', 'a b c d'), p.sub('X', 'a b c d', 1), p.subn('X', 'a b c d'), p.subn('X', 'a b c d', count=1)
p.sub(lambda m: m.group(2) or '?', 'a b c d'), p.sub(lambda m: None, 'a b c d'), pe.sub('-', 'abc'), pe.subn('-', '')
pb.sub(b'<>', b'xaby'), pb.sub(bytearray(b'<>'), b'xaby'), pb.sub(lambda m: m.group(1) * 3, bytearray(b'xabyab'))
pb.sub(lambda m: 'x', b'ab')
p.sub(lambda m: 1, 'a b')
p.sub(lambda m: 1 / 0, 'a b')
p.sub('X', b'a b')
p.sub('X')
pi.sub('', 'aAbA'), pi.subn('-', 'AAA', 2)
!s = p.scanner('a b c d')
(s.match(), s.match(), s.search(), s.search(), s.search(), s.match())
!s2 = p.scanner('a b c d', 2)
(s2.pattern is p, s2.search(), s2.match())
!s3 = pe.scanner('ab')
[s3.search() for i in range(5)]
!s4 = pe.scanner('ab')
[s4.match() for i in range(4)]
type(p.scanner('')).__name__, type(p.scanner('')).__module__
type(p.scanner(''))()
_sre.template(p, ['a', 1])
_sre.template(p, [])
_sre.template(p, ['a', -1, 'b'])
_sre.template(p, ['a', 'x', 'b'])
_sre.template(p, ('a',))
type(_sre.template(p, ['a'])).__name__, _sre.template(p, ['a', 1, 'b']) is not None
type(_sre.template(p, ['a']))()
p.match('a b').__class_getitem__(int)
str(m), format(m, '') == repr(m)
repr(pe.search('x' * 100))
setattr(m, 'string', 'x')
setattr(m, 'pos', 3)
setattr(p, 'pattern', 'x')
delattr(p, 'flags')
# Replacement templates go through re._compile_template, which the tests cannot import: a
# stand-in module "re" parses \N references only. _sre keeps the first function it finds,
# so this one must stay the only one.
!import sys
!fake = type(sys)('re')
!def _compile_template(pattern, repl):
!    if type(repl) not in (str, bytes):
!        raise TypeError('unhashable template')
!    if repl == 'INT':
!        return 1
!    bs = b'\\' if isinstance(repl, bytes) else '\\'
!    parts = repl.split(bs)
!    out = [parts[0]]
!    for part in parts[1:]:
!        out.append(int(part[:1]))
!        out.append(part[1:])
!    return _sre.template(pattern, out)
!fake._compile_template = _compile_template
!sys.modules['re'] = fake
p.sub('\\2 \\1', 'Jane Doe and Joe Bloggs')
p.subn('<\\1>', 'Jane Doe and Joe Bloggs', 1)
p.sub('[\\2]', 'Jane ')
p.sub('\\0', 'Jane Doe')
p.sub('\\9', 'Jane Doe')
p.sub('INT', 'Jane Doe')
pb.sub(b'[\\2|\\1]', b'xab a')
pb.sub(bytearray(b'<\\1>'), b'xab')
m.expand('\\2, \\1'), m2.expand('\\2, \\1'), mb.expand(b'\\1\\1')
m.expand('INT')
m.expand(5)
!class S(str): pass
p.sub(S('(\\1)'), 'Jane Doe'), type(m.expand(S('\\1')))
p.sub('x\\', 'Jane Doe')
pb.match(memoryview(b'ab')), pb.match(memoryview(b'xab')[1:]).groups(), pb.sub(memoryview(b'-'), b'xaby'), pb.findall(memoryview(b'abab'))
pb.sub(memoryview(b'<\\1>'), b'xab')
list(m)
iter(m)
hasattr(m, '__iter__'), '__iter__' in dir(m)
