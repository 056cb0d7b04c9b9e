package objects

// TupleType is the type of Python tuples.
var TupleType = newType("tuple", ObjectType)

// Tuple is a Python tuple.
type Tuple struct {
	items []Object
	ext   *Extension
}

// Type returns TupleType.
func (t *Tuple) Type() *Type { return t.ext.classOr(TupleType) }

// EmptyTuple is the single empty tuple.
var EmptyTuple = &Tuple{}

// NewTuple returns a tuple holding a copy of items.
func NewTuple(items []Object) *Tuple {
	if len(items) == 0 {
		return EmptyTuple
	}
	return &Tuple{items: append([]Object(nil), items...)}
}

// newTupleOwning returns a tuple that takes ownership of items.
func newTupleOwning(items []Object) *Tuple {
	if len(items) == 0 {
		return EmptyTuple
	}
	return &Tuple{items: items}
}

// Items returns the tuple's items; the caller must not modify them.
func (t *Tuple) Items() []Object { return t.items }

// Len returns the number of items; a nil tuple (no keyword names) has none.
func (t *Tuple) Len() int {
	if t == nil {
		return 0
	}
	return len(t.items)
}

// exact returns t as an exact tuple: t itself, or a plain tuple of a subclass instance's
// items, since operations on tuple subclasses return plain tuples.
func (t *Tuple) exact() *Tuple {
	if t.ext == nil {
		return t
	}
	return newTupleOwning(t.items)
}

// GetItem returns t[key] for an int or a slice.
func (t *Tuple) GetItem(ts *Thread, key Object) (Object, error) {
	if sl, ok := key.(*Slice); ok {
		start, _, step, n, err := sl.Indices(ts, len(t.items))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if n == len(t.items) {
				return t.exact(), nil
			}
			return newTupleOwning(t.items[start : start+n : start+n]), nil
		}
		out := make([]Object, n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			out[k] = t.items[i]
		}
		return newTupleOwning(out), nil
	}
	i, err := itemIndex(ts, key, len(t.items), "tuple", "tuple")
	if err != nil {
		return nil, err
	}
	return t.items[i], nil
}

// Concat returns t + u.
func (t *Tuple) Concat(u *Tuple) *Tuple {
	switch {
	case len(u.items) == 0:
		return t.exact()
	case len(t.items) == 0:
		return u.exact()
	}
	out := make([]Object, 0, len(t.items)+len(u.items))
	return newTupleOwning(append(append(out, t.items...), u.items...))
}

// Repeat returns t * n.
func (t *Tuple) Repeat(n int) (*Tuple, error) {
	if n <= 0 || len(t.items) == 0 {
		return EmptyTuple, nil
	}
	if n == 1 {
		return t.exact(), nil
	}
	items, err := repeatItems(t.items, n)
	if err != nil {
		return nil, err
	}
	return newTupleOwning(items), nil
}

// maxSeqItems bounds the items one list or tuple may hold, so that a huge repetition raises
// MemoryError instead of exhausting the process.
const maxSeqItems = 1 << 36

// repeatItems returns items repeated n times (n > 0).
func repeatItems(items []Object, n int) ([]Object, error) {
	if len(items) > maxSeqItems/n {
		return nil, NewException(MemoryErrorType)
	}
	out := make([]Object, len(items)*n)
	copy(out, items)
	for k := len(items); k < len(out); k *= 2 {
		copy(out[k:], out[:k])
	}
	return out, nil
}

// tupleHash is CPython's tuplehash.
func tupleHash(ts *Thread, t *Tuple) (int64, error) { return xxHashItems(ts, t.items, true) }

// tupleRichCompare compares two tuples (or returns NotImplemented when b is not one).
func tupleRichCompare(ts *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok := a.(*Tuple)
	y, ok2 := b.(*Tuple)
	if !ok || !ok2 {
		return NotImplemented, nil
	}
	return seqRichCompare(ts, x, y, op)
}

// tupleNew is tuple() and tuple(iterable).
func tupleNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	if kwnames.Len() != 0 && cls.inheritsFrom(ts, TupleType, "__init__") {
		return nil, Errorf(TypeErrorType, "tuple() takes no keyword arguments")
	}
	if len(args)-kwnames.Len() > 1 {
		return nil, Errorf(TypeErrorType, "tuple expected at most 1 argument, got %d", len(args)-kwnames.Len())
	}
	var t *Tuple
	if len(args)-kwnames.Len() == 0 {
		t = EmptyTuple
	} else if x, ok := args[0].(*Tuple); ok && x.ext == nil && cls == TupleType {
		return x, nil
	} else {
		items, err := collectItems(ts, args[0])
		if err != nil {
			return nil, err
		}
		t = NewTuple(items)
	}
	if cls != TupleType {
		return &Tuple{items: t.items, ext: NewExtension(cls)}, nil
	}
	return t, nil
}

// tupleIndex is tuple.index(value, start=0, stop=sys.maxsize).
func tupleIndex(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkMethodArgs("index", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	t := self.(*Tuple)
	start, stop, err := searchBounds(ts, args[1:], len(t.items))
	if err != nil {
		return nil, err
	}
	i, err := seqFind(ts, func() []Object { return t.items }, args[0], start, stop)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		return nil, Errorf(ValueErrorType, "tuple.index(x): x not in tuple")
	}
	return NewInt(int64(i)), nil
}

// tupleCount is tuple.count(value).
func tupleCount(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkOneArgument("tuple.count", args, kwnames); err != nil {
		return nil, err
	}
	t := self.(*Tuple)
	n, err := seqCount(ts, func() []Object { return t.items }, args[0])
	if err != nil {
		return nil, err
	}
	return NewInt(int64(n)), nil
}

func init() {
	s := &TupleType.Slots
	s.New = tupleNew
	s.Len = func(ts *Thread, o Object) (int, error) { return len(o.(*Tuple).items), nil }
	s.GetItem = func(ts *Thread, o, key Object) (Object, error) { return o.(*Tuple).GetItem(ts, key) }
	s.Contains = func(ts *Thread, o, v Object) (bool, error) {
		t := o.(*Tuple)
		return seqContains(ts, func() []Object { return t.items }, v)
	}
	s.Concat = func(ts *Thread, a, b Object) (Object, error) {
		x := a.(*Tuple)
		y, ok := b.(*Tuple)
		if !ok {
			return nil, Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", b.Type().Name)
		}
		return x.Concat(y), nil
	}
	s.Repeat = func(ts *Thread, a Object, n int) (Object, error) { return a.(*Tuple).Repeat(n) }
	s.RichCompare = tupleRichCompare
	s.Hash = func(ts *Thread, o Object) (int64, error) { return tupleHash(ts, o.(*Tuple)) }
	s.Repr = func(ts *Thread, o Object) (*Str, error) {
		t := o.(*Tuple)
		switch len(t.items) {
		case 0:
			return NewStr("()"), nil
		case 1:
			return containerRepr(ts, t, "(", ",)", "(...)", func() []Object { return t.items })
		}
		return containerRepr(ts, t, "(", ")", "(...)", func() []Object { return t.items })
	}
	s.Iter = func(ts *Thread, o Object) (Object, error) { return &TupleIterator{t: o.(*Tuple)}, nil }
}
