package objects

// The location table (co_linetable) maps each code unit to its source span.
// It is a sequence of entries, each covering 1 to 8 code units; the first
// byte of an entry has bit 7 set, the entry's kind in bits 3-6 and its length
// minus one in bits 0-2. Kinds 0-9 are the short form (same line, columns in
// one more byte), 10-12 the one-line forms (line delta 0-2, start and end
// column bytes), 13 a line delta without columns, 14 the long form (line
// delta, end-line delta, columns plus one, as varints) and 15 no location.
// Varints are little-endian 6-bit groups, bit 6 meaning that another follows;
// signed ones carry the sign in bit 0.

// Position is the source span of one code unit; a field below zero is unknown.
type Position struct {
	Lineno, EndLineno, ColOffset, EndColOffset int
}

// LineRange is an entry of co_lines(): code units [Start, End) come from line
// Line, or from no line when Line is -1.
type LineRange struct {
	Start, End, Line int
}

type linetableReader struct {
	b []byte
	i int
}

func (r *linetableReader) byte() int {
	if r.i >= len(r.b) {
		return 0
	}
	c := r.b[r.i]
	r.i++
	return int(c)
}

func (r *linetableReader) varint() int {
	c := r.byte()
	v := c & 63
	for shift := 6; c&64 != 0 && r.i < len(r.b); shift += 6 {
		c = r.byte()
		v |= (c & 63) << shift
	}
	return v
}

func (r *linetableReader) svarint() int {
	v := r.varint()
	if v&1 != 0 {
		return -(v >> 1)
	}
	return v >> 1
}

// Positions decodes the location table into one Position per code unit
// (co_positions()).
func (c *Code) Positions() []Position {
	var out []Position
	line := c.FirstLineno
	r := &linetableReader{b: c.LineTable}
	for r.i < len(r.b) {
		first := r.byte()
		if first&0x80 == 0 {
			break // damaged table
		}
		kind, n := first>>3&15, first&7+1
		p := Position{-1, -1, -1, -1}
		switch {
		case kind == 15:
		case kind == 14:
			line += r.svarint()
			p.Lineno = line
			p.EndLineno = line + r.varint()
			p.ColOffset = r.varint() - 1
			p.EndColOffset = r.varint() - 1
		case kind == 13:
			line += r.svarint()
			p.Lineno, p.EndLineno = line, line
		case kind >= 10:
			line += kind - 10
			p.Lineno, p.EndLineno = line, line
			p.ColOffset = r.byte()
			p.EndColOffset = r.byte()
		default:
			b := r.byte()
			p.Lineno, p.EndLineno = line, line
			p.ColOffset = kind<<3 | b>>4
			p.EndColOffset = p.ColOffset + b&15
		}
		for k := 0; k < n; k++ {
			out = append(out, p)
		}
	}
	return out
}

// Lines returns co_lines(): the ranges of code units with their line, with
// neighbouring ranges of the same line merged.
func (c *Code) Lines() []LineRange {
	var out []LineRange
	for i, p := range c.Positions() {
		if n := len(out); n > 0 && out[n-1].Line == p.Lineno && out[n-1].End == i {
			out[n-1].End = i + 1
			continue
		}
		out = append(out, LineRange{Start: i, End: i + 1, Line: p.Lineno})
	}
	return out
}

// LineOf returns the line of code unit i, -1 when it has none. The table is decoded once.
func (c *Code) LineOf(i int) int {
	if c.lines == nil {
		ps := c.Positions()
		lines := make([]int32, len(ps))
		for k, p := range ps {
			lines[k] = int32(p.Lineno)
		}
		c.lines = lines
	}
	if i < 0 || i >= len(c.lines) {
		return -1
	}
	return int(c.lines[i])
}
