package objects

import (
	"runtime"
	"unsafe"
	"weak"
)

// The buffer protocol: how memoryview reaches the memory of bytes, bytearray and the
// exporters of other packages (BufferExporter). An export is a managedBuffer shared by every
// view made from it (CPython's _PyManagedBufferObject); a resizable exporter may not be resized
// while an export of it is in use.
//
// CPython releases an export when its last view is freed, which reference counting makes
// immediate. Go's collector frees later, so a resizable exporter keeps weak pointers to its
// exports (BufferExports) and, when one blocks a resize, collects garbage once to learn
// whether the views still exist before refusing.

// managedBuffer is one export of an object's memory.
type managedBuffer struct {
	obj      Object
	mem      []byte
	format   string
	itemsize int
	readonly bool
	views    int            // views made from it and not released
	owner    *BufferExports // of a resizable exporter, nil otherwise
}

// BufferExporter is implemented by the Go values of types defined outside this package whose
// instances lend their memory to memoryview, as the array module's arrays do.
type BufferExporter interface {
	Object
	// Buffer returns the memory, the struct format of its items and their size.
	Buffer() (mem []byte, format string, itemsize int, readonly bool)
	// BufferExports returns the record of the exports of a resizable exporter, nil for an
	// exporter whose memory never moves.
	BufferExports() *BufferExports
}

// BufferExports records the exports of a resizable object's memory, so that it can refuse to
// resize while a memoryview looks into it. The zero value has no exports.
type BufferExports struct {
	list []weak.Pointer[managedBuffer]
}

// exportBuffer exports o's memory, or reports that o has none.
func exportBuffer(o Object) (*managedBuffer, bool) {
	switch v := o.(type) {
	case *Bytes:
		return &managedBuffer{obj: o, mem: unsafe.Slice(unsafe.StringData(v.value), len(v.value)), format: "B", itemsize: 1, readonly: true}, true
	case *ByteArray:
		return v.exports.add(&managedBuffer{obj: o, mem: v.value, format: "B", itemsize: 1}), true
	case BufferExporter:
		mem, format, itemsize, readonly := v.Buffer()
		mb := &managedBuffer{obj: o, mem: mem, format: format, itemsize: itemsize, readonly: readonly}
		if e := v.BufferExports(); e != nil {
			e.add(mb)
		}
		return mb, true
	}
	return nil, false
}

func (e *BufferExports) add(mb *managedBuffer) *managedBuffer {
	mb.owner = e
	e.list = append(e.list, weak.Make(mb))
	return mb
}

// release ends one view's use of the export.
func (mb *managedBuffer) release() {
	mb.views--
	if mb.views > 0 {
		return
	}
	if mb.owner != nil {
		mb.owner.drop(mb)
	}
}

func (e *BufferExports) drop(mb *managedBuffer) {
	for i, w := range e.list {
		if w.Value() == mb {
			e.list = append(e.list[:i], e.list[i+1:]...)
			return
		}
	}
}

// live drops the exports whose views are all gone and reports whether any is left.
func (e *BufferExports) live() bool {
	kept := e.list[:0]
	for _, w := range e.list {
		if mb := w.Value(); mb != nil && mb.views > 0 {
			kept = append(kept, w)
		}
	}
	clear(e.list[len(kept):])
	e.list = kept
	return len(kept) > 0
}

// InUse reports whether a memoryview of the memory may still be in use, which forbids
// resizing it.
func (e *BufferExports) InUse() bool {
	if len(e.list) == 0 || !e.live() {
		return false
	}
	// Views nobody can reach any more would have been freed in CPython: find them.
	runtime.GC()
	return e.live()
}

// resizable reports the BufferError of resizing a bytearray that memoryviews look into.
func (b *ByteArray) resizable() error {
	if b.exports.InUse() {
		return Errorf(BufferErrorType, "Existing exports of data: object cannot be re-sized")
	}
	return nil
}
