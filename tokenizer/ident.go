package tokenizer

import (
	"github.com/taipanpy/taipan/internal/pyfmt"
	"unicode"
	"unicode/utf8"
)

// verifyIdentifier checks a name containing non-ASCII characters against
// PEP 3131: an XID_Start character or '_', then XID_Continue characters.
// The error points just past the first offending character.
func (t *Tokenizer) verifyIdentifier(start int) error {
	end := t.pos
	for i := start; i < end; {
		r, size := utf8.DecodeRune(t.src[i:end])
		ok := r != utf8.RuneError || size > 1
		if ok {
			if i == start {
				ok = r == '_' || isXIDStart(r)
			} else {
				ok = isXIDContinue(r)
			}
		}
		if !ok {
			t.pos = i + size
			if r == utf8.RuneError && size <= 1 {
				return t.errorAtCursor("invalid character '\ufffd' (U+FFFD)")
			}
			if pyfmt.IsPrintable(r) {
				return t.errorAtCursor("invalid character '%c' (U+%04X)", r, r)
			}
			return t.errorAtCursor("invalid non-printable character U+%04X", r)
		}
		i += size
	}
	return nil
}

// notXID lists the characters that are ID_Start or ID_Continue but whose
// NFKC form is not, and which Unicode therefore leaves out of XID_Start and
// XID_Continue.
var notXID = map[rune]bool{
	0x037A: true, 0x309B: true, 0x309C: true,
	0xFC5E: true, 0xFC5F: true, 0xFC60: true, 0xFC61: true, 0xFC62: true, 0xFC63: true,
	0xFDFA: true, 0xFDFB: true,
	0xFE70: true, 0xFE72: true, 0xFE74: true, 0xFE76: true, 0xFE78: true,
	0xFE7A: true, 0xFE7C: true, 0xFE7E: true,
}

// notXIDStart lists the characters that continue but cannot start an
// identifier although they are ID_Start.
var notXIDStart = map[rune]bool{0x0E33: true, 0x0EB3: true, 0xFF9E: true, 0xFF9F: true}

// Python 3.13 follows Unicode 15.1, Go's unicode package 15.0. These are
// the 15.1 changes that matter to identifiers and printability.
const (
	cjkExtIFirst = 0x2EBF0 // CJK Unified Ideographs Extension I, new letters
	cjkExtILast  = 0x2EE5D
)

// isUnicode151Continue lists the characters 15.1 added to XID_Continue
// only: zero-width (non-)joiners and the katakana middle dots.
func isUnicode151Continue(r rune) bool {
	return r == 0x200C || r == 0x200D || r == 0x30FB || r == 0xFF65
}

// isUnicode151Symbol lists the new printable symbols of 15.1 that are not
// identifier characters: ideographic description characters.
func isUnicode151Symbol(r rune) bool {
	return r >= 0x2FFC && r <= 0x2FFF || r == 0x31EF
}

// isIDStart is Unicode's ID_Start property.
func isIDStart(r rune) bool {
	if r >= cjkExtIFirst && r <= cjkExtILast {
		return true
	}
	if unicode.Is(unicode.Pattern_Syntax, r) || unicode.Is(unicode.Pattern_White_Space, r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

// isXIDStart is Unicode's XID_Start property.
func isXIDStart(r rune) bool {
	return isIDStart(r) && !notXID[r] && !notXIDStart[r]
}

// isXIDContinue is Unicode's XID_Continue property.
func isXIDContinue(r rune) bool {
	if notXID[r] {
		return false
	}
	if isIDStart(r) {
		return true
	}
	if isUnicode151Continue(r) {
		return true
	}
	if unicode.Is(unicode.Pattern_Syntax, r) || unicode.Is(unicode.Pattern_White_Space, r) {
		return false
	}
	return unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}
