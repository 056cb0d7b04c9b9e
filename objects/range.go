package objects

// range, as CPython's Objects/rangeobject.c: an immutable arithmetic progression of ints of
// any size. Its length is computed once; indexing, slicing, `in` for ints, count and index are
// arithmetic, never an iteration.

// RangeType is the type of range objects.
var RangeType = newType("range", ObjectType)

// Range is range(start, stop, step). All four fields are exact ints; length is never
// negative.
type Range struct {
	start, stop, step, length *Int
}

// Type returns RangeType.
func (*Range) Type() *Type { return RangeType }

// Start, Stop and Step return the range's attributes of those names.
func (r *Range) Start() *Int { return r.start }

// Stop returns range.stop.
func (r *Range) Stop() *Int { return r.stop }

// Step returns range.step.
func (r *Range) Step() *Int { return r.step }

// Length returns the number of items, which may exceed a machine int.
func (r *Range) Length() *Int { return r.length }

var (
	intZero = NewInt(0)
	intOne  = NewInt(1)
)

// NewRange returns range(start, stop, step); step must not be zero.
func NewRange(start, stop, step *Int) *Range {
	return &Range{start: start, stop: stop, step: step, length: rangeLength(start, stop, step)}
}

// rangeLength counts the items of range(lo, hi, step), as compute_range_length.
func rangeLength(lo, hi, step *Int) *Int {
	if step.Sign() < 0 {
		lo, hi, step = hi, lo, step.Neg()
	}
	if lo.Cmp(hi) >= 0 {
		return intZero
	}
	q, _ := hi.Sub(lo).Sub(intOne).FloorDivMod(step)
	return q.Add(intOne)
}

// rangeArg converts a range() argument with __index__; its TypeError is Index's.
func rangeArg(ts *Thread, o Object) (*Int, error) {
	i, err := Index(ts, o)
	if err != nil {
		return nil, err
	}
	return i.exact(), nil
}

// rangeNew is range(stop) and range(start, stop[, step]).
func rangeNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoKeywords("range", kwnames); err != nil {
		return nil, err
	}
	if err := CheckPositional("range", len(args), 1, 3); err != nil {
		return nil, err
	}
	vals := make([]*Int, len(args))
	for i, a := range args {
		v, err := rangeArg(ts, a)
		if err != nil {
			return nil, err
		}
		vals[i] = v
	}
	switch len(vals) {
	case 1:
		return NewRange(intZero, vals[0], intOne), nil
	case 2:
		return NewRange(vals[0], vals[1], intOne), nil
	}
	if vals[2].Sign() == 0 {
		return nil, Errorf(ValueErrorType, "range() arg 3 must not be zero")
	}
	return NewRange(vals[0], vals[1], vals[2]), nil
}

// itemAt returns start + i*step for 0 <= i < length.
func (r *Range) itemAt(i *Int) *Int { return r.start.Add(i.Mul(r.step)) }

// positionOf returns the index of v in the range, or nil when v is not one of its items.
func (r *Range) positionOf(v *Int) *Int {
	off := v.Sub(r.start)
	q, m := off.FloorDivMod(r.step)
	if m.Sign() != 0 || q.Sign() < 0 || q.Cmp(r.length) >= 0 {
		return nil
	}
	return q
}

// exactIntOf returns o as an int when o is an int or a bool (not an int subclass, whose
// __eq__ might differ), as range_contains_long requires.
func exactIntOf(o Object) (*Int, bool) {
	switch o.Type() {
	case IntType, BoolType:
		return asInt(o)
	}
	return nil, false
}

// rangeSubscript is range[i] and range[slice].
func rangeSubscript(ts *Thread, o, key Object) (Object, error) {
	r := o.(*Range)
	if s, ok := key.(*Slice); ok {
		return r.slice(ts, s)
	}
	if !isIndexable(key) {
		return nil, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", key.Type().Name)
	}
	i, err := Index(ts, key)
	if err != nil {
		return nil, err
	}
	if i.Sign() < 0 {
		i = i.Add(r.length)
	}
	if i.Sign() < 0 || i.Cmp(r.length) >= 0 {
		return nil, Errorf(IndexErrorType, "range object index out of range")
	}
	return r.itemAt(i), nil
}

// slice is range[start:stop:step], itself a range (compute_slice).
func (r *Range) slice(ts *Thread, s *Slice) (Object, error) {
	bounds, err := sliceIndicesMethod(ts, s, r.length)
	if err != nil {
		return nil, err
	}
	b := bounds.(*Tuple).items
	start, stop, step := b[0].(*Int), b[1].(*Int), b[2].(*Int)
	return NewRange(r.itemAt(start), r.itemAt(stop), r.step.Mul(step)), nil
}

// rangeContains is `v in range`: arithmetic for ints, a scan comparing items otherwise.
func rangeContains(ts *Thread, o, v Object) (bool, error) {
	r := o.(*Range)
	if i, ok := exactIntOf(v); ok {
		return r.positionOf(i) != nil, nil
	}
	found := false
	err := r.scan(ts, v, func(*Int) bool { found = true; return false })
	return found, err
}

// scan compares v with each item in order, calling match with the index of each equal item
// until it returns false.
func (r *Range) scan(ts *Thread, v Object, match func(*Int) bool) error {
	it := newRangeIter(r.start, r.step, r.length)
	for idx := int64(0); ; idx++ {
		item := it.next()
		if item == nil {
			return nil
		}
		eq, err := Equal(ts, item, v)
		if err != nil {
			return err
		}
		if eq && !match(NewInt(idx)) {
			return nil
		}
	}
}

func rangeCount(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
	r := self.(*Range)
	if i, ok := exactIntOf(args[0]); ok {
		if r.positionOf(i) != nil {
			return NewInt(1), nil
		}
		return NewInt(0), nil
	}
	n := int64(0)
	err := r.scan(ts, args[0], func(*Int) bool { n++; return true })
	return NewInt(n), err
}

func rangeIndex(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
	r := self.(*Range)
	if i, ok := exactIntOf(args[0]); ok {
		if p := r.positionOf(i); p != nil {
			return p, nil
		}
		return nil, Errorf(ValueErrorType, "%s is not in range", i.String())
	}
	var pos *Int
	if err := r.scan(ts, args[0], func(i *Int) bool { pos = i; return false }); err != nil {
		return nil, err
	}
	if pos == nil {
		return nil, Errorf(ValueErrorType, "sequence.index(x): x not in sequence")
	}
	return pos, nil
}

// rangeEqual compares two ranges as sequences: equal lengths, and then equal first items and
// steps where those matter.
func rangeEqual(a, b *Range) bool {
	if a == b {
		return true
	}
	if a.length.Cmp(b.length) != 0 {
		return false
	}
	if a.length.Sign() == 0 {
		return true
	}
	if a.start.Cmp(b.start) != 0 {
		return false
	}
	return a.length.Cmp(intOne) == 0 || a.step.Cmp(b.step) == 0
}

// rangeHashKey is the tuple whose hash is the range's: equal ranges give equal tuples.
func (r *Range) rangeHashKey() *Tuple {
	switch {
	case r.length.Sign() == 0:
		return NewTuple([]Object{r.length, None, None})
	case r.length.Cmp(intOne) == 0:
		return NewTuple([]Object{r.length, r.start, None})
	}
	return NewTuple([]Object{r.length, r.start, r.step})
}

func init() {
	t := RangeType
	t.Flags |= TypeFinal
	t.Doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement)."
	t.Slots.New = rangeNew
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		r := o.(*Range)
		if r.step.Cmp(intOne) == 0 {
			return NewStr("range(" + r.start.String() + ", " + r.stop.String() + ")"), nil
		}
		return NewStr("range(" + r.start.String() + ", " + r.stop.String() + ", " + r.step.String() + ")"), nil
	}
	t.Slots.Hash = func(ts *Thread, o Object) (int64, error) {
		return Hash(ts, o.(*Range).rangeHashKey())
	}
	t.Slots.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		y, ok := b.(*Range)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		return NewBool(rangeEqual(a.(*Range), y) == (op == CmpEQ)), nil
	}
	t.Slots.Len = func(ts *Thread, o Object) (int, error) {
		n, small := o.(*Range).length.Int64()
		if !small || int64(int(n)) != n {
			return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		return int(n), nil
	}
	t.Slots.Bool = func(ts *Thread, o Object) (bool, error) { return o.(*Range).length.Sign() != 0, nil }
	t.Slots.GetItem = rangeSubscript
	t.Slots.Contains = rangeContains
	t.Slots.Iter = func(ts *Thread, o Object) (Object, error) {
		r := o.(*Range)
		return newRangeIter(r.start, r.step, r.length), nil
	}
	t.Methods = append(t.Methods,
		MethodDef{Name: "__reversed__", Flags: MethNoArgs, Doc: "Return a reverse iterator.",
			Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
				r := self.(*Range)
				// The last item, then backwards by step.
				last := r.start.Add(r.length.Sub(intOne).Mul(r.step))
				return newRangeIter(last, r.step.Neg(), r.length), nil
			}},
		MethodDef{Name: "__reduce__", Flags: MethNoArgs,
			Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
				r := self.(*Range)
				return NewTuple([]Object{RangeType, NewTuple([]Object{r.start, r.stop, r.step})}), nil
			}},
		MethodDef{Name: "count", Flags: MethO, Func: rangeCount,
			Doc: "rangeobject.count(value) -> integer -- return number of occurrences of value"},
		MethodDef{Name: "index", Flags: MethO, Func: rangeIndex,
			Doc: "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."},
	)
	field := func(name string, get func(*Range) *Int) GetSetDef {
		return GetSetDef{Name: name, Get: func(ts *Thread, o Object) (Object, error) { return get(o.(*Range)), nil }}
	}
	t.GetSets = append(t.GetSets,
		field("start", (*Range).Start), field("stop", (*Range).Stop), field("step", (*Range).Step))
}
