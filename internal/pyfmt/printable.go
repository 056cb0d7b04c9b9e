package pyfmt

import "unicode"

// IsPrintable is Python's str.isprintable for one code point. Go's unicode tables are
// Unicode 15.0 while Python 3.13 uses 15.1, so the characters 15.1 added (all printable) are
// listed here.
func IsPrintable(r rune) bool {
	switch {
	case r >= 0x2FFC && r <= 0x2FFF, r == 0x31EF, r >= 0x2EBF0 && r <= 0x2EE5D:
		return true
	}
	return unicode.IsPrint(r)
}
