package pyfmt

import "sort"

// The Unicode character properties and case mappings of Python 3.13's str methods. The tables
// (unicode_tables.go) are generated from CPython 3.13 itself, so they follow its Unicode
// version (15.1, where Go's unicode package has 15.0) and its definitions: "alpha" is
// categories L*, "space" is bidirectional class WS, B or S or category Zs, and so on.

// caseMapping is one entry of a case table: a code point and the text it maps to.
type caseMapping struct {
	r  rune
	to string
}

// inRanges reports whether r falls in one of the sorted, inclusive lo, hi pairs of t.
func inRanges(t []uint32, r rune) bool {
	if r < 0 {
		return false
	}
	u := uint32(r)
	n := len(t) / 2
	i := sort.Search(n, func(i int) bool { return t[2*i+1] >= u })
	return i < n && t[2*i] <= u
}

// IsAlpha is Python's str.isalpha for one code point.
func IsAlpha(r rune) bool {
	if r < 0x80 {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return inRanges(alphaRanges, r)
}

// IsDecimal is Python's str.isdecimal for one code point.
func IsDecimal(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inRanges(decimalRanges, r)
}

// IsDigit is Python's str.isdigit for one code point.
func IsDigit(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inRanges(digitRanges, r)
}

// IsNumeric is Python's str.isnumeric for one code point.
func IsNumeric(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inRanges(numericRanges, r)
}

// IsAlnum is Python's str.isalnum for one code point.
func IsAlnum(r rune) bool {
	return IsAlpha(r) || IsDecimal(r) || IsDigit(r) || IsNumeric(r)
}

// IsSpace is Python's str.isspace for one code point, also the whitespace that split() and
// strip() without arguments take away.
func IsSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return inRanges(spaceRanges, r)
}

// IsLower and IsUpper are the Unicode Lowercase and Uppercase properties (Python's islower
// and isupper of one code point); IsTitle is category Lt.
func IsLower(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z'
	}
	return inRanges(lowerRanges, r)
}

// IsUpper is the Unicode Uppercase property.
func IsUpper(r rune) bool {
	if r < 0x80 {
		return r >= 'A' && r <= 'Z'
	}
	return inRanges(upperRanges, r)
}

// IsTitle reports whether r is a titlecase letter (category Lt).
func IsTitle(r rune) bool { return r >= 0x1c5 && inRanges(titleRanges, r) }

// IsCased is the Unicode Cased property.
func IsCased(r rune) bool {
	if r < 0x80 {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return inRanges(casedRanges, r)
}

// IsCaseIgnorable is the Unicode Case_Ignorable property.
func IsCaseIgnorable(r rune) bool { return inRanges(caseIgnorableRanges, r) }

// IsXIDStart and IsXIDContinue are the identifier properties behind str.isidentifier.
func IsXIDStart(r rune) bool {
	if r < 0x80 {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return inRanges(xidStartRanges, r)
}

// IsXIDContinue reports whether r may continue an identifier.
func IsXIDContinue(r rune) bool {
	if r < 0x80 {
		return r|0x20 >= 'a' && r|0x20 <= 'z' || r >= '0' && r <= '9' || r == '_'
	}
	return inRanges(xidContinueRanges, r)
}

// IsLineBreak reports whether r ends a line for str.splitlines.
func IsLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// DecimalValue returns the value of a decimal digit, or -1 when r is not one.
func DecimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 {
		return -1
	}
	u := uint32(r)
	n := len(decimalRuns) / 3
	i := sort.Search(n, func(i int) bool { return decimalRuns[3*i+1] >= u })
	if i < n && decimalRuns[3*i] <= u {
		return int(decimalRuns[3*i+2] + u - decimalRuns[3*i])
	}
	return -1
}

// lookupCase returns r's entry in a case table.
func lookupCase(t []caseMapping, r rune) (string, bool) {
	i := sort.Search(len(t), func(i int) bool { return t[i].r >= r })
	if i < len(t) && t[i].r == r {
		return t[i].to, true
	}
	return "", false
}

// appendMapped appends r's mapping from table t, r itself when it has none.
func appendMapped(b []byte, t []caseMapping, r rune) []byte {
	if s, ok := lookupCase(t, r); ok {
		return append(b, s...)
	}
	return AppendRune(b, r)
}

// AppendUpper appends the full uppercase mapping of r ('ß' becomes "SS").
func AppendUpper(b []byte, r rune) []byte {
	if r < 0x80 {
		if r >= 'a' && r <= 'z' {
			r -= 0x20
		}
		return append(b, byte(r))
	}
	return appendMapped(b, upperMap, r)
}

// AppendLower appends the full lowercase mapping of r, without the final-sigma rule, which
// needs the context (see str.lower).
func AppendLower(b []byte, r rune) []byte {
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			r += 0x20
		}
		return append(b, byte(r))
	}
	return appendMapped(b, lowerMap, r)
}

// AppendTitle appends the full titlecase mapping of r.
func AppendTitle(b []byte, r rune) []byte {
	if r < 0x80 {
		return AppendUpper(b, r)
	}
	return appendMapped(b, titleMap, r)
}

// AppendFold appends the full case folding of r (str.casefold).
func AppendFold(b []byte, r rune) []byte {
	if r < 0x80 {
		return AppendLower(b, r)
	}
	return appendMapped(b, foldMap, r)
}
