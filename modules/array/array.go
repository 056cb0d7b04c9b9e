// Package array is CPython's array module: compact arrays of one C numeric or character type,
// stored as the C values' bytes and exported to memoryview with their struct format.
package array

import (
	"github.com/taipanpy/taipan/objects"
)

// ArrayType is array.array.
var ArrayType = &objects.Type{Name: "array.array", Flags: objects.TypeSequence}

// Array is an array.array: the items' bytes, native byte order.
type Array struct {
	objects.Extensible
	d       *descr
	buf     []byte
	exports objects.BufferExports
}

// Type returns array.array or the instance's subclass.
func (a *Array) Type() *objects.Type { return a.ClassOr(ArrayType) }

// Buffer lends the array's memory to memoryview.
func (a *Array) Buffer() ([]byte, string, int, bool) { return a.buf, a.d.format, a.d.size, false }

// BufferExports records the memoryviews of the array, which forbid resizing it.
func (a *Array) BufferExports() *objects.BufferExports { return &a.exports }

// Len returns the number of items.
func (a *Array) Len() int { return len(a.buf) / a.d.size }

// item returns the bytes of item i.
func (a *Array) item(i int) []byte { return a.buf[i*a.d.size : (i+1)*a.d.size] }

// get returns item i as a Python object.
func (a *Array) get(i int) (objects.Object, error) { return a.d.get(a.item(i)) }

// equalAt reports whether item i equals v.
func (a *Array) equalAt(ts *objects.Thread, i int, v objects.Object) (bool, error) {
	x, err := a.get(i)
	if err != nil {
		return false, err
	}
	return objects.Equal(ts, x, v)
}

// newArray returns an empty array of class cls.
func newArray(cls *objects.Type, d *descr) *Array {
	a := &Array{d: d}
	a.Extend(cls, ArrayType)
	return a
}

// resize sets the array's length to n items, keeping the first ones; the new items are zero.
// It fails while a memoryview looks into the array's memory.
func (a *Array) resize(n int) error {
	if n == a.Len() {
		return nil
	}
	if a.exports.InUse() {
		return objects.Errorf(objects.BufferErrorType, "cannot resize an array that is exporting buffers")
	}
	size := n * a.d.size
	switch {
	case size <= len(a.buf):
		a.buf = a.buf[:size]
	case size <= cap(a.buf):
		// Bytes past the old length may be left from a shrink: the new items start at zero.
		old := len(a.buf)
		a.buf = a.buf[:size]
		clear(a.buf[old:])
	default:
		nb := make([]byte, size, size+size/8+16)
		copy(nb, a.buf)
		a.buf = nb
	}
	return nil
}

// appendBytes adds raw items to the end.
func (a *Array) appendBytes(b []byte) error {
	old := len(a.buf)
	if err := a.resize(a.Len() + len(b)/a.d.size); err != nil {
		return err
	}
	copy(a.buf[old:], b)
	return nil
}

// appendItem converts v and adds it to the end.
func (a *Array) appendItem(ts *objects.Thread, v objects.Object) error {
	var tmp [8]byte
	b := tmp[:a.d.size]
	if err := a.d.set(ts, b, v); err != nil {
		return err
	}
	return a.appendBytes(b)
}

// setItem stores v as item i.
func (a *Array) setItem(ts *objects.Thread, i int, v objects.Object) error {
	return a.d.set(ts, a.item(i), v)
}

// asArray returns o as an array, or nil.
func asArray(o objects.Object) *Array {
	a, _ := o.(*Array)
	return a
}
