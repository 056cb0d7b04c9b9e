package objects

import (
	"strconv"
	"strings"

	"github.com/taipanpy/taipan/internal/pyfmt"
	"github.com/taipanpy/taipan/internal/ucnames"
)

// Codec error handling: what a codec hands an error handler when it meets something it cannot
// convert, the standard handlers (strict, ignore, replace, backslashreplace,
// xmlcharrefreplace, namereplace, surrogateescape, surrogatepass) and calls to handlers
// registered with codecs.register_error, with the callback protocol: the Unicode error in,
// (replacement, new position) out.

// The kinds of conversion a failure belongs to.
const (
	failEncode = iota
	failDecode
	failTranslate
)

// codecFailure is one range a codec cannot convert. A decoding error handler may replace the
// input (the exception's object): decoders continue over f.data after calling it.
type codecFailure struct {
	kind  int
	codec string
	// text is the str being encoded or translated, and runes its code points.
	text  *Str
	runes []rune
	// data is the bytes being decoded, and dataObj the object they came from, if known.
	data    string
	dataObj Object
	// start and end delimit the failing range; reason says why it failed.
	start, end int
	reason     string
	// exc is the Unicode error describing the failure, made on first need.
	exc *BaseException
}

// size is the length of the input: code points or bytes.
func (f *codecFailure) size() int {
	if f.kind == failDecode {
		return len(f.data)
	}
	return len(f.runes)
}

// exception returns the UnicodeEncodeError, UnicodeDecodeError or UnicodeTranslateError the
// failure raises under the strict handler.
func (f *codecFailure) exception() *BaseException {
	if f.exc != nil {
		return f.exc
	}
	start, end := NewInt(int64(f.start)), NewInt(int64(f.end))
	var cls *Type
	var args []Object
	switch f.kind {
	case failDecode:
		obj := f.dataObj
		if obj == nil {
			obj = NewBytesString(f.data)
		}
		cls, args = UnicodeDecodeErrorType, []Object{NewStr(f.codec), obj, start, end, NewStr(f.reason)}
	case failEncode:
		cls, args = UnicodeEncodeErrorType, []Object{NewStr(f.codec), f.textObj(), start, end, NewStr(f.reason)}
	default:
		cls, args = UnicodeTranslateErrorType, []Object{f.textObj(), start, end, NewStr(f.reason)}
	}
	e, err := CallException(nil, cls, args, nil)
	if err != nil {
		// The arguments are always of the right types; keep a plain exception regardless.
		e = NewException(cls, args...)
	}
	f.exc = e
	return e
}

// textObj returns the str being encoded, made from the code points when not given.
func (f *codecFailure) textObj() *Str {
	if f.text == nil {
		f.text = NewStrFromRunes(f.runes)
	}
	return f.text.exact()
}

// codecRepl is what an error handler gives back: the replacement, bytes (raw) or a str (in
// Str's encoding), and the position to resume at.
type codecRepl struct {
	s     string
	bytes bool
	pos   int
}

// stdHandler is a standard error handler written in Go.
type stdHandler func(f *codecFailure) (codecRepl, error)

// stdHandlers are the standard handlers by name, as lookup_error finds them.
var stdHandlers = map[string]stdHandler{
	"strict":            strictHandler,
	"ignore":            ignoreHandler,
	"replace":           replaceHandler,
	"backslashreplace":  backslashReplaceHandler,
	"xmlcharrefreplace": xmlcharrefReplaceHandler,
	"namereplace":       nameReplaceHandler,
	"surrogateescape":   surrogateEscapeHandler,
	"surrogatepass":     surrogatePassHandler,
}

// errorHandler is the error handler a codec call was given by name, resolved on first failure
// so that an unknown name is only an error when something fails.
type errorHandler struct {
	name     string
	resolved bool
	// fast holds the standard names the codec handles itself, ignoring the registry as
	// CPython's UTF-8, ASCII, Latin-1 and charmap codecs do; other names, standard ones
	// included, are looked up (so a handler registered over a standard name is used).
	fast map[string]bool
	std  stdHandler
	obj  Object
	// exc is the Unicode error passed to obj, given again (with the new range and reason)
	// for each later failure of the same call, as CPython does.
	exc *BaseException
}

// fastSet lists standard handler names a codec handles without the registry.
func fastSet(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// The standard handlers CPython's codecs apply directly, by codec and direction.
var (
	utf8EncodeFast    = fastSet("replace", "ignore", "surrogateescape", "surrogatepass", "backslashreplace", "xmlcharrefreplace")
	ucs1EncodeFast    = fastSet("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogateescape")
	decodeFast        = fastSet("replace", "ignore", "surrogateescape")
	charmapEncodeFast = fastSet("strict", "replace", "ignore", "xmlcharrefreplace")
)

// newErrorHandler returns the handler named name ("" is strict), resolved through the
// registry.
func newErrorHandler(name string) *errorHandler {
	if name == "" {
		name = "strict"
	}
	return &errorHandler{name: name}
}

// newFastErrorHandler returns the handler named name for a codec that applies the standard
// handlers of fast itself.
func newFastErrorHandler(name string, fast map[string]bool) *errorHandler {
	h := newErrorHandler(name)
	h.fast = fast
	return h
}

// handle runs the handler on f and checks its answer as the codecs do.
func (h *errorHandler) handle(ts *Thread, f *codecFailure) (codecRepl, error) {
	if !h.resolved {
		if std, ok := stdHandlers[h.name]; ok && h.fast[h.name] {
			h.std = std
		} else {
			obj, err := LookupErrorHandler(ts, h.name)
			if err != nil {
				return codecRepl{}, err
			}
			if f, isStd := stdHandlerFuncs[h.name]; isStd && obj == Object(f) {
				// The registered standard handler: run it without the Python call.
				h.std = stdHandlers[h.name]
			} else {
				h.obj = obj
			}
		}
		h.resolved = true
	}
	if h.std != nil {
		return h.std(f)
	}
	if h.exc != nil && f.exc == nil && len(h.exc.fields) > uniReason {
		e := h.exc
		e.fields[uniStart], e.fields[uniEnd] = NewInt(int64(f.start)), NewInt(int64(f.end))
		e.fields[uniReason] = NewStr(f.reason)
		f.exc = e
	}
	exc := f.exception()
	h.exc = exc
	var given Object
	if f.kind == failDecode && len(exc.fields) > uniObject {
		given = exc.fields[uniObject]
	}
	res, err := Call(ts, h.obj, []Object{exc}, nil)
	if err != nil {
		return codecRepl{}, err
	}
	if given != nil && exc.fields[uniObject] != given {
		// The handler replaced the input: decoding goes on over the new bytes.
		data, ok := BytesLikeData(exc.fields[uniObject])
		if !ok {
			return codecRepl{}, Errorf(TypeErrorType, "object attribute must be bytes")
		}
		f.data, f.dataObj = data, exc.fields[uniObject]
	}
	return handlerResult(ts, f, res)
}

// handlerResult checks a handler's (replacement, position) answer as CPython's argument
// parsing of it does, and makes the position absolute.
func handlerResult(ts *Thread, f *codecFailure, res Object) (codecRepl, error) {
	bad := func() error {
		if f.kind == failEncode {
			return Errorf(TypeErrorType, "encoding error handler must return (str/bytes, int) tuple")
		}
		if f.kind == failDecode {
			return Errorf(TypeErrorType, "decoding error handler must return (str, int) tuple")
		}
		return Errorf(TypeErrorType, "translating error handler must return (str, int) tuple")
	}
	t, ok := res.(*Tuple)
	if !ok || len(t.items) != 2 {
		return codecRepl{}, bad()
	}
	var r codecRepl
	repl := t.items[0]
	s, isStr := repl.(*Str)
	if !isStr && f.kind != failEncode {
		return codecRepl{}, bad()
	}
	pi, err := Index(ts, t.items[1])
	if err != nil {
		return codecRepl{}, err
	}
	pos, ok := pi.Int64()
	if !ok {
		return codecRepl{}, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	switch {
	case isStr:
		r.s = s.value
	default:
		b, isBytes := repl.(*Bytes)
		if !isBytes {
			return codecRepl{}, bad()
		}
		r.s, r.bytes = b.value, true
	}
	n := int64(f.size())
	if pos < 0 {
		pos += n
	}
	if pos < 0 || pos > n {
		return codecRepl{}, Errorf(IndexErrorType, "position %d from error handler out of bounds", pos)
	}
	r.pos = int(pos)
	return r, nil
}

func strictHandler(f *codecFailure) (codecRepl, error) { return codecRepl{}, f.exception() }

func ignoreHandler(f *codecFailure) (codecRepl, error) { return codecRepl{pos: f.end}, nil }

func replaceHandler(f *codecFailure) (codecRepl, error) {
	n := f.end - f.start
	switch f.kind {
	case failEncode:
		return codecRepl{s: strings.Repeat("?", n), pos: f.end}, nil
	case failDecode:
		return codecRepl{s: "\uFFFD", pos: f.end}, nil
	}
	return codecRepl{s: strings.Repeat("\uFFFD", n), pos: f.end}, nil
}

// cantHandle is the error a standard handler raises for a kind of failure it does not handle.
func cantHandle(f *codecFailure) error {
	return Errorf(TypeErrorType, "don't know how to handle %s in error callback", f.exception().Type().Name)
}

func backslashReplaceHandler(f *codecFailure) (codecRepl, error) {
	var b []byte
	if f.kind == failDecode {
		for k := f.start; k < f.end; k++ {
			b = appendBackslashEscape(b, rune(f.data[k]))
		}
	} else {
		for _, c := range f.runes[f.start:f.end] {
			b = appendBackslashEscape(b, c)
		}
	}
	return codecRepl{s: string(b), pos: f.end}, nil
}

func xmlcharrefReplaceHandler(f *codecFailure) (codecRepl, error) {
	if f.kind != failEncode {
		return codecRepl{}, cantHandle(f)
	}
	var b []byte
	for _, c := range f.runes[f.start:f.end] {
		b = append(b, "&#"...)
		b = strconv.AppendInt(b, int64(c), 10)
		b = append(b, ';')
	}
	return codecRepl{s: string(b), pos: f.end}, nil
}

// UnicodeNameOf gives the Unicode name of a code point, for namereplace.
var UnicodeNameOf = ucnames.Name

// UnicodeLookupName gives the code point of a Unicode name, for \N{...} escapes.
var UnicodeLookupName = ucnames.Lookup

func nameReplaceHandler(f *codecFailure) (codecRepl, error) {
	if f.kind != failEncode {
		return codecRepl{}, cantHandle(f)
	}
	var b []byte
	for _, c := range f.runes[f.start:f.end] {
		if UnicodeNameOf != nil {
			if name, ok := UnicodeNameOf(c); ok {
				b = append(b, `\N{`...)
				b = append(b, name...)
				b = append(b, '}')
				continue
			}
		}
		b = appendBackslashEscape(b, c)
	}
	return codecRepl{s: string(b), pos: f.end}, nil
}

func surrogateEscapeHandler(f *codecFailure) (codecRepl, error) {
	switch f.kind {
	case failEncode:
		b := make([]byte, 0, f.end-f.start)
		for _, c := range f.runes[f.start:f.end] {
			if c < 0xDC80 || c > 0xDCFF {
				return codecRepl{}, f.exception()
			}
			b = append(b, byte(c-0xDC00))
		}
		return codecRepl{s: string(b), bytes: true, pos: f.end}, nil
	case failDecode:
		// At most four bytes at a time, stopping at the first ASCII byte.
		var b []byte
		n := 0
		for k := f.start; k < f.end && n < 4; k++ {
			c := f.data[k]
			if c < 128 {
				break
			}
			b = pyfmt.AppendRune(b, 0xDC00+rune(c))
			n++
		}
		if n == 0 {
			return codecRepl{}, f.exception()
		}
		return codecRepl{s: string(b), pos: f.start + n}, nil
	}
	return codecRepl{}, cantHandle(f)
}

// Byte forms surrogatepass knows, from the codec's name.
const (
	spUnknown = iota
	spUTF8
	spUTF16LE
	spUTF16BE
	spUTF32LE
	spUTF32BE
)

// surrogatePassForm classifies a codec name for surrogatepass: UTF-8, UTF-16 or UTF-32 in
// an explicit or the native (little-endian) byte order; it returns the form and unit size.
func surrogatePassForm(codec string) (int, int) {
	s := strings.ToLower(codec)
	if !strings.HasPrefix(s, "utf") {
		if s == "cp_utf8" {
			return spUTF8, 3
		}
		return spUnknown, 0
	}
	s = s[3:]
	if s != "" && (s[0] == '-' || s[0] == '_') {
		s = s[1:]
	}
	var le, be, size int
	switch {
	case s == "8":
		return spUTF8, 3
	case strings.HasPrefix(s, "16"):
		le, be, size = spUTF16LE, spUTF16BE, 2
	case strings.HasPrefix(s, "32"):
		le, be, size = spUTF32LE, spUTF32BE, 4
	default:
		return spUnknown, 0
	}
	switch s[2:] {
	case "":
		return le, size
	case "-le", "_le":
		return le, size
	case "-be", "_be":
		return be, size
	}
	return spUnknown, 0
}

func surrogatePassHandler(f *codecFailure) (codecRepl, error) {
	form, size := surrogatePassForm(f.codec)
	switch f.kind {
	case failEncode:
		if form == spUnknown {
			return codecRepl{}, f.exception()
		}
		b := make([]byte, 0, size*(f.end-f.start))
		for _, c := range f.runes[f.start:f.end] {
			if c < 0xD800 || c > 0xDFFF {
				return codecRepl{}, f.exception()
			}
			b = appendUnit(b, form, c)
		}
		return codecRepl{s: string(b), bytes: true, pos: f.end}, nil
	case failDecode:
		if form == spUnknown || len(f.data)-f.start < size {
			return codecRepl{}, f.exception()
		}
		p := f.data[f.start:]
		var c rune
		switch form {
		case spUTF8:
			if p[0]&0xF0 != 0xE0 || p[1]&0xC0 != 0x80 || p[2]&0xC0 != 0x80 {
				return codecRepl{}, f.exception()
			}
			c = rune(p[0]&0x0F)<<12 | rune(p[1]&0x3F)<<6 | rune(p[2]&0x3F)
		case spUTF16LE:
			c = rune(p[1])<<8 | rune(p[0])
		case spUTF16BE:
			c = rune(p[0])<<8 | rune(p[1])
		case spUTF32LE:
			c = rune(p[3])<<24 | rune(p[2])<<16 | rune(p[1])<<8 | rune(p[0])
		case spUTF32BE:
			c = rune(p[0])<<24 | rune(p[1])<<16 | rune(p[2])<<8 | rune(p[3])
		}
		if c < 0xD800 || c > 0xDFFF {
			return codecRepl{}, f.exception()
		}
		return codecRepl{s: string(pyfmt.AppendRune(nil, c)), pos: f.start + size}, nil
	}
	return codecRepl{}, cantHandle(f)
}

// appendUnit appends c in one of surrogatepass's byte forms.
func appendUnit(b []byte, form int, c rune) []byte {
	switch form {
	case spUTF8:
		return append(b, byte(0xE0|c>>12), byte(0x80|(c>>6)&0x3F), byte(0x80|c&0x3F))
	case spUTF16LE:
		return append(b, byte(c), byte(c>>8))
	case spUTF16BE:
		return append(b, byte(c>>8), byte(c))
	case spUTF32LE:
		return append(b, byte(c), byte(c>>8), byte(c>>16), byte(c>>24))
	}
	return append(b, byte(c>>24), byte(c>>16), byte(c>>8), byte(c))
}

// failureFromException reads a Unicode error back into a failure, for the standard handlers
// called from Python with the exception as their argument. Start and end are clamped to the
// object as CPython's accessors do.
func failureFromException(ts *Thread, exc Object) (*codecFailure, error) {
	e, ok := exc.(*BaseException)
	if !ok {
		return nil, Errorf(TypeErrorType, "don't know how to handle %s in error callback", exc.Type().Name)
	}
	f := &codecFailure{exc: e}
	switch {
	case e.Type().IsSubtype(UnicodeEncodeErrorType):
		f.kind = failEncode
	case e.Type().IsSubtype(UnicodeDecodeErrorType):
		f.kind = failDecode
	case e.Type().IsSubtype(UnicodeTranslateErrorType):
		f.kind = failTranslate
	default:
		return nil, Errorf(TypeErrorType, "don't know how to handle %s in error callback", exc.Type().Name)
	}
	if len(e.fields) < 5 {
		return nil, Errorf(TypeErrorType, "object attribute must be unicode")
	}
	obj := e.fields[uniObject]
	if f.kind == failDecode {
		data, ok := bytesOf(obj)
		if !ok {
			if bl, isBL := obj.(bytesLike); isBL {
				data, ok = string(bl.Bytes()), true
			}
		}
		if !ok {
			return nil, Errorf(TypeErrorType, "object attribute must be bytes")
		}
		f.data, f.dataObj = data, obj
	} else {
		s, ok := obj.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "object attribute must be unicode")
		}
		f.text, f.runes = s, s.Runes()
	}
	if f.kind != failTranslate {
		enc, ok := e.fields[uniEncoding].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "encoding attribute must be unicode")
		}
		f.codec = enc.value
	}
	n := f.size()
	start, end := 0, 0
	if v, ok := e.fields[uniStart].(*Int); ok {
		x, _ := v.Int64()
		start = int(x)
	}
	if v, ok := e.fields[uniEnd].(*Int); ok {
		x, _ := v.Int64()
		end = int(x)
	}
	if start < 0 {
		start = 0
	}
	if start >= n {
		start = n - 1
		if start < 0 {
			start = 0
		}
	}
	if end < 1 {
		end = 1
	}
	if end > n {
		end = n
	}
	f.start, f.end = start, end
	return f, nil
}

// errorHandlerFunc makes the Python-visible function of a standard handler.
func errorHandlerFunc(name, pyName, doc string) *BuiltinFunction {
	h := stdHandlers[name]
	def := &MethodDef{Name: pyName, Flags: MethO, Doc: doc, Func: func(ts *Thread, _ Object, args []Object, _ *Tuple) (Object, error) {
		exc := args[0]
		if name == "strict" {
			if e, ok := exc.(*BaseException); ok {
				return nil, e
			}
			return nil, Errorf(TypeErrorType, "codec must pass exception instance")
		}
		f, err := failureFromException(ts, exc)
		if err != nil {
			return nil, err
		}
		if f.start > f.end && name != "ignore" {
			f.end = f.start
		}
		r, err := h(f)
		if err != nil {
			return nil, err
		}
		var v Object
		if r.bytes {
			v = NewBytesString(r.s)
		} else {
			v = NewStr(r.s)
		}
		return NewTuple([]Object{v, NewInt(int64(r.pos))}), nil
	}}
	return NewBuiltinFunction(def, nil)
}
