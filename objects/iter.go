package objects

// TupleIteratorType, ListIteratorType and ListReverseIteratorType are the types of the
// built-in sequence iterators.
var (
	TupleIteratorType       = newType("tuple_iterator", ObjectType)
	ListIteratorType        = newType("list_iterator", ObjectType)
	ListReverseIteratorType = newType("list_reverseiterator", ObjectType)
)

// TupleIterator iterates over a tuple.
type TupleIterator struct {
	t *Tuple
	i int
}

// Type returns TupleIteratorType.
func (*TupleIterator) Type() *Type { return TupleIteratorType }

// NextItem returns the next item, or nil when exhausted.
func (it *TupleIterator) NextItem() Object {
	if it.t == nil || it.i >= len(it.t.items) {
		it.t = nil
		return nil
	}
	v := it.t.items[it.i]
	it.i++
	return v
}

// ListIterator iterates over a list, seeing changes made to it during iteration as CPython's
// does.
type ListIterator struct {
	l *List
	i int
}

// Type returns ListIteratorType.
func (*ListIterator) Type() *Type { return ListIteratorType }

// NextItem returns the next item, or nil when exhausted.
func (it *ListIterator) NextItem() Object {
	if it.l == nil || it.i >= len(it.l.items) {
		it.l = nil
		return nil
	}
	v := it.l.items[it.i]
	it.i++
	return v
}

// ListReverseIterator iterates over a list from its end (reversed(list)).
type ListReverseIterator struct {
	l *List
	i int
}

// Type returns ListReverseIteratorType.
func (*ListReverseIterator) Type() *Type { return ListReverseIteratorType }

// NextItem returns the next item, or nil when exhausted.
func (it *ListReverseIterator) NextItem() Object {
	if it.l == nil || it.i < 0 || it.i >= len(it.l.items) {
		it.l = nil
		return nil
	}
	v := it.l.items[it.i]
	it.i--
	return v
}

func selfIter(ts *Thread, o Object) (Object, error) { return o, nil }

// lengthHintMethod makes the __length_hint__ method of an iterator from the count of the
// items it has left.
func lengthHintMethod(left func(o Object) int) containerMethod {
	return containerMethod{"__length_hint__", func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := checkNoArguments(self.Type().Name+".__length_hint__", args, kwnames); err != nil {
			return nil, err
		}
		return NewInt(int64(max(left(self), 0))), nil
	}, "Private method returning an estimate of len(list(it))."}
}

// The iterators' methods.
var (
	tupleIteratorMethods = []containerMethod{lengthHintMethod(func(o Object) int {
		it := o.(*TupleIterator)
		if it.t == nil {
			return 0
		}
		return len(it.t.items) - it.i
	})}
	listIteratorMethods = []containerMethod{lengthHintMethod(func(o Object) int {
		it := o.(*ListIterator)
		if it.l == nil {
			return 0
		}
		return len(it.l.items) - it.i
	})}
	listReverseIteratorMethods = []containerMethod{lengthHintMethod(func(o Object) int {
		it := o.(*ListReverseIterator)
		if it.l == nil || it.i >= len(it.l.items) {
			return 0
		}
		return it.i + 1
	})}
)

func init() {
	TupleIteratorType.Slots.Iter = selfIter
	TupleIteratorType.Slots.IterNext = func(ts *Thread, o Object) (Object, error) { return o.(*TupleIterator).NextItem(), nil }
	ListIteratorType.Slots.Iter = selfIter
	ListIteratorType.Slots.IterNext = func(ts *Thread, o Object) (Object, error) { return o.(*ListIterator).NextItem(), nil }
	ListReverseIteratorType.Slots.Iter = selfIter
	ListReverseIteratorType.Slots.IterNext = func(ts *Thread, o Object) (Object, error) {
		return o.(*ListReverseIterator).NextItem(), nil
	}
}
