package objects

import (
	"math"
	"math/big"
	"strings"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

// printf-style formatting: str % args (CPython's PyUnicode_Format) and, sharing the same
// parser, bytes % args. Numbers are formatted by their own types' Format slots where the
// format-spec mini-language can express the conversion.

// percentArgs walks the arguments of a % format: a tuple's items in turn, or one value.
type percentArgs struct {
	tuple  []Object
	single Object
	// idx is the next tuple item; for a single value, -2 before it is used and -1 after,
	// as CPython counts.
	idx, n int
	dict   Object
}

func newPercentArgs(args Object) *percentArgs {
	p := &percentArgs{}
	if t, ok := args.(*Tuple); ok {
		p.tuple, p.n = t.items, len(t.items)
	} else {
		p.single, p.idx, p.n = args, -2, -1
	}
	_, isStr := args.(*Str)
	_, isTuple := args.(*Tuple)
	if args.Type().Slots.GetItem != nil && !isTuple && !isStr {
		p.dict = args
	}
	return p
}

func (p *percentArgs) next() (Object, error) {
	if p.n < 0 {
		if p.idx == -2 {
			p.idx = -1
			return p.single, nil
		}
	} else if p.idx < p.n {
		p.idx++
		return p.tuple[p.idx-1], nil
	}
	return nil, Errorf(TypeErrorType, "not enough arguments for format string")
}

// percentSpec is one parsed conversion.
type percentSpec struct {
	minus, plus, space, alt, zero bool
	width, prec                   int // -1 when absent
	conv                          byte
}

// percentFormat formats format % args. bytesMode selects bytes' conversions and messages;
// emit turns a converted argument into the text appended.
func percentFormat(ts *Thread, format string, args Object, bytesMode bool) (string, error) {
	pa := newPercentArgs(args)
	var b strings.Builder
	b.Grow(len(format) + 16)
	i := 0
	for i < len(format) {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			b.WriteString(format[i:])
			break
		}
		b.WriteString(format[i : i+j])
		i += j + 1
		if i >= len(format) {
			return "", Errorf(ValueErrorType, "incomplete format")
		}
		if format[i] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		var arg Object
		if format[i] == '(' {
			if pa.dict == nil {
				return "", Errorf(TypeErrorType, "format requires a mapping")
			}
			depth, k := 1, i+1
			for k < len(format) && depth > 0 {
				switch format[k] {
				case '(':
					depth++
				case ')':
					depth--
				}
				k++
			}
			if depth > 0 {
				return "", Errorf(ValueErrorType, "incomplete format key")
			}
			var key Object
			if bytesMode {
				key = NewBytesString(format[i+1 : k-1])
			} else {
				key = NewStr(format[i+1 : k-1])
			}
			v, err := GetItem(ts, pa.dict, key)
			if err != nil {
				return "", err
			}
			arg = v
			pa.n, pa.idx, pa.single = -1, -2, v
			i = k
		}
		sp := percentSpec{width: -1, prec: -1}
	flags:
		for ; i < len(format); i++ {
			switch format[i] {
			case '-':
				sp.minus = true
			case '+':
				sp.plus = true
			case ' ':
				sp.space = true
			case '#':
				sp.alt = true
			case '0':
				sp.zero = true
			default:
				break flags
			}
		}
		num := func() (int, error) {
			if i < len(format) && format[i] == '*' {
				i++
				v, err := pa.next()
				if err != nil {
					return 0, err
				}
				n, ok := asInt(v)
				if !ok {
					return 0, Errorf(TypeErrorType, "* wants int")
				}
				w, small := n.Int64()
				if !small || w > maxStrBytes || w < -maxStrBytes {
					return 0, Errorf(ValueErrorType, "width too big")
				}
				return int(w), nil
			}
			n := -1
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				if n < 0 {
					n = 0
				}
				n = n*10 + int(format[i]-'0')
				if n > maxStrBytes {
					return 0, Errorf(ValueErrorType, "width too big")
				}
				i++
			}
			return n, nil
		}
		var err error
		if sp.width, err = num(); err != nil {
			return "", err
		}
		if sp.width < -1 {
			sp.minus, sp.width = true, -sp.width
		}
		if i < len(format) && format[i] == '.' {
			i++
			if sp.prec, err = num(); err != nil {
				return "", err
			}
			if sp.prec < 0 {
				sp.prec = 0
			}
		}
		for i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return "", Errorf(ValueErrorType, "incomplete format")
		}
		r, w := decodeStrRune(format[i:])
		if bytesMode {
			r, w = rune(format[i]), 1
		}
		convAt := i
		at := func() int { // the conversion's index, counted only for an error
			if bytesMode {
				return convAt
			}
			return NewStr(format[:convAt]).Len()
		}
		sp.conv = format[i]
		i += w
		if arg == nil {
			if arg, err = pa.next(); err != nil {
				return "", err
			}
		} else {
			pa.idx = -1
		}
		text, err := percentConvert(ts, &sp, r, arg, bytesMode, at)
		if err != nil {
			return "", err
		}
		b.WriteString(text)
	}
	if pa.idx < pa.n && pa.dict == nil {
		if bytesMode {
			return "", Errorf(TypeErrorType, "not all arguments converted during bytes formatting")
		}
		return "", Errorf(TypeErrorType, "not all arguments converted during string formatting")
	}
	return b.String(), nil
}

// percentConvert applies one conversion to arg.
func percentConvert(ts *Thread, sp *percentSpec, r rune, arg Object, bytesMode bool, at func() int) (string, error) {
	var text string
	numeric := false
	switch r {
	case 's', 'r', 'a':
		var s *Str
		var err error
		switch {
		case bytesMode && (r == 's' || r == 'b'):
			return percentBytesArg(ts, sp, arg)
		case r == 's':
			s, err = StrOf(ts, arg)
		case r == 'r' && !bytesMode:
			s, err = Repr(ts, arg)
		default:
			s, err = ASCII(ts, arg)
		}
		if err != nil {
			return "", err
		}
		text = s.value
		if sp.prec >= 0 && sp.prec < s.Len() {
			text = s.substr(0, sp.prec).value
		}
	case 'b':
		if !bytesMode {
			return "", unsupportedPercent(r, at())
		}
		return percentBytesArg(ts, sp, arg)
	case 'c':
		t, err := percentChar(arg, bytesMode)
		if err != nil {
			return "", err
		}
		text = t
	case 'd', 'i', 'u', 'x', 'X', 'o':
		numeric = true
		t, err := percentInt(ts, sp, r, arg)
		if err != nil {
			return "", err
		}
		text = t
	case 'e', 'E', 'f', 'F', 'g', 'G':
		numeric = true
		t, err := percentFloat(ts, sp, r, arg)
		if err != nil {
			return "", err
		}
		text = t
	default:
		return "", unsupportedPercent(r, at())
	}
	n := NewStr(text).Len()
	if bytesMode {
		n = len(text)
	}
	if sp.width <= n {
		return text, nil
	}
	pad := sp.width - n
	switch {
	case sp.minus:
		return text + strings.Repeat(" ", pad), nil
	case sp.zero && numeric:
		// Zeros go after the sign and any 0x/0o prefix.
		k := 0
		if k < len(text) && (text[k] == '-' || text[k] == '+' || text[k] == ' ') {
			k++
		}
		if sp.alt && k+1 < len(text) && text[k] == '0' && strings.ContainsRune("xXo", rune(text[k+1])) {
			k += 2
		}
		if strings.ContainsAny(text, "ni") && !strings.ContainsAny(text[k:], "0123456789") {
			return strings.Repeat(" ", pad) + text, nil // inf and nan are not zero-padded
		}
		return text[:k] + strings.Repeat("0", pad) + text[k:], nil
	}
	return strings.Repeat(" ", pad) + text, nil
}

// unsupportedPercent reports an unknown conversion character at index at (in code points
// for a str format, bytes for a bytes format).
func unsupportedPercent(r rune, at int) error {
	c := byte('?')
	if r >= 31 && r <= 126 {
		c = byte(r)
	}
	return Errorf(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", c, r, at)
}

// percentChar is %c.
func percentChar(arg Object, bytesMode bool) (string, error) {
	if bytesMode {
		switch v := arg.(type) {
		case *Bytes:
			if len(v.value) == 1 {
				return v.value, nil
			}
		case *ByteArray:
			if len(v.value) == 1 {
				return string(v.value), nil
			}
		}
		if n, ok := asInt(arg); ok {
			c, small := n.Int64()
			if !small || c < 0 || c > 255 {
				return "", Errorf(OverflowErrorType, "%%c arg not in range(256)")
			}
			return string([]byte{byte(c)}), nil
		}
		return "", Errorf(TypeErrorType, "%%c requires an integer in range(256) or a single byte")
	}
	if s, ok := arg.(*Str); ok && s.Len() == 1 {
		return s.value, nil
	}
	n, ok := asInt(arg)
	if !ok {
		return "", Errorf(TypeErrorType, "%%c requires int or char")
	}
	c, small := n.Int64()
	if !small || c < 0 || c > 0x10FFFF {
		return "", Errorf(OverflowErrorType, "%%c arg not in range(0x110000)")
	}
	return string(pyfmt.AppendRune(nil, rune(c))), nil
}

// percentInt is %d, %i, %u, %x, %X and %o: the digits, at least prec of them, after the sign
// and, with #, the base prefix.
func percentInt(ts *Thread, sp *percentSpec, r rune, arg Object) (string, error) {
	var n *Int
	if v, ok := asInt(arg); ok {
		n = v
	} else if r == 'd' || r == 'i' || r == 'u' {
		switch {
		case arg.Type().Slots.Index != nil:
			v, err := Index(ts, arg)
			if err != nil {
				return "", err
			}
			n = v
		case arg.Type().Slots.Int != nil:
			v, err := arg.Type().Slots.Int(ts, arg)
			if err != nil {
				return "", err
			}
			iv, ok := asInt(v)
			if !ok {
				return "", Errorf(TypeErrorType, "__int__ returned non-int (type %s)", v.Type().Name)
			}
			n = iv
		case isFloatObject(arg):
			v, err := floatObjectToInt(arg.(*Float).value)
			if err != nil {
				return "", err
			}
			n = v
		default:
			return "", Errorf(TypeErrorType, "%%%c format: a real number is required, not %s", r, arg.Type().Name)
		}
	} else {
		if arg.Type().Slots.Index == nil {
			return "", Errorf(TypeErrorType, "%%%c format: an integer is required, not %s", r, arg.Type().Name)
		}
		v, err := Index(ts, arg)
		if err != nil {
			return "", err
		}
		n = v
	}
	bi := n.Big()
	neg := bi.Sign() < 0
	bi.Abs(bi)
	base, prefix := 10, ""
	switch r {
	case 'x', 'X':
		base, prefix = 16, "0x"
	case 'o':
		base, prefix = 8, "0o"
	}
	digits := bi.Text(base)
	if r == 'X' {
		digits = strings.ToUpper(digits)
		prefix = "0X"
	}
	if sp.prec > len(digits) {
		digits = strings.Repeat("0", sp.prec-len(digits)) + digits
	}
	if !sp.alt {
		prefix = ""
	}
	sign := ""
	switch {
	case neg:
		sign = "-"
	case sp.plus:
		sign = "+"
	case sp.space:
		sign = " "
	}
	return sign + prefix + digits, nil
}

func isFloatObject(o Object) bool { _, ok := o.(*Float); return ok }

// floatObjectToInt truncates a float toward zero, as int(f) does.
func floatObjectToInt(f float64) (*Int, error) {
	if f != f {
		return nil, Errorf(ValueErrorType, "cannot convert float NaN to integer")
	}
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
	}
	bf := new(big.Float).SetFloat64(f)
	bi, _ := bf.Int(nil)
	return NewBigInt(bi), nil
}

// percentFloat is %e, %f, %g and their capitals, through float's Format slot.
func percentFloat(ts *Thread, sp *percentSpec, r rune, arg Object) (string, error) {
	var f Object
	if v, ok := arg.(*Float); ok {
		f = v
	} else if n, ok := asInt(arg); ok {
		v, fits := n.Float()
		if !fits {
			return "", Errorf(OverflowErrorType, "int too large to convert to float")
		}
		f = NewFloat(v)
	} else if fl := arg.Type().Slots.Float; fl != nil {
		v, err := fl(ts, arg)
		if err != nil {
			return "", err
		}
		f = v
	} else {
		return "", Errorf(TypeErrorType, "must be real number, not %s", arg.Type().Name)
	}
	var spec strings.Builder
	switch {
	case sp.plus:
		spec.WriteByte('+')
	case sp.space:
		spec.WriteByte(' ')
	}
	if sp.alt {
		spec.WriteByte('#')
	}
	prec := sp.prec
	if prec < 0 {
		prec = 6
	}
	spec.WriteByte('.')
	spec.WriteString(itoa(prec))
	spec.WriteRune(r)
	out, err := Format(ts, f, NewStr(spec.String()))
	if err != nil {
		return "", err
	}
	s, ok := out.(*Str)
	if !ok {
		return "", Errorf(TypeErrorType, "__format__ must return a str, not %s", out.Type().Name)
	}
	return s.value, nil
}

// percentBytesArg is bytes' %s and %b: a bytes-like argument or one with __bytes__.
func percentBytesArg(ts *Thread, sp *percentSpec, arg Object) (string, error) {
	var text string
	switch v := arg.(type) {
	case *Bytes:
		text = v.value
	case *ByteArray:
		text = string(v.value)
	default:
		return "", Errorf(TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", arg.Type().Name)
	}
	if sp.prec >= 0 && sp.prec < len(text) {
		text = text[:sp.prec]
	}
	if sp.width > len(text) {
		if sp.minus {
			return text + strings.Repeat(" ", sp.width-len(text)), nil
		}
		return strings.Repeat(" ", sp.width-len(text)) + text, nil
	}
	return text, nil
}

// StrPercent returns format % args for a str format.
func StrPercent(ts *Thread, format *Str, args Object) (*Str, error) {
	s, err := percentFormat(ts, format.value, args, false)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

func init() {
	StrType.Slots.NumBinary[OpRemainder] = func(ts *Thread, a, b Object) (Object, error) {
		f, ok := a.(*Str)
		if !ok {
			return NotImplemented, nil
		}
		return StrPercent(ts, f, b)
	}
}
