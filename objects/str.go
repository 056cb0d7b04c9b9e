package objects

import (
	"sync"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

// StrType is the type of Python strs.
var StrType = newType("str", ObjectType)

// Str is a Python str. Its text is held in UTF-8, the form the rest of the runtime reads;
// lone surrogates, which UTF-8 cannot encode, are held as their 3-byte sequences (Python's
// "surrogatepass" form, pyfmt.DecodeRune), so every Python string is representable and byte
// order is code point order.
//
// Python indexes strs by code point in O(1). A str measures itself on first need: the code
// point count is cached, and an ASCII str (the common case) indexes its bytes directly. A
// non-ASCII str builds, on first indexing, a sparse index holding the byte offset of every
// strIndexStride-th code point, so an index costs one lookup and at most strIndexStride-1
// decoded code points. The hash is cached as CPython's is.
type Str struct {
	value string
	ext   *Extension
	// hash is the cached hash, valid when flags has strHashed.
	hash int64
	// n is the length in code points, valid when flags has strMeasured.
	n     int
	flags uint8
	// index holds the byte offset of code points 0, strIndexStride, 2*strIndexStride, ...
	// of a non-ASCII str, built on first indexing.
	index []int
}

const (
	strMeasured uint8 = 1 << iota
	strASCII
	strHashed
	strInterned
)

// strIndexStride is the spacing of a non-ASCII str's offset index, in code points.
const strIndexStride = 32

// Type returns StrType, or the class of a str subclass instance.
func (s *Str) Type() *Type { return s.ext.classOr(StrType) }

// NewStr returns the str holding s, which must be in Str's encoding (UTF-8, lone surrogates
// as their 3-byte sequences).
func NewStr(s string) *Str { return &Str{value: s} }

// newASCIIStr returns a str known to be ASCII, measured up front.
func newASCIIStr(s string) *Str {
	return &Str{value: s, n: len(s), flags: strMeasured | strASCII}
}

// newStrLen returns a str whose code point count n is already known.
func newStrLen(s string, n int) *Str {
	if n == len(s) {
		return newASCIIStr(s)
	}
	return &Str{value: s, n: n, flags: strMeasured}
}

// Value returns the string's text.
func (s *Str) Value() string { return s.value }

// EmptyStr is the empty string.
var EmptyStr = newASCIIStr("")

// measure counts the code points once and notes whether the str is ASCII.
func (s *Str) measure() {
	v := s.value
	i := 0
	for i < len(v) && v[i] < 0x80 {
		i++
	}
	if i == len(v) {
		s.n, s.flags = len(v), s.flags|strMeasured|strASCII
		return
	}
	n := i
	for i < len(v) {
		// Every code point has exactly one byte that is not a continuation byte, except an
		// invalid byte, which counts as one on its own (DecodeRune's rule).
		c := v[i]
		switch {
		case c < 0x80:
			i++
		default:
			_, w := pyfmt.DecodeRune(v[i:])
			i += w
		}
		n++
	}
	s.n, s.flags = n, s.flags|strMeasured
}

// Len returns the length in code points.
func (s *Str) Len() int {
	if s.flags&strMeasured == 0 {
		s.measure()
	}
	return s.n
}

// IsASCII reports whether every code point is below 128.
func (s *Str) IsASCII() bool {
	if s.flags&strMeasured == 0 {
		s.measure()
	}
	return s.flags&strASCII != 0
}

// offset returns the byte offset of code point i, 0 <= i <= Len().
func (s *Str) offset(i int) int {
	if s.IsASCII() || i == 0 {
		return i
	}
	if i >= s.n {
		return len(s.value)
	}
	if s.index == nil {
		s.buildIndex()
	}
	off := s.index[i/strIndexStride]
	for k := i % strIndexStride; k > 0; k-- {
		_, w := pyfmt.DecodeRune(s.value[off:])
		off += w
	}
	return off
}

// ByteOffset returns the byte offset in Value() of code point i, 0 <= i <= Len(), for Go
// code that scans the text itself but reports positions in code points.
func (s *Str) ByteOffset(i int) int { return s.offset(i) }

func (s *Str) buildIndex() {
	idx := make([]int, 0, s.n/strIndexStride+1)
	v := s.value
	for i, k := 0, 0; i < len(v); k++ {
		if k%strIndexStride == 0 {
			idx = append(idx, i)
		}
		_, w := pyfmt.DecodeRune(v[i:])
		i += w
	}
	s.index = idx
}

// At returns the code point at index i, 0 <= i < Len().
func (s *Str) At(i int) rune {
	if s.IsASCII() {
		return rune(s.value[i])
	}
	r, _ := pyfmt.DecodeRune(s.value[s.offset(i):])
	return r
}

// substr returns the code points [i, j) as a str, 0 <= i <= j <= Len().
func (s *Str) substr(i, j int) *Str {
	if i == 0 && j == s.Len() && s.ext == nil {
		return s
	}
	if s.IsASCII() {
		return newASCIIStr(s.value[i:j])
	}
	return newStrLen(s.value[s.offset(i):s.offset(j)], j-i)
}

// Runes returns the code points.
func (s *Str) Runes() []rune {
	rs := make([]rune, 0, s.Len())
	for i := 0; i < len(s.value); {
		r, w := pyfmt.DecodeRune(s.value[i:])
		rs = append(rs, r)
		i += w
	}
	return rs
}

// NewStrFromRunes returns the str of the given code points; surrogates are kept.
func NewStrFromRunes(rs []rune) *Str {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = pyfmt.AppendRune(b, r)
	}
	return newStrLen(string(b), len(rs))
}

// oneCharStrs caches the strs of the Latin-1 code points, as CPython does, so that indexing
// and iterating over most text allocates nothing.
var oneCharStrs = func() (t [256]*Str) {
	for i := range t {
		t[i] = newStrLen(string(pyfmt.AppendRune(nil, rune(i))), 1)
	}
	return
}()

// charStr returns the one-code-point str of r.
func charStr(r rune) *Str {
	if r >= 0 && r < 256 {
		return oneCharStrs[r]
	}
	return newStrLen(string(pyfmt.AppendRune(nil, r)), 1)
}

// JoinStrs concatenates strs (the pieces of an f-string).
func JoinStrs(pieces []Object) *Str {
	n := 0
	for _, p := range pieces {
		n += len(p.(*Str).value)
	}
	b := make([]byte, 0, n)
	for _, p := range pieces {
		b = append(b, p.(*Str).value...)
	}
	return NewStr(string(b))
}

// interned maps the text of every interned str to its one instance.
var interned struct {
	sync.Mutex
	m map[string]*Str
}

// Intern returns the one interned str holding s, creating it on first use. The compiler
// interns identifiers (names, attribute names), so equal names are usually the same pointer
// and dict lookups, which compare pointers first, rarely compare text.
func Intern(s string) *Str {
	interned.Lock()
	defer interned.Unlock()
	if v, ok := interned.m[s]; ok {
		return v
	}
	if interned.m == nil {
		interned.m = make(map[string]*Str)
	}
	v := NewStr(s)
	v.flags |= strInterned
	interned.m[s] = v
	return v
}

// InternStr returns the interned str equal to s: s itself when it is an exact str not yet
// interned (sys.intern's behaviour); subclass instances are interned as a plain copy.
func InternStr(s *Str) *Str {
	if s.flags&strInterned != 0 {
		return s
	}
	interned.Lock()
	defer interned.Unlock()
	if v, ok := interned.m[s.value]; ok {
		return v
	}
	if interned.m == nil {
		interned.m = make(map[string]*Str)
	}
	if s.ext != nil {
		s = NewStr(s.value)
	}
	s.flags |= strInterned
	interned.m[s.value] = s
	return s
}

// IsInterned reports whether s is the interned instance of its text.
func (s *Str) IsInterned() bool { return s.flags&strInterned != 0 }

// IsInterned reports whether s is the interned instance of its text (sys._is_interned).
func IsInterned(s *Str) bool { return s.flags&strInterned != 0 }

// InternedCount returns how many strs are interned (sys.getunicodeinternedsize).
func InternedCount() int {
	interned.Lock()
	defer interned.Unlock()
	return len(interned.m)
}
