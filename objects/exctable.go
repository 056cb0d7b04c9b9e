package objects

// The exception table says, for each range of instructions, where control goes when one of them
// raises: the handler's instruction index, the stack depth to unwind to, and whether to push the
// index of the raising instruction (lasti) before the exception. Its encoding is CPython's
// co_exceptiontable, so that code objects, dis listings and marshalled code agree with CPython:
// each entry is four variable-length numbers (start, length, target, depth<<1 | lasti), in code
// units; a number is written in 6-bit groups, most significant first, bit 6 of a byte meaning
// that another group follows; bit 7 marks the first byte of an entry.

// ExceptionTableEntry is one entry of an exception table.
type ExceptionTableEntry struct {
	// Start and End delimit the covered instructions, End excluded, in code units.
	Start, End int
	// Target is the handler's instruction index.
	Target int
	// Depth is the number of value-stack items kept below the exception.
	Depth int
	// Lasti asks for the raising instruction's index to be pushed before the exception.
	Lasti bool
}

// EncodeExceptionTable writes entries, sorted by Start, in co_exceptiontable's encoding.
func EncodeExceptionTable(entries []ExceptionTableEntry) []byte {
	var b []byte
	for _, e := range entries {
		lasti := 0
		if e.Lasti {
			lasti = 1
		}
		n := len(b)
		b = appendVarint(b, e.Start)
		b[n] |= 0x80
		b = appendVarint(b, e.End-e.Start)
		b = appendVarint(b, e.Target)
		b = appendVarint(b, e.Depth<<1|lasti)
	}
	return b
}

func appendVarint(b []byte, v int) []byte {
	shift := 0
	for v>>(shift+6) > 0 {
		shift += 6
	}
	for ; shift > 0; shift -= 6 {
		b = append(b, byte(v>>shift&63|64))
	}
	return append(b, byte(v&63))
}

// readVarint reads one number at b[i:], returning it and the index after it; ok is false when
// the table ends in the middle of a number.
func readVarint(b []byte, i int) (v, next int, ok bool) {
	for i < len(b) {
		c := b[i]
		i++
		v = v<<6 | int(c&63)
		if c&64 == 0 {
			return v, i, true
		}
	}
	return 0, i, false
}

// ExceptionTableEntries decodes an exception table; a malformed table yields the entries before
// the damage.
func ExceptionTableEntries(table []byte) []ExceptionTableEntry {
	var out []ExceptionTableEntry
	for i := 0; i < len(table); {
		var f [4]int
		ok := true
		for k := range f {
			if f[k], i, ok = readVarint(table, i); !ok {
				return out
			}
		}
		out = append(out, ExceptionTableEntry{Start: f[0], End: f[0] + f[1], Target: f[2], Depth: f[3] >> 1, Lasti: f[3]&1 != 0})
	}
	return out
}

// FindHandler returns the entry covering the instruction at index, as the interpreter does when
// an instruction raises; entries are sorted, so the scan stops at the first one starting after
// index.
func (c *Code) FindHandler(index int) (ExceptionTableEntry, bool) {
	t := c.ExceptionTable
	for i := 0; i < len(t); {
		start, j, ok := readVarint(t, i)
		if !ok || start > index {
			break
		}
		size, j, ok := readVarint(t, j)
		if !ok {
			break
		}
		if index < start+size {
			target, j, ok1 := readVarint(t, j)
			dl, _, ok2 := readVarint(t, j)
			if !ok1 || !ok2 {
				break
			}
			return ExceptionTableEntry{Start: start, End: start + size, Target: target, Depth: dl >> 1, Lasti: dl&1 != 0}, true
		}
		// Skip to the next entry: the next byte with bit 7 set.
		for i = j; i < len(t) && t[i]&0x80 == 0; i++ {
		}
	}
	return ExceptionTableEntry{}, false
}
