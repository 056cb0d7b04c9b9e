package collections

import (
	"math"

	"github.com/taipanpy/taipan/objects"
)

// The deque type's slots: construction, length, items, repr, comparison and the sequence
// operators.

func init() {
	t := DequeType
	t.Doc = "A list-like sequence optimized for data accesses near its endpoints."
	t.Methods = append(dequeMethods, dequeOperatorMethods()...)
	t.GetSets = []objects.GetSetDef{{Name: "maxlen", Doc: "maximum size of a deque or None if unbounded",
		Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
			if d := o.(*Deque); d.maxlen >= 0 {
				return objects.NewInt(int64(d.maxlen)), nil
			}
			return objects.None, nil
		}}}
	t.Attrs = []objects.TypeAttr{{Name: "__hash__", Value: objects.None}}
	s := &t.Slots
	s.New = func(_ *objects.Thread, cls *objects.Type, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		return newDeque(cls, -1), nil
	}
	s.Init = dequeInit
	s.Hash = objects.ListType.Slots.Hash
	s.Len = func(_ *objects.Thread, o objects.Object) (int, error) { return o.(*Deque).n, nil }
	s.GetItem = dequeGetItem
	s.SetItem = dequeSetItem
	s.Contains = dequeContains
	s.Iter = func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
		return newDequeIter(o.(*Deque), false), nil
	}
	s.Repr = dequeRepr
	s.RichCompare = dequeCompare
	s.Concat = dequeConcat
	s.InplaceConcat = func(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
		if err := a.(*Deque).extend(ts, b, false); err != nil {
			return nil, err
		}
		return a, nil
	}
	s.Repeat = func(ts *objects.Thread, a objects.Object, n int) (objects.Object, error) {
		c, err := dequeCopyOf(ts, a.(*Deque))
		if err != nil {
			return nil, err
		}
		return c, c.repeat(n)
	}
	s.InplaceRepeat = func(_ *objects.Thread, a objects.Object, n int) (objects.Object, error) {
		return a, a.(*Deque).repeat(n)
	}
	objects.ReadyType(t)
}

// dequeInit is deque.__init__(iterable=(), maxlen=None): it empties the deque, then fills it.
func dequeInit(ts *objects.Thread, o objects.Object, args []objects.Object, kwnames *objects.Tuple) error {
	if n := len(args); n > 2 {
		return objects.Errorf(objects.TypeErrorType, "deque() takes at most 2 arguments (%d given)", n)
	}
	var a [2]objects.Object
	p := objects.ArgParser{FuncName: "deque", Params: []string{"iterable", "maxlen"}, MaxPos: 2}
	if err := p.Parse(args, kwnames, a[:]); err != nil {
		return err
	}
	d := o.(*Deque)
	maxlen := -1
	if a[1] != nil && a[1] != objects.None {
		if !a[1].Type().IsSubtype(objects.IntType) {
			return objects.Errorf(objects.TypeErrorType, "an integer is required")
		}
		i, err := objects.Index(ts, a[1])
		if err != nil {
			return err
		}
		v, ok := i.Int64()
		if !ok || v > math.MaxInt || v < math.MinInt {
			return objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		if v < 0 {
			return objects.Errorf(objects.ValueErrorType, "maxlen must be non-negative")
		}
		maxlen = int(v)
	}
	d.maxlen = maxlen
	if d.n > 0 {
		d.clear()
	}
	if a[0] != nil {
		return d.extend(ts, a[0], false)
	}
	return nil
}

// extend appends the items of iterable, at the left end (in reverse) when left is set.
func (d *Deque) extend(ts *objects.Thread, iterable objects.Object, left bool) error {
	if iterable == objects.Object(d) {
		iterable = objects.NewList(d.items())
	}
	it, err := objects.GetIter(ts, iterable)
	if err != nil {
		return err
	}
	for {
		v, err := objects.Next(ts, it)
		if v == nil || err != nil {
			return err
		}
		if left {
			d.pushLeft(v)
		} else {
			d.pushRight(v)
		}
	}
}

// repeat makes the deque n copies of its items in a row, keeping the last maxlen of them.
func (d *Deque) repeat(n int) error {
	if n <= 0 || d.n == 0 {
		if d.n > 0 {
			d.clear()
		}
		return nil
	}
	if n == 1 {
		return nil
	}
	items := d.items()
	total := len(items) * n
	if total/n != len(items) || total > math.MaxInt32*64 {
		return objects.NewException(objects.MemoryErrorType)
	}
	if d.maxlen >= 0 && total > d.maxlen {
		// Only the last maxlen items of the repetition survive the trimming.
		total = d.maxlen
	}
	out := make([]objects.Object, total)
	for i := range out {
		out[len(out)-1-i] = items[len(items)-1-i%len(items)]
	}
	size := 8
	for size < total {
		size *= 2
	}
	d.buf = make([]objects.Object, size)
	copy(d.buf, out)
	d.head, d.n = 0, total
	d.state++
	return nil
}

// dequeIndex converts the subscript key to a position of d.
func dequeIndex(ts *objects.Thread, d *Deque, key objects.Object) (int, error) {
	if !isIndex(key) {
		return 0, objects.Errorf(objects.TypeErrorType, "sequence index must be integer, not '%s'", key.Type().Name)
	}
	i, err := objects.Index(ts, key)
	if err != nil {
		return 0, err
	}
	v, ok := i.Int64()
	if !ok || v > math.MaxInt || v < math.MinInt {
		return 0, objects.Errorf(objects.IndexErrorType, "cannot fit '%s' into an index-sized integer", key.Type().Name)
	}
	if v < 0 {
		v += int64(d.n)
	}
	if v < 0 || v >= int64(d.n) {
		return 0, objects.Errorf(objects.IndexErrorType, "deque index out of range")
	}
	return int(v), nil
}

// isIndex is PyIndex_Check.
func isIndex(o objects.Object) bool {
	_, ok := o.(*objects.Int)
	return ok || o.Type().Slots.Index != nil
}

func dequeGetItem(ts *objects.Thread, o, key objects.Object) (objects.Object, error) {
	d := o.(*Deque)
	i, err := dequeIndex(ts, d, key)
	if err != nil {
		return nil, err
	}
	return d.at(i), nil
}

func dequeSetItem(ts *objects.Thread, o, key, v objects.Object) error {
	d := o.(*Deque)
	i, err := dequeIndex(ts, d, key)
	if err != nil {
		return err
	}
	if v == nil {
		d.deleteAt(i)
	} else {
		d.put(i, v)
	}
	return nil
}

// errMutated is the error of a search that finds the deque changed by a comparison.
func errMutated(t *objects.Type) error {
	return objects.Errorf(t, "deque mutated during iteration")
}

// find returns the position of the first item equal to v in [start, stop), or -1; exc is
// the exception raised when a comparison mutates the deque.
func (d *Deque) find(ts *objects.Thread, v objects.Object, start, stop int, exc *objects.Type) (int, error) {
	state := d.state
	for i := start; i < stop && i < d.n; i++ {
		eq, err := objects.Equal(ts, d.at(i), v)
		if err != nil {
			return -1, err
		}
		if d.state != state {
			return -1, errMutated(exc)
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func dequeContains(ts *objects.Thread, o, v objects.Object) (bool, error) {
	d := o.(*Deque)
	i, err := d.find(ts, v, 0, d.n, objects.RuntimeErrorType)
	return i >= 0, err
}

// dequeRepr is "deque([1, 2])", with ", maxlen=n" for a bounded deque and the subclass's
// name for an instance of one.
func dequeRepr(ts *objects.Thread, o objects.Object) (*objects.Str, error) {
	d := o.(*Deque)
	if !objects.ReprEnter(ts, d) {
		return objects.NewStr("[...]"), nil
	}
	defer objects.ReprLeave(ts, d)
	r, err := objects.Repr(ts, objects.NewList(d.items()))
	if err != nil {
		return nil, err
	}
	s := typeName(d.Type()) + "(" + r.Value()
	if d.maxlen >= 0 {
		s += ", maxlen=" + itoa(d.maxlen)
	}
	return objects.NewStr(s + ")"), nil
}

// dequeCompare compares two deques item by item, as lists compare.
func dequeCompare(ts *objects.Thread, a, b objects.Object, op objects.CompareOp) (objects.Object, error) {
	x, ok1 := a.(*Deque)
	y, ok2 := b.(*Deque)
	if !ok1 || !ok2 {
		return objects.NotImplemented, nil
	}
	if (op == objects.CmpEQ || op == objects.CmpNE) && x.n != y.n {
		return objects.NewBool(op == objects.CmpNE), nil
	}
	ix, iy := newDequeIter(x, false), newDequeIter(y, false)
	for {
		v, err := ix.next()
		if err != nil {
			return nil, err
		}
		w, err := iy.next()
		if err != nil {
			return nil, err
		}
		if v == nil || w == nil {
			break
		}
		eq, err := objects.Equal(ts, v, w)
		if err != nil {
			return nil, err
		}
		if !eq {
			return objects.Compare(ts, v, w, op)
		}
	}
	return objects.Compare(ts, objects.NewInt(int64(x.n)), objects.NewInt(int64(y.n)), op)
}

// dequeConcat is deque + deque: a copy of a extended by b.
func dequeConcat(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
	d, ok := a.(*Deque)
	if !ok {
		return objects.NotImplemented, nil
	}
	if _, ok := b.(*Deque); !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "can only concatenate deque (not \"%s\") to deque", b.Type().Name)
	}
	c, err := dequeCopyOf(ts, d)
	if err != nil {
		return nil, err
	}
	return c, c.extend(ts, b, false)
}

// dequeCopyOf is deque.copy(): a plain deque copies itself; a subclass's instance is copied by
// calling its class with it (and its maxlen).
func dequeCopyOf(ts *objects.Thread, d *Deque) (*Deque, error) {
	cls := d.Type()
	if cls == DequeType {
		c := newDeque(DequeType, d.maxlen)
		c.buf = make([]objects.Object, len(d.buf))
		d.copyTo(c.buf)
		c.n = d.n
		return c, nil
	}
	args := []objects.Object{d}
	if d.maxlen >= 0 {
		args = append(args, objects.NewInt(int64(d.maxlen)))
	}
	r, err := objects.Call(ts, cls, args, nil)
	if err != nil {
		return nil, err
	}
	c, ok := r.(*Deque)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "%s() must return a deque, not %s", cls.Name, r.Type().Name)
	}
	return c, nil
}
