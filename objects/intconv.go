package objects

import (
	"math/big"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

// Conversions between ints and text: str(int) and int(str, base), with CPython's limit on
// the number of decimal digits (int_max_str_digits) that guards against quadratic-time
// conversions.

// DefaultIntMaxStrDigits is CPython's default int_max_str_digits.
const DefaultIntMaxStrDigits = 4300

// intMaxStrDigits is the limit in force; 0 means no limit. sys.set_int_max_str_digits sets it.
var intMaxStrDigits atomic.Int64

func init() { intMaxStrDigits.Store(DefaultIntMaxStrDigits) }

// IntMaxStrDigits returns the limit on decimal digits of str(int) and int(str) (0: none).
func IntMaxStrDigits() int { return int(intMaxStrDigits.Load()) }

// SetIntMaxStrDigits sets the limit; sys.set_int_max_str_digits checks the value first.
func SetIntMaxStrDigits(n int) { intMaxStrDigits.Store(int64(n)) }

// String returns the decimal representation, whatever the limit (for Go callers).
func (i *Int) String() string {
	if i.big != nil {
		return i.big.String()
	}
	return strconv.FormatInt(i.small, 10)
}

// errStrDigits is the error of str(int) beyond the limit.
func errStrDigits(limit int) error {
	return Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)
}

// Decimal returns str(i), or CPython's ValueError when it has more digits than the limit.
func (i *Int) Decimal() (string, error) {
	if i.big == nil {
		return strconv.FormatInt(i.small, 10), nil
	}
	limit := IntMaxStrDigits()
	if limit > 0 {
		// Refuse before converting when the size alone proves the value too long: a value of
		// n bits has at least floor((n-1)*log10(2)) + 1 digits.
		if n := i.big.BitLen(); float64(n-1)*0.30102999566398120 >= float64(limit) {
			return "", errStrDigits(limit)
		}
	}
	s := i.big.String()
	if limit > 0 {
		digits := len(s)
		if s[0] == '-' {
			digits--
		}
		if digits > limit {
			return "", errStrDigits(limit)
		}
	}
	return s, nil
}

// FormatBase returns i in base 2, 8 or 16 with Python's prefix (bin, oct, hex); these bases
// have no digit limit.
func (i *Int) FormatBase(base int) string {
	prefix := map[int]string{2: "0b", 8: "0o", 16: "0x"}[base]
	var s string
	if i.big != nil {
		s = i.big.Text(base)
	} else {
		s = strconv.FormatInt(i.small, base)
	}
	if s[0] == '-' {
		return "-" + prefix + s[1:]
	}
	return prefix + s
}

// isPySpace reports whether r is whitespace as str.isspace() defines it (Unicode White_Space
// plus the separators of bidirectional class B, S and WS, which add U+001C..U+001F).
func isPySpace(r rune) bool {
	switch r {
	case 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return unicode.IsSpace(r)
}

// decimalValue returns the value of a Unicode decimal digit (category Nd), or -1. Decimal
// digits come in runs of ten, zero first, so the value is the distance from the run's zero.
func decimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 || !unicode.Is(unicode.Nd, r) {
		return -1
	}
	n := 0
	for unicode.Is(unicode.Nd, r-rune(n)-1) && n < 9 {
		n++
	}
	return n % 10
}

// asciiNumber converts the text of a number in a Python str to ASCII as int() and float()
// read it (_PyUnicode_TransformDecimalAndSpaceToASCII): Unicode decimal digits become ASCII
// digits and Unicode whitespace a space; then surrounding ASCII whitespace is removed. ok is
// false when a character is neither ASCII nor a digit or space, which makes the number
// invalid.
func asciiNumber(s string) (string, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		var b strings.Builder
		for i := 0; i < len(s); {
			r, n := pyfmt.DecodeRune(s[i:])
			i += n
			switch {
			case r < 0x80:
				b.WriteRune(r)
			case decimalValue(r) >= 0:
				b.WriteByte(byte('0' + decimalValue(r)))
			case isPySpace(r):
				b.WriteByte(' ')
			default:
				return "", false
			}
		}
		s = b.String()
	}
	return strings.Trim(s, asciiSpace), true
}

// asciiSpace is C's isspace set, which int() and float() strip.
const asciiSpace = " \t\n\v\f\r"

// ParseInt is int(s, base) for a str: an optional sign, an optional prefix matching the
// base (base 0 reads the base from the prefix, as a literal), digits with single
// underscores between them, and surrounding whitespace.
func ParseInt(s string, base int) (*Int, error) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, Errorf(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
	}
	invalid := func() error {
		return Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, truncateRepr(pyfmt.StrRepr(s)))
	}
	t, ok := asciiNumber(s)
	if !ok {
		return nil, invalid()
	}
	v, err := parseIntASCII(t, base)
	if err == errInvalidInt {
		return nil, invalid()
	}
	return v, err
}

// truncateRepr keeps the first 200 code points of an invalid literal's repr for the error
// message, as CPython's %.200R does.
func truncateRepr(s string) string {
	n := 0
	for i := range s {
		if n == 200 {
			return s[:i]
		}
		n++
	}
	return s
}

// ParseIntBytes is int(b, base) for bytes and bytearray, whose error message shows the
// bytes' repr.
func ParseIntBytes(b []byte, base int) (*Int, error) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, Errorf(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
	}
	t := strings.Trim(string(b), asciiSpace)
	v, err := parseIntASCII(t, base)
	if err == errInvalidInt {
		return nil, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, pyfmt.BytesRepr(string(b)))
	}
	return v, err
}

var errInvalidInt = Errorf(ValueErrorType, "invalid literal")

// parseIntASCII parses trimmed ASCII text; it returns errInvalidInt for a malformed
// literal, for the caller to phrase.
func parseIntASCII(s string, base int) (*Int, error) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	prefixed := false
	if len(s) >= 2 && s[0] == '0' {
		p := map[byte]int{'x': 16, 'X': 16, 'o': 8, 'O': 8, 'b': 2, 'B': 2}[s[1]]
		if p != 0 && (base == 0 || base == p) {
			base, prefixed = p, true
			s = s[2:]
		}
	}
	literalDecimal := base == 0
	if base == 0 {
		base = 10
	}
	// After a prefix one underscore may precede the first digit ("0x_1f").
	if prefixed && s != "" && s[0] == '_' {
		s = s[1:]
	}
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' {
		return nil, errInvalidInt
	}
	digits := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if s[i-1] == '_' {
				return nil, errInvalidInt
			}
			continue
		}
		if digitValue(c) >= base {
			return nil, errInvalidInt
		}
		digits = append(digits, c)
	}
	// A decimal literal may not have leading zeros unless it is zero (as in source code).
	if literalDecimal && len(digits) > 1 && digits[0] == '0' && strings.Trim(string(digits), "0") != "" {
		return nil, errInvalidInt
	}
	if limit := IntMaxStrDigits(); limit > 0 && base&(base-1) != 0 && len(digits) > limit {
		return nil, Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", limit, len(digits))
	}
	if len(digits) <= 12 {
		v, err := strconv.ParseInt(string(digits), base, 64)
		if err == nil {
			if neg {
				v = -v
			}
			return NewInt(v), nil
		}
	}
	v, ok := new(big.Int).SetString(string(digits), base)
	if !ok {
		return nil, errInvalidInt
	}
	if neg {
		v.Neg(v)
	}
	return NewBigInt(v), nil
}

// digitValue returns the value of an ASCII digit or letter in bases up to 36, or 99.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}
