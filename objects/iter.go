package objects

// TupleIteratorType and ListIteratorType are the types of the built-in sequence iterators.
var (
	TupleIteratorType = newType("tuple_iterator", ObjectType)
	ListIteratorType  = newType("list_iterator", ObjectType)
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

func selfIter(ts *Thread, o Object) (Object, error) { return o, nil }

func init() {
	TupleIteratorType.Slots.Iter = selfIter
	TupleIteratorType.Slots.IterNext = func(ts *Thread, o Object) (Object, error) { return o.(*TupleIterator).NextItem(), nil }
	ListIteratorType.Slots.Iter = selfIter
	ListIteratorType.Slots.IterNext = func(ts *Thread, o Object) (Object, error) { return o.(*ListIterator).NextItem(), nil }
}
