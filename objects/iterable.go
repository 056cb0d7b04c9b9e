package objects

// IterableItems returns the items of an iterable as a slice, as CPython's PySequence_Fast
// does: an exact tuple's items directly (the caller must not modify them), a copy of a list's, else
// the items iteration produces.
func IterableItems(ts *Thread, o Object) ([]Object, error) {
	switch v := o.(type) {
	case *Tuple:
		if v.ext == nil {
			return v.items, nil
		}
	case *List:
		if v.ext == nil {
			return append([]Object(nil), v.items...), nil
		}
	}
	it, err := GetIter(ts, o)
	if err != nil {
		return nil, err
	}
	var items []Object
	for {
		v, err := Next(ts, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return items, nil
		}
		items = append(items, v)
	}
}
