package pyfmt

import (
	"math"
	"strings"
)

// FloatRepr formats f as Python's repr(float) does: the shortest digits that round-trip,
// positional notation for decimal exponents in (-4, 16], scientific notation otherwise.
func FloatRepr(f float64) string {
	return FormatFloat(f, 'r', 0, FloatOptions{AddDotZero: true})
}

// formatFloat is repr's layout; withPoint adds ".0" to integral values in positional
// notation, which complex's repr leaves out.
func formatFloat(f float64, withPoint bool) string {
	return FormatFloat(f, 'r', 0, FloatOptions{AddDotZero: withPoint})
}

// ComplexRepr returns Python's repr() of a complex number.
func ComplexRepr(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return formatFloat(im, false) + "j"
	}
	ims := formatFloat(im, false)
	if ims[0] != '-' {
		ims = "+" + ims
	}
	return "(" + formatFloat(re, false) + ims + "j)"
}

const hexDigits = "0123456789abcdef"

// StrRepr returns Python's repr() of a str held in Str's encoding.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b := make([]byte, 0, len(s)+2)
	b = append(b, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			b = appendASCIIEscaped(b, c, quote)
			continue
		}
		r, n := DecodeRune(s[i:])
		if n == 1 { // not valid in Str's encoding: show the byte as a code point
			r = rune(c)
		}
		i += n
		if IsPrintable(r) {
			b = AppendRune(b, r)
			continue
		}
		switch {
		case r < 0x100:
			b = append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
		case r < 0x10000:
			b = append(b, '\\', 'u')
			for sh := 12; sh >= 0; sh -= 4 {
				b = append(b, hexDigits[(r>>sh)&15])
			}
		default:
			b = append(b, '\\', 'U')
			for sh := 28; sh >= 0; sh -= 4 {
				b = append(b, hexDigits[(r>>sh)&15])
			}
		}
	}
	b = append(b, quote)
	return string(b)
}

// BytesRepr returns Python's repr() of a bytes value.
func BytesRepr(s string) string { return bytesRepr(s, false) }

// ByteArrayRepr is the b'...' part of a bytearray's repr, which differs from bytes' in
// escaping single quotes even inside double quotes, as CPython's bytearray_repr does.
func ByteArrayRepr(s string) string { return bytesRepr(s, true) }

func bytesRepr(s string, escapeSingle bool) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	// A double-quoted repr holds no double quote, so escaping single quotes instead
	// changes nothing else.
	escaped := quote
	if escapeSingle {
		escaped = '\''
	}
	b := make([]byte, 0, len(s)+3)
	b = append(b, 'b', quote)
	for i := 0; i < len(s); i++ {
		b = appendASCIIEscaped(b, s[i], escaped)
	}
	b = append(b, quote)
	return string(b)
}

// appendASCIIEscaped appends one byte as str and bytes reprs show it; bytes >= 0x80 only
// reach here from BytesRepr.
func appendASCIIEscaped(b []byte, c, quote byte) []byte {
	switch {
	case c == quote || c == '\\':
		return append(b, '\\', c)
	case c == '\t':
		return append(b, '\\', 't')
	case c == '\n':
		return append(b, '\\', 'n')
	case c == '\r':
		return append(b, '\\', 'r')
	case c < ' ' || c >= 0x7f:
		return append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
	}
	return append(b, c)
}
