package collections

import "github.com/taipanpy/taipan/objects"

// dequeIter is a _deque_iterator or _deque_reverse_iterator: it walks its deque from one end,
// failing once the deque changes.
type dequeIter struct {
	d       *Deque
	reverse bool
	// pos counts the items already returned; state is the deque's when iteration began.
	pos   int
	left  int
	state uint64
}

// Type returns the iterator's class.
func (it *dequeIter) Type() *objects.Type {
	if it.reverse {
		return DequeReverseIterType
	}
	return DequeIterType
}

// DequeIterType and DequeReverseIterType are collections._deque_iterator and
// collections._deque_reverse_iterator.
var (
	DequeIterType        = &objects.Type{Name: "collections._deque_iterator"}
	DequeReverseIterType = &objects.Type{Name: "collections._deque_reverse_iterator"}
)

func newDequeIter(d *Deque, reverse bool) *dequeIter {
	return &dequeIter{d: d, reverse: reverse, left: d.n, state: d.state}
}

// next returns the next item, or nil when there is none.
func (it *dequeIter) next() (objects.Object, error) {
	if it.d.state != it.state {
		it.left = 0
		return nil, errMutated(objects.RuntimeErrorType)
	}
	if it.left == 0 {
		return nil, nil
	}
	i := it.pos
	if it.reverse {
		i = it.d.n - 1 - it.pos
	}
	it.pos++
	it.left--
	return it.d.at(i), nil
}

func init() {
	for _, t := range []*objects.Type{DequeIterType, DequeReverseIterType} {
		reverse := t == DequeReverseIterType
		t.Flags |= objects.TypeFinal
		t.Slots.New = func(ts *objects.Thread, _ *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			return dequeIterNew(ts, args, kwnames, reverse)
		}
		t.Slots.Iter = func(_ *objects.Thread, o objects.Object) (objects.Object, error) { return o, nil }
		t.Slots.IterNext = func(_ *objects.Thread, o objects.Object) (objects.Object, error) { return o.(*dequeIter).next() }
		t.Methods = []objects.MethodDef{
			{Name: "__length_hint__", Flags: objects.MethNoArgs, Doc: "Private method returning an estimate of len(list(it)).",
				Func: func(_ *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
					return objects.NewInt(int64(self.(*dequeIter).left)), nil
				}},
			{Name: "__reduce__", Flags: objects.MethNoArgs, Doc: "Return state information for pickling.",
				Func: func(_ *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
					it := self.(*dequeIter)
					return objects.NewTuple([]objects.Object{it.Type(), objects.NewTuple([]objects.Object{
						it.d, objects.NewInt(int64(it.d.n - it.left))})}), nil
				}},
		}
		objects.ReadyType(t)
	}
}

// dequeIterNew is _deque_iterator(deque, index=0, /): an iterator over deque that has
// already returned index items.
func dequeIterNew(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple, reverse bool) (objects.Object, error) {
	name := "_deque_iterator"
	if reverse {
		name = "_deque_reverse_iterator"
	}
	if err := objects.NoKeywords(name, kwnames); err != nil {
		return nil, err
	}
	if len(args) < 1 {
		return nil, objects.Errorf(objects.TypeErrorType, "function takes at least 1 argument (%d given)", len(args))
	}
	if len(args) > 2 {
		return nil, objects.Errorf(objects.TypeErrorType, "function takes at most 2 arguments (%d given)", len(args))
	}
	d, ok := args[0].(*Deque)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "argument 1 must be collections.deque, not %s", args[0].Type().Name)
	}
	it := newDequeIter(d, reverse)
	if len(args) == 2 {
		n, err := ssize(ts, args[1])
		if err != nil {
			return nil, err
		}
		for ; n > 0 && it.left > 0; n-- {
			it.pos++
			it.left--
		}
	}
	return it, nil
}
