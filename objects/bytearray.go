package objects

// bytearray's mutation: item and slice assignment and deletion, append, extend, insert, pop,
// remove and clear.

func byteArrayIndex(ts *Thread, key Object, n int) (int, error) {
	if _, ok := asInt(key); !ok && key.Type().Slots.Index == nil {
		return 0, Errorf(TypeErrorType, "bytearray indices must be integers or slices, not %s", key.Type().Name)
	}
	i, err := seqItemIndex(ts, key, n, "bytearray")
	if err != nil {
		if e, ok := err.(*BaseException); ok && e.Type() == IndexErrorType {
			return 0, Errorf(IndexErrorType, "bytearray index out of range")
		}
	}
	return i, err
}

// setItem is b[key] = val, or del b[key] when val is nil.
func (b *ByteArray) setItem(ts *Thread, key, val Object) error {
	if sl, ok := key.(*Slice); ok {
		return b.setSlice(ts, sl, val)
	}
	i, err := byteArrayIndex(ts, key, len(b.value))
	if err != nil {
		return err
	}
	if val == nil {
		if err := b.resizable(); err != nil {
			return err
		}
		b.value = append(b.value[:i], b.value[i+1:]...)
		return nil
	}
	c, err := byteValue(ts, val)
	if err != nil {
		return err
	}
	b.value[i] = c
	return nil
}

// bytesFromIterable converts the right side of a slice assignment or extend: a bytes-like
// object, or an iterable of ints in range(256).
func bytesFromIterable(ts *Thread, o Object, what string) ([]byte, error) {
	if v, ok := bytesOf(o); ok {
		return []byte(v), nil
	}
	if _, ok := o.(*Str); ok {
		return nil, Errorf(TypeErrorType, "%s", what)
	}
	if !Iterable(o) {
		return nil, Errorf(TypeErrorType, "can't %s '%s' object", "extend bytearray with", o.Type().Name)
	}
	items, err := IterableItems(ts, o)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(items))
	for i, it := range items {
		if out[i], err = byteValue(ts, it); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (b *ByteArray) setSlice(ts *Thread, sl *Slice, val Object) error {
	start, stop, step, err := sl.Unpack(ts)
	if err != nil {
		return err
	}
	start, stop, n := AdjustSliceIndices(len(b.value), start, stop, step)
	var src []byte
	if val != nil {
		if _, isInt := asInt(val); isInt {
			return Errorf(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
		}
		if src, err = bytesFromIterable(ts, val, "can assign only bytes, buffers, or iterables of ints in range(0, 256)"); err != nil {
			return err
		}
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		if len(src) == stop-start {
			// Same size: in place, so that memoryviews of b see the change.
			copy(b.value[start:stop], src)
			return nil
		}
		if err := b.resizable(); err != nil {
			return err
		}
		out := make([]byte, 0, len(b.value)-(stop-start)+len(src))
		out = append(append(append(out, b.value[:start]...), src...), b.value[stop:]...)
		b.value = out
		return nil
	}
	if val == nil {
		if err := b.resizable(); err != nil && n > 0 {
			return err
		}
		drop := make(map[int]bool, n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			drop[i] = true
		}
		out := b.value[:0:0]
		for i, c := range b.value {
			if !drop[i] {
				out = append(out, c)
			}
		}
		b.value = out
		return nil
	}
	if len(src) != n {
		return Errorf(ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
	}
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		b.value[i] = src[k]
	}
	return nil
}

func byteArrayAppend(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkOneArg("bytearray.append", args, kwnames); err != nil {
		return nil, err
	}
	c, err := byteValue(ts, args[0])
	if err != nil {
		return nil, err
	}
	b := self.(*ByteArray)
	if err := b.resizable(); err != nil {
		return nil, err
	}
	b.value = append(b.value, c)
	return None, nil
}

func byteArrayExtend(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkOneArg("bytearray.extend", args, kwnames); err != nil {
		return nil, err
	}
	src, err := bytesFromIterable(ts, args[0], "expected iterable of integers; got: 'str'")
	if err != nil {
		return nil, err
	}
	b := self.(*ByteArray)
	if err := b.resizable(); err != nil {
		return nil, err
	}
	b.value = append(b.value, src...)
	return None, nil
}

func byteArrayInsert(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkPositional("bytearray.insert", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	i, err := indexValue(ts, args[0])
	if err != nil {
		return nil, err
	}
	c, err := byteValue(ts, args[1])
	if err != nil {
		return nil, err
	}
	b := self.(*ByteArray)
	if err := b.resizable(); err != nil {
		return nil, err
	}
	n := len(b.value)
	if i < 0 {
		i = max(i+n, 0)
	}
	i = min(i, n)
	b.value = append(b.value, 0)
	copy(b.value[i+1:], b.value[i:])
	b.value[i] = c
	return None, nil
}

func byteArrayPop(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkPositional("bytearray.pop", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	b := self.(*ByteArray)
	if len(b.value) == 0 {
		return nil, Errorf(IndexErrorType, "pop from empty bytearray")
	}
	i := -1
	if len(args) == 1 {
		var err error
		if i, err = indexValue(ts, args[0]); err != nil {
			return nil, err
		}
	}
	if i < 0 {
		i += len(b.value)
	}
	if i < 0 || i >= len(b.value) {
		return nil, Errorf(IndexErrorType, "pop index out of range")
	}
	if err := b.resizable(); err != nil {
		return nil, err
	}
	c := b.value[i]
	b.value = append(b.value[:i], b.value[i+1:]...)
	return NewInt(int64(c)), nil
}

func byteArrayRemove(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkOneArg("bytearray.remove", args, kwnames); err != nil {
		return nil, err
	}
	c, err := byteValue(ts, args[0])
	if err != nil {
		return nil, err
	}
	b := self.(*ByteArray)
	for i, x := range b.value {
		if x == c {
			if err := b.resizable(); err != nil {
				return nil, err
			}
			b.value = append(b.value[:i], b.value[i+1:]...)
			return None, nil
		}
	}
	return nil, Errorf(ValueErrorType, "value not found in bytearray")
}

func byteArrayClear(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkNoArgs("bytearray.clear", args, kwnames); err != nil {
		return nil, err
	}
	b := self.(*ByteArray)
	if err := b.resizable(); err != nil {
		return nil, err
	}
	b.value = nil
	return None, nil
}

func byteArrayCopy(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkNoArgs("bytearray.copy", args, kwnames); err != nil {
		return nil, err
	}
	return NewByteArray(append([]byte(nil), self.(*ByteArray).value...)), nil
}

func byteArrayReverse(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkNoArgs("bytearray.reverse", args, kwnames); err != nil {
		return nil, err
	}
	v := self.(*ByteArray).value
	for i, j := 0, len(v)-1; i < j; i, j = i+1, j-1 {
		v[i], v[j] = v[j], v[i]
	}
	return None, nil
}

// byteArrayAlloc is __alloc__(): the allocated size, which CPython reports as the length plus
// the terminating NUL.
func byteArrayAlloc(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkNoArgs("bytearray.__alloc__", args, kwnames); err != nil {
		return nil, err
	}
	return NewInt(int64(cap(self.(*ByteArray).value) + 1)), nil
}
