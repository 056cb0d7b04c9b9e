package stringmod

import (
	"strings"

	"github.com/taipanpy/taipan/objects"
)

// The iterator types formatter_parser and formatter_field_name_split return.
var (
	FormatterIterType = &objects.Type{Name: "formatteriterator"}
	FieldNameIterType = &objects.Type{Name: "fieldnameiterator"}
)

// formatterIter walks a format string; s is what is left of it.
type formatterIter struct{ s string }

// Type returns FormatterIterType.
func (*formatterIter) Type() *objects.Type { return FormatterIterType }

// fieldNameIter walks the .attribute and [key] parts of a field name; rest is what is left.
type fieldNameIter struct{ rest string }

// Type returns FieldNameIterType.
func (*fieldNameIter) Type() *objects.Type { return FieldNameIterType }

func valueError(msg string) error { return objects.Errorf(objects.ValueErrorType, "%s", msg) }

// next returns the next (literal, field_name, format_spec, conversion) tuple, or nil at the
// end, as CPython's MarkupIterator does.
func (it *formatterIter) next() (objects.Object, error) {
	s := it.s
	if s == "" {
		return nil, nil
	}
	i := strings.IndexAny(s, "{}")
	if i < 0 {
		it.s = ""
		return literalOnly(s), nil
	}
	c := s[i]
	atEnd := i+1 == len(s)
	if c == '}' && (atEnd || s[i+1] != '}') {
		it.s = ""
		return nil, valueError("Single '}' encountered in format string")
	}
	if atEnd {
		it.s = ""
		return nil, valueError("Single '{' encountered in format string")
	}
	if s[i+1] == c {
		// A doubled brace is literal text: this item ends after one of them.
		it.s = s[i+2:]
		return literalOnly(s[:i+1]), nil
	}
	literal := s[:i]
	name, spec, conv, rest, err := parseField(s[i+1:])
	it.s = rest
	if err != nil {
		it.s = ""
		return nil, err
	}
	var convObj objects.Object = objects.None
	if conv != "" {
		convObj = objects.NewStr(conv)
	}
	return objects.NewTuple([]objects.Object{objects.NewStr(literal), objects.NewStr(name), objects.NewStr(spec), convObj}), nil
}

func literalOnly(s string) objects.Object {
	return objects.NewTuple([]objects.Object{objects.NewStr(s), objects.None, objects.None, objects.None})
}

// parseField parses name[!conv][:spec]} at the start of s, returning what follows it.
func parseField(s string) (name, spec, conv, rest string, err error) {
	i := 0
	var c byte
scan:
	for i < len(s) {
		c = s[i]
		i++
		switch c {
		case '{':
			return "", "", "", "", valueError("unexpected '{' in field name")
		case '[':
			for i < len(s) && s[i] != ']' {
				i++
			}
		case '}', ':', '!':
			break scan
		}
	}
	name = s[:i-1]
	if c == '}' {
		return name, "", "", s[i:], nil
	}
	if c != '!' && c != ':' {
		return "", "", "", "", valueError("expected '}' before end of string")
	}
	if c == '!' {
		if i >= len(s) {
			return "", "", "", "", valueError("end of string while looking for conversion specifier")
		}
		var size int
		conv, size = decodeRune(s[i:])
		i += size
		if i < len(s) {
			c = s[i]
			i++
			if c == '}' {
				return name, "", conv, s[i:], nil
			}
			if c != ':' {
				return "", "", "", "", valueError("expected ':' after conversion specifier")
			}
		}
	}
	start, count := i, 1
	for ; i < len(s); i++ {
		switch s[i] {
		case '{':
			count++
		case '}':
			if count--; count == 0 {
				return name, s[start:i], conv, s[i+1:], nil
			}
		}
	}
	return "", "", "", "", valueError("unmatched '{' in format spec")
}

// decodeRune returns the first character of s as a string, and its length in bytes.
func decodeRune(s string) (string, int) {
	for i := range s {
		if i > 0 {
			return s[:i], i
		}
	}
	return s, len(s)
}

// next returns the next (is_attribute, key) pair, or nil at the end, as CPython's
// FieldNameIterator does.
func (it *fieldNameIter) next() (objects.Object, error) {
	s := it.rest
	if s == "" {
		return nil, nil
	}
	var isAttr bool
	var key string
	switch s[0] {
	case '.':
		isAttr = true
		j := 1
		for j < len(s) && s[j] != '.' && s[j] != '[' {
			j++
		}
		key, it.rest = s[1:j], s[j:]
	case '[':
		j := strings.IndexByte(s, ']')
		if j < 0 {
			it.rest = ""
			return nil, valueError("Missing ']' in format string")
		}
		key, it.rest = s[1:j], s[j+1:]
	default:
		it.rest = ""
		return nil, valueError("Only '.' or '[' may follow ']' in format field specifier")
	}
	if key == "" {
		it.rest = ""
		return nil, valueError("Empty attribute in format string")
	}
	var k objects.Object = objects.NewStr(key)
	if !isAttr {
		var err error
		if k, err = nameObject(key); err != nil {
			return nil, err
		}
	}
	return objects.NewTuple([]objects.Object{objects.NewBool(isAttr), k}), nil
}

func init() {
	for _, t := range []*objects.Type{FormatterIterType, FieldNameIterType} {
		t.Flags |= objects.TypeFinal
		t.Slots.Iter = func(_ *objects.Thread, o objects.Object) (objects.Object, error) { return o, nil }
	}
	FormatterIterType.Slots.IterNext = func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
		return o.(*formatterIter).next()
	}
	FieldNameIterType.Slots.IterNext = func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
		return o.(*fieldNameIter).next()
	}
	objects.ReadyType(FormatterIterType)
	objects.ReadyType(FieldNameIterType)
}
