package pyfmt

import (
	"math"
	"strconv"
	"strings"
)

// FloatOptions modify FormatFloat's layout, as the Py_DTSF_* flags of CPython's
// PyOS_double_to_string.
type FloatOptions struct {
	// Alt is the alternate form (#): always a decimal point, and 'g' keeps trailing zeros.
	Alt bool
	// AddDotZero gives integral values in positional notation a ".0" (repr, and format
	// without a presentation type). With 'g' it also moves the switch to exponent notation
	// one digit earlier, so that the ".0" fits in the precision.
	AddDotZero bool
}

// FormatFloat formats f as Python's float formatting does, correctly rounded. code is one
// of 'e', 'E', 'f', 'F', 'g', 'G' (prec digits after the point, or significant digits for
// 'g') or 'r' (the shortest digits that round-trip, laid out as repr lays them out; prec is
// ignored). The result has a leading '-' for negative values, including -0.0, and never a
// '+'.
func FormatFloat(f float64, code byte, prec int, opts FloatOptions) string {
	neg, body := FormatFloatParts(f, code, prec, opts)
	if neg {
		return "-" + body
	}
	return body
}

// FormatFloatParts is FormatFloat with the sign apart, for formatters that pad between the
// sign and the digits: neg reports a negative sign bit (never for NaN).
func FormatFloatParts(f float64, code byte, prec int, opts FloatOptions) (neg bool, body string) {
	upper := code == 'E' || code == 'F' || code == 'G'
	switch {
	case math.IsNaN(f):
		return false, caseOf("nan", upper)
	case math.IsInf(f, 0):
		return f < 0, caseOf("inf", upper)
	}
	neg = math.Signbit(f)
	f = math.Abs(f)
	var s string
	switch code {
	case 'f', 'F':
		s = strconv.FormatFloat(f, 'f', prec, 64)
		if opts.Alt && prec == 0 {
			s += "."
		}
		return neg, s
	case 'e', 'E':
		digits, decpt := decimalDigits(f, prec+1)
		s = layout(digits, decpt, true, prec+1, opts.Alt, false)
	case 'g', 'G':
		if prec == 0 {
			prec = 1
		}
		digits, decpt := decimalDigits(f, prec)
		if !opts.Alt {
			digits = trimZeros(digits)
		}
		limit := prec
		if opts.AddDotZero {
			limit = prec - 1
		}
		useExp := decpt <= -4 || decpt > limit
		s = layout(digits, decpt, useExp, len(digits), opts.Alt, opts.AddDotZero)
	default: // 'r'
		digits, decpt := decimalDigits(f, -1)
		useExp := decpt <= -4 || decpt > 16
		s = layout(digits, decpt, useExp, len(digits), opts.Alt, opts.AddDotZero)
	}
	if upper {
		s = strings.ToUpper(s)
	}
	return neg, s
}

func caseOf(s string, upper bool) string {
	if upper {
		return strings.ToUpper(s)
	}
	return s
}

// decimalDigits returns the significant digits of f >= 0 rounded to n digits (n < 0: the
// shortest that round-trip) and the position of the decimal point relative to them:
// f = 0.DIGITS * 10**decpt. Zero is "0" with decpt 1.
func decimalDigits(f float64, n int) (string, int) {
	prec := -1
	if n >= 0 {
		prec = n - 1
	}
	s := strconv.FormatFloat(f, 'e', prec, 64) // d[.ddd]e±XX
	e := strings.IndexByte(s, 'e')
	exp, _ := strconv.Atoi(s[e+1:])
	digits := strings.Replace(s[:e], ".", "", 1)
	return digits, exp + 1
}

func trimZeros(digits string) string {
	t := strings.TrimRight(digits, "0")
	if t == "" {
		return "0"
	}
	return t
}

// layout writes digits with the decimal point after decpt of them, or in exponent notation
// with one digit before the point, padding with zeros to minDigits significant digits;
// alt forces the point, and addDotZero gives a positional integral value a ".0".
func layout(digits string, decpt int, useExp bool, minDigits int, alt, addDotZero bool) string {
	if len(digits) < minDigits {
		digits += strings.Repeat("0", minDigits-len(digits))
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	var intPart, frac string
	switch {
	case decpt <= 0:
		intPart = "0"
		frac = strings.Repeat("0", -decpt) + digits
	case decpt >= len(digits):
		intPart = digits + strings.Repeat("0", decpt-len(digits))
	default:
		intPart, frac = digits[:decpt], digits[decpt:]
	}
	if frac == "" && addDotZero && !useExp {
		frac = "0"
	}
	var b strings.Builder
	b.WriteString(intPart)
	if frac != "" || alt {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	if useExp {
		b.WriteByte('e')
		if exp < 0 {
			b.WriteByte('-')
			exp = -exp
		} else {
			b.WriteByte('+')
		}
		if exp < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.Itoa(exp))
	}
	return b.String()
}
