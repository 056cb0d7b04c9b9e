package sre

import (
	"unicode/utf8"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

// Character predicates and case mappings of the engine. The plain ones follow the ASCII
// definitions of CPython's Py_ISDIGIT and friends; the LOC ones assume the "C" locale, where
// only ASCII letters and digits are alphanumeric; the UNI ones follow Python's str methods.

func asciiIsDigit(c rune) bool { return c >= '0' && c <= '9' }

func asciiIsSpace(c rune) bool { return c == ' ' || c >= '\t' && c <= '\r' }

func asciiIsAlpha(c rune) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func asciiIsWord(c rune) bool { return asciiIsAlpha(c) || asciiIsDigit(c) || c == '_' }

func uniIsWord(c rune) bool {
	if c < 0x80 {
		return asciiIsWord(c)
	}
	return c <= utf8.MaxRune && pyfmt.IsAlnum(c)
}

func uniIsDigit(c rune) bool {
	if c < 0x80 {
		return asciiIsDigit(c)
	}
	return c <= utf8.MaxRune && pyfmt.IsDecimal(c)
}

func uniIsSpace(c rune) bool {
	if c < 0x80 {
		return asciiIsSpace(c) || c >= 0x1c && c <= 0x1f
	}
	return c <= utf8.MaxRune && pyfmt.IsSpace(c)
}

func uniIsLinebreak(c rune) bool {
	if c < 0x80 {
		return c >= '\n' && c <= '\r' || c >= 0x1c && c <= 0x1e
	}
	return c <= utf8.MaxRune && pyfmt.IsLineBreak(c)
}

// lowerASCII is sre_lower_ascii: only ASCII letters change.
func lowerASCII(c rune) rune {
	if c >= 'A' && c <= 'Z' {
		return c + ('a' - 'A')
	}
	return c
}

// upperASCII is the C locale's toupper.
func upperASCII(c rune) rune {
	if c >= 'a' && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// latin1Lower and latin1Upper cache the Unicode simple case mappings of the first 256 code
// points, the ones most text is made of.
var latin1Lower, latin1Upper = func() (lo, up [256]rune) {
	for i := range lo {
		lo[i] = firstMapped(pyfmt.AppendLower, rune(i))
		up[i] = firstMapped(pyfmt.AppendUpper, rune(i))
	}
	return
}()

// firstMapped returns the first code point of c's full case mapping, which is what CPython's
// simple Py_UNICODE_TOLOWER / TOUPPER return ('ß' uppercases to 'S').
func firstMapped(f func([]byte, rune) []byte, c rune) rune {
	var buf [24]byte
	b := f(buf[:0], c)
	r, _ := utf8.DecodeRune(b)
	return r
}

// lowerUnicode is sre_lower_unicode.
func lowerUnicode(c rune) rune {
	if c >= 0 && c < 256 {
		return latin1Lower[c]
	}
	if c < 0 || c > utf8.MaxRune || c >= 0xd800 && c <= 0xdfff {
		return c
	}
	return firstMapped(pyfmt.AppendLower, c)
}

// upperUnicode is sre_upper_unicode.
func upperUnicode(c rune) rune {
	if c >= 0 && c < 256 {
		return latin1Upper[c]
	}
	if c < 0 || c > utf8.MaxRune || c >= 0xd800 && c <= 0xdfff {
		return c
	}
	return firstMapped(pyfmt.AppendUpper, c)
}

// locIsWord is SRE_LOC_IS_WORD in the "C" locale.
func locIsWord(c rune) bool { return c < 256 && asciiIsWord(c) }

// charLocIgnore is char_loc_ignore: c matches pattern character p ignoring case in the locale.
func charLocIgnore(p uint32, c rune) bool {
	return uint32(c) == p || uint32(lowerASCII(c)) == p || uint32(upperASCII(c)) == p
}

// The CATEGORY codes of re._constants.
const (
	catDigit = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
	catLinebreak
	catNotLinebreak
	catLocWord
	catLocNotWord
	catUniDigit
	catUniNotDigit
	catUniSpace
	catUniNotSpace
	catUniWord
	catUniNotWord
	catUniLinebreak
	catUniNotLinebreak
)

// inCategory is sre_category.
func inCategory(cat uint32, c rune) bool {
	switch cat {
	case catDigit:
		return asciiIsDigit(c)
	case catNotDigit:
		return !asciiIsDigit(c)
	case catSpace:
		return asciiIsSpace(c)
	case catNotSpace:
		return !asciiIsSpace(c)
	case catWord:
		return asciiIsWord(c)
	case catNotWord:
		return !asciiIsWord(c)
	case catLinebreak:
		return c == '\n'
	case catNotLinebreak:
		return c != '\n'
	case catLocWord:
		return locIsWord(c)
	case catLocNotWord:
		return !locIsWord(c)
	case catUniDigit:
		return uniIsDigit(c)
	case catUniNotDigit:
		return !uniIsDigit(c)
	case catUniSpace:
		return uniIsSpace(c)
	case catUniNotSpace:
		return !uniIsSpace(c)
	case catUniWord:
		return uniIsWord(c)
	case catUniNotWord:
		return !uniIsWord(c)
	case catUniLinebreak:
		return uniIsLinebreak(c)
	case catUniNotLinebreak:
		return !uniIsLinebreak(c)
	}
	return false
}
