package objects

// sequenceIndex converts a subscript to an index into a sequence of length n, applying
// Python's negative-index rule. typ names the sequence type in the TypeError for a bad index;
// what names the operation in the IndexError ("list", "list assignment").
func sequenceIndex(key Object, n int, typ, what string) (int, error) {
	i, ok := asInt(key)
	if !ok {
		return 0, Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", typ, key.Type().Name)
	}
	v, small := i.Int64()
	if small && v < 0 {
		v += int64(n)
	}
	if !small || v < 0 || v >= int64(n) {
		return 0, Errorf(IndexErrorType, "%s index out of range", what)
	}
	return int(v), nil
}

func init() {
	TupleType.Slots.Len = func(ts *Thread, o Object) (int, error) { return len(o.(*Tuple).items), nil }
	TupleType.Slots.GetItem = func(ts *Thread, o, key Object) (Object, error) {
		t := o.(*Tuple)
		i, err := sequenceIndex(key, len(t.items), "tuple", "tuple")
		if err != nil {
			return nil, err
		}
		return t.items[i], nil
	}
	TupleType.Slots.Iter = func(ts *Thread, o Object) (Object, error) { return &TupleIterator{t: o.(*Tuple)}, nil }
	ListType.Slots.Len = func(ts *Thread, o Object) (int, error) { return len(o.(*List).items), nil }
	ListType.Slots.GetItem = func(ts *Thread, o, key Object) (Object, error) {
		l := o.(*List)
		i, err := sequenceIndex(key, len(l.items), "list", "list")
		if err != nil {
			return nil, err
		}
		return l.items[i], nil
	}
	ListType.Slots.SetItem = func(ts *Thread, o, key, v Object) error {
		l := o.(*List)
		i, err := sequenceIndex(key, len(l.items), "list", "list assignment")
		if err != nil {
			return err
		}
		if v == nil {
			l.items = append(l.items[:i], l.items[i+1:]...)
			return nil
		}
		l.items[i] = v
		return nil
	}
	ListType.Slots.Iter = func(ts *Thread, o Object) (Object, error) { return &ListIterator{l: o.(*List)}, nil }
}
