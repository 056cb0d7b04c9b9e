package unicodedata

import (
	"strconv"
	"strings"

	"github.com/taipanpy/taipan/modules/unicodedata/ucd"
	"github.com/taipanpy/taipan/objects"
)

func decimalOf(r rune, v32 bool) objects.Object {
	if d := ucd.Lookup(r, v32).Decimal; d >= 0 {
		return objects.NewInt(int64(d))
	}
	return nil
}

func digitOf(r rune, v32 bool) objects.Object {
	if d := ucd.Lookup(r, v32).Digit; d >= 0 {
		return objects.NewInt(int64(d))
	}
	return nil
}

func numericOf(r rune, v32 bool) objects.Object {
	if v, ok := ucd.Lookup(r, v32).Numeric(); ok {
		return objects.NewFloat(v)
	}
	return nil
}

// decompositionOf spells the decomposition mapping as UnicodeData.txt does: an optional
// <tag>, then the code points in hex.
func decompositionOf(r rune, v32 bool) objects.Object {
	tag, rs := ucd.Decomposition(r, v32)
	var b strings.Builder
	b.WriteString(ucd.DecompTags[tag])
	for _, c := range rs {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		h := strings.ToUpper(strconv.FormatInt(int64(c), 16))
		for i := len(h); i < 4; i++ {
			b.WriteByte('0')
		}
		b.WriteString(h)
	}
	return objects.NewStr(b.String())
}

// name(chr, default=<none>, /)
func name(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	r, def, err := charDefaultArgs("name", args)
	if err != nil {
		return nil, err
	}
	if n, ok := ucd.Name(r, is32(self)); ok {
		return objects.NewStr(n), nil
	}
	if def != nil {
		return def, nil
	}
	return nil, objects.Errorf(objects.ValueErrorType, "no such name")
}

// maxNameLen is the longest name lookup considers, in bytes.
const maxNameLen = 256

// lookup(name, /): the name is a str or a bytes object.
func lookup(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	var text string
	switch a := args[0].(type) {
	case *objects.Str:
		text = a.Value()
		if !a.IsASCII() {
			// Lone surrogates cannot be encoded in UTF-8, which CPython's "s#" requires.
			b, err := a.Encode(ts, "utf-8", "strict")
			if err != nil {
				return nil, err
			}
			text = b.Value()
		}
	case *objects.Bytes:
		text = a.Value()
	default:
		if _, err := objects.BytesLike(a); err == nil {
			return nil, objects.Errorf(objects.TypeErrorType, "lookup() argument must be read-only bytes-like object, not %s", a.Type().Name)
		}
		return nil, objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", a.Type().Name)
	}
	if len(text) > maxNameLen {
		return nil, objects.NewException(objects.KeyErrorType, objects.NewStr("name too long"))
	}
	rs, ok := ucd.LookupName(text, is32(self), true)
	if !ok {
		return nil, objects.NewException(objects.KeyErrorType, objects.NewStr("undefined character name '"+text+"'"))
	}
	return objects.NewStrFromRunes(rs), nil
}

func parseForm(form string) (ucd.Form, error) {
	f, ok := ucd.ParseForm(form)
	if !ok {
		return 0, objects.Errorf(objects.ValueErrorType, "invalid normalization form")
	}
	return f, nil
}

// normalize returns s itself when it is empty or certainly normalized by the quick check,
// as CPython does (which shows when s is of a str subclass), else a new str.
func normalize(form string, s *objects.Str, v32 bool) (objects.Object, error) {
	f, err := parseForm(form)
	if err != nil {
		return nil, err
	}
	if s.Len() == 0 || s.IsASCII() && !v32 {
		return s, nil
	}
	rs := s.Runes()
	if ucd.QuickCheckYes(f, rs, v32) {
		return s, nil
	}
	return objects.NewStrFromRunes(ucd.Normalize(f, rs, v32)), nil
}

func isNormalized(form string, s *objects.Str, v32 bool) (objects.Object, error) {
	f, err := parseForm(form)
	if err != nil {
		return nil, err
	}
	if s.IsASCII() {
		return objects.True, nil
	}
	return objects.NewBool(ucd.IsNormalized(f, s.Runes(), v32)), nil
}
