package builtins

import (
	"math"

	"github.com/taipanpy/taipan/objects"
)

// The built-in functions that consume or make iterators: iter, next, all, any, sum, max,
// min and sorted.

var sumArgs = objects.ArgParser{FuncName: "sum", Params: []string{"iterable", "start"}, PosOnly: 1, MinPos: 1, MaxPos: 2}

func iterationFunctions() []objects.MethodDef {
	return []objects.MethodDef{
		positional("iter", 1, 2, "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object.  In the first form, the argument must\nsupply its own iterator, or be a sequence.\nIn the second form, the callable is called until it returns the sentinel.",
			func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
				if len(args) == 1 {
					return objects.Iter(ts, args[0])
				}
				if args[0].Type().Slots.Call == nil {
					return nil, objects.Errorf(objects.TypeErrorType, "iter(v, w): v must be callable")
				}
				return objects.NewCallableIterator(args[0], args[1]), nil
			}),
		positional("next", 1, 2, "next(iterator[, default])\n\nReturn the next item from the iterator. If default is given and the iterator\nis exhausted, it is returned instead of raising StopIteration.",
			func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
				it := args[0]
				f := it.Type().Slots.IterNext
				if f == nil {
					return nil, objects.Errorf(objects.TypeErrorType, "'%s' object is not an iterator", it.Type().Name)
				}
				// The slot itself: a generator's StopIteration carries its return value.
				v, err := f(ts, it)
				if err != nil {
					if e, ok := err.(*objects.BaseException); ok && len(args) == 2 && objects.IsException(e, objects.StopIterationType) {
						return args[1], nil
					}
					return nil, err
				}
				if v != nil {
					return v, nil
				}
				if len(args) == 2 {
					return args[1], nil
				}
				return nil, objects.NewException(objects.StopIterationType)
			}),
		one("all", "Return True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True.",
			func(ts *objects.Thread, o objects.Object) (objects.Object, error) { return allAny(ts, o, false) }),
		one("any", "Return True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False.",
			func(ts *objects.Thread, o objects.Object) (objects.Object, error) { return allAny(ts, o, true) }),
		{Name: "sum", Flags: objects.MethFastcall | objects.MethKeywords, Func: sum,
			Doc: "Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n\nWhen the iterable is empty, return the start value.\nThis function is intended specifically for use with numeric values and may\nreject non-numeric types."},
		{Name: "max", Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its biggest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more positional arguments, return the largest argument.",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				return minMax(ts, "max", objects.CmpGT, args, kwnames)
			}},
		{Name: "min", Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its smallest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more positional arguments, return the smallest argument.",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				return minMax(ts, "min", objects.CmpLT, args, kwnames)
			}},
		{Name: "sorted", Flags: objects.MethFastcall | objects.MethKeywords, Func: sorted,
			Doc: "Return a new list containing all items from the iterable in ascending order.\n\nA custom key function can be supplied to customize the sort order, and the\nreverse flag can be set to request the result in descending order."},
	}
}

// each calls f with the items of the iterable o until f returns false or an error.
func each(ts *objects.Thread, o objects.Object, f func(objects.Object) (bool, error)) error {
	it, err := objects.Iter(ts, o)
	if err != nil {
		return err
	}
	for {
		v, err := objects.Next(ts, it)
		if v == nil || err != nil {
			return err
		}
		more, err := f(v)
		if !more || err != nil {
			return err
		}
	}
}

// allAny is all(o) (stopAt false) and any(o) (stopAt true): the first item whose truth is
// stopAt decides.
func allAny(ts *objects.Thread, o objects.Object, stopAt bool) (objects.Object, error) {
	found := false
	err := each(ts, o, func(v objects.Object) (bool, error) {
		t, err := objects.IsTrue(ts, v)
		if err != nil {
			return false, err
		}
		if t == stopAt {
			found = true
			return false, nil
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return objects.NewBool(found == stopAt), nil
}

func sum(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [2]objects.Object
	if err := sumArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	total := a[1]
	switch total.(type) {
	case nil:
		total = objects.NewInt(0)
	case *objects.Str:
		return nil, objects.Errorf(objects.TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
	case *objects.Bytes:
		return nil, objects.Errorf(objects.TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]")
	case *objects.ByteArray:
		return nil, objects.Errorf(objects.TypeErrorType, "sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	// While the total is a float, floats and machine-sized ints are added with Neumaier's
	// compensated summation, as CPython 3.12+ does, so that sum([0.1] * 10) == 1.0.
	var fsum floatSum
	err := each(ts, a[0], func(v objects.Object) (bool, error) {
		if fsum.active || isExactFloat(total) {
			if !fsum.active {
				fsum = floatSum{active: true, sum: total.(*objects.Float).Value()}
			}
			if x, ok := compensable(v); ok {
				fsum.add(x)
				return true, nil
			}
			total, fsum = objects.NewFloat(fsum.result()), floatSum{}
		}
		var err error
		total, err = objects.Binary(ts, total, v, objects.OpAdd)
		return err == nil, err
	})
	if err != nil {
		return nil, err
	}
	if fsum.active {
		return objects.NewFloat(fsum.result()), nil
	}
	return total, nil
}

// floatSum is a running float sum with its Neumaier compensation.
type floatSum struct {
	active bool
	sum, c float64
}

func (f *floatSum) add(x float64) {
	t := f.sum + x
	if math.Abs(f.sum) >= math.Abs(x) {
		f.c += (f.sum - t) + x
	} else {
		f.c += (x - t) + f.sum
	}
	f.sum = t
}

// result adds the compensation unless it would turn an infinite or overflowed sum into a NaN
// or lose a negative zero's sign.
func (f *floatSum) result() float64 {
	if f.c != 0 && !math.IsInf(f.c, 0) && !math.IsNaN(f.c) {
		return f.sum + f.c
	}
	return f.sum
}

func isExactFloat(o objects.Object) bool { return o.Type() == objects.FloatType }

// compensable returns an item the compensated sum takes directly: an exact float, or an int
// (or bool) that fits in a machine word.
func compensable(v objects.Object) (float64, bool) {
	switch x := v.(type) {
	case *objects.Float:
		if x.Type() == objects.FloatType {
			return x.Value(), true
		}
	case *objects.Int:
		if n, ok := x.Int64(); ok {
			return float64(n), true
		}
	case *objects.Bool:
		if x.Value() {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// minMax is min() and max(): op is the comparison by which a new item wins.
func minMax(ts *objects.Thread, name string, op objects.CompareOp, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	nkw := kwnames.Len()
	pos := args[:len(args)-nkw]
	var key, dflt objects.Object
	for i, k := range kwItems(kwnames) {
		switch k.(*objects.Str).Value() {
		case "key":
			key = args[len(pos)+i]
		case "default":
			dflt = args[len(pos)+i]
		default:
			return nil, objects.Errorf(objects.TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k.(*objects.Str).Value())
		}
	}
	if len(pos) == 0 {
		return nil, objects.Errorf(objects.TypeErrorType, "%s expected at least 1 argument, got 0", name)
	}
	if key == objects.None {
		key = nil
	}
	var items objects.Object = objects.NewTuple(pos)
	if len(pos) == 1 {
		items = pos[0]
	} else if dflt != nil {
		return nil, objects.Errorf(objects.TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
	}
	var best, bestKey objects.Object
	err := each(ts, items, func(v objects.Object) (bool, error) {
		k := v
		if key != nil {
			var err error
			if k, err = objects.Call(ts, key, []objects.Object{v}, nil); err != nil {
				return false, err
			}
		}
		if best == nil {
			best, bestKey = v, k
			return true, nil
		}
		r, err := objects.Compare(ts, k, bestKey, op)
		if err != nil {
			return false, err
		}
		wins, err := objects.IsTrue(ts, r)
		if err != nil {
			return false, err
		}
		if wins {
			best, bestKey = v, k
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if best == nil {
		if dflt != nil {
			return dflt, nil
		}
		return nil, objects.Errorf(objects.ValueErrorType, "%s() iterable argument is empty", name)
	}
	return best, nil
}

// sorted makes a list of the iterable and sorts it with list.sort's keyword arguments, so
// that their errors are list.sort's.
func sorted(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	nkw := kwnames.Len()
	if err := objects.CheckPositional("sorted", len(args)-nkw, 1, 1); err != nil {
		return nil, err
	}
	l, err := newList(ts, args[0])
	if err != nil {
		return nil, err
	}
	if nkw == 0 {
		return l, l.Sort(ts, nil, false)
	}
	sort, err := objects.GetAttr(ts, l, objects.NewStr("sort"))
	if err != nil {
		return nil, err
	}
	if _, err := objects.Call(ts, sort, args[1:], kwnames); err != nil {
		return nil, err
	}
	return l, nil
}

// newList returns list(iterable).
func newList(ts *objects.Thread, iterable objects.Object) (*objects.List, error) {
	var items []objects.Object
	err := each(ts, iterable, func(v objects.Object) (bool, error) {
		items = append(items, v)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return objects.NewList(items), nil
}

// sortedList returns sorted(iterable, key=key, reverse=reverse).
func sortedList(ts *objects.Thread, iterable, key objects.Object, reverse bool) (objects.Object, error) {
	l, err := newList(ts, iterable)
	if err != nil {
		return nil, err
	}
	return l, l.Sort(ts, key, reverse)
}
