package objects

import (
	"bytes"
	"reflect"
	"testing"
)

// TestExceptionTableEncoding checks the encoding against a table CPython 3.13 produced:
// compile("try:\n x\nexcept E:\n y\n", "", "exec").co_exceptiontable.
func TestExceptionTableEncoding(t *testing.T) {
	entries := []ExceptionTableEntry{
		{Start: 2, End: 4, Target: 5, Depth: 0},
		{Start: 5, End: 13, Target: 16, Depth: 1, Lasti: true},
		{Start: 15, End: 16, Target: 16, Depth: 1, Lasti: true},
	}
	want := []byte("\x82\x02\x05\x00\x85\x08\x10\x03\x8f\x01\x10\x03")
	got := EncodeExceptionTable(entries)
	if !bytes.Equal(got, want) {
		t.Fatalf("encoded % x, want % x", got, want)
	}
	if back := ExceptionTableEntries(got); !reflect.DeepEqual(back, entries) {
		t.Fatalf("decoded %+v", back)
	}
	code := &Code{ExceptionTable: got}
	for _, tt := range []struct {
		index  int
		target int
		found  bool
	}{{0, 0, false}, {2, 5, true}, {3, 5, true}, {4, 0, false}, {12, 16, true}, {13, 0, false}, {15, 16, true}, {16, 0, false}} {
		e, ok := code.FindHandler(tt.index)
		if ok != tt.found || ok && e.Target != tt.target {
			t.Errorf("FindHandler(%d) = %+v, %v; want target %d, %v", tt.index, e, ok, tt.target, tt.found)
		}
	}
}

func TestExceptionTableLargeNumbers(t *testing.T) {
	entries := []ExceptionTableEntry{{Start: 100, End: 5000, Target: 70000, Depth: 40}}
	if back := ExceptionTableEntries(EncodeExceptionTable(entries)); !reflect.DeepEqual(back, entries) {
		t.Fatalf("round trip gave %+v", back)
	}
	// A truncated table yields no entry and no panic.
	if e := ExceptionTableEntries([]byte{0x82, 0x42}); len(e) != 0 {
		t.Fatalf("truncated table decoded to %+v", e)
	}
}
