package array

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/taipanpy/taipan/objects"
)

// The array type's slots: subscripting, concatenation and repetition, comparison, repr.

func arrayGetItem(ts *objects.Thread, o, key objects.Object) (objects.Object, error) {
	a := o.(*Array)
	if sl, ok := key.(*objects.Slice); ok {
		start, _, step, n, err := sl.Indices(ts, a.Len())
		if err != nil {
			return nil, err
		}
		r := newArray(ArrayType, a.d)
		if step == 1 {
			r.buf = append([]byte(nil), a.buf[start*a.d.size:(start+n)*a.d.size]...)
			return r, nil
		}
		r.buf = make([]byte, 0, n*a.d.size)
		for i, k := start, 0; k < n; i, k = i+step, k+1 {
			r.buf = append(r.buf, a.item(i)...)
		}
		return r, nil
	}
	if !isIndex(key) {
		return nil, objects.Errorf(objects.TypeErrorType, "array indices must be integers")
	}
	i, err := itemIndex(ts, key, a.Len(), "array index out of range")
	if err != nil {
		return nil, err
	}
	return a.get(i)
}

func arraySetItem(ts *objects.Thread, o, key, v objects.Object) error {
	a := o.(*Array)
	if sl, ok := key.(*objects.Slice); ok {
		return a.setSlice(ts, sl, v)
	}
	if !isIndex(key) {
		return objects.Errorf(objects.TypeErrorType, "array indices must be integers")
	}
	i, err := itemIndex(ts, key, a.Len(), "array assignment index out of range")
	if err != nil {
		return err
	}
	if v == nil {
		return a.deleteRange(i, i+1)
	}
	return a.setItem(ts, i, v)
}

// deleteRange removes items [i, j).
func (a *Array) deleteRange(i, j int) error {
	if i >= j {
		return nil
	}
	n := a.Len()
	size := a.d.size
	if a.exports.InUse() {
		return objects.Errorf(objects.BufferErrorType, "cannot resize an array that is exporting buffers")
	}
	copy(a.buf[i*size:], a.buf[j*size:])
	return a.resize(n - (j - i))
}

// setSlice is a[sl] = v (v an array of the same typecode) or del a[sl] (v nil).
func (a *Array) setSlice(ts *objects.Thread, sl *objects.Slice, v objects.Object) error {
	start, stop, step, n, err := sl.Indices(ts, a.Len())
	if err != nil {
		return err
	}
	size := a.d.size
	var src []byte
	if v != nil {
		other := asArray(v)
		if other == nil {
			return objects.Errorf(objects.TypeErrorType, "can only assign array (not \"%s\") to array slice", v.Type().Name)
		}
		if other.d != a.d {
			return objects.Errorf(objects.TypeErrorType, "bad argument type for built-in operation")
		}
		src = append([]byte(nil), other.buf...)
	}
	needed := len(src) / size
	if step == 1 {
		if stop < start {
			stop = start
		}
		if v == nil {
			return a.deleteRange(start, stop)
		}
		old := a.Len()
		tail := append([]byte(nil), a.buf[stop*size:]...)
		if err := a.resize(old - (stop - start) + needed); err != nil {
			return err
		}
		copy(a.buf[start*size:], src)
		copy(a.buf[(start+needed)*size:], tail)
		return nil
	}
	if v == nil {
		if n == 0 {
			return nil
		}
		if step < 0 {
			start, step = start+step*(n-1), -step
		}
		keep := make([]byte, 0, len(a.buf)-n*size)
		for i, k := 0, 0; i < a.Len(); i++ {
			if k < n && i == start+k*step {
				k++
				continue
			}
			keep = append(keep, a.item(i)...)
		}
		if a.exports.InUse() {
			return objects.Errorf(objects.BufferErrorType, "cannot resize an array that is exporting buffers")
		}
		copy(a.buf, keep)
		return a.resize(len(keep) / size)
	}
	if needed != n {
		return objects.Errorf(objects.ValueErrorType, "attempt to assign array of size %d to extended slice of size %d", needed, n)
	}
	for i, k := start, 0; k < n; i, k = i+step, k+1 {
		copy(a.item(i), src[k*size:(k+1)*size])
	}
	return nil
}

func arrayConcat(ts *objects.Thread, x, y objects.Object) (objects.Object, error) {
	a := x.(*Array)
	b := asArray(y)
	if b == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "can only append array (not \"%s\") to array", y.Type().Name)
	}
	if b.d != a.d {
		return nil, objects.Errorf(objects.TypeErrorType, "bad argument type for built-in operation")
	}
	r := newArray(ArrayType, a.d)
	r.buf = make([]byte, 0, len(a.buf)+len(b.buf))
	r.buf = append(append(r.buf, a.buf...), b.buf...)
	return r, nil
}

func arrayInplaceConcat(ts *objects.Thread, x, y objects.Object) (objects.Object, error) {
	a := x.(*Array)
	b := asArray(y)
	if b == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "can only extend array with array (not \"%s\")", y.Type().Name)
	}
	if err := a.extendArray(b); err != nil {
		return nil, err
	}
	return a, nil
}

func arrayRepeat(ts *objects.Thread, x objects.Object, n int) (objects.Object, error) {
	a := x.(*Array)
	if n < 0 {
		n = 0
	}
	r := newArray(ArrayType, a.d)
	if len(a.buf) > 0 && n > (1<<40)/len(a.buf) {
		return nil, objects.NewException(objects.MemoryErrorType)
	}
	r.buf = bytes.Repeat(a.buf, n)
	return r, nil
}

func arrayInplaceRepeat(ts *objects.Thread, x objects.Object, n int) (objects.Object, error) {
	a := x.(*Array)
	if n < 0 {
		n = 0
	}
	if len(a.buf) > 0 && n > (1<<40)/len(a.buf) {
		return nil, objects.NewException(objects.MemoryErrorType)
	}
	if len(a.buf) == 0 {
		return a, nil
	}
	rep := bytes.Repeat(a.buf, n)
	if err := a.resize(len(rep) / a.d.size); err != nil {
		return nil, err
	}
	copy(a.buf, rep)
	return a, nil
}

func arrayContains(ts *objects.Thread, o, v objects.Object) (bool, error) {
	a := o.(*Array)
	for i := 0; i < a.Len(); i++ {
		eq, err := a.equalAt(ts, i, v)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func arrayRichCompare(ts *objects.Thread, x, y objects.Object, op objects.CompareOp) (objects.Object, error) {
	a, b := asArray(x), asArray(y)
	if a == nil || b == nil {
		return objects.NotImplemented, nil
	}
	na, nb := a.Len(), b.Len()
	if na != nb && (op == objects.CmpEQ || op == objects.CmpNE) {
		return objects.NewBool(op == objects.CmpNE), nil
	}
	if a.d == b.d && a.d.kind != floatKind {
		return objects.NewBool(compareRaw(a, b, op)), nil
	}
	// Find the first items that differ; they decide, or the lengths do.
	i := 0
	for ; i < na && i < nb; i++ {
		y, err := b.get(i)
		if err != nil {
			return nil, err
		}
		eq, err := a.equalAt(ts, i, y)
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i >= na || i >= nb {
		var r bool
		switch op {
		case objects.CmpLT:
			r = na < nb
		case objects.CmpLE:
			r = na <= nb
		case objects.CmpEQ:
			r = na == nb
		case objects.CmpNE:
			r = na != nb
		case objects.CmpGT:
			r = na > nb
		case objects.CmpGE:
			r = na >= nb
		}
		return objects.NewBool(r), nil
	}
	switch op {
	case objects.CmpEQ:
		return objects.False, nil
	case objects.CmpNE:
		return objects.True, nil
	}
	x, err := a.get(i)
	if err != nil {
		return nil, err
	}
	y, err2 := b.get(i)
	if err2 != nil {
		return nil, err2
	}
	return objects.Compare(ts, x, y, op)
}

// compareRaw compares arrays of the same integer or character typecode by their C values,
// as CPython's compareitems fast path does.
func compareRaw(a, b *Array, op objects.CompareOp) bool {
	na, nb := a.Len(), b.Len()
	c := 0
	for i := 0; i < na && i < nb && c == 0; i++ {
		if a.d.signed {
			x, y := a.d.getInt(a.item(i)), b.d.getInt(b.item(i))
			c = cmpOrdered(x, y)
		} else {
			x, y := a.d.getUint(a.item(i)), b.d.getUint(b.item(i))
			c = cmpOrdered(x, y)
		}
	}
	if c == 0 {
		c = cmpOrdered(na, nb)
	}
	switch op {
	case objects.CmpLT:
		return c < 0
	case objects.CmpLE:
		return c <= 0
	case objects.CmpEQ:
		return c == 0
	case objects.CmpNE:
		return c != 0
	case objects.CmpGT:
		return c > 0
	}
	return c >= 0
}

func cmpOrdered[T int | int64 | uint64](x, y T) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

func arrayRepr(ts *objects.Thread, o objects.Object) (*objects.Str, error) {
	a := o.(*Array)
	name := a.Type().Name
	if a.Type() == ArrayType {
		name = "array"
	}
	var b strings.Builder
	b.WriteString(name)
	b.WriteString("('")
	b.WriteByte(a.d.code)
	b.WriteByte('\'')
	if a.Len() > 0 {
		var v objects.Object
		var err error
		if a.d.kind == charKind {
			v, err = a.unicode(ts)
		} else {
			v, err = a.toList()
		}
		if err != nil {
			return nil, err
		}
		r, err := objects.Repr(ts, v)
		if err != nil {
			return nil, err
		}
		b.WriteString(", ")
		b.WriteString(r.Value())
	}
	b.WriteByte(')')
	return objects.NewStr(b.String()), nil
}

// toList returns the items as a list.
func (a *Array) toList() (*objects.List, error) {
	items := make([]objects.Object, a.Len())
	for i := range items {
		v, err := a.get(i)
		if err != nil {
			return nil, err
		}
		items[i] = v
	}
	return objects.NewList(items), nil
}

// unicode returns the characters of a 'u' or 'w' array as a string. A 'w' array is decoded
// as UTF-32, which rejects surrogates; a 'u' array as wchar_t text, which keeps them.
func (a *Array) unicode(ts *objects.Thread) (*objects.Str, error) {
	rs := make([]rune, a.Len())
	for i := range rs {
		c := a.d.getUint(a.item(i))
		switch {
		case a.d.code == 'w' && c >= 0xd800 && c < 0xe000:
			return nil, utf32Error(ts, a.buf, i, "code point in surrogate code point range(0xd800, 0xe000)")
		case c > unicode.MaxRune && a.d.code == 'w':
			return nil, utf32Error(ts, a.buf, i, "code point not in range(0x110000)")
		case c > unicode.MaxRune:
			return nil, objects.Errorf(objects.ValueErrorType, "character U+%x is not in range [U+0000; U+10ffff]", c)
		}
		rs[i] = rune(c)
	}
	return objects.NewStrFromRunes(rs), nil
}

// utf32Error is the UnicodeDecodeError of decoding item i of buf as UTF-32.
func utf32Error(ts *objects.Thread, buf []byte, i int, reason string) error {
	e, err := objects.CallException(ts, objects.UnicodeDecodeErrorType, []objects.Object{objects.NewStr("utf-32-le"),
		objects.NewBytes(buf), objects.NewInt(int64(i * 4)), objects.NewInt(int64(i*4 + 4)), objects.NewStr(reason)}, nil)
	if err != nil {
		return err
	}
	return e
}

// extendArray appends the items of b, which must have a's typecode.
func (a *Array) extendArray(b *Array) error {
	if b.d != a.d {
		return objects.Errorf(objects.TypeErrorType, "can only extend with array of same kind")
	}
	return a.appendBytes(append([]byte(nil), b.buf...))
}
