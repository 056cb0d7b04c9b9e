package parser

import "github.com/taipanpy/taipan/modules/unicodedata/ucd"

// normalizeName applies NFKC to an identifier, as the Python language requires (PEP 3131),
// with the Unicode database unicodedata reports; ASCII names, by far the most common, are
// returned as they are without allocating.
func normalizeName(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return string(ucd.Normalize(ucd.NFKC, []rune(s), false))
		}
	}
	return s
}
