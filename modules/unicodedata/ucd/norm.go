package ucd

import "sync"

// Form is a normalization form.
type Form int

// The normalization forms.
const (
	NFC Form = iota
	NFD
	NFKC
	NFKD
)

// ParseForm returns the form called name ("NFC", ...).
func ParseForm(name string) (Form, bool) {
	switch name {
	case "NFC":
		return NFC, true
	case "NFD":
		return NFD, true
	case "NFKC":
		return NFKC, true
	case "NFKD":
		return NFKD, true
	}
	return 0, false
}

// Normalize returns s in form f, with the data of Unicode 3.2.0 when v32 is set, exactly as
// CPython's unicodedata.normalize computes it.
func Normalize(f Form, s []rune, v32 bool) []rune {
	d := decompose(s, f == NFKC || f == NFKD, v32)
	if f == NFC || f == NFKC {
		return compose(d)
	}
	return d
}

// QuickCheckYes reports whether s is certainly in form f by the Unicode quick check, as
// CPython's normalize() decides whether to return its argument itself: every character has
// the quick check property Yes and the combining classes are in canonical order. For
// Unicode 3.2.0 CPython never answers yes.
func QuickCheckYes(f Form, s []rune, v32 bool) bool {
	if v32 {
		return false
	}
	var prev uint8
	for _, r := range s {
		rec := Lookup(r, false)
		if rec.Combining != 0 && prev > rec.Combining || rec.notYes&(1<<f) != 0 {
			return false
		}
		prev = rec.Combining
	}
	return true
}

// IsNormalized reports whether s is in form f.
func IsNormalized(f Form, s []rune, v32 bool) bool {
	n := Normalize(f, s, v32)
	if len(n) != len(s) {
		return false
	}
	for i := range n {
		if n[i] != s[i] {
			return false
		}
	}
	return true
}

// decompose fully decomposes s (compatibility mappings too when compat is set) and puts
// each run of combining characters in canonical order.
func decompose(s []rune, compat, v32 bool) []rune {
	out := make([]rune, 0, len(s)+len(s)/4)
	var stack []rune
	for _, r := range s {
		stack = append(stack[:0], r)
		for len(stack) > 0 {
			c := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if isHangul(c) {
				i := c - sBase
				out = append(out, lBase+i/nCount, vBase+i%nCount/tCount)
				if t := i % tCount; t != 0 {
					out = append(out, tBase+t)
				}
				continue
			}
			if v32 {
				if rep, ok := correction32(c); ok {
					stack = append(stack, rep)
					continue
				}
			}
			tag, n, start := decompEntry(c, v32)
			if n == 0 || tag != 0 && !compat {
				out = append(out, c)
				continue
			}
			for i := n - 1; i >= 0; i-- {
				stack = append(stack, u24(decompData, start+3*i))
			}
		}
	}
	// Canonical ordering: a stable sort of every run of non-starters by combining class.
	for i := 1; i < len(out); i++ {
		cc := Combining(out[i])
		if cc == 0 {
			continue
		}
		for j := i; j > 0; j-- {
			prev := Combining(out[j-1])
			if prev == 0 || prev <= cc {
				break
			}
			out[j-1], out[j] = out[j], out[j-1]
		}
	}
	return out
}

func correction32(r rune) (rune, bool) {
	for i := 0; i < len(corrections32); i += 6 {
		if u24(corrections32, i) == r {
			return u24(corrections32, i+3), true
		}
	}
	return 0, false
}

// composition tables, built on first use.
var comp struct {
	once   sync.Once
	pairs  map[[2]rune]rune
	firsts map[rune]bool
}

func loadCompositions() {
	comp.pairs = make(map[[2]rune]rune, len(compositions)/9)
	comp.firsts = make(map[rune]bool, 400)
	for i := 0; i < len(compositions); i += 9 {
		a, b := u24(compositions, i), u24(compositions, i+3)
		comp.pairs[[2]rune{a, b}] = u24(compositions, i+6)
		comp.firsts[a] = true
	}
}

// compose recomposes decomposed text the way CPython's nfc_nfkc does: each character that
// can start a composition absorbs the following unblocked characters it combines with.
func compose(s []rune) []rune {
	comp.once.Do(loadCompositions)
	out := make([]rune, 0, len(s))
	var skipped []bool
	for i := 0; i < len(s); {
		if skipped != nil && skipped[i] {
			i++
			continue
		}
		c := s[i]
		// Hangul: the input is decomposed, so only <L, V> and <L, V, T> occur.
		if c >= lBase && c < lBase+lCount && i+1 < len(s) && s[i+1] >= vBase && s[i+1] < vBase+vCount {
			syl := sBase + ((c-lBase)*vCount+(s[i+1]-vBase))*tCount
			i += 2
			if i < len(s) && s[i] > tBase && s[i] < tBase+tCount {
				syl += s[i] - tBase
				i++
			}
			out = append(out, syl)
			continue
		}
		if !comp.firsts[c] {
			out = append(out, c)
			i++
			continue
		}
		var last uint8
		for j := i + 1; j < len(s); j++ {
			cj := Combining(s[j])
			if last != 0 {
				if cj == 0 {
					break
				}
				if last >= cj {
					continue // blocked
				}
			}
			if r, ok := comp.pairs[[2]rune{c, s[j]}]; ok {
				c = r
				if skipped == nil {
					skipped = make([]bool, len(s))
				}
				skipped[j] = true
				if !comp.firsts[c] {
					break
				}
				continue
			}
			if cj == 0 {
				break
			}
			last = cj
		}
		out = append(out, c)
		i++
	}
	return out
}
