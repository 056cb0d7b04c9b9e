package ucd

// Decomposition returns the decomposition mapping of r: its tag (an index of DecompTags; 0
// for a canonical mapping) and code points, or nil. Hangul syllables have none here, as in
// CPython's decomposition(); in Unicode 3.2.0 (v32) characters assigned later have none.
func Decomposition(r rune, v32 bool) (int, []rune) {
	tag, n, start := decompEntry(r, v32)
	if n == 0 {
		return 0, nil
	}
	rs := make([]rune, n)
	for i := range rs {
		rs[i] = u24(decompData, start+3*i)
	}
	return tag, rs
}

// decompEntry locates r's decomposition: tag, count and the offset of its code points.
func decompEntry(r rune, v32 bool) (tag, n, start int) {
	if r < 0 || r >= MaxRune || v32 && !assigned32(r) {
		return 0, 0, 0
	}
	off := lookup2(decompIndex1, decompIndex2, r)
	if off == 0 {
		return 0, 0, 0
	}
	return int(at(decompData, off)), int(at(decompData, off+1)), off + 2
}
