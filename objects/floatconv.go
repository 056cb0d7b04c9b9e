package objects

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

// Conversions between floats and text or ints: float(str), complex(str), float.hex,
// float.fromhex and round().

// scanFloat reads the longest float literal at the start of s as float() accepts it (sign,
// digits with single underscores between them, point, exponent, or inf, infinity, nan in any
// case) and returns its value and length; n is 0 when there is none.
func scanFloat(s string) (v float64, n int) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	lower := strings.ToLower(s[i:])
	for _, word := range []string{"infinity", "inf", "nan"} {
		if strings.HasPrefix(lower, word) {
			v = math.Inf(1)
			if word == "nan" {
				v = math.NaN()
			}
			if neg {
				v = -v
			}
			return v, i + len(word)
		}
	}
	var b strings.Builder
	b.WriteString(s[:i])
	digits := func() bool {
		start := i
		for i < len(s) {
			c := s[i]
			if c >= '0' && c <= '9' {
				b.WriteByte(c)
				i++
				continue
			}
			if c == '_' && i > start && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				i++
				continue
			}
			break
		}
		return i > start
	}
	intDigits := digits()
	fracDigits := false
	if i < len(s) && s[i] == '.' {
		save, saveLen := i, b.Len()
		i++
		b.WriteByte('.')
		fracDigits = digits()
		if !intDigits && !fracDigits {
			i = save
			_ = saveLen
		}
	}
	if !intDigits && !fracDigits {
		return 0, 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		save := i
		text := b.String()
		b.WriteByte('e')
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			b.WriteByte(s[i])
			i++
		}
		if !digits() {
			i = save
			b.Reset()
			b.WriteString(text)
		}
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	if err != nil && !isRangeError(err) {
		return 0, 0
	}
	return v, i
}

func isRangeError(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// ParseFloat is float(s) for a str: a float literal, inf or nan, with surrounding
// whitespace.
func ParseFloat(s string) (float64, error) {
	if t, ok := asciiNumber(s); ok {
		if v, n := scanFloat(t); n > 0 && n == len(t) {
			return v, nil
		}
	}
	return 0, Errorf(ValueErrorType, "could not convert string to float: %s", pyfmt.StrRepr(s))
}

// ParseFloatBytes is float(b) for bytes, whose error message shows the bytes' repr.
func ParseFloatBytes(b []byte) (float64, error) {
	t := strings.Trim(string(b), asciiSpace)
	if v, n := scanFloat(t); n > 0 && n == len(t) {
		return v, nil
	}
	return 0, Errorf(ValueErrorType, "could not convert string to float: %s", pyfmt.BytesRepr(string(b)))
}

// ParseComplex is complex(s) for a str: a real part, an imaginary part ending in j, or both,
// optionally in parentheses, with surrounding whitespace.
func ParseComplex(s string) (complex128, error) {
	malformed := Errorf(ValueErrorType, "complex() arg is a malformed string")
	t, ok := asciiNumber(s)
	if !ok {
		return 0, malformed
	}
	bracket := false
	if strings.HasPrefix(t, "(") {
		if !strings.HasSuffix(t, ")") {
			return 0, malformed
		}
		bracket = true
		t = strings.TrimFunc(t[1:len(t)-1], isPySpace)
	}
	_ = bracket
	var re, im float64
	x, n := scanFloat(t)
	isJ := func(i int) bool { return i < len(t) && (t[i] == 'j' || t[i] == 'J') }
	switch {
	case n == 0:
		// A bare j, with or without a sign, is 1j.
		i := 0
		im = 1
		if i < len(t) && (t[i] == '+' || t[i] == '-') {
			if t[i] == '-' {
				im = -1
			}
			i++
		}
		if !isJ(i) {
			return 0, malformed
		}
		n = i + 1
	case isJ(n):
		im = x
		n++
	case n < len(t) && (t[n] == '+' || t[n] == '-'):
		re = x
		y, m := scanFloat(t[n:])
		if m == 0 {
			y, m = 1, 1
			if t[n] == '-' {
				y = -1
			}
		}
		n += m
		if !isJ(n) {
			return 0, malformed
		}
		im = y
		n++
	default:
		re = x
	}
	if n != len(t) {
		return 0, malformed
	}
	return complex(re, im), nil
}

// FloatHex returns float.hex(f): 0x1.<13 hex digits>p<exponent>, subnormals as 0x0.<...>.
func FloatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bitsOf := math.Float64bits(math.Abs(f))
	exp := int(bitsOf >> 52)
	mant := bitsOf & (1<<52 - 1)
	lead := "1"
	if exp == 0 { // subnormal: 0.mant * 2**-1022
		lead, exp = "0", 1
	}
	hex := strconv.FormatUint(mant|1<<52, 16)[1:] // 13 digits, zero padded by the leading 1
	e := exp - 1023
	es := "+" + strconv.Itoa(e)
	if e < 0 {
		es = strconv.Itoa(e)
	}
	return sign + "0x" + lead + "." + hex + "p" + es
}

// FloatFromHex is float.fromhex(s): hexadecimal digits with an optional point, an optional
// binary exponent, an optional 0x prefix and sign, or inf and nan; rounded half to even.
func FloatFromHex(s string) (float64, error) {
	invalid := Errorf(ValueErrorType, "invalid hexadecimal floating-point string")
	t := strings.TrimFunc(s, isPySpace)
	if v, n := scanFloat(t); n == len(t) && n > 0 && (math.IsInf(v, 0) || math.IsNaN(v)) {
		return v, nil
	}
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	if len(t) >= 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') {
		t = t[2:]
	}
	mant := new(big.Int)
	digits, fracDigits, i := 0, 0, 0
	seenPoint := false
	for ; i < len(t); i++ {
		c := t[i]
		if c == '.' && !seenPoint {
			seenPoint = true
			continue
		}
		d := digitValue(c)
		if d >= 16 {
			break
		}
		mant.Lsh(mant, 4).Or(mant, big.NewInt(int64(d)))
		digits++
		if seenPoint {
			fracDigits++
		}
	}
	if digits == 0 {
		return 0, invalid
	}
	exp := int64(0)
	if i < len(t) && (t[i] == 'p' || t[i] == 'P') {
		i++
		j := i
		if j < len(t) && (t[j] == '+' || t[j] == '-') {
			j++
		}
		k := j
		for k < len(t) && t[k] >= '0' && t[k] <= '9' {
			k++
		}
		if k == j {
			return 0, invalid
		}
		e, err := strconv.ParseInt(t[i:k], 10, 64)
		if err != nil {
			// Beyond any float's range: only the sign matters.
			e = math.MaxInt32
			if t[i] == '-' {
				e = -math.MaxInt32
			}
		}
		exp = max(min(e, math.MaxInt32), -math.MaxInt32)
		i = k
	}
	if i != len(t) {
		return 0, invalid
	}
	exp -= 4 * int64(fracDigits)
	var v float64
	if mant.Sign() != 0 {
		// Scale within big.Float's exponent range; beyond it the value is 0 or infinite anyway.
		exp = max(min(exp+int64(mant.BitLen()), 1<<20), -(1<<20)) - int64(mant.BitLen())
		x := new(big.Float).SetPrec(uint(max(mant.BitLen(), 64))).SetInt(mant)
		x.SetMantExp(x, int(exp))
		v, _ = x.Float64()
		if math.IsInf(v, 0) {
			return 0, Errorf(OverflowErrorType, "hexadecimal value too large to represent as a float")
		}
	}
	if neg {
		v = -v
	}
	return v, nil
}

// RoundFloat is round(f, ndigits): f rounded to a multiple of 10**-ndigits, correctly
// rounded with ties to even on f's exact binary value, as CPython's double_round does.
func RoundFloat(f float64, ndigits int64) (float64, error) {
	// Beyond these the result is f itself or a zero (CPython's NDIGITS_MAX and NDIGITS_MIN).
	const ndigitsMax, ndigitsMin = 323, -308
	switch {
	case math.IsInf(f, 0) || math.IsNaN(f) || f == 0 || ndigits > ndigitsMax:
		return f, nil
	case ndigits < ndigitsMin:
		return 0 * f, nil
	}
	var r float64
	if ndigits >= 0 {
		r, _ = strconv.ParseFloat(strconv.FormatFloat(f, 'f', int(ndigits), 64), 64)
	} else {
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-ndigits), nil)
		x := new(big.Rat).SetFloat64(f)
		q := new(big.Rat).Quo(x, new(big.Rat).SetInt(p))
		n := roundRatHalfEven(q)
		n.Mul(n, p)
		r, _ = new(big.Float).SetInt(n).Float64()
	}
	if math.IsInf(r, 0) {
		return 0, Errorf(OverflowErrorType, "rounded value too large to represent")
	}
	return math.Copysign(r, f), nil
}

// roundRatHalfEven rounds q to the nearest integer, ties to even.
func roundRatHalfEven(q *big.Rat) *big.Int {
	num, den := q.Num(), q.Denom()
	n, m := new(big.Int).DivMod(num, den, new(big.Int)) // floor, 0 <= m < den
	twice := new(big.Int).Lsh(m, 1)
	switch c := twice.Cmp(den); {
	case c > 0, c == 0 && n.Bit(0) == 1:
		n.Add(n, big.NewInt(1))
	}
	return n
}

// RoundFloatToInt is round(f) with no ndigits: the nearest int, ties to even.
func RoundFloatToInt(f float64) (*Int, error) {
	return floatToInt(math.RoundToEven(f))
}

// RoundInt is round(i, ndigits) for an int: i itself for ndigits >= 0, else the nearest
// multiple of 10**-ndigits, ties to even.
func RoundInt(i *Int, ndigits *Int) *Int {
	if ndigits.Sign() >= 0 {
		return i.exact()
	}
	n, ok := ndigits.Int64()
	if !ok || -n > int64(i.BitLen())/3+2 {
		// 10**-n exceeds 2*|i|: everything rounds to zero.
		return NewInt(0)
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	q := roundRatHalfEven(new(big.Rat).SetFrac(i.bigView(), p))
	return NewBigInt(q.Mul(q, p))
}
