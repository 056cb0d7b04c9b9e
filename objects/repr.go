package objects

import (
	"github.com/taipanpy/taipan/internal/pyfmt"
	"strings"
)

// Repr returns repr(o).
func Repr(ts *Thread, o Object) (*Str, error) {
	if f := o.Type().Slots.Repr; f != nil {
		if err := ts.EnterRecursive(" while getting the repr of an object"); err != nil {
			return nil, err
		}
		r, err := f(ts, o)
		ts.LeaveRecursive()
		return r, err
	}
	return NewStr("<" + o.Type().Name + " object>"), nil
}

// StrOf returns str(o).
func StrOf(ts *Thread, o Object) (*Str, error) {
	if s, ok := o.(*Str); ok && s.ext == nil {
		return s, nil
	}
	if f := o.Type().Slots.Str; f != nil {
		if err := ts.EnterRecursive(" while getting the str of an object"); err != nil {
			return nil, err
		}
		r, err := f(ts, o)
		ts.LeaveRecursive()
		return r, err
	}
	return Repr(ts, o)
}

// ASCII returns ascii(o): repr(o) with non-ASCII characters escaped.
func ASCII(ts *Thread, o Object) (*Str, error) {
	r, err := Repr(ts, o)
	if err != nil {
		return nil, err
	}
	if r.IsASCII() {
		return r, nil // the repr itself, even of a str subclass, as PyObject_ASCII
	}
	var b strings.Builder
	for _, c := range r.value {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			b.WriteString(`\x` + hex2(uint32(c)))
		case c < 0x10000:
			b.WriteString(`\u` + hex2(uint32(c)>>8) + hex2(uint32(c)&0xff))
		default:
			b.WriteString(`\U` + hex2(uint32(c)>>24) + hex2(uint32(c)>>16&0xff) + hex2(uint32(c)>>8&0xff) + hex2(uint32(c)&0xff))
		}
	}
	return NewStr(b.String()), nil
}

func hex2(v uint32) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[v>>4&0xf], digits[v&0xf]})
}

// joinReprs returns the reprs of items joined with ", ", or the first error.
func joinReprs(ts *Thread, items []Object) (string, error) {
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(ts, it)
		if err != nil {
			return "", err
		}
		b.WriteString(r.value)
	}
	return b.String(), nil
}

func constRepr(s string) func(*Thread, Object) (*Str, error) {
	r := NewStr(s)
	return func(*Thread, Object) (*Str, error) { return r, nil }
}

func init() {
	NoneType.Slots.Repr = constRepr("None")
	BoolType.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		if o.(*Bool).value {
			return NewStr("True"), nil
		}
		return NewStr("False"), nil
	}
	StrType.Slots.Repr = func(ts *Thread, o Object) (*Str, error) { return NewStr(pyfmt.StrRepr(o.(*Str).value)), nil }
}
