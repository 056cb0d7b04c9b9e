package objects

// ListType is the type of Python lists.
var ListType = newType("list", ObjectType)

// List is a Python list.
type List struct {
	items []Object
	ext   *Extension
}

// Type returns ListType.
func (l *List) Type() *Type { return l.ext.classOr(ListType) }

// NewList returns a list holding a copy of items.
func NewList(items []Object) *List { return &List{items: append([]Object(nil), items...)} }

// newListOwning returns a list that takes ownership of items.
func newListOwning(items []Object) *List { return &List{items: items} }

// Items returns the list's current items; they alias the list's storage.
func (l *List) Items() []Object { return l.items }

// Len returns the number of items.
func (l *List) Len() int { return len(l.items) }

// Append adds v at the end of the list.
func (l *List) Append(v Object) { l.items = append(l.items, v) }

// setItems replaces the list's storage, clearing the tail of the old one so that the
// collector can free what it referred to.
func (l *List) setItems(items []Object) {
	if len(items) < len(l.items) && cap(items) == cap(l.items) {
		clear(l.items[len(items):])
	}
	l.items = items
}

// GetItem returns l[key] for an int or a slice.
func (l *List) GetItem(ts *Thread, key Object) (Object, error) {
	if sl, ok := key.(*Slice); ok {
		start, _, step, n, err := sl.Indices(ts, len(l.items))
		if err != nil {
			return nil, err
		}
		out := make([]Object, n)
		if step == 1 {
			copy(out, l.items[start:start+n])
		} else {
			for k, i := 0, start; k < n; k, i = k+1, i+step {
				out[k] = l.items[i]
			}
		}
		return newListOwning(out), nil
	}
	i, err := itemIndex(ts, key, len(l.items), "list", "list")
	if err != nil {
		return nil, err
	}
	return l.items[i], nil
}

// SetItem sets l[key] = v, or deletes l[key] when v is nil.
func (l *List) SetItem(ts *Thread, key, v Object) error {
	if sl, ok := key.(*Slice); ok {
		return l.assignSlice(ts, sl, v)
	}
	i, err := itemIndex(ts, key, len(l.items), "list", "list assignment")
	if err != nil {
		return err
	}
	if v == nil {
		l.deleteRange(i, i+1)
		return nil
	}
	l.items[i] = v
	return nil
}

// deleteRange removes the items in [i, j).
func (l *List) deleteRange(i, j int) {
	if i >= j {
		return
	}
	n := copy(l.items[i:], l.items[j:])
	l.setItems(l.items[:i+n])
}

// assignSlice is l[sl] = v (list_ass_subscript), or del l[sl] when v is nil.
func (l *List) assignSlice(ts *Thread, sl *Slice, v Object) error {
	start, stop, step, err := sl.Unpack(ts)
	if err != nil {
		return err
	}
	if step == 1 {
		start, stop, _ = AdjustSliceIndices(len(l.items), start, stop, step)
		return l.assignRange(ts, start, stop, v)
	}
	if v == nil {
		start, _, n := AdjustSliceIndices(len(l.items), start, stop, step)
		if n == 0 {
			return nil
		}
		if step < 0 {
			// Delete the same items walking forwards.
			start, step = start+step*(n-1), -step
		}
		out := l.items[:start]
		for i := start; i < len(l.items); i++ {
			if i >= start && (i-start)%step == 0 && (i-start)/step < n {
				continue
			}
			out = append(out, l.items[i])
		}
		l.setItems(out)
		return nil
	}
	var seq []Object
	switch x := v.(type) {
	case *List:
		if x.ext == nil {
			seq = append([]Object(nil), x.items...) // l[::2] = l copies first
			break
		}
		if seq, err = collectItems(ts, v); err != nil {
			return err
		}
	case *Tuple:
		if x.ext == nil {
			seq = x.items
			break
		}
		if seq, err = collectItems(ts, v); err != nil {
			return err
		}
	default:
		if !Iterable(v) {
			return Errorf(TypeErrorType, "must assign iterable to extended slice")
		}
		if seq, err = collectItems(ts, v); err != nil {
			return err
		}
	}
	// Collecting the items may have run code that resized the list: index what is there now.
	start, _, n := AdjustSliceIndices(len(l.items), start, stop, step)
	if len(seq) != n {
		return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(seq), n)
	}
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		l.items[i] = seq[k]
	}
	return nil
}

// Iterable reports whether GetIter accepts v: it has __iter__, or __getitem__ for the
// sequence protocol (PySequence_Fast's test).
func Iterable(v Object) bool {
	t := v.Type()
	return t.Slots.Iter != nil || t.Slots.GetItem != nil && !t.IsSubtype(DictType)
}

// assignRange is l[i:j] = v for a contiguous slice (list_ass_slice); v nil deletes.
func (l *List) assignRange(ts *Thread, i, j int, v Object) error {
	if j < i {
		j = i
	}
	if v == nil {
		l.deleteRange(i, j)
		return nil
	}
	var seq []Object
	switch x := v.(type) {
	case *List:
		if x.ext == nil {
			seq = append([]Object(nil), x.items...) // l[:] = l works on a copy
			break
		}
		var err error
		if seq, err = collectItems(ts, v); err != nil {
			return err
		}
	case *Tuple:
		if x.ext == nil {
			seq = x.items
			break
		}
		var err error
		if seq, err = collectItems(ts, v); err != nil {
			return err
		}
	default:
		if !Iterable(v) {
			return Errorf(TypeErrorType, "must assign iterable to extended slice")
		}
		var err error
		if seq, err = collectItems(ts, v); err != nil {
			return err
		}
		// The iteration may have changed the list; clamp the bounds again.
		i, j = min(i, len(l.items)), min(j, len(l.items))
	}
	tail := l.items[j:]
	out := make([]Object, 0, i+len(seq)+len(tail))
	out = append(append(append(out, l.items[:i]...), seq...), tail...)
	l.items = out
	return nil
}

// Concat returns l + m.
func (l *List) Concat(m *List) (*List, error) {
	if len(l.items)+len(m.items) > maxSeqItems {
		return nil, NewException(MemoryErrorType)
	}
	out := make([]Object, 0, len(l.items)+len(m.items))
	return newListOwning(append(append(out, l.items...), m.items...)), nil
}

// Repeat returns l * n.
func (l *List) Repeat(n int) (*List, error) {
	if n <= 0 || len(l.items) == 0 {
		return &List{}, nil
	}
	items, err := repeatItems(l.items, n)
	if err != nil {
		return nil, err
	}
	return newListOwning(items), nil
}

// Extend appends the items of an iterable (list.extend, +=).
func (l *List) Extend(ts *Thread, iterable Object) error {
	// Only exact lists and tuples are copied directly: a subclass may iterate its own way.
	switch x := iterable.(type) {
	case *List:
		if x.ext == nil {
			l.items = append(l.items, x.items[:len(x.items):len(x.items)]...) // l.extend(l) doubles
			return nil
		}
	case *Tuple:
		if x.ext == nil {
			l.items = append(l.items, x.items...)
			return nil
		}
	}
	return forEach(ts, iterable, func(v Object) error {
		l.items = append(l.items, v)
		return nil
	})
}

// inplaceRepeat is l *= n.
func (l *List) inplaceRepeat(n int) error {
	if n <= 0 {
		l.setItems(l.items[:0])
		return nil
	}
	if n == 1 || len(l.items) == 0 {
		return nil
	}
	items, err := repeatItems(l.items, n)
	if err != nil {
		return err
	}
	l.items = items
	return nil
}

// listRichCompare compares two lists (NotImplemented when b is not one).
func listRichCompare(ts *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok := a.(*List)
	y, ok2 := b.(*List)
	if !ok || !ok2 {
		return NotImplemented, nil
	}
	return seqRichCompare(ts, x, y, op)
}

// listNew is list.__new__: an empty list of the class; __init__ fills it.
func listNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	l := &List{}
	if cls != ListType {
		l.ext = NewExtension(cls)
	}
	return l, nil
}

// listInit is list.__init__(iterable=()): it clears the list and extends it.
func listInit(ts *Thread, o Object, args []Object, kwnames *Tuple) error {
	l := o.(*List)
	if kwnames.Len() != 0 && l.Type().inheritsFrom(ts, ListType, "__new__") {
		return Errorf(TypeErrorType, "list() takes no keyword arguments")
	}
	n := len(args) - kwnames.Len()
	if n > 1 {
		return Errorf(TypeErrorType, "list expected at most 1 argument, got %d", n)
	}
	l.setItems(l.items[:0])
	if n == 1 {
		return l.Extend(ts, args[0])
	}
	return nil
}

func init() {
	s := &ListType.Slots
	s.New = listNew
	s.Init = listInit
	s.Len = func(ts *Thread, o Object) (int, error) { return len(o.(*List).items), nil }
	s.GetItem = func(ts *Thread, o, key Object) (Object, error) { return o.(*List).GetItem(ts, key) }
	s.SetItem = func(ts *Thread, o, key, v Object) error { return o.(*List).SetItem(ts, key, v) }
	s.Contains = func(ts *Thread, o, v Object) (bool, error) {
		l := o.(*List)
		return seqContains(ts, func() []Object { return l.items }, v)
	}
	s.Concat = func(ts *Thread, a, b Object) (Object, error) {
		y, ok := b.(*List)
		if !ok {
			return nil, Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", b.Type().Name)
		}
		return a.(*List).Concat(y)
	}
	s.InplaceConcat = func(ts *Thread, a, b Object) (Object, error) {
		if err := a.(*List).Extend(ts, b); err != nil {
			return nil, err
		}
		return a, nil
	}
	s.Repeat = func(ts *Thread, a Object, n int) (Object, error) { return a.(*List).Repeat(n) }
	s.InplaceRepeat = func(ts *Thread, a Object, n int) (Object, error) {
		if err := a.(*List).inplaceRepeat(n); err != nil {
			return nil, err
		}
		return a, nil
	}
	s.RichCompare = listRichCompare
	s.Hash = unhashable
	s.Repr = func(ts *Thread, o Object) (*Str, error) {
		l := o.(*List)
		if len(l.items) == 0 {
			return NewStr("[]"), nil
		}
		return containerRepr(ts, l, "[", "]", "[...]", func() []Object { return l.items })
	}
	s.Iter = func(ts *Thread, o Object) (Object, error) { return &ListIterator{l: o.(*List)}, nil }
}
