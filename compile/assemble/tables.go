package assemble

import (
	"github.com/taipanpy/taipan/compile/flowgraph"
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/objects"
)

// exceptionTable builds co_exceptiontable: one entry per run of instructions
// covered by the same handler.
func exceptionTable(instrs []flowgraph.Instr, offsets []int) []byte {
	var entries []objects.ExceptionTableEntry
	start, handler := 0, -1
	var cur flowgraph.Instr
	flush := func(end int) {
		if handler < 0 || end <= start {
			return
		}
		depth := cur.HandlerDepth - 1
		if cur.HandlerLasti {
			depth--
		}
		entries = append(entries, objects.ExceptionTableEntry{
			Start: start, End: end, Target: offsets[handler], Depth: depth, Lasti: cur.HandlerLasti,
		})
	}
	for i, in := range instrs {
		if in.Handler != handler {
			flush(offsets[i])
			start, handler, cur = offsets[i], in.Handler, in
		}
	}
	flush(offsets[len(instrs)])
	return objects.EncodeExceptionTable(entries)
}

// lineTable builds co_linetable (see objects/linetable.go for the format).
type lineTable struct {
	b      []byte
	lineno int
}

func (t *lineTable) varint(v int) {
	for v >= 64 {
		t.b = append(t.b, byte(64|v&63))
		v >>= 6
	}
	t.b = append(t.b, byte(v))
}

func (t *lineTable) svarint(v int) {
	if v < 0 {
		t.varint(-v<<1 | 1)
	} else {
		t.varint(v << 1)
	}
}

func (t *lineTable) first(kind, n int) { t.b = append(t.b, byte(0x80|kind<<3|(n-1))) }

// entry writes one entry of n <= 8 code units.
func (t *lineTable) entry(loc instrseq.Location, n int) {
	if loc.Lineno < 0 {
		t.first(15, n)
		return
	}
	delta := loc.Lineno - t.lineno
	col, endCol := loc.ColOffset, loc.EndColOffset
	if col < 0 || endCol < 0 {
		if loc.EndLineno == loc.Lineno || loc.EndLineno == -1 {
			t.first(13, n)
			t.svarint(delta)
			t.lineno = loc.Lineno
			return
		}
	} else if loc.EndLineno == loc.Lineno {
		if delta == 0 && col < 80 && endCol-col < 16 && endCol >= col {
			t.first(col>>3, n)
			t.b = append(t.b, byte((col&7)<<4|(endCol-col)))
			return
		}
		if delta >= 0 && delta < 3 && col < 128 && endCol < 128 {
			t.first(10+delta, n)
			t.b = append(t.b, byte(col), byte(endCol))
			t.lineno = loc.Lineno
			return
		}
	}
	t.first(14, n)
	t.svarint(delta)
	t.varint(loc.EndLineno - loc.Lineno)
	t.varint(col + 1)
	t.varint(endCol + 1)
	t.lineno = loc.Lineno
}

func (t *lineTable) emit(loc instrseq.Location, size int) {
	for ; size > 8; size -= 8 {
		t.entry(loc, 8)
	}
	if size > 0 {
		t.entry(loc, size)
	}
}

// locationTable writes the locations of instrs, one entry per run of equal
// locations (split every 8 code units).
func locationTable(instrs []flowgraph.Instr, firstLineno int) []byte {
	t := &lineTable{lineno: firstLineno}
	loc, size := instrseq.NoLocation, 0
	for _, in := range instrs {
		if in.Loc != loc {
			t.emit(loc, size)
			loc, size = in.Loc, 0
		}
		size += instrSize(in.Opcode, in.Oparg)
	}
	t.emit(loc, size)
	return t.b
}
