package objects

import "math"

// SliceType is the type of slice objects.
var SliceType = newType("slice", ObjectType)

// Slice is a Python slice: start, stop and step as given (None when omitted).
type Slice struct{ Start, Stop, Step Object }

// Type returns SliceType.
func (*Slice) Type() *Type { return SliceType }

// NewSlice returns the slice start:stop:step; a nil bound means None.
func NewSlice(start, stop, step Object) *Slice {
	if start == nil {
		start = None
	}
	if stop == nil {
		stop = None
	}
	if step == nil {
		step = None
	}
	return &Slice{start, stop, step}
}

// sliceIndexValue converts a slice bound to a machine int, clamping values beyond the
// machine word as CPython's _PyEval_SliceIndex does (slicing with 2**100 selects to the end).
func sliceIndexValue(ts *Thread, o Object) (int, error) {
	i, ok := asInt(o)
	if !ok {
		if o.Type().Slots.Index == nil {
			return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		var err error
		if i, err = Index(ts, o); err != nil {
			return 0, err
		}
	}
	v, small := i.Int64()
	if !small || v > math.MaxInt || v < math.MinInt {
		if i.Sign() < 0 {
			return math.MinInt, nil
		}
		return math.MaxInt, nil
	}
	return int(v), nil
}

// Unpack returns the slice's start, stop and step as machine ints, with None's defaults
// (PySlice_Unpack): a zero step is a ValueError, and bounds beyond the machine word clamp.
func (s *Slice) Unpack(ts *Thread) (start, stop, step int, err error) {
	step = 1
	if s.Step != None && s.Step != nil {
		if step, err = sliceIndexValue(ts, s.Step); err != nil {
			return
		}
		if step == 0 {
			return 0, 0, 0, Errorf(ValueErrorType, "slice step cannot be zero")
		}
		// -step must not overflow when a reversed slice is walked.
		if step < -math.MaxInt {
			step = -math.MaxInt
		}
	}
	start, stop = 0, math.MaxInt
	if step < 0 {
		start, stop = math.MaxInt, math.MinInt
	}
	if s.Start != None && s.Start != nil {
		if start, err = sliceIndexValue(ts, s.Start); err != nil {
			return
		}
	}
	if s.Stop != None && s.Stop != nil {
		if stop, err = sliceIndexValue(ts, s.Stop); err != nil {
			return
		}
	}
	return
}

// AdjustSliceIndices clamps unpacked slice bounds to a sequence of length n and returns them
// with the number of items selected (PySlice_AdjustIndices).
func AdjustSliceIndices(n, start, stop, step int) (int, int, int) {
	adjust := func(i int) int {
		if i < 0 {
			i += n
			if i < 0 {
				if step < 0 {
					return -1
				}
				return 0
			}
		} else if i >= n {
			if step < 0 {
				return n - 1
			}
			return n
		}
		return i
	}
	start, stop = adjust(start), adjust(stop)
	switch {
	case step < 0 && stop < start:
		return start, stop, (start-stop-1)/(-step) + 1
	case step > 0 && start < stop:
		return start, stop, (stop-start-1)/step + 1
	}
	return start, stop, 0
}

// Indices unpacks and adjusts the slice for a sequence of length n in one step.
func (s *Slice) Indices(ts *Thread, n int) (start, stop, step, length int, err error) {
	if start, stop, step, err = s.Unpack(ts); err != nil {
		return
	}
	start, stop, length = AdjustSliceIndices(n, start, stop, step)
	return
}

// sliceIndicesMethod is slice.indices(length): the bounds for a sequence of that length, as a
// tuple. It works on Python ints, so that it answers for any length, as CPython's
// _PySlice_GetLongIndices does.
func sliceIndicesMethod(ts *Thread, s *Slice, lengthArg Object) (Object, error) {
	length, err := Index(ts, lengthArg)
	if err != nil {
		return nil, err
	}
	if length.Sign() < 0 {
		return nil, Errorf(ValueErrorType, "length should not be negative")
	}
	bound := func(o Object) (*Int, error) {
		if _, ok := asInt(o); !ok && o.Type().Slots.Index == nil {
			return nil, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		return Index(ts, o)
	}
	step := NewInt(1)
	if s.Step != None {
		if step, err = bound(s.Step); err != nil {
			return nil, err
		}
		if step.Sign() == 0 {
			return nil, Errorf(ValueErrorType, "slice step cannot be zero")
		}
	}
	neg := step.Sign() < 0
	lower, upper := NewInt(0), length
	if neg {
		lower, upper = NewInt(-1), length.Add(NewInt(-1))
	}
	clamp := func(o Object, dflt *Int) (*Int, error) {
		if o == None {
			return dflt, nil
		}
		v, err := bound(o)
		if err != nil {
			return nil, err
		}
		if v.Sign() < 0 {
			v = v.Add(length)
			if v.Cmp(lower) < 0 {
				v = lower
			}
		} else if v.Cmp(upper) > 0 {
			v = upper
		}
		return v, nil
	}
	startDefault, stopDefault := lower, upper
	if neg {
		startDefault, stopDefault = upper, lower
	}
	start, err := clamp(s.Start, startDefault)
	if err != nil {
		return nil, err
	}
	stop, err := clamp(s.Stop, stopDefault)
	if err != nil {
		return nil, err
	}
	return NewTuple([]Object{start, stop, step}), nil
}

// sliceNew is slice(stop) and slice(start, stop[, step]).
func sliceNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	if kwnames.Len() != 0 {
		return nil, Errorf(TypeErrorType, "slice() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return nil, Errorf(TypeErrorType, "slice expected at least 1 argument, got 0")
	case 1:
		return NewSlice(None, args[0], None), nil
	case 2:
		return NewSlice(args[0], args[1], None), nil
	case 3:
		return NewSlice(args[0], args[1], args[2]), nil
	}
	return nil, Errorf(TypeErrorType, "slice expected at most 3 arguments, got %d", len(args))
}

func (s *Slice) asTuple() *Tuple { return &Tuple{items: []Object{s.Start, s.Stop, s.Step}} }

func init() {
	t := SliceType
	t.Slots.New = sliceNew
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		s := o.(*Slice)
		parts, err := joinReprs(ts, []Object{s.Start, s.Stop, s.Step})
		if err != nil {
			return nil, err
		}
		return NewStr("slice(" + parts + ")"), nil
	}
	// Slices compare and hash as the tuple (start, stop, step), except that the hash's final
	// length term is left out (slicehash in CPython 3.12 and later).
	t.Slots.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*Slice)
		y, ok := b.(*Slice)
		if !ok {
			return NotImplemented, nil
		}
		if x == y && (op == CmpEQ || op == CmpNE) {
			return NewBool(op == CmpEQ), nil
		}
		return tupleRichCompare(ts, x.asTuple(), y.asTuple(), op)
	}
	t.Slots.Hash = func(ts *Thread, o Object) (int64, error) {
		s := o.(*Slice)
		return xxHashItems(ts, []Object{s.Start, s.Stop, s.Step}, false)
	}
}
