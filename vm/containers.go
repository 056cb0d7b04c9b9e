package vm

import (
	"github.com/taipanpy/taipan/objects"
)

// forEach calls f for each item of iterable, stopping at f's first error.
func forEach(ts *objects.Thread, iterable objects.Object, f func(objects.Object) error) error {
	it, err := objects.GetIter(ts, iterable)
	if err != nil {
		return err
	}
	for {
		v, err := objects.Next(ts, it)
		if v == nil || err != nil {
			return err
		}
		if err := f(v); err != nil {
			return err
		}
	}
}

// ListExtend appends the items of iterable to l ([*a, *b] and list displays).
func ListExtend(ts *objects.Thread, l *objects.List, iterable objects.Object) error {
	err := forEach(ts, iterable, func(v objects.Object) error { l.Append(v); return nil })
	if isTypeError(err) && !objects.Iterable(iterable) {
		return objects.Errorf(objects.TypeErrorType, "Value after * must be an iterable, not %s", iterable.Type().Name)
	}
	return err
}

// SetUpdate adds the items of iterable to s ({*a, *b}).
// Sets and dicts are merged the way set.update merges them, which decides the new set's
// layout and so its iteration order.
func SetUpdate(ts *objects.Thread, s *objects.Set, iterable objects.Object) error {
	return s.Update(ts, iterable)
}

// DictUpdate merges update into d ({**a, **b}): a dict, or any mapping (an object with
// keys() and __getitem__), as dict.update reads one.
func DictUpdate(ts *objects.Thread, d *objects.Dict, update objects.Object) error {
	if _, ok := update.(*objects.Dict); !ok {
		if update.Type().Lookup(ts, objects.NewStr("keys")) == nil {
			return objects.Errorf(objects.TypeErrorType, "'%s' object is not a mapping", update.Type().Name)
		}
	}
	return d.Update(ts, update)
}

// DictMerge merges keyword arguments from update into d for a call f(**update), refusing
// duplicates as CPython does.
func DictMerge(ts *objects.Thread, callable objects.Object, d *objects.Dict, update objects.Object) error {
	u, ok := update.(*objects.Dict)
	if !ok {
		// Any mapping will do: its items are read through keys() and __getitem__ first.
		if update.Type().Lookup(ts, objects.NewStr("keys")) == nil {
			return objects.Errorf(objects.TypeErrorType, "%s argument after ** must be a mapping, not %s",
				objects.FunctionStr(ts, callable), update.Type().Name)
		}
		u = objects.NewDict()
		if err := u.Update(ts, update); err != nil {
			return err
		}
	}
	var err error
	u.Items(func(k, v objects.Object) bool {
		var present bool
		if present, err = d.Contains(ts, k); err != nil {
			return false
		}
		if present {
			// The key as str() shows it, whatever its type (format_kwargs_error's %S).
			name, serr := objects.StrOf(ts, k)
			if serr != nil {
				err = serr
				return false
			}
			err = objects.Errorf(objects.TypeErrorType, "%s got multiple values for keyword argument '%s'",
				objects.FunctionStr(ts, callable), name.Value())
			return false
		}
		err = d.SetItem(ts, k, v)
		return err == nil
	})
	return err
}

// UnpackSequence unpacks seq into dst, which the caller laid over the stack slots the values
// go to. The first value ends up on top, so dst is filled last to first. With after < 0
// exactly len(dst) values are expected; otherwise the values beyond before+after go into a
// list in the middle (a, *b, c = seq).
func UnpackSequence(ts *objects.Thread, seq objects.Object, dst []objects.Object, before, after int) error {
	var items []objects.Object
	// Only exact tuples and lists are read directly: a subclass may iterate its own way.
	switch t := seq.Type(); {
	case t == objects.TupleType:
		items = seq.(*objects.Tuple).Items()
	case t == objects.ListType:
		items = append([]objects.Object(nil), seq.(*objects.List).Items()...)
	default:
		if !objects.Iterable(seq) {
			return objects.Errorf(objects.TypeErrorType, "cannot unpack non-iterable %s object", seq.Type().Name)
		}
		if err := forEach(ts, seq, func(v objects.Object) error {
			items = append(items, v)
			if after < 0 && len(items) > before {
				return objects.Errorf(objects.ValueErrorType, "too many values to unpack (expected %d)", before)
			}
			return nil
		}); err != nil {
			return err
		}
	}
	n := len(dst)
	if after < 0 {
		if len(items) < before {
			return objects.Errorf(objects.ValueErrorType, "not enough values to unpack (expected %d, got %d)", before, len(items))
		}
		if len(items) > before {
			return objects.Errorf(objects.ValueErrorType, "too many values to unpack (expected %d)", before)
		}
		for i, v := range items {
			dst[n-1-i] = v
		}
		return nil
	}
	if len(items) < before+after {
		return objects.Errorf(objects.ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	for i := 0; i < before; i++ {
		dst[n-1-i] = items[i]
	}
	dst[n-1-before] = objects.NewList(items[before : len(items)-after])
	for i := 0; i < after; i++ {
		dst[after-1-i] = items[len(items)-after+i]
	}
	return nil
}

// isTypeError reports whether err is a TypeError.
func isTypeError(err error) bool {
	exc, ok := err.(*objects.BaseException)
	return ok && exc.Type().IsSubtype(objects.TypeErrorType)
}
