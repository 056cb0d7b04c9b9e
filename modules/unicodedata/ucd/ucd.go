// Package ucd is the Unicode character database CPython 3.13's unicodedata module reports
// (Unicode 15.1.0), with its Unicode 3.2.0 view: character properties, names, aliases,
// named sequences, decompositions and normalization. The tables in tables.go are generated
// by ../gen_tables.py from CPython itself.
package ucd

import "sort"

// MaxRune is one past the last code point.
const MaxRune = 0x110000

// Record holds the properties of one code point.
type Record struct {
	// Category, Bidi and EastAsianWidth index Categories, Bidis and EastAsianWidths.
	Category, Bidi, EastAsianWidth uint8
	// Combining is the canonical combining class.
	Combining uint8
	// Mirrored is the Bidi_Mirrored property.
	Mirrored bool
	// Decimal and Digit are the values, or -1.
	Decimal, Digit int8
	// numeric indexes numerics; 0 means none.
	numeric uint16
	// notYes has bit f set when the character is not certainly in normalization form f
	// by the quick check (NFC_QC and friends not Yes).
	notYes uint8
}

// Numeric returns the numeric value and whether there is one.
func (r Record) Numeric() (float64, bool) {
	if r.numeric == 0 {
		return 0, false
	}
	return numerics[r.numeric], true
}

// Unassigned reports whether the record is that of an unassigned code point (category Cn).
func (r Record) Unassigned() bool { return r.Category == 0 }

// blockOf returns the block of a two-level table's second level that holds r's value.
func blockOf(index1 string, r rune) int {
	b := int(r >> 7)
	return int(at(index1, 2*b))<<8 | int(at(index1, 2*b+1))
}

// lookup2 reads a two-level table of 16-bit values.
func lookup2(index1, index2 string, r rune) int {
	blk := blockOf(index1, r)
	i := (blk<<7 + int(r&127)) * 2
	return int(at(index2, i))<<8 | int(at(index2, i+1))
}

// tableBias is added (modulo 256) to every byte of the binary tables, so that the small
// values that dominate them are printable characters in tables.go, which keeps it compact.
const tableBias = 0x20

// at reads byte i of a binary table.
func at(s string, i int) byte { return s[i] - tableBias }

// u24 reads the 24-bit integer at byte i of a binary table.
func u24(s string, i int) rune {
	return rune(at(s, i))<<16 | rune(at(s, i+1))<<8 | rune(at(s, i+2))
}

func recordAt(n int) Record {
	var d [8]byte
	for i := range d {
		d[i] = at(recordData, n*8+i)
	}
	return Record{
		Category:       d[0],
		Bidi:           d[1],
		Combining:      d[2],
		EastAsianWidth: d[3] & 7,
		notYes:         d[3] >> 3 & 0xF,
		Mirrored:       d[3]&0x80 != 0,
		Decimal:        int8(d[4]),
		Digit:          int8(d[5]),
		numeric:        uint16(d[6])<<8 | uint16(d[7]),
	}
}

// Lookup returns the properties of r (in Unicode 3.2.0 when v32 is set).
func Lookup(r rune, v32 bool) Record {
	if r < 0 || r >= MaxRune {
		return recordAt(0)
	}
	if v32 {
		if n, ok := oldRecord(r); ok {
			return recordAt(n)
		}
	}
	return recordAt(lookup2(recordIndex1, recordIndex2, r))
}

// oldRecord finds r among the ranges whose Unicode 3.2.0 record differs.
func oldRecord(r rune) (int, bool) {
	const size = 8
	n := len(oldRuns) / size
	i := sort.Search(n, func(i int) bool { return u24(oldRuns, i*size+3) >= r })
	if i < n && u24(oldRuns, i*size) <= r {
		return int(at(oldRuns, i*size+6))<<8 | int(at(oldRuns, i*size+7)), true
	}
	return 0, false
}

// assigned32 reports whether r was assigned in Unicode 3.2.0 (or is not assigned at all).
func assigned32(r rune) bool {
	n, ok := oldRecord(r)
	return !ok || recordAt(n).Category != 0
}

// Combining returns the canonical combining class of r in the current version, which
// CPython's normalization uses for both versions.
func Combining(r rune) uint8 {
	if r < 0 || r >= MaxRune {
		return 0
	}
	n := lookup2(recordIndex1, recordIndex2, r)
	return at(recordData, n*8+2)
}
