package objects

import "math"

// The iterators of range: range_iterator counts in machine words when every item fits in
// one, longrange_iterator counts with ints of any size, as CPython's two iterator types do.

// RangeIteratorType and LongRangeIteratorType are the types of range's iterators.
var (
	RangeIteratorType     = newType("range_iterator", ObjectType)
	LongRangeIteratorType = newType("longrange_iterator", ObjectType)
)

// RangeIterator iterates over a range whose items all fit in an int64.
type RangeIterator struct {
	cur, step int64
	left      int64
}

// Type returns RangeIteratorType.
func (*RangeIterator) Type() *Type { return RangeIteratorType }

// LongRangeIterator iterates over a range with items beyond an int64.
type LongRangeIterator struct {
	cur, step, left *Int
}

// Type returns LongRangeIteratorType.
func (*LongRangeIterator) Type() *Type { return LongRangeIteratorType }

// rangeIter is what both iterators offer the range methods that scan it.
type rangeIter interface {
	Object
	next() Object
}

// newRangeIter returns an iterator over length items from first, step apart.
func newRangeIter(first, step, length *Int) rangeIter {
	f, ok1 := first.Int64()
	s, ok2 := step.Int64()
	n, ok3 := length.Int64()
	if ok1 && ok2 && ok3 {
		// The last item, first + (n-1)*step, must fit too; so must first + n*step, which next
		// computes after the last item.
		last := first.Add(length.Mul(step))
		if l, ok := last.Int64(); ok && l > math.MinInt64 && l < math.MaxInt64 {
			return &RangeIterator{cur: f, step: s, left: n}
		}
	}
	return &LongRangeIterator{cur: first, step: step, left: length}
}

func (it *RangeIterator) next() Object {
	if it.left <= 0 {
		return nil
	}
	v := it.cur
	it.cur += it.step
	it.left--
	return NewInt(v)
}

func (it *LongRangeIterator) next() Object {
	if it.left.Sign() <= 0 {
		return nil
	}
	v := it.cur
	it.cur = it.cur.Add(it.step)
	it.left = it.left.Sub(intOne)
	return v
}

func init() {
	RangeIteratorType.Slots.Iter = selfIter
	RangeIteratorType.Slots.IterNext = func(ts *Thread, o Object) (Object, error) { return o.(*RangeIterator).next(), nil }
	LongRangeIteratorType.Slots.Iter = selfIter
	LongRangeIteratorType.Slots.IterNext = func(ts *Thread, o Object) (Object, error) {
		return o.(*LongRangeIterator).next(), nil
	}
	const hintDoc = "Private method returning an estimate of len(list(it))."
	RangeIteratorType.Methods = append(RangeIteratorType.Methods, MethodDef{Name: "__length_hint__", Flags: MethNoArgs, Doc: hintDoc,
		Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			return NewInt(max(self.(*RangeIterator).left, 0)), nil
		}})
	LongRangeIteratorType.Methods = append(LongRangeIteratorType.Methods, MethodDef{Name: "__length_hint__", Flags: MethNoArgs, Doc: hintDoc,
		Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			return self.(*LongRangeIterator).left, nil
		}})
	RangeIteratorType.Flags |= TypeFinal
	LongRangeIteratorType.Flags |= TypeFinal
}
