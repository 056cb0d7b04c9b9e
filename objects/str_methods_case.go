package objects

import "github.com/taipanpy/taipan/internal/pyfmt"

// The case methods of str: full Unicode case mappings ('ß'.upper() == 'SS'), with the
// final-sigma rule of lower(), as CPython's do_upper, do_lower, do_title and friends.

// caseMapper appends the mapping of the code point at index i of rs.
type caseMapper func(b []byte, rs []rune, i int) []byte

// lowerAt is lower_ucs4: the lowercase mapping, with capital sigma becoming final sigma at the
// end of a word.
func lowerAt(b []byte, rs []rune, i int) []byte {
	if rs[i] == 0x3A3 {
		return pyfmt.AppendRune(b, finalSigma(rs, i))
	}
	return pyfmt.AppendLower(b, rs[i])
}

// finalSigma is handle_capital_sigma: ς when a cased letter precedes (skipping case-ignorable
// ones) and none follows, else σ.
func finalSigma(rs []rune, i int) rune {
	j := i - 1
	for j >= 0 && pyfmt.IsCaseIgnorable(rs[j]) {
		j--
	}
	final := j >= 0 && pyfmt.IsCased(rs[j])
	if final {
		j = i + 1
		for j < len(rs) && pyfmt.IsCaseIgnorable(rs[j]) {
			j++
		}
		final = j == len(rs) || !pyfmt.IsCased(rs[j])
	}
	if final {
		return 0x3C2
	}
	return 0x3C3
}

// mapCase builds a str by mapping every code point of s with f.
func mapCase(s *Str, f caseMapper) *Str {
	rs := s.Runes()
	b := make([]byte, 0, len(s.value))
	for i := range rs {
		b = f(b, rs, i)
	}
	return NewStr(string(b))
}

// mapASCII maps an ASCII str byte by byte, allocating only when something changes.
func mapASCII(s *Str, f func(c byte, i int) byte) *Str {
	var b []byte
	for i := 0; i < len(s.value); i++ {
		c := f(s.value[i], i)
		if c != s.value[i] && b == nil {
			b = []byte(s.value)
		}
		if b != nil {
			b[i] = c
		}
	}
	if b == nil {
		return s.exact()
	}
	return newASCIIStr(string(b))
}

func asciiUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 0x20
	}
	return c
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 0x20
	}
	return c
}

func isASCIIAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// Upper returns s.upper().
func (s *Str) Upper() *Str {
	if s.IsASCII() {
		return mapASCII(s, func(c byte, _ int) byte { return asciiUpper(c) })
	}
	return mapCase(s, func(b []byte, rs []rune, i int) []byte { return pyfmt.AppendUpper(b, rs[i]) })
}

// Lower returns s.lower().
func (s *Str) Lower() *Str {
	if s.IsASCII() {
		return mapASCII(s, func(c byte, _ int) byte { return asciiLower(c) })
	}
	return mapCase(s, lowerAt)
}

// Casefold returns s.casefold().
func (s *Str) Casefold() *Str {
	if s.IsASCII() {
		return s.Lower()
	}
	return mapCase(s, func(b []byte, rs []rune, i int) []byte { return pyfmt.AppendFold(b, rs[i]) })
}

// Swapcase returns s.swapcase().
func (s *Str) Swapcase() *Str {
	if s.IsASCII() {
		return mapASCII(s, func(c byte, _ int) byte {
			if c >= 'a' && c <= 'z' {
				return c - 0x20
			}
			return asciiLower(c)
		})
	}
	return mapCase(s, func(b []byte, rs []rune, i int) []byte {
		switch r := rs[i]; {
		case pyfmt.IsUpper(r):
			return lowerAt(b, rs, i)
		case pyfmt.IsLower(r):
			return pyfmt.AppendUpper(b, r)
		}
		return pyfmt.AppendRune(b, rs[i])
	})
}

// Capitalize returns s.capitalize(): the first code point titlecased, the rest lowercased.
func (s *Str) Capitalize() *Str {
	if s.IsASCII() {
		return mapASCII(s, func(c byte, i int) byte {
			if i == 0 {
				return asciiUpper(c)
			}
			return asciiLower(c)
		})
	}
	return mapCase(s, func(b []byte, rs []rune, i int) []byte {
		if i == 0 {
			return pyfmt.AppendTitle(b, rs[0])
		}
		return lowerAt(b, rs, i)
	})
}

// Title returns s.title(): words (runs of cased letters) titlecased.
func (s *Str) Title() *Str {
	prevCased := false
	if s.IsASCII() {
		return mapASCII(s, func(c byte, _ int) byte {
			was := prevCased
			prevCased = isASCIIAlpha(c)
			if was {
				return asciiLower(c)
			}
			return asciiUpper(c)
		})
	}
	return mapCase(s, func(b []byte, rs []rune, i int) []byte {
		was := prevCased
		prevCased = pyfmt.IsCased(rs[i])
		if was {
			return lowerAt(b, rs, i)
		}
		return pyfmt.AppendTitle(b, rs[i])
	})
}

// strPredicate applies a per-code-point test to every code point: false for the empty str
// unless emptyOK.
func strPredicate(s *Str, emptyOK bool, f func(rune) bool) bool {
	if len(s.value) == 0 {
		return emptyOK
	}
	for i := 0; i < len(s.value); {
		r, w := decodeStrRune(s.value[i:])
		if !f(r) {
			return false
		}
		i += w
	}
	return true
}

// IsUpper returns s.isupper(): some cased code point and no lowercase or titlecase one.
func (s *Str) IsUpper() bool {
	cased := false
	for i := 0; i < len(s.value); {
		r, w := decodeStrRune(s.value[i:])
		i += w
		if pyfmt.IsLower(r) || pyfmt.IsTitle(r) {
			return false
		}
		cased = cased || pyfmt.IsUpper(r)
	}
	return cased
}

// IsLower returns s.islower().
func (s *Str) IsLower() bool {
	cased := false
	for i := 0; i < len(s.value); {
		r, w := decodeStrRune(s.value[i:])
		i += w
		if pyfmt.IsUpper(r) || pyfmt.IsTitle(r) {
			return false
		}
		cased = cased || pyfmt.IsLower(r)
	}
	return cased
}

// IsTitle returns s.istitle(): uppercase letters only at word starts, lowercase only after
// cased letters, and at least one cased letter.
func (s *Str) IsTitle() bool {
	cased, prev := false, false
	for i := 0; i < len(s.value); {
		r, w := decodeStrRune(s.value[i:])
		i += w
		switch {
		case pyfmt.IsUpper(r) || pyfmt.IsTitle(r):
			if prev {
				return false
			}
			prev, cased = true, true
		case pyfmt.IsLower(r):
			if !prev {
				return false
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return cased
}

// IsIdentifier returns s.isidentifier().
func (s *Str) IsIdentifier() bool {
	if len(s.value) == 0 {
		return false
	}
	r, w := decodeStrRune(s.value)
	if r != '_' && !pyfmt.IsXIDStart(r) {
		return false
	}
	return strPredicate(NewStr(s.value[w:]), true, pyfmt.IsXIDContinue)
}

// IsASCIIStr returns s.isascii().
func (s *Str) IsASCIIStr() bool { return s.IsASCII() }

func isASCIIOnly(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] >= 0x80 {
			return false
		}
	}
	return true
}
