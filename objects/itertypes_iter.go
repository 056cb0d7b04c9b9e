package objects

// The two iterators iter() makes itself, as CPython's Objects/iterobject.c: "iterator" over
// an object that has __getitem__ but no __iter__ (the old sequence protocol), and
// "callable_iterator" for iter(callable, sentinel).

// SeqIteratorType and CallableIteratorType are their types.
var (
	SeqIteratorType      = newType("iterator", ObjectType)
	CallableIteratorType = newType("callable_iterator", ObjectType)
)

// SeqIterator calls seq[0], seq[1], ... until IndexError or StopIteration. seq is nil once
// exhausted.
type SeqIterator struct {
	seq   Object
	index int64
}

// Type returns SeqIteratorType.
func (*SeqIterator) Type() *Type { return SeqIteratorType }

// NewSeqIterator returns an iterator over seq through its __getitem__.
func NewSeqIterator(seq Object) *SeqIterator { return &SeqIterator{seq: seq} }

// CallableIterator calls fn until it returns sentinel (or raises StopIteration). fn is nil
// once exhausted.
type CallableIterator struct {
	fn, sentinel Object
}

// Type returns CallableIteratorType.
func (*CallableIterator) Type() *Type { return CallableIteratorType }

// NewCallableIterator returns iter(fn, sentinel).
func NewCallableIterator(fn, sentinel Object) *CallableIterator {
	return &CallableIterator{fn: fn, sentinel: sentinel}
}

// Iter is PyObject_GetIter: the type's __iter__, or an iterator over a sequence that only
// has __getitem__ (a dict, which has __iter__, never gets here).
func Iter(ts *Thread, o Object) (Object, error) {
	t := o.Type()
	if t.Slots.Iter == nil && t.Slots.GetItem != nil {
		if _, isDict := o.(*Dict); !isDict {
			return NewSeqIterator(o), nil
		}
	}
	return GetIter(ts, o)
}

// isEndOfSequence reports whether err is an IndexError or StopIteration, which end the
// sequence protocol's iteration.
func isEndOfSequence(err error) bool {
	e, ok := err.(*BaseException)
	return ok && (e.Type().IsSubtype(IndexErrorType) || e.Type().IsSubtype(StopIterationType))
}

func seqIterNext(ts *Thread, o Object) (Object, error) {
	it := o.(*SeqIterator)
	if it.seq == nil {
		return nil, nil
	}
	v, err := GetItem(ts, it.seq, NewInt(it.index))
	if err != nil {
		if isEndOfSequence(err) {
			it.seq = nil
			return nil, nil
		}
		return nil, err
	}
	it.index++
	return v, nil
}

func callableIterNext(ts *Thread, o Object) (Object, error) {
	it := o.(*CallableIterator)
	if it.fn == nil {
		return nil, nil
	}
	v, err := Call(ts, it.fn, nil, nil)
	if err != nil {
		if e, ok := err.(*BaseException); ok && e.Type().IsSubtype(StopIterationType) {
			it.fn, it.sentinel = nil, nil
			return nil, nil
		}
		return nil, err
	}
	if it.sentinel == nil {
		return nil, nil // the call itself exhausted the iterator
	}
	eq, err := Equal(ts, it.sentinel, v)
	if err != nil {
		return nil, err
	}
	if eq {
		it.fn, it.sentinel = nil, nil
		return nil, nil
	}
	return v, nil
}

func init() {
	SeqIteratorType.Flags |= TypeFinal
	SeqIteratorType.Slots.Iter = selfIter
	SeqIteratorType.Slots.IterNext = seqIterNext
	SeqIteratorType.Methods = append(SeqIteratorType.Methods, MethodDef{Name: "__length_hint__", Flags: MethNoArgs,
		Doc: "Private method returning an estimate of len(list(it)).",
		Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			it := self.(*SeqIterator)
			if it.seq == nil || it.seq.Type().Slots.Len == nil {
				return NewInt(0), nil
			}
			n, err := Len(ts, it.seq)
			if err != nil {
				return nil, err
			}
			return NewInt(max(int64(n)-it.index, 0)), nil
		}})
	CallableIteratorType.Flags |= TypeFinal
	CallableIteratorType.Slots.Iter = selfIter
	CallableIteratorType.Slots.IterNext = callableIterNext
}
