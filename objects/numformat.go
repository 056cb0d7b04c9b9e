package objects

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

// The format-spec mini-language of int, float and complex (__format__), as CPython's
// Python/formatter_unicode.c defines it:
//
//	[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]

// formatSpec is a parsed format spec.
type formatSpec struct {
	fill      rune
	fillSet   bool
	align     byte // '<', '>', '=', '^'
	alignSet  bool
	sign      byte // 0, '+', '-', ' '
	noNegZero bool // 'z'
	alt       bool // '#'
	width     int  // -1 when absent
	grouping  byte // 0, ',', '_'
	precision int  // -1 when absent
	typ       rune // 0 when absent
}

// maxFormatWidth bounds widths and precisions. CPython accepts any that fits a C int and
// fails on allocation beyond memory; Taipan refuses absurd sizes before allocating.
const maxFormatWidth = math.MaxInt32

// parseFormatSpec parses spec for a value of the named type; numbers align right by default.
func parseFormatSpec(spec, typeName string) (*formatSpec, error) {
	f := &formatSpec{fill: ' ', align: '>', width: -1, precision: -1}
	r := []rune(spec)
	pos := 0
	isAlign := func(c rune) bool { return c == '<' || c == '>' || c == '=' || c == '^' }
	if len(r) >= 2 && isAlign(r[1]) {
		f.fill, f.fillSet, f.align, f.alignSet = r[0], true, byte(r[1]), true
		pos = 2
	} else if len(r) >= 1 && isAlign(r[0]) {
		f.align, f.alignSet = byte(r[0]), true
		pos = 1
	}
	if pos < len(r) && (r[pos] == '+' || r[pos] == '-' || r[pos] == ' ') {
		f.sign = byte(r[pos])
		pos++
	}
	if pos < len(r) && r[pos] == 'z' {
		f.noNegZero = true
		pos++
	}
	if pos < len(r) && r[pos] == '#' {
		f.alt = true
		pos++
	}
	if !f.fillSet && pos < len(r) && r[pos] == '0' {
		f.fill, f.fillSet = '0', true
		if !f.alignSet {
			f.align = '='
		}
		pos++
	}
	var err error
	var n int
	if n, pos, err = specInteger(r, pos); err != nil {
		return nil, err
	}
	f.width = n
	if pos < len(r) && r[pos] == ',' {
		f.grouping = ','
		pos++
	}
	if pos < len(r) && r[pos] == '_' {
		if f.grouping != 0 {
			return nil, Errorf(ValueErrorType, "Cannot specify both ',' and '_'.")
		}
		f.grouping = '_'
		pos++
	}
	if pos < len(r) && r[pos] == ',' {
		return nil, Errorf(ValueErrorType, "Cannot specify both ',' and '_'.")
	}
	if pos < len(r) && r[pos] == '.' {
		pos++
		if n, pos, err = specInteger(r, pos); err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ValueErrorType, "Format specifier missing precision")
		}
		f.precision = n
	}
	if len(r)-pos > 1 {
		return nil, Errorf(ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if pos < len(r) {
		f.typ = r[pos]
	}
	if f.grouping != 0 {
		switch f.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if f.grouping != '_' {
				return nil, Errorf(ValueErrorType, "Cannot specify ',' with '%s'.", codeName(f.typ))
			}
		default:
			return nil, Errorf(ValueErrorType, "Cannot specify '%c' with '%s'.", f.grouping, codeName(f.typ))
		}
	}
	return f, nil
}

// specInteger reads decimal digits at pos; it returns -1 when there are none.
func specInteger(r []rune, pos int) (int, int, error) {
	n, start := 0, pos
	for ; pos < len(r); pos++ {
		d := decimalValue(r[pos])
		if d < 0 {
			break
		}
		if n > (maxFormatWidth-d)/10 {
			return 0, pos, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
		n = n*10 + d
	}
	if pos == start {
		return -1, pos, nil
	}
	return n, pos, nil
}

// codeName shows a presentation type in an error message as CPython does: printable ASCII as
// itself, anything else as \x and its hex code.
func codeName(c rune) string {
	if c > 32 && c < 128 {
		return string(c)
	}
	return "\\x" + strings.TrimLeft(strings.ToLower(hexString(uint64(c))), "0")
}

func hexString(v uint64) string {
	const digits = "0123456789abcdef"
	var b [16]byte
	for i := 15; i >= 0; i-- {
		b[i] = digits[v&15]
		v >>= 4
	}
	return string(b[:])
}

func errUnknownCode(c rune, typeName string) error {
	return Errorf(ValueErrorType, "Unknown format code '%s' for object of type '%s'", codeName(c), typeName)
}

// groupDigits inserts sep every size digits from the right, and pads with zeros (grouped
// too) to at least minWidth characters, as CPython's InsertThousandsGrouping does.
func groupDigits(digits string, size int, sep string, minWidth int) string {
	if sep == "" {
		if len(digits) < minWidth {
			return strings.Repeat("0", minWidth-len(digits)) + digits
		}
		return digits
	}
	var groups []string
	remaining := len(digits)
	for {
		l := min(max(remaining, minWidth, 1), size)
		chars := min(remaining, l)
		g := strings.Repeat("0", l-chars) + digits[remaining-chars:remaining]
		groups = append(groups, g)
		remaining -= chars
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth -= len(sep)
	}
	var b strings.Builder
	for i := len(groups) - 1; i >= 0; i-- {
		b.WriteString(groups[i])
		if i > 0 {
			b.WriteString(sep)
		}
	}
	return b.String()
}

// renderNumber lays out a formatted number:
//
//	<lpadding><sign><prefix><spadding><grouped digits><remainder><rpadding>
//
// digits are the integer digits (grouped by groupSize when the spec asks for grouping) and
// remainder the rest (decimal part, exponent, '%', or the whole of "inf" and "nan").
func (f *formatSpec) renderNumber(neg bool, prefix, digits, remainder string, groupSize int) string {
	var sign string
	switch {
	case neg:
		sign = "-"
	case f.sign == '+':
		sign = "+"
	case f.sign == ' ':
		sign = " "
	}
	sep := ""
	if f.grouping != 0 {
		sep = string(f.grouping)
	}
	minWidth := 0
	if f.fill == '0' && f.align == '=' {
		minWidth = f.width - len(sign) - len(prefix) - len(remainder)
	}
	if digits != "" {
		digits = groupDigits(digits, groupSize, sep, minWidth)
	}
	body := prefix + digits + remainder
	n := len(sign) + len(body)
	pad := max(f.width-n, 0)
	fill := strings.Repeat(string(f.fill), pad)
	switch f.align {
	case '<':
		return sign + body + fill
	case '^':
		left := strings.Repeat(string(f.fill), pad/2)
		right := strings.Repeat(string(f.fill), pad-pad/2)
		return left + sign + body + right
	case '=':
		return sign + prefix + fill + digits + remainder
	}
	return fill + sign + body
}

// pad aligns a text of n code points in the spec's width (for 'c' and complex numbers).
func (f *formatSpec) pad(s string) string {
	n := utf8.RuneCountInString(s)
	pad := max(f.width-n, 0)
	if pad == 0 {
		return s
	}
	fill := string(f.fill)
	switch f.align {
	case '<':
		return s + strings.Repeat(fill, pad)
	case '^':
		return strings.Repeat(fill, pad/2) + s + strings.Repeat(fill, pad-pad/2)
	}
	return strings.Repeat(fill, pad) + s
}

// FormatInt is int.__format__: format(i, spec).
func FormatInt(i *Int, spec string) (string, error) { return formatInt(i, spec, "int") }

// formatInt formats an int or an instance of a subclass named typeName, for messages.
func formatInt(i *Int, spec, typeName string) (string, error) {
	if spec == "" {
		return i.Decimal()
	}
	f, err := parseFormatSpec(spec, typeName)
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		v, ok := i.Float()
		if !ok {
			return "", errIntTooLargeForFloat()
		}
		return formatFloatSpec(v, f)
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n', 0:
	default:
		return "", errUnknownCode(f.typ, typeName)
	}
	if f.precision >= 0 {
		return "", Errorf(ValueErrorType, "Precision not allowed in integer format specifier")
	}
	if f.noNegZero {
		return "", Errorf(ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	if f.typ == 'c' {
		if f.sign != 0 {
			return "", Errorf(ValueErrorType, "Sign not allowed with integer format specifier 'c'")
		}
		if f.alt {
			return "", Errorf(ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		v, ok := i.Int64()
		if !ok {
			return "", Errorf(OverflowErrorType, "Python int too large to convert to C long")
		}
		if v < 0 || v > 0x10ffff {
			return "", Errorf(OverflowErrorType, "%%c arg not in range(0x110000)")
		}
		s := string(pyfmt.AppendRune(nil, rune(v)))
		return f.renderText(s), nil
	}
	base, prefix := 10, ""
	switch f.typ {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !f.alt {
		prefix = ""
	}
	var digits string
	abs := i.Abs()
	if base == 10 {
		digits, err = abs.Decimal()
		if err != nil {
			return "", err
		}
	} else {
		digits = abs.FormatBase(base)[2:]
		if f.typ == 'X' {
			digits = strings.ToUpper(digits)
		}
	}
	groupSize := 3
	if base != 10 {
		groupSize = 4
	}
	return f.renderNumber(i.Sign() < 0, prefix, digits, "", groupSize), nil
}

// renderText pads a character formatted with 'c': the '=' alignment has no sign to pad
// after, so it pads on the left.
func (f *formatSpec) renderText(s string) string {
	if f.align == '=' {
		g := *f
		g.align = '>'
		return g.pad(s)
	}
	return f.pad(s)
}

// FormatFloat is float.__format__: format(v, spec).
func FormatFloat(v float64, spec string) (string, error) { return formatFloat(v, spec, "float") }

func formatFloat(v float64, spec, typeName string) (string, error) {
	if spec == "" {
		return pyfmt.FloatRepr(v), nil
	}
	f, err := parseFormatSpec(spec, typeName)
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', 0:
	default:
		return "", errUnknownCode(f.typ, typeName)
	}
	return formatFloatSpec(v, f)
}

// floatLayout returns the parts of v formatted by the spec's presentation type, before
// padding: the sign, the digits before the point or exponent, and the rest.
func floatLayout(v float64, f *formatSpec, typ rune, defaultPrec int, addDotZero bool) (neg bool, digits, remainder string) {
	prec := f.precision
	code := byte(typ)
	switch typ {
	case 0:
		code = 'r'
		if prec >= 0 {
			code = 'g'
		}
	case 'n':
		code = 'g'
	case '%':
		code = 'f'
		v *= 100
	}
	if prec < 0 {
		prec = defaultPrec
	}
	neg, body := pyfmt.FormatFloatParts(v, code, prec, pyfmt.FloatOptions{Alt: f.alt, AddDotZero: addDotZero})
	if neg && f.noNegZero && isZeroText(body) {
		neg = false
	}
	if typ == '%' {
		body += "%"
	}
	k := 0
	for k < len(body) && body[k] >= '0' && body[k] <= '9' {
		k++
	}
	return neg, body[:k], body[k:]
}

// isZeroText reports whether a formatted magnitude reads as zero (for the 'z' option, which
// drops the sign of a result that rounds to zero).
func isZeroText(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == 'e' || c == 'E':
			return true
		case c >= '1' && c <= '9':
			return false
		case c == '0' || c == '.':
		default:
			return false // inf, nan
		}
	}
	return true
}

// formatFloatSpec formats v (a float, or an int converted for a float presentation type).
func formatFloatSpec(v float64, f *formatSpec) (string, error) {
	addDotZero := f.typ == 0
	neg, digits, remainder := floatLayout(v, f, f.typ, 6, addDotZero)
	return f.renderNumber(neg, "", digits, remainder, 3), nil
}

// FormatComplex is complex.__format__: format(c, spec).
func FormatComplex(c complex128, spec string) (string, error) {
	return formatComplex(c, spec, "complex")
}

func formatComplex(c complex128, spec, typeName string) (string, error) {
	if spec == "" {
		return pyfmt.ComplexRepr(c), nil
	}
	f, err := parseFormatSpec(spec, typeName)
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', 'n', 0:
	default:
		return "", errUnknownCode(f.typ, typeName)
	}
	if f.fill == '0' && f.fillSet && !f.alignSet {
		return "", Errorf(ValueErrorType, "Zero padding is not allowed in complex format specifier")
	}
	if f.align == '=' {
		return "", Errorf(ValueErrorType, "'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	skipRe, parens := false, false
	defaultPrec := 6
	if f.typ == 0 {
		skipRe = re == 0 && !math.Signbit(re)
		parens = !skipRe
		defaultPrec = 0
	}
	// The parts are formatted without padding, then the whole is aligned.
	part := *f
	part.width, part.fill, part.align = -1, ' ', '>'
	var b strings.Builder
	if parens {
		b.WriteByte('(')
	}
	if !skipRe {
		neg, digits, rem := floatLayout(re, &part, f.typ, defaultPrec, false)
		b.WriteString(part.renderNumber(neg, "", digits, rem, 3))
	}
	neg, digits, rem := floatLayout(im, &part, f.typ, defaultPrec, false)
	imPart := part
	if !skipRe {
		imPart.sign = '+'
	}
	b.WriteString(imPart.renderNumber(neg, "", digits, rem, 3))
	b.WriteByte('j')
	if parens {
		b.WriteByte(')')
	}
	return f.pad(b.String()), nil
}
