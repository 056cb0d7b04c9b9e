package objects

import (
	"math"
	"sync"
)

// Helpers shared by the sequence types (list, tuple, range) and the containers.

// isIndexable reports whether o can serve as an integer index (PyIndex_Check).
func isIndexable(o Object) bool {
	if _, ok := asInt(o); ok {
		return true
	}
	return o.Type().Slots.Index != nil
}

// indexAsInt converts an index to a machine int (PyNumber_AsSsize_t with IndexError): a value
// beyond the machine word is "cannot fit 'int' into an index-sized integer".
func indexAsInt(ts *Thread, o Object, overflow *Type) (int, error) {
	i, ok := asInt(o)
	if !ok {
		var err error
		if i, err = Index(ts, o); err != nil {
			return 0, err
		}
	}
	v, small := i.Int64()
	if !small || v > math.MaxInt || v < math.MinInt {
		return 0, Errorf(overflow, "cannot fit '%s' into an index-sized integer", o.Type().Name)
	}
	return int(v), nil
}

// itemIndex converts a non-slice subscript of a sequence of length n to a position, applying
// the negative-index rule; typ names the sequence in the TypeError ("list indices must be
// ..."), what names the operation in the IndexError ("list assignment index out of range").
func itemIndex(ts *Thread, key Object, n int, typ, what string) (int, error) {
	if !isIndexable(key) {
		return 0, Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", typ, key.Type().Name)
	}
	i, err := indexAsInt(ts, key, IndexErrorType)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, Errorf(IndexErrorType, "%s index out of range", what)
	}
	return i, nil
}

// sequenceIndex is itemIndex for callers that name the sequence and the operation alike.
func sequenceIndex(key Object, n int, typ, what string) (int, error) {
	return itemIndex(nil, key, n, typ, what)
}

// collectItems returns the items of an iterable: a list's or tuple's own items (which the
// caller must not modify) or the items of a fresh iteration.
func collectItems(ts *Thread, o Object) ([]Object, error) {
	switch v := o.(type) {
	case *Tuple:
		if v.ext == nil {
			return v.items, nil
		}
	case *List:
		if v.ext == nil {
			return v.items, nil
		}
	}
	var out []Object
	err := forEach(ts, o, func(item Object) error {
		out = append(out, item)
		return nil
	})
	return out, err
}

// forEach calls f with each item of the iterable o, stopping at the first error.
func forEach(ts *Thread, o Object, f func(Object) error) error {
	it, err := GetIter(ts, o)
	if err != nil {
		return err
	}
	next := it.Type().Slots.IterNext
	if next == nil {
		return Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", it.Type().Name)
	}
	for {
		v, err := next(ts, it)
		if err != nil {
			if endsIteration(err) {
				return nil
			}
			return err
		}
		if v == nil {
			return nil
		}
		if err := f(v); err != nil {
			return err
		}
	}
}

// lengthHint is operator.length_hint(o, dflt) for the containers' preallocation: len(o)
// when o has one, else dflt.
func lengthHint(ts *Thread, o Object, dflt int) int {
	if f := o.Type().Slots.Len; f != nil {
		if n, err := f(ts, o); err == nil && n >= 0 {
			return n
		}
	}
	return dflt
}

// itemSource is a list or tuple as seqRichCompare reads it: the items as they are now.
type itemSource interface{ currentItems() []Object }

func (l *List) currentItems() []Object  { return l.items }
func (t *Tuple) currentItems() []Object { return t.items }

// seqRichCompare compares two sequences lexicographically, as list and tuple do: the first
// pair of items that are not identical and not equal decides, else the lengths do. The
// items are re-read after every comparison because an __eq__ may resize a list; the
// lengths are compared as they are once the walk stops, as list_richcompare does.
func seqRichCompare(ts *Thread, a, b itemSource, op CompareOp) (Object, error) {
	if len(a.currentItems()) != len(b.currentItems()) && (op == CmpEQ || op == CmpNE) {
		return NewBool(op == CmpNE), nil
	}
	i := 0
	for ; i < len(a.currentItems()) && i < len(b.currentItems()); i++ {
		eq, err := Equal(ts, a.currentItems()[i], b.currentItems()[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	ai, bi := a.currentItems(), b.currentItems()
	if i >= len(ai) || i >= len(bi) {
		c := 0
		switch {
		case len(ai) < len(bi):
			c = -1
		case len(ai) > len(bi):
			c = 1
		}
		return NewBool(op.Holds(c)), nil
	}
	switch op {
	case CmpEQ:
		return False, nil
	case CmpNE:
		return True, nil
	}
	return Compare(ts, ai[i], bi[i], op)
}

// seqCount counts the items equal to v.
func seqCount(ts *Thread, items func() []Object, v Object) (int, error) {
	n := 0
	for i := 0; i < len(items()); i++ {
		eq, err := Equal(ts, items()[i], v)
		if err != nil {
			return 0, err
		}
		if eq {
			n++
		}
	}
	return n, nil
}

// seqContains reports whether an item equal to v is among items, re-reading them after each
// comparison since a comparison may change the container.
func seqContains(ts *Thread, items func() []Object, v Object) (bool, error) {
	for i := 0; i < len(items()); i++ {
		eq, err := Equal(ts, items()[i], v)
		if eq || err != nil {
			return eq, err
		}
	}
	return false, nil
}

// seqFind returns the position of the first item equal to v in [start, stop), or -1.
func seqFind(ts *Thread, items func() []Object, v Object, start, stop int) (int, error) {
	for i := start; i < stop && i < len(items()); i++ {
		eq, err := Equal(ts, items()[i], v)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// searchBounds converts the optional start and stop arguments of index() for a sequence of
// length n, as _PyEval_SliceIndexNotNone and the negative-index rule do.
func searchBounds(ts *Thread, args []Object, n int) (int, int, error) {
	start, stop := 0, math.MaxInt
	var err error
	bound := func(o Object) (int, error) {
		if !isIndexable(o) {
			return 0, Errorf(TypeErrorType, "slice indices must be integers or have an __index__ method")
		}
		return sliceIndexValue(ts, o)
	}
	if len(args) > 0 {
		if start, err = bound(args[0]); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > 1 {
		if stop, err = bound(args[1]); err != nil {
			return 0, 0, err
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	if stop < 0 {
		stop += n
		if stop < 0 {
			stop = 0
		}
	}
	return start, stop, nil
}

// The repr recursion guard (Py_ReprEnter / Py_ReprLeave): each thread keeps the containers
// whose repr it is building, so that a container met again inside its own repr prints as
// "[...]" instead of recursing forever.
var (
	reprMu     sync.Mutex
	reprActive = map[*Thread][]Object{}
)

// reprEnter records o as being repr'd by ts; it returns false when o already is.
func reprEnter(ts *Thread, o Object) bool {
	reprMu.Lock()
	defer reprMu.Unlock()
	for _, x := range reprActive[ts] {
		if x == o {
			return false
		}
	}
	reprActive[ts] = append(reprActive[ts], o)
	return true
}

// reprLeave forgets o, whose repr ts has finished.
func reprLeave(ts *Thread, o Object) {
	reprMu.Lock()
	defer reprMu.Unlock()
	stack := reprActive[ts]
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i] == o {
			stack = append(stack[:i], stack[i+1:]...)
			break
		}
	}
	if len(stack) == 0 {
		delete(reprActive, ts)
	} else {
		reprActive[ts] = stack
	}
}

// ReprEnter is reprEnter for containers defined outside this package (Py_ReprEnter): it
// returns false when ts is already building o's repr; otherwise the caller must call
// ReprLeave when done.
func ReprEnter(ts *Thread, o Object) bool { return reprEnter(ts, o) }

// ReprLeave is reprLeave for containers defined outside this package (Py_ReprLeave).
func ReprLeave(ts *Thread, o Object) { reprLeave(ts, o) }

// containerRepr builds open + the reprs of items joined by ", " + close, printing recursive
// as the whole repr when o is already being repr'd on this thread.
func containerRepr(ts *Thread, o Object, open, close, recursive string, items func() []Object) (*Str, error) {
	if !reprEnter(ts, o) {
		return NewStr(recursive), nil
	}
	defer reprLeave(ts, o)
	b := []byte(open)
	for i := 0; i < len(items()); i++ {
		if i > 0 {
			b = append(b, ", "...)
		}
		r, err := Repr(ts, items()[i])
		if err != nil {
			return nil, err
		}
		b = append(b, r.value...)
	}
	b = append(b, close...)
	return NewStr(string(b)), nil
}

// The xxHash-based hash of tuples (CPython 3.8 and later), over the items' hashes.
const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

// xxHashItems hashes items as tuplehash does; withLen adds the length term that tuples mix
// in and slices do not.
func xxHashItems(ts *Thread, items []Object, withLen bool) (int64, error) {
	acc := xxPrime5
	for _, it := range items {
		h, err := Hash(ts, it)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * xxPrime2
		acc = acc<<31 | acc>>33
		acc *= xxPrime1
	}
	if withLen {
		acc += uint64(len(items)) ^ (xxPrime5 ^ 3527539)
	}
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int64(acc), nil
}
