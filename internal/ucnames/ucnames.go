// Package ucnames maps code points to their Unicode character names and back, for the
// namereplace error handler and \N{...} escapes: the names of golang.org/x/text's table, and
// the names Unicode derives by rule for CJK unified ideographs and Hangul syllables.
package ucnames

import (
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

// ideographRanges are the CJK unified ideograph blocks of Unicode 15.1, whose names are
// "CJK UNIFIED IDEOGRAPH-" and the code point in hex.
var ideographRanges = [][2]rune{
	{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B739},
	{0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x2EBF0, 0x2EE5D},
	{0x30000, 0x3134A}, {0x31350, 0x323AF},
}

func isIdeograph(r rune) bool {
	for _, rg := range ideographRanges {
		if r >= rg[0] && r <= rg[1] {
			return true
		}
	}
	return false
}

// The Hangul syllable parts: leading consonants, vowels and trailing consonants.
var (
	hangulLeads  = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	hangulVowels = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	hangulTails  = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

const (
	hangulFirst = 0xAC00
	hangulLast  = 0xD7A3
)

// Name returns the Unicode name of r, false when it has none.
func Name(r rune) (string, bool) {
	switch {
	case r >= hangulFirst && r <= hangulLast:
		i := int(r - hangulFirst)
		return "HANGUL SYLLABLE " + hangulLeads[i/(21*28)] + hangulVowels[i/28%21] + hangulTails[i%28], true
	case isIdeograph(r):
		return "CJK UNIFIED IDEOGRAPH-" + strings.ToUpper(strconv.FormatInt(int64(r), 16)), true
	case r >= 0xD800 && r <= 0xDFFF:
		return "", false
	}
	n := runenames.Name(r)
	if n == "" || n[0] == '<' {
		return "", false
	}
	return n, true
}

var (
	byNameOnce sync.Once
	byName     map[string]rune
)

// Lookup returns the code point named name (in any case), false when no character has it.
func Lookup(name string) (rune, bool) {
	name = strings.ToUpper(name)
	if h, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		if len(h) != 4 && len(h) != 5 {
			return 0, false
		}
		v, err := strconv.ParseUint(h, 16, 32)
		if err != nil || !isIdeograph(rune(v)) {
			return 0, false
		}
		return rune(v), true
	}
	if s, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		for r := rune(hangulFirst); r <= hangulLast; r++ {
			if n, _ := Name(r); n[len("HANGUL SYLLABLE "):] == s {
				return r, true
			}
		}
		return 0, false
	}
	byNameOnce.Do(func() {
		byName = make(map[string]rune, 40000)
		for r := rune(0); r <= 0x10FFFF; r++ {
			if r >= 0xD800 && r <= 0xDFFF || r >= hangulFirst && r <= hangulLast || isIdeograph(r) {
				continue
			}
			if n := runenames.Name(r); n != "" && n[0] != '<' {
				byName[n] = r
			}
		}
	})
	r, ok := byName[name]
	return r, ok
}
