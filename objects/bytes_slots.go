package objects

import (
	"strings"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

// The slots of bytes and bytearray: length, indexing and slicing (an index gives an int),
// containment, concatenation, repetition, comparison, hashing, iteration and repr.

// bytesOf returns the contents of a bytes-like object (bytes, bytearray or an unreleased
// memoryview).
func bytesOf(o Object) (string, bool) {
	switch v := o.(type) {
	case *Bytes:
		return v.value, true
	case *ByteArray:
		return string(v.value), true
	case *MemoryView:
		if !v.released {
			return string(v.Bytes()), true
		}
	case BufferExporter:
		mem, _, _, _ := v.Buffer()
		return string(mem), true
	}
	return "", false
}

// Hash returns the bytes' hash, computed once; it equals the hash of the ASCII str with the
// same characters, as in CPython.
func (b *Bytes) Hash() int64 {
	if !b.hashed {
		b.hash, b.hashed = hashBytes(b.value), true
	}
	return b.hash
}

// byteSliceOf selects the slice sl of v.
func byteSliceOf(ts *Thread, v string, sl *Slice) (string, error) {
	start, stop, step, err := sl.Unpack(ts)
	if err != nil {
		return "", err
	}
	start, stop, n := AdjustSliceIndices(len(v), start, stop, step)
	if step == 1 {
		return v[start:stop], nil
	}
	out := make([]byte, n)
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		out[k] = v[i]
	}
	return string(out), nil
}

// bytesContains is `item in b`: an int in range(256) or a bytes-like object.
func bytesContains(ts *Thread, v string, item Object) (bool, error) {
	if sub, ok := bytesOf(item); ok {
		return strings.Contains(v, sub), nil
	}
	if _, ok := asInt(item); !ok && item.Type().Slots.Index == nil {
		return false, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", item.Type().Name)
	}
	c, err := byteValue(ts, item)
	if err != nil {
		return false, err
	}
	return strings.IndexByte(v, c) >= 0, nil
}

// byteValue converts an int-like object to a byte: "byte must be in range(0, 256)".
func byteValue(ts *Thread, o Object) (byte, error) {
	if _, ok := asInt(o); !ok && o.Type().Slots.Index == nil {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	n, err := Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, small := n.Int64()
	if !small || v < 0 || v > 255 {
		return 0, Errorf(ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(v), nil
}

// BytesIteratorType is the type of iterators over bytes and bytearrays.
var BytesIteratorType = newType("bytes_iterator", ObjectType)

// BytesIterator iterates over the bytes of a bytes or bytearray, as ints.
type BytesIterator struct {
	b   *Bytes
	ba  *ByteArray
	i   int
	typ *Type
}

// Type returns the iterator's type.
func (it *BytesIterator) Type() *Type { return it.typ }

func (it *BytesIterator) next() Object {
	switch {
	case it.b != nil && it.i < len(it.b.value):
		it.i++
		return NewInt(int64(it.b.value[it.i-1]))
	case it.ba != nil && it.i < len(it.ba.value):
		it.i++
		return NewInt(int64(it.ba.value[it.i-1]))
	}
	it.b, it.ba = nil, nil
	return nil
}

// ByteArrayIteratorType is the type of iterators over bytearrays.
var ByteArrayIteratorType = newType("bytearray_iterator", ObjectType)

func bytesCompare(a, b Object, op CompareOp) Object {
	x, ok1 := bytesOf(a)
	y, ok2 := bytesOf(b)
	if !ok1 || !ok2 {
		return NotImplemented
	}
	return NewBool(op.Holds(strings.Compare(x, y)))
}

func bytesRepeat(v string, n int) (string, error) {
	if n <= 0 || v == "" {
		return "", nil
	}
	if len(v) > maxStrBytes/n {
		return "", errNoMemory()
	}
	return strings.Repeat(v, n), nil
}

func init() {
	s := &BytesType.Slots
	s.Len = func(ts *Thread, o Object) (int, error) { return len(o.(*Bytes).value), nil }
	s.GetItem = func(ts *Thread, o, key Object) (Object, error) {
		v := o.(*Bytes).value
		if sl, ok := key.(*Slice); ok {
			r, err := byteSliceOf(ts, v, sl)
			if err != nil {
				return nil, err
			}
			return NewBytesString(r), nil
		}
		i, err := seqItemIndex(ts, key, len(v), "byte")
		if err != nil {
			if e, ok := err.(*BaseException); ok && e.Type() == TypeErrorType {
				return nil, Errorf(TypeErrorType, "byte indices must be integers or slices, not %s", key.Type().Name)
			}
			if e, ok := err.(*BaseException); ok && e.Type() == IndexErrorType && strings.HasPrefix(e.Error(), "IndexError: byte") {
				return nil, Errorf(IndexErrorType, "index out of range")
			}
			return nil, err
		}
		return NewInt(int64(v[i])), nil
	}
	s.Contains = func(ts *Thread, o, item Object) (bool, error) { return bytesContains(ts, o.(*Bytes).value, item) }
	s.Concat = func(ts *Thread, a, b Object) (Object, error) {
		x, _ := bytesOf(a)
		y, ok := bytesOf(b)
		if !ok {
			return nil, Errorf(TypeErrorType, "can't concat %s to %s", b.Type().Name, a.Type().Name)
		}
		return NewBytesString(x + y), nil
	}
	s.Repeat = func(ts *Thread, a Object, n int) (Object, error) {
		r, err := bytesRepeat(a.(*Bytes).value, n)
		if err != nil {
			return nil, err
		}
		return NewBytesString(r), nil
	}
	s.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) { return bytesCompare(a, b, op), nil }
	s.Hash = func(ts *Thread, o Object) (int64, error) { return o.(*Bytes).Hash(), nil }
	s.Iter = func(ts *Thread, o Object) (Object, error) {
		return &BytesIterator{b: o.(*Bytes), typ: BytesIteratorType}, nil
	}
	s.Repr = func(ts *Thread, o Object) (*Str, error) { return newASCIIStr(pyfmt.BytesRepr(o.(*Bytes).value)), nil }
	s.Str = s.Repr
	s.NumBinary[OpRemainder] = func(ts *Thread, a, b Object) (Object, error) {
		f, ok := a.(*Bytes)
		if !ok {
			return NotImplemented, nil
		}
		r, err := percentFormat(ts, f.value, b, true)
		if err != nil {
			return nil, err
		}
		return NewBytesString(r), nil
	}

	ba := &ByteArrayType.Slots
	ba.Len = func(ts *Thread, o Object) (int, error) { return len(o.(*ByteArray).value), nil }
	ba.GetItem = func(ts *Thread, o, key Object) (Object, error) {
		v := o.(*ByteArray)
		if sl, ok := key.(*Slice); ok {
			r, err := byteSliceOf(ts, string(v.value), sl)
			if err != nil {
				return nil, err
			}
			return NewByteArray([]byte(r)), nil
		}
		i, err := byteArrayIndex(ts, key, len(v.value))
		if err != nil {
			return nil, err
		}
		return NewInt(int64(v.value[i])), nil
	}
	ba.SetItem = func(ts *Thread, o, key, val Object) error { return o.(*ByteArray).setItem(ts, key, val) }
	ba.Contains = func(ts *Thread, o, item Object) (bool, error) {
		return bytesContains(ts, string(o.(*ByteArray).value), item)
	}
	ba.Concat = func(ts *Thread, a, b Object) (Object, error) {
		x, _ := bytesOf(a)
		y, ok := bytesOf(b)
		if !ok {
			return nil, Errorf(TypeErrorType, "can't concat %s to %s", b.Type().Name, a.Type().Name)
		}
		return NewByteArray([]byte(x + y)), nil
	}
	ba.InplaceConcat = func(ts *Thread, a, b Object) (Object, error) {
		x := a.(*ByteArray)
		y, ok := bytesOf(b)
		if !ok {
			return nil, Errorf(TypeErrorType, "can't concat %s to %s", b.Type().Name, a.Type().Name)
		}
		if err := x.resizable(); err != nil && len(y) > 0 {
			return nil, err
		}
		x.value = append(x.value, y...)
		return x, nil
	}
	ba.Repeat = func(ts *Thread, a Object, n int) (Object, error) {
		r, err := bytesRepeat(string(a.(*ByteArray).value), n)
		if err != nil {
			return nil, err
		}
		return NewByteArray([]byte(r)), nil
	}
	ba.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) { return bytesCompare(a, b, op), nil }
	ba.Hash = unhashable
	ba.Iter = func(ts *Thread, o Object) (Object, error) {
		return &BytesIterator{ba: o.(*ByteArray), typ: ByteArrayIteratorType}, nil
	}
	ba.Repr = func(ts *Thread, o Object) (*Str, error) {
		return newASCIIStr(o.Type().Name + "(" + pyfmt.ByteArrayRepr(string(o.(*ByteArray).value)) + ")"), nil
	}
	ba.Str = ba.Repr
	ba.NumBinary[OpRemainder] = func(ts *Thread, a, b Object) (Object, error) {
		f, ok := a.(*ByteArray)
		if !ok {
			return NotImplemented, nil
		}
		r, err := percentFormat(ts, string(f.value), b, true)
		if err != nil {
			return nil, err
		}
		return NewByteArray([]byte(r)), nil
	}
	for _, t := range []*Type{BytesIteratorType, ByteArrayIteratorType} {
		t.Slots.Iter = selfIter
		t.Slots.IterNext = func(ts *Thread, o Object) (Object, error) { return o.(*BytesIterator).next(), nil }
	}
}
