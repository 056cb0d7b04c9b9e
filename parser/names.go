package parser

import "golang.org/x/text/unicode/norm"

// normalizeName applies NFKC to an identifier, as the Python language requires (PEP 3131);
// ASCII names, by far the most common, are returned as they are without allocating.
func normalizeName(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return norm.NFKC.String(s)
		}
	}
	return s
}
