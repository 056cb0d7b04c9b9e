package objects

import (
	"math"
	"strings"
)

// str.format, str.format_map and str.__format__ (the str part of the format-spec
// mini-language), as CPython's Objects/stringlib/unicode_format.h and
// Python/formatter_unicode.c define them.

// strFormatter holds the state of one str.format call.
type strFormatter struct {
	args   []Object
	kwargs Object // a mapping, or nil
	// mapOnly is format_map's mode, where positional fields are an error.
	mapOnly bool
	// auto is the next automatic field number; mode is 0 before any field, 1 for automatic
	// numbering, 2 for manual.
	auto, mode int
}

// format expands the replacement fields of s; depth bounds nested specs.
func (f *strFormatter) format(ts *Thread, s string, depth int) (string, error) {
	if depth <= 0 {
		return "", Errorf(ValueErrorType, "Max string recursion exceeded")
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c == '}' {
			if i+1 < len(s) && s[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			return "", Errorf(ValueErrorType, "Single '}' encountered in format string")
		}
		if c != '{' {
			j := strings.IndexAny(s[i:], "{}")
			if j < 0 {
				j = len(s) - i
			}
			b.WriteString(s[i : i+j])
			i += j
			continue
		}
		if i+1 < len(s) && s[i+1] == '{' {
			b.WriteByte('{')
			i += 2
			continue
		}
		// Find the field's end, counting nested braces in the spec; in the field name, a
		// bracketed key may hold braces.
		level, j, inName, inKey := 1, i+1, true, false
		for j < len(s) && level > 0 {
			switch c := s[j]; {
			case inKey:
				inKey = c != ']'
			case inName && c == '[':
				inKey = true
			case c == '!' || c == ':':
				inName = false
			case c == '{':
				level++
			case c == '}':
				level--
			}
			j++
		}
		if level > 0 {
			if i+1 == len(s) {
				return "", Errorf(ValueErrorType, "Single '{' encountered in format string")
			}
			return "", Errorf(ValueErrorType, "expected '}' before end of string")
		}
		out, err := f.field(ts, s[i+1:j-1], depth)
		if err != nil {
			return "", err
		}
		b.WriteString(out)
		i = j
	}
	return b.String(), nil
}

// field renders one replacement field: name[!conv][:spec].
func (f *strFormatter) field(ts *Thread, field string, depth int) (string, error) {
	// The name ends at the first '!' or ':' outside brackets.
	end := len(field)
	inBracket := false
	for k := 0; k < len(field); k++ {
		switch field[k] {
		case '[':
			inBracket = true
		case ']':
			inBracket = false
		case '!', ':':
			if !inBracket {
				end = k
				k = len(field)
			}
		}
	}
	name, rest := field[:end], field[end:]
	conv := byte(0)
	spec := ""
	if strings.HasPrefix(rest, "!") {
		if len(rest) < 2 {
			return "", Errorf(ValueErrorType, "unmatched '{' in format spec")
		}
		conv = rest[1]
		rest = rest[2:]
		if rest != "" && rest[0] != ':' {
			return "", Errorf(ValueErrorType, "expected ':' after conversion specifier")
		}
	}
	if strings.HasPrefix(rest, ":") {
		spec = rest[1:]
	}
	obj, err := f.lookup(ts, name)
	if err != nil {
		return "", err
	}
	switch conv {
	case 0:
	case 'r', 's', 'a':
		var s *Str
		switch conv {
		case 'r':
			s, err = Repr(ts, obj)
		case 's':
			s, err = StrOf(ts, obj)
		default:
			s, err = ASCII(ts, obj)
		}
		if err != nil {
			return "", err
		}
		obj = s
	default:
		r, _ := decodeStrRune(rest0(field[end+1:]))
		return "", Errorf(ValueErrorType, "Unknown conversion specifier %s", string(appendRuneStr(r)))
	}
	if strings.ContainsRune(spec, '{') {
		if spec, err = f.format(ts, spec, depth-1); err != nil {
			return "", err
		}
	}
	out, err := Format(ts, obj, NewStr(spec))
	if err != nil {
		return "", err
	}
	s, ok := out.(*Str)
	if !ok {
		return "", Errorf(TypeErrorType, "__format__ must return a str, not %s", out.Type().Name)
	}
	return s.value, nil
}

func rest0(s string) string {
	if s == "" {
		return "\x00"
	}
	return s
}

func appendRuneStr(r rune) []byte { return []byte(charStr(r).value) }

// lookup resolves a field name: an argument (by number, by keyword or automatically) then
// any .attribute and [key] parts.
func (f *strFormatter) lookup(ts *Thread, name string) (Object, error) {
	k := strings.IndexAny(name, ".[")
	if k < 0 {
		k = len(name)
	}
	first, rest := name[:k], name[k:]
	var obj Object
	idx, ok, err := parseFieldIndex(first)
	if err != nil {
		return nil, err
	}
	if ok || first == "" {
		if f.mapOnly {
			return nil, Errorf(ValueErrorType, "Format string contains positional fields")
		}
		if first == "" {
			if f.mode == 2 {
				return nil, Errorf(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
			}
			f.mode, idx = 1, f.auto
			f.auto++
		} else {
			if f.mode == 1 {
				return nil, Errorf(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
			}
			f.mode = 2
		}
		if idx >= len(f.args) {
			return nil, Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", idx)
		}
		obj = f.args[idx]
	} else {
		if f.kwargs == nil {
			return nil, NewException(KeyErrorType, NewStr(first))
		}
		v, err := GetItem(ts, f.kwargs, NewStr(first))
		if err != nil {
			return nil, err
		}
		obj = v
	}
	for rest != "" {
		switch rest[0] {
		case '.':
			k := strings.IndexAny(rest[1:], ".[")
			if k < 0 {
				k = len(rest) - 1
			}
			attr := rest[1 : 1+k]
			if attr == "" {
				return nil, Errorf(ValueErrorType, "Empty attribute in format string")
			}
			v, err := GetAttr(ts, obj, NewStr(attr))
			if err != nil {
				return nil, err
			}
			obj, rest = v, rest[1+k:]
		case '[':
			k := strings.IndexByte(rest, ']')
			if k < 0 {
				return nil, Errorf(ValueErrorType, "Missing ']' in format string")
			}
			key := rest[1:k]
			if key == "" {
				return nil, Errorf(ValueErrorType, "Empty attribute in format string")
			}
			var kobj Object = NewStr(key)
			n, ok, err := parseFieldIndex(key)
			if err != nil {
				return nil, err
			}
			if ok {
				kobj = NewInt(int64(n))
			}
			v, err := GetItem(ts, obj, kobj)
			if err != nil {
				return nil, err
			}
			obj, rest = v, rest[k+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				return nil, Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
			}
		default:
			return nil, Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return obj, nil
}

// parseFieldIndex parses a field name made of decimal digits; a number beyond the range of
// a C ssize_t is an error, as in CPython's get_integer.
func parseFieldIndex(s string) (int, bool, error) {
	if s == "" {
		return 0, false, nil
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false, nil
		}
	}
	n := 0
	for i := 0; i < len(s); i++ {
		d := int(s[i] - '0')
		if n > (math.MaxInt64-d)/10 {
			return 0, false, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
		n = n*10 + d
	}
	return n, true, nil
}

// StrFormat returns format.format(*args, **kwargs); kwargs may be nil.
func StrFormat(ts *Thread, format *Str, args []Object, kwargs Object) (*Str, error) {
	f := &strFormatter{args: args, kwargs: kwargs}
	s, err := f.format(ts, format.value, 2)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

func strFormatMethod(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	nk := nKw(kwnames)
	var kw Object
	if nk > 0 {
		d := NewDict()
		for i, k := range kwnames.items {
			d.SetItem(ts, k, args[len(args)-nk+i])
		}
		kw = d
	}
	return StrFormat(ts, self.(*Str), args[:len(args)-nk], kw)
}

func strFormatMap(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkOneArg("str.format_map", args, kwnames); err != nil {
		return nil, err
	}
	f := &strFormatter{kwargs: args[0], mapOnly: true}
	s, err := f.format(ts, self.(*Str).value, 2)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

// FormatStr is str.__format__: the spec's fill, alignment, width and precision applied to s.
func FormatStr(s *Str, spec string) (*Str, error) {
	if spec == "" {
		return s.exact(), nil
	}
	rs := []rune(NewStr(spec).Runes())
	i := 0
	fill, align := ' ', rune(0)
	if len(rs) >= 2 && strings.ContainsRune("<>=^", rs[1]) {
		fill, align, i = rs[0], rs[1], 2
	} else if len(rs) >= 1 && strings.ContainsRune("<>=^", rs[0]) {
		align, i = rs[0], 1
	}
	alt, zero, noNegZero := false, false, false
	var sign rune
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		sign = rs[i]
		i++
	}
	if i < len(rs) && rs[i] == 'z' {
		noNegZero = true
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		alt = true
		i++
	}
	if i < len(rs) && rs[i] == '0' {
		// Zero padding of a str fills with zeros, keeping the default left alignment.
		zero = true
		if i < 2 || align == 0 {
			fill = '0'
		}
		i++
	}
	width, i, err := specNumber(rs, i)
	if err != nil {
		return nil, err
	}
	var grouping rune
	if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
		grouping = rs[i]
		i++
	}
	prec := -1
	if i < len(rs) && rs[i] == '.' {
		i++
		if i >= len(rs) || rs[i] < '0' || rs[i] > '9' {
			return nil, Errorf(ValueErrorType, "Format specifier missing precision")
		}
		prec, i, err = specNumber(rs, i)
		if err != nil {
			return nil, err
		}
	}
	typ := rune('s')
	if len(rs)-i > 1 {
		return nil, Errorf(ValueErrorType, "Invalid format specifier '%s' for object of type 'str'", spec)
	}
	if i < len(rs) {
		typ = rs[i]
	}
	if typ != 's' {
		return nil, Errorf(ValueErrorType, "Unknown format code '%s' for object of type 'str'", string(appendRuneStr(typ)))
	}
	_ = zero
	switch {
	case grouping != 0:
		return nil, Errorf(ValueErrorType, "Cannot specify '%c' with 's'.", grouping)
	case sign == ' ':
		return nil, Errorf(ValueErrorType, "Space not allowed in string format specifier")
	case sign != 0:
		return nil, Errorf(ValueErrorType, "Sign not allowed in string format specifier")
	case noNegZero:
		return nil, Errorf(ValueErrorType, "Negative zero coercion (z) not allowed in string format specifier")
	case alt:
		return nil, Errorf(ValueErrorType, "Alternate form (#) not allowed in string format specifier")
	case align == '=':
		return nil, Errorf(ValueErrorType, "'=' alignment not allowed in string format specifier")
	}
	v := s.exact()
	if prec >= 0 && prec < v.Len() {
		v = v.substr(0, prec)
	}
	n := v.Len()
	if width <= n {
		return v, nil
	}
	pad := width - n
	left := 0
	switch align {
	case '>':
		left = pad
	case '^':
		left = pad / 2
	}
	return v.pad(left, pad-left, fill), nil
}

// specNumber reads a decimal number of a format spec, -1 when there is none.
func specNumber(rs []rune, i int) (int, int, error) {
	n := -1
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		if n < 0 {
			n = 0
		}
		n = n*10 + int(rs[i]-'0')
		if n > maxStrBytes {
			return 0, i, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
		i++
	}
	return n, i, nil
}

func strDunderFormat(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkPositional("str.__format__", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	spec, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "__format__() argument must be str, not %s", args[0].Type().Name)
	}
	return FormatStr(self.(*Str), spec.value)
}

func init() {
	StrType.Slots.Format = func(ts *Thread, o Object, spec *Str) (Object, error) {
		if spec.value == "" {
			return StrOf(ts, o) // a subclass's __str__ decides, as in unicode___format__
		}
		return FormatStr(o.(*Str), spec.value)
	}
}
