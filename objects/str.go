package objects

// StrType is the type of Python strs.
var StrType = newType("str", ObjectType)

// Str is a Python str. Its text is held in UTF-8; lone surrogates, which UTF-8 cannot encode,
// are held in the generalised form (WTF-8) so that every Python string is representable.
type Str struct {
	value string
	ext   *Extension
}

// Type returns StrType.
func (s *Str) Type() *Type { return s.ext.classOr(StrType) }

// NewStr returns the str holding s.
func NewStr(s string) *Str { return &Str{value: s} }

// Value returns the string's text.
func (s *Str) Value() string { return s.value }

// EmptyStr is the empty string.
var EmptyStr = NewStr("")

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
