package ucd

import (
	"strconv"
	"strings"
	"sync"
)

// hexRange is a range of code points named by a prefix and the code point in hex.
type hexRange struct {
	first, last rune
	prefix      string
}

// cjkPrefix names the unified ideographs, which lookup recognises by their form alone.
const cjkPrefix = "CJK UNIFIED IDEOGRAPH-"

// The jamo short names that spell a Hangul syllable's name (Unicode chapter 3.12).
var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// Hangul syllable arithmetic.
const (
	sBase  = 0xAC00
	lBase  = 0x1100
	vBase  = 0x1161
	tBase  = 0x11A7
	lCount = 19
	vCount = 21
	tCount = 28
	nCount = vCount * tCount
	sCount = lCount * nCount
)

func isHangul(r rune) bool { return r >= sBase && r < sBase+sCount }

// nameTables are the decoded name tables, built on first use.
var nameTables struct {
	once    sync.Once
	words   []string
	offsets []int32 // offsets[i] is where name number i+1 starts in names
	byName  map[string]int32
}

// byName values: a code point, or an alias or named sequence.
const (
	aliasFlag = 1 << 28
	seqFlag   = 1 << 29
)

func loadNames() {
	t := &nameTables
	t.words = strings.Split(words, ",")
	for i := 0; i < len(names); i += 1 + int(at(names, i)) {
		t.offsets = append(t.offsets, int32(i))
	}
}

// decodeName spells the encoded name at the start of s and returns its encoded length.
func decodeName(s string) (string, int) {
	n := int(at(s, 0))
	enc := s[1 : 1+n]
	var b strings.Builder
	b.Grow(4 * n)
	prevWord := false
	for i := 0; i < len(enc); i++ {
		w := int(at(enc, i))
		if w >= 0x80 {
			w = (w&0x7F)<<8 | int(at(enc, i+1)) + 128
			i++
		}
		word := nameTables.words[w]
		isWord := word != " " && word != "-"
		if isWord && prevWord {
			b.WriteByte(' ')
		}
		b.WriteString(word)
		prevWord = isWord
	}
	return b.String(), 1 + n
}

// Name returns the name of r (in Unicode 3.2.0 when v32 is set); aliases are not names.
func Name(r rune, v32 bool) (string, bool) {
	if r < 0 || r >= MaxRune || v32 && !assigned32(r) {
		return "", false
	}
	if isHangul(r) {
		s := int(r - sBase)
		return "HANGUL SYLLABLE " + jamoL[s/nCount] + jamoV[s%nCount/tCount] + jamoT[s%tCount], true
	}
	for _, h := range hexNames {
		if h.first <= r && r <= h.last {
			return h.prefix + hex4(r), true
		}
	}
	n := lookup2(nameIndex1, nameIndex2, r)
	if n == 0 {
		return "", false
	}
	nameTables.once.Do(loadNames)
	s, _ := decodeName(names[nameTables.offsets[n-1]:])
	return s, true
}

func hex4(r rune) string {
	s := strings.ToUpper(strconv.FormatInt(int64(r), 16))
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

func buildByName() {
	t := &nameTables
	t.byName = make(map[string]int32, len(t.offsets)+1000)
	// Most blocks of 128 code points share the block of unnamed ones: skip it whole.
	empty := blockOf(nameIndex1, MaxRune-1)
	for r := rune(0); r < MaxRune; r++ {
		if r&127 == 0 && blockOf(nameIndex1, r) == empty {
			r += 127
			continue
		}
		n := lookup2(nameIndex1, nameIndex2, r)
		if n != 0 {
			s, _ := decodeName(names[t.offsets[n-1]:])
			t.byName[s] = r
		}
	}
	for i := 0; i < len(aliases); {
		s, n := decodeName(aliases[i:])
		t.byName[s] = aliasFlag | int32(i+n)
		i += n + 3
	}
	for i := 0; i < len(sequences); {
		s, n := decodeName(sequences[i:])
		t.byName[s] = seqFlag | int32(i+n)
		i += n + 1 + 3*int(at(sequences, i+n))
	}
}

var byNameOnce sync.Once

// LookupName finds the character, or with sequences also the named sequence, called name
// as CPython's unicodedata.lookup does. With v32 (ucd_3_2_0) aliases and named sequences
// are not found, but, as in CPython, characters assigned after Unicode 3.2.0 are. Names compare ASCII-case-insensitively, except the
// algorithmic forms of Hangul syllables and unified ideographs.
func LookupName(name string, v32, sequencesToo bool) ([]rune, bool) {
	if rest, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		if r, ok := hangulByName(rest); ok {
			return []rune{r}, true
		}
	}
	if digits, ok := strings.CutPrefix(name, cjkPrefix); ok {
		if r, ok := parseUpperHex(digits); ok && len(digits) < 6 && isUnifiedIdeograph(r) {
			return []rune{r}, true
		}
		return nil, false
	}
	upper := asciiUpper(name)
	for _, h := range hexNames {
		if h.prefix == cjkPrefix {
			continue
		}
		if digits, ok := strings.CutPrefix(upper, h.prefix); ok {
			r, ok := parseUpperHex(digits)
			if ok && h.first <= r && r <= h.last && hex4(r) == digits {
				return []rune{r}, true
			}
		}
	}
	nameTables.once.Do(loadNames)
	byNameOnce.Do(buildByName)
	v, ok := nameTables.byName[upper]
	if !ok {
		return nil, false
	}
	switch {
	case v&aliasFlag != 0:
		if v32 {
			return nil, false
		}
		return []rune{u24(aliases, int(v&^aliasFlag))}, true
	case v&seqFlag != 0:
		if v32 || !sequencesToo {
			return nil, false
		}
		i := int(v &^ seqFlag)
		rs := make([]rune, at(sequences, i))
		for k := range rs {
			rs[k] = u24(sequences, i+1+3*k)
		}
		return rs, true
	}
	return []rune{v}, true
}

// LookupRune resolves the name in a \N{...} escape: like LookupName, without named
// sequences.
func LookupRune(name string) (rune, bool) {
	rs, ok := LookupName(name, false, false)
	if !ok {
		return 0, false
	}
	return rs[0], true
}

func asciiUpper(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'a' && b[j] <= 'z' {
					b[j] -= 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// parseUpperHex reads four to six upper-case hex digits.
func parseUpperHex(s string) (rune, bool) {
	if len(s) != 4 && len(s) != 5 && len(s) != 6 {
		return 0, false
	}
	var v rune
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			v = v*16 + rune(c-'0')
		case c >= 'A' && c <= 'F':
			v = v*16 + rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return v, true
}

func isUnifiedIdeograph(r rune) bool {
	for _, h := range hexNames {
		if h.prefix == cjkPrefix && h.first <= r && r <= h.last {
			return true
		}
	}
	return false
}

// hangulByName decodes a syllable's jamo as CPython does: each part greedily takes the
// longest matching short name.
func hangulByName(s string) (rune, bool) {
	l, n := longestJamo(s, jamoL)
	s = s[n:]
	v, n := longestJamo(s, jamoV)
	s = s[n:]
	t, n := longestJamo(s, jamoT)
	if l < 0 || v < 0 || t < 0 || n != len(s) {
		return 0, false
	}
	return rune(sBase + (l*vCount+v)*tCount + t), true
}

func longestJamo(s string, names []string) (int, int) {
	best, bestLen := -1, -1
	for i, n := range names {
		if len(n) > bestLen && strings.HasPrefix(s, n) {
			best, bestLen = i, len(n)
		}
	}
	if bestLen < 0 {
		bestLen = 0
	}
	return best, bestLen
}
