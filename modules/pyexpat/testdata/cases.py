# Golden cases for pyexpat: each drives a parser over a document and shows the handler calls.
!import pyexpat
!from pyexpat import errors, model
!NAMES = ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler', 'ProcessingInstructionHandler', 'CommentHandler', 'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'XmlDeclHandler', 'StartCdataSectionHandler', 'EndCdataSectionHandler', 'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler', 'SkippedEntityHandler', 'ElementDeclHandler', 'AttlistDeclHandler', 'NotationDeclHandler', 'UnparsedEntityDeclHandler', 'NotStandaloneHandler']
!class Recorder:
!    def __init__(self, p, names, pos):
!        self.p, self.out, self.pos = p, [], pos
!        for n in names:
!            setattr(p, n, self.make(n))
!    def make(self, n):
!        def h(*args):
!            ev = (n[:-7],) + args
!            if self.pos:
!                ev += ((self.p.CurrentLineNumber, self.p.CurrentColumnNumber, self.p.CurrentByteIndex),)
!            self.out.append(ev)
!            return 1
!        return h
!def run(data, ns=None, chunks=None, names=NAMES, pos=False, encoding=None, default=None, **attrs):
!    p = pyexpat.ParserCreate(encoding, ns)
!    r = Recorder(p, names, pos)
!    if default:
!        setattr(p, default, r.make(default + 'Handler'))
!    for k, v in attrs.items():
!        setattr(p, k, v)
!    try:
!        if chunks is not None:
!            for c in chunks:
!                p.Parse(c)
!            p.Parse(b'', True)
!        else:
!            p.Parse(data, True)
!    except pyexpat.ExpatError as e:
!        r.out.append(('ERROR', str(e), e.code, e.lineno, e.offset, p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber))
!    except (LookupError, ValueError) as e:
!        r.out.append((type(e).__name__, str(e)))
!    return r.out
# The module.
pyexpat.version_info
pyexpat.EXPAT_VERSION
pyexpat.native_encoding
pyexpat.features
pyexpat.XML_PARAM_ENTITY_PARSING_NEVER, pyexpat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE, pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS
pyexpat.error is pyexpat.ExpatError
pyexpat.ExpatError.__module__, pyexpat.ExpatError.__name__, pyexpat.ExpatError.__mro__[1]
pyexpat.ErrorString(3), pyexpat.ErrorString(0), pyexpat.ErrorString(44)
sorted(errors.codes.items(), key=lambda kv: kv[1])
sorted(errors.messages.items())
errors.XML_ERROR_SYNTAX, errors.XML_ERROR_TAG_MISMATCH, errors.XML_ERROR_UNBOUND_PREFIX
sorted((k, v) for k, v in vars(model).items() if k.startswith('XML'))
errors.__name__, model.__name__, errors.__doc__, model.__doc__
type(pyexpat.ParserCreate()).__name__, type(pyexpat.ParserCreate()).__module__
pyexpat.XMLParserType is type(pyexpat.ParserCreate())
# Creating parsers.
pyexpat.ParserCreate(1)
pyexpat.ParserCreate(namespace_separator='ab')
pyexpat.ParserCreate(namespace_separator=1)
pyexpat.ParserCreate(intern=1)
pyexpat.ParserCreate(intern=None).intern
pyexpat.ParserCreate().intern
# Attributes.
!p = pyexpat.ParserCreate()
p.buffer_text, p.buffer_size, p.buffer_used, p.ordered_attributes, p.specified_attributes, p.namespace_prefixes
p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex, p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex
p.StartElementHandler, p.DefaultHandler
p.GetBase(), p.GetInputContext(), p.GetReparseDeferralEnabled()
p.SetBase('http://x/'), p.GetBase()
p.SetReparseDeferralEnabled(False), p.GetReparseDeferralEnabled()
p.SetParamEntityParsing(1)
setattr(p, 'buffer_size', 0)
setattr(p, 'buffer_size', 'x')
setattr(p, 'buffer_size', 16) or p.buffer_size
setattr(p, 'foo', 1)
delattr(p, 'StartElementHandler')
setattr(p, 'ordered_attributes', 2) or p.ordered_attributes
p.Parse(1)
p.ParseFile(1)
p.Parse('<a/>', True), p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex
p.Parse('<b/>')
p.UseForeignDTD()
p.SetParamEntityParsing(1)
# Documents.
run('<?xml version="1.0"?>\n<!-- c -->\n<a x="1" y=\'&lt;\t\n2\'>hi &amp; there\nline2<![CDATA[cd<>]]><?pi data ?><b/></a>\n', pos=True)
run('<a>é&#233;&#x20AC;</a>\n<!--x-->'.encode(), pos=True)
run('<a>x\r\ny\rz</a>', pos=True)
run('<a>&quot;&apos;&gt;</a>')
run('<?xml version="1.0" encoding="latin-1" standalone="yes"?><a>\xe9</a>'.encode('latin-1'), pos=True)
run('<?xml version="1.0" encoding="utf-16"?><a>\u20ac</a>'.encode('utf-16'), pos=True)
run('<?xml version="1.0"?><a>\u20ac</a>'.encode('utf-16-be'), pos=True)
run('<a>\xe9</a>'.encode('latin-1'), encoding='iso-8859-1')
run('<a>\xe9</a>'.encode('latin-1'))
run('<?xml version="1.0" encoding="us-ascii"?><a>\xe9</a>'.encode('latin-1'))
run('\ufeff<a/>'.encode(), pos=True)
# Errors.
run('<a><b></a>')
run('<a>')
run('')
run('  ')
run('<a></a><b/>')
run('<a/>x')
run('<a>&foo;</a>')
run('<a><</a>')
run('<a b="1" b="2"/>')
run('abc')
run('foobar<')
run('<a><b')
run('<a><!-- x')
run('<a><![CDATA[x')
run('<a><?pi x')
run('<a x="1"y="2"/>')
run('<a x=1/>')
run('<a x="<"/>')
run('<a>]]></a>')
run('<a>x\x01</a>')
run('<a>&#0;</a>')
run('<a>&#xD800;</a>')
run('<?xml version="1.0"?><?xml version="1.0"?><a/>')
run('<a/><?xml version="1.0"?>')
run('<?xml encoding="utf-8"?><a/>')
run('<?xml version="1.0" standalone="maybe"?><a/>')
run('<a><!-- a -- b --></a>')
run('<a>\n\n  <b>\n</c></a>')
run(b'<a>\xff</a>')
run(b'\0\r\n')
run('<a></a >')
run('<a:b xmlns:a="u"></a:c>', ns=' ')
# Namespaces.
run('<r xmlns="u1" xmlns:p="u2"><p:x p:at="1" at2="2"/></r>', ns=' ', pos=True)
run('<a xmlns:p="u"><p:b p:c="1"/></a>', ns='}', namespace_prefixes=True)
run('<a xmlns="u"><b xmlns=""><c/></b></a>', ns='|')
run('<a><p:b/></a>', ns='!')
run('<a xmlns:p="u" xmlns:q="u"><b p:x="1" q:x="2"/></a>', ns=' ')
run('<a xmlns:xmlns="u"/>', ns=' ')
run('<a xmlns:xml="u"/>', ns=' ')
run('<a xmlns:p=""/>', ns=' ')
run('<a xml:lang="en"/>', ns=' ')
run('<a xmlns="u" x="1"/>', ns='')
run('<a xmlns="u" xmlns:p="v"/>')
# Attribute options.
run('<a x="1" y="2" z="3"/>', ordered_attributes=True)
run('<!DOCTYPE a [<!ATTLIST a d CDATA "dv" e NMTOKENS " p  q ">]><a x="1"/>')
run('<!DOCTYPE a [<!ATTLIST a d CDATA "dv">]><a x="1"/>', specified_attributes=True)
run('<!DOCTYPE a [<!ATTLIST a t NMTOKENS #IMPLIED>]><a t="  x   y &#x20; "/>')
# Character data buffering.
run('<a>x\ny&amp;z<![CDATA[q]]>w</a>', buffer_text=True)
run(None, chunks=[b'<a', b'>x', b'y</a', b'>'], buffer_text=True)
run(None, chunks=[b'<a', b'>x', b'y</a', b'>'])
run(None, chunks=['<a>', 'xyz', '</a>'])
run(None, chunks=[b'<doc', b'/>'], names=['StartElementHandler'])
run(None, chunks=[b'<doc', b'/>'], names=['StartElementHandler'], pos=True)
run(None, chunks=[b'<a>\xe2', b'\x82\xac</a>'])
run('<a>' + 'x' * 20 + '</a>', buffer_text=True, buffer_size=8)
# The default handler.
run('<?xml version="1.0"?>\n<a x="1"><!--c-->t&amp;<?p d?></a>\n', names=[], default='Default')
run('<!DOCTYPE a [<!ENTITY e "v">]><a>&e;</a>', names=['CharacterDataHandler'], default='Default')
run('<!DOCTYPE a [<!ENTITY e "v">]><a>&e;</a>', names=['CharacterDataHandler'], default='DefaultExpand')
run('<!DOCTYPE a PUBLIC "p" "s"><a/>', names=[], default='DefaultExpand')
run('<!DOCTYPE a SYSTEM "s"><a>&u;</a>', names=['CharacterDataHandler'], default='DefaultExpand')
# Document type declarations and entities.
run('<!DOCTYPE a [<!ENTITY e "v<b>x</b>"><!ELEMENT a (#PCDATA|b)*><!ATTLIST a x CDATA "d" y (p|q) #REQUIRED>]><a>&e;</a>', pos=True)
run('<!DOCTYPE a SYSTEM "x.dtd"><a>&e;</a>', pos=True)
run('<!DOCTYPE a PUBLIC "-//x//y" "z.dtd" [<!ELEMENT a EMPTY><!ELEMENT b ANY><!ELEMENT c (x,(y|z)*,w?)+><!ELEMENT d (#PCDATA)><!ENTITY % pe "x"><!NOTATION n SYSTEM "s"><!NOTATION m PUBLIC "pp"><!ENTITY u SYSTEM "f" NDATA n><!ATTLIST c a ID #IMPLIED b NOTATION (n|m) #FIXED "n">]><a/>', pos=True)
run('<!DOCTYPE a [<!ENTITY e "&#60;b/&#62;&amp;"><!ENTITY f "[&e;]">]><a t="&f;">&f;</a>')
run('<!DOCTYPE a [<!ENTITY e "&e;">]><a>&e;</a>')
run('<!DOCTYPE a [<!ENTITY e "<b>">]><a>&e;</b></a>')
run('<!DOCTYPE a [<!ENTITY e "x<">]><a t="&e;"/>')
run('<!DOCTYPE a [<!ENTITY e SYSTEM "f">]><a t="&e;"/>')
run('<!DOCTYPE a [<!ENTITY e SYSTEM "f" NDATA n>]><a>&e;</a>')
run('<!DOCTYPE a [<!ENTITY e SYSTEM "f">]><a>&e;</a>')
run('<!DOCTYPE a [<!ENTITY e SYSTEM "f">]><a>&e;</a>', names=NAMES + ['ExternalEntityRefHandler'])
run('<!DOCTYPE a [%pe;<!ENTITY x "y">]><a>&q;</a>')
run('<?xml version="1.0" standalone="yes"?><!DOCTYPE a SYSTEM "s"><a>&q;</a>')
run('<?xml version="1.0" standalone="no"?><!DOCTYPE a SYSTEM "s" [<!-- c --><?pi x?>]><a/>', pos=True)
run('<!DOCTYPE a [<!ENTITY e "a%b;">]><a/>')
run('<!DOCTYPE a [<!ELEMENT a (b|c,d)>]><a/>')
run('<!DOCTYPE a><!DOCTYPE b><a/>')
run('<a><!DOCTYPE a></a>')
# Files and external entities.
!class F:
!    def __init__(self, data): self.data, self.sizes = data, []
!    def read(self, n):
!        self.sizes.append(n)
!        d, self.data = self.data[:n], self.data[n:]
!        return d
!def parsefile(data, cls=F):
!    p = pyexpat.ParserCreate()
!    r = Recorder(p, ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler'], False)
!    f = cls(data)
!    res = p.ParseFile(f)
!    return res, r.out, f.sizes
parsefile(b'<a>' + b'x' * 3000 + b'</a>')[0::2]
parsefile(b'<a>text</a>')
!class S(F):
!    def read(self, n): return 'x'
parsefile(b'', S)
!def extparse():
!    out = []
!    p = pyexpat.ParserCreate()
!    p.StartElementHandler = lambda n, a: out.append(('start', n, a))
!    p.CharacterDataHandler = lambda d: out.append(('data', d))
!    def ext(context, base, sysid, pubid):
!        out.append(('ext', context, base, sysid, pubid))
!        q = p.ExternalEntityParserCreate(context)
!        q.Parse(b'<?xml version="1.0" encoding="utf-8"?><i>in</i>tail', True)
!        return 1
!    p.ExternalEntityRefHandler = ext
!    p.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS)
!    p.Parse('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>&e;</a>', True)
!    return out
extparse()
!def foreign(doc, flag=True, ppe=pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS):
!    out = []
!    p = pyexpat.ParserCreate()
!    p.UseForeignDTD(flag)
!    p.SetParamEntityParsing(ppe)
!    p.ExternalEntityRefHandler = lambda *a: out.append(a) or 1
!    p.SkippedEntityHandler = lambda *a: out.append(('skipped',) + a)
!    try:
!        p.Parse(doc, True)
!    except pyexpat.ExpatError as e:
!        out.append(str(e))
!    return out
foreign(b'<a>&e;</a>')
foreign(b'<a>&e;</a>', False)
foreign(b'<!DOCTYPE foo PUBLIC "bar" "baz"><element/>')
foreign(b'<a>&e;</a>', True, pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)
# Handlers that raise stop the parse.
!def raising():
!    p = pyexpat.ParserCreate()
!    def h(name, attrs): raise ValueError(name)
!    p.StartElementHandler = h
!    try:
!        p.Parse('<a/>', True)
!    except ValueError as e:
!        return 'ValueError', str(e)
raising()
!def interned():
!    p = pyexpat.ParserCreate()
!    names = []
!    p.StartElementHandler = lambda n, a: names.append((n, list(a)))
!    p.Parse('<a x="1"><a x="2"/></a>', True)
!    return names[0][0] is names[1][0], names[0][1][0] is names[1][1][0], sorted(p.intern)
interned()
# Parsing after an error or a handler's exception.
!def after_raise():
!    p = pyexpat.ParserCreate()
!    def h(n, a): raise KeyError(n)
!    p.StartElementHandler = h
!    out = []
!    for data, final in [('<a>', False), ('<b/>', False)]:
!        try:
!            out.append(p.Parse(data, final))
!        except Exception as e:
!            out.append((type(e).__name__, str(e), p.ErrorCode))
!    return out
after_raise()
!def after_error():
!    p = pyexpat.ParserCreate()
!    out = []
!    for data in ['<a><', '</a>']:
!        try:
!            out.append(p.Parse(data))
!        except pyexpat.ExpatError as e:
!            out.append(str(e))
!    return out, p.ErrorCode, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex
after_error()
!def after_final():
!    p = pyexpat.ParserCreate()
!    p.Parse('<a>\n<b/>')
!    first = (p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
!    p.Parse('</a>', True)
!    try:
!        p.Parse('x')
!    except pyexpat.ExpatError as e:
!        return first, str(e), e.code, p.ErrorCode
after_final()
!p2 = pyexpat.ParserCreate()
p2.Parse(b'<a>', 0), p2.Parse(b'', False), p2.CurrentByteIndex
pyexpat.ParserCreate().Parse(bytearray(b'<a/>'), True), pyexpat.ParserCreate().Parse(memoryview(b'<a/>'), True)
# Encodings Python's codecs provide, and encodings nobody knows.
run(b'<a/>', encoding='bogus')
run(b'<?xml version="1.0" encoding="bogus"?><a/>')
run(b'<?xml version="1.0" encoding="utf-16"?><a/>')
!def buffered():
!    p = pyexpat.ParserCreate()
!    p.buffer_text = True
!    out = []
!    p.CharacterDataHandler = out.append
!    p.Parse('<a>abc', False)
!    first = (list(out), p.buffer_used)
!    p.Parse('def</a>', True)
!    return first, out, p.buffer_used
buffered()
!def handler_changes():
!    p = pyexpat.ParserCreate()
!    out = []
!    def cd(d):
!        out.append(d)
!        p.CharacterDataHandler = None
!    p.CharacterDataHandler = cd
!    p.StartElementHandler = lambda n, a: out.append(n)
!    p.Parse('<a>x<b/>y</a>', True)
!    return out
handler_changes()
# What the default handler sees of a document type declaration.
!def dtd_default(doc, sd=False, ed=False, extra=()):
!    p = pyexpat.ParserCreate()
!    out = []
!    p.DefaultHandler = out.append
!    if sd:
!        p.StartDoctypeDeclHandler = lambda *a: out.append(('SD',) + a)
!    if ed:
!        p.EndDoctypeDeclHandler = lambda *a: out.append(('ED',) + a)
!    for n in extra:
!        setattr(p, n, (lambda n: lambda *a: out.append((n[:-7],) + a))(n))
!    p.Parse(doc, True)
!    return out
dtd_default('<!DOCTYPE a SYSTEM "x" [ <!ENTITY e "x"> ] ><a/>')
dtd_default('<!DOCTYPE a SYSTEM "x" [ <!ENTITY e "x"> ] ><a/>', ed=True)
dtd_default('<!DOCTYPE a SYSTEM "x" [ <!ENTITY e "x"> ] ><a/>', sd=True)
dtd_default('<!DOCTYPE a SYSTEM "x" [ <!ENTITY e "x"> ] ><a/>', sd=True, ed=True)
dtd_default('<!DOCTYPE a PUBLIC "p" "s"><a/>')
dtd_default('<!DOCTYPE a [\n<!ENTITY e "x">\n<!ELEMENT a ANY>\n<!-- c -->\n<?pi d?>\n<!ATTLIST a x CDATA "1">\n<!NOTATION n SYSTEM "s">\n]><a>&e;</a>', sd=True)
dtd_default('<!DOCTYPE a [<!ENTITY % p "x"> %p; <!ENTITY e "2"><!ELEMENT a ANY><!ATTLIST a b CDATA "z">]><a>&e;</a>', extra=['EntityDeclHandler', 'ElementDeclHandler', 'SkippedEntityHandler'])
dtd_default('<!DOCTYPE a [ <!ENTITY e "2"> ]>\n<a>&e;&amp;</a>', extra=['CharacterDataHandler', 'SkippedEntityHandler'])
dtd_default('<!DOCTYPE a [ <!ENTITY e "2"> ]>\n<a>&e;&amp;</a>', extra=['CharacterDataHandler'])
# A document type declaration arriving in pieces.
run(None, chunks=['<!DOCTYPE doc [\n', '  <!ENTITY img SYSTEM "expat.gif" NDATA GIF>\n', '  <!NOTATION GIF PUBLIC "-//CompuServe//NOTATION Graphics Interchange Format 89a//EN">\n', ']>\n', '<doc></doc>'])
run(None, chunks=['<!DOCTYPE a [<!ENTITY e "v">', '<!ATTLIST a x CDATA "d">', ' %p; <!ENTITY f "w">', ']><a>&e;', '&f;</a>'])
run(None, chunks=['<!DOCTYPE a [<!ATTLIST a t NMTOKENS "  p  q ">', ']><a/>'])
pyexpat.ParserCreate().Parse('<a>\ud800</a>', True)
# Byte order marks, encodings and input split anywhere.
run('\ufeff<a/>')
run(b'\xef\xbb\xbf<a/>', encoding='utf-8')
run(b'\xef\xbb\xbf<?xml version="1.0" encoding="utf-8"?><a/>')
run(b'\xff\xfe<\x00a\x00/\x00>\x00')
run(b'<\x00a\x00/\x00>\x00')
run(b'\x00<\x00a\x00/\x00>')
run('<a>x</a>  \n ')
run('<a>x</a><!-- c --><?p?>')
run('<a>&#x10FFFF;&#65536;&#1114112;</a>')
run('<a>&#x;</a>')
run('<a>&#xZ;</a>')
run('<a>&;</a>')
run('<a>& </a>')
run('<a b="&#x26;"/>')
run('<a\n  b="1"\n  c="2"\n/>')
run('<a>\n  <b>\n    text\n  </b>\n</a>')
run(None, chunks=[b'<a>text', b' more', b'</a>'])
run(None, chunks=[b'<a>te\r', b'\nxt</a>'])
run(None, chunks=[b'<a>x]', b']>'])
run(None, chunks=[b'<a>x]', b'y</a>'])
run(None, chunks=[b'<a><!-- ', b'c --></a>'])
run(None, chunks=[b'<?xml version="1.0" encoding="iso-8859-1"?>', b'<a>\xe9</a>'])
run(None, chunks=[b'<?xml vers', b'ion="1.0" encoding="iso-8859-1"?>', b'<a>\xe9</a>'])
run(None, chunks=[b'\xff', b'\xfe<\x00a\x00/\x00>\x00'])
run('<!DOCTYPE a [<!ENTITY e "<b>x</b>">]><a>&e;&e;</a>', ns=' ')
run('<!DOCTYPE a [<!ENTITY e "x&#10;y">]><a>&e;</a>')
run('<!DOCTYPE a [<!ENTITY e "x\ny">]><a b="&e;">&e;</a>')
run('<a xmlns:x="u"><x:b/><x:c xmlns:x="v"/><x:d/></a>', ns=' ')
run('<a:b:c/>', ns=' ')
run('<:a/>', ns=' ')
# Entities, CDATA sections and odd markup.
run('<!DOCTYPE a [<!ENTITY e "<b>\n<c>&f;</c></b>"><!ENTITY f "ff">]>\n<a>\n &e; x</a>', pos=True)
run('<!DOCTYPE a [<!ENTITY e "<b>\n<c>&g;</c></b>">]>\n<a>\n &e; x</a>', pos=True)
run('<!DOCTYPE a [<!ENTITY e "<b>\n<c></b>">]>\n<a>\n &e; x</a>', pos=True)
run('<!DOCTYPE a [<!ENTITY e "</a>">]>\n<a>\n &e; x</a>', pos=True)
run('<!DOCTYPE a [<!ENTITY e "x&e;">]>\n<a>\n &e; x</a>', pos=True)
run('<!DOCTYPE a [<!ENTITY e "a&lt;b&#60;c">]>\n<a t="&e;">&e;</a>', pos=True)
run('<!DOCTYPE a [<!ATTLIST a xmlns CDATA #FIXED "u" xmlns:p CDATA "v">]><a><p:b/></a>', ns=' ')
run('<!DOCTYPE a [<!ATTLIST a p:x CDATA "1">]><a xmlns:p="u"/>', ns=' ')
run('<?xml version="1.0" standalone="yes"?><!DOCTYPE a SYSTEM "s"><a/>', pos=True)
run('<?xml version="1.0" standalone="no"?><!DOCTYPE a SYSTEM "s"><a/>', NotStandaloneHandler=lambda: 0)
run('<a><![CDATA[x\r\ny]]]]><![CDATA[>]]></a>', pos=True)
run('<a><?target\r\ndata\r\n?><!--\r\nc\r\n--></a>', pos=True)
run('<a b="1"\t/>', pos=True)
run('<a b = "1" />', pos=True)
run('<a/ >', pos=True)
run('<a></ a>', pos=True)
run('<a>\ufffe</a>', pos=True)
run('<a>\U0001F600</a>'.encode('utf-16-le'))
run('<\u00e9l\u00e9ment attr\u00e9="\u00e9"/>', pos=True)
run('<a>\u0085\u2028</a>', pos=True)
run('<a>x]y]]z]</a>', pos=True)
run('<a><![CDATA[]x]]]></a>', pos=True)
# Calls after an error fail again, further on each time.
!def refail(chunks):
!    p = pyexpat.ParserCreate()
!    res = []
!    for c in chunks:
!        try:
!            p.Parse(c)
!        except pyexpat.ExpatError as e:
!            res.append(str(e))
!    for data, final in [('', True), ('', True), ('zz', False)]:
!        try:
!            p.Parse(data, final)
!            res.append('ok')
!        except pyexpat.ExpatError as e:
!            res.append(str(e))
!    return res, p.ErrorCode, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex
refail(['<a><b></c>'])
refail(['<a>', '</b>'])
refail(['<a>\n<b>\n</c>'])
refail(['<a>x<'])
refail(['<a', '>x', '<<'])
refail(['<a>\n  <b>&x;'])
run('<!DOCTYPE a [<!ATTLIST b xml:lang CDATA "eng" t NMTOKENS #IMPLIED>]><a><b t=" x  y "/></a>', names=['StartElementHandler'])
run('<!DOCTYPE a [<!ATTLIST b xml:lang CDATA "eng">]><a><b/></a>', names=['StartElementHandler'], ns='}')
# Arguments and attributes.
!p3 = pyexpat.ParserCreate()
p3.Parse(b'<a/>', True, 1)
p3.Parse()
p3.Parse(data=b'<a/>')
pyexpat.ParserCreate(foo=1)
pyexpat.ErrorString('x')
pyexpat.ErrorString(True), pyexpat.ErrorString(-1)
p3.SetParamEntityParsing('x')
setattr(p3, 'buffer_size', 2**40)
setattr(p3, 'buffer_size', True) or p3.buffer_size
!def interned2():
!    d = {}
!    p = pyexpat.ParserCreate(intern=d)
!    p.StartElementHandler = lambda n, a: None
!    p.Parse('<a b="c"/>', True)
!    return p.intern is d, sorted(d)
interned2()
!def toggled():
!    p = pyexpat.ParserCreate()
!    out = []
!    def se(n, a):
!        p.buffer_text = not p.buffer_text
!        out.append(n)
!    p.StartElementHandler = se
!    p.CharacterDataHandler = out.append
!    p.Parse('<a>x\ny<b>z\nw<c>q\nr</c></b></a>', True)
!    return out
toggled()
!def not_callable():
!    p = pyexpat.ParserCreate()
!    p.StartElementHandler = 1
!    try:
!        p.Parse('<a/>', True)
!    except TypeError as e:
!        return str(e), p.ErrorCode
not_callable()
