package pyfmt

// IsPrintable is Python's str.isprintable for one code point: everything but the categories
// Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space itself.
func IsPrintable(r rune) bool {
	if r < 0x80 {
		return r >= ' ' && r < 0x7f
	}
	return inRanges(printableRanges, r)
}
