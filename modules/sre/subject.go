package sre

import (
	"sync"
	"unsafe"

	"github.com/taipanpy/taipan/objects"
)

// subject is a string being matched, read once into the form the engine reads: the bytes of
// a bytes-like object or of an ASCII str, or the code points of any other str.
type subject struct {
	obj     objects.Object
	isBytes bool
	// ascii is the text of an ASCII str, whose slices are substrings.
	ascii string
	bytes []byte
	runes []rune
}

// getSubject reads a str or bytes-like object (getstring).
func getSubject(o objects.Object) (*subject, error) {
	switch v := o.(type) {
	case *objects.Str:
		if v.IsASCII() {
			s := v.Value()
			return &subject{obj: o, ascii: s, bytes: stringBytes(s)}, nil
		}
		return &subject{obj: o, runes: strRunes(v)}, nil
	case *objects.Bytes:
		return &subject{obj: o, isBytes: true, bytes: stringBytes(v.Value())}, nil
	case *objects.ByteArray:
		// A copy, so that a replacement function resizing the bytearray cannot pull the
		// text from under the engine.
		return &subject{obj: o, isBytes: true, bytes: v.Bytes()}, nil
	}
	// Other bytes-like objects (memoryview) are read through a copy too.
	if b, err := objects.BytesLike(o); err == nil {
		return &subject{obj: o, isBytes: true, bytes: b}, nil
	}
	return nil, objects.Errorf(objects.TypeErrorType, "expected string or bytes-like object, got '%s'", o.Type().Name)
}

// lastRunes remembers the code points of the last long non-ASCII str read: tokenizers call
// match(text, pos) over one text again and again, and decoding the text each time would make
// that quadratic. Strs are immutable, so the str itself is the key.
var lastRunes struct {
	sync.Mutex
	s     *objects.Str
	runes []rune
}

// strRunes returns the code points of a non-ASCII str; callers must not change them.
func strRunes(s *objects.Str) []rune {
	if len(s.Value()) < 256 {
		return s.Runes()
	}
	lastRunes.Lock()
	defer lastRunes.Unlock()
	if lastRunes.s != s {
		lastRunes.s, lastRunes.runes = s, s.Runes()
	}
	return lastRunes.runes
}

// stringBytes views a string's bytes without copying them; the engine only reads them.
func stringBytes(s string) []byte {
	if s == "" {
		return nil
	}
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// length is the subject's length in characters.
func (s *subject) length() int {
	if s.runes != nil {
		return len(s.runes)
	}
	return len(s.bytes)
}

// slice returns characters [i, j) as a str, or as bytes for a bytes-like subject (getslice):
// the subject itself when it is exactly a str or bytes and the slice is all of it.
func (s *subject) slice(i, j int) objects.Object {
	whole := i == 0 && j == s.length()
	switch {
	case s.isBytes:
		if b, ok := s.obj.(*objects.Bytes); ok && whole && b.Type() == objects.BytesType {
			return s.obj
		}
		return objects.NewBytes(s.bytes[i:j])
	case whole && s.obj.Type() == objects.StrType:
		return s.obj
	case s.runes != nil:
		return objects.NewStrFromRunes(s.runes[i:j])
	}
	return objects.NewStr(s.ascii[i:j])
}

// empty returns the empty str or bytes, the joiner of the subject's pieces.
func (s *subject) empty() objects.Object {
	if s.isBytes {
		return objects.NewBytes(nil)
	}
	return objects.EmptyStr
}

// newMatcher prepares a state for matching p against the subject between pos and endpos,
// both clamped to the text (state_init).
func newMatcher(ts *objects.Thread, p *Pattern, subj *subject, pos, endpos int) matcher {
	n := subj.length()
	pos = min(max(pos, 0), n)
	endpos = min(max(endpos, 0), n)
	c := core{code: p.code, start: pos, end: endpos, pos: pos, endpos: endpos, lastmark: -1, lastindex: -1, ts: ts}
	c.takeScratch(2*p.groups + 2)
	if subj.runes != nil {
		return &sreState[rune]{core: c, text: subj.runes}
	}
	return &sreState[byte]{core: c, text: subj.bytes}
}
