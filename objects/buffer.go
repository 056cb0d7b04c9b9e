package objects

import (
	"runtime"
	"unsafe"
	"weak"
)

// The buffer protocol: how memoryview reaches the memory of bytes and bytearray. An export is
// a managedBuffer shared by every view made from it (CPython's _PyManagedBufferObject); a
// bytearray may not be resized while an export of it is in use.
//
// CPython releases an export when its last view is freed, which reference counting makes
// immediate. Go's collector frees later, so a bytearray keeps weak pointers to its exports and,
// when one blocks a resize, collects garbage once to learn whether the views still exist
// before raising BufferError.

// managedBuffer is one export of an object's memory.
type managedBuffer struct {
	obj      Object
	mem      []byte
	readonly bool
	views    int // views made from it and not released
}

// exportBuffer exports o's memory, or reports that o has none.
func exportBuffer(o Object) (*managedBuffer, bool) {
	switch v := o.(type) {
	case *Bytes:
		return &managedBuffer{obj: o, mem: unsafe.Slice(unsafe.StringData(v.value), len(v.value)), readonly: true}, true
	case *ByteArray:
		mb := &managedBuffer{obj: o, mem: v.value}
		v.exports = append(v.exports, weak.Make(mb))
		return mb, true
	}
	return nil, false
}

// release ends one view's use of the export.
func (mb *managedBuffer) release() {
	mb.views--
	if mb.views > 0 {
		return
	}
	if ba, ok := mb.obj.(*ByteArray); ok {
		ba.dropExport(mb)
	}
}

func (b *ByteArray) dropExport(mb *managedBuffer) {
	for i, w := range b.exports {
		if w.Value() == mb {
			b.exports = append(b.exports[:i], b.exports[i+1:]...)
			return
		}
	}
}

// liveExports drops the exports whose views are all gone and reports whether any is left.
func (b *ByteArray) liveExports() bool {
	kept := b.exports[:0]
	for _, w := range b.exports {
		if mb := w.Value(); mb != nil && mb.views > 0 {
			kept = append(kept, w)
		}
	}
	clear(b.exports[len(kept):])
	b.exports = kept
	return len(kept) > 0
}

// resizable reports the BufferError of resizing a bytearray that memoryviews look into.
func (b *ByteArray) resizable() error {
	if len(b.exports) == 0 || !b.liveExports() {
		return nil
	}
	// Views nobody can reach any more would have been freed in CPython: find them.
	runtime.GC()
	if b.liveExports() {
		return Errorf(BufferErrorType, "Existing exports of data: object cannot be re-sized")
	}
	return nil
}
