package itertools

import "github.com/taipanpy/taipan/objects"

// ssize converts o to a Py_ssize_t as PyNumber_AsSsize_t(o, PyExc_OverflowError) does.
func ssize(ts *objects.Thread, o objects.Object) (int, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, ok := i.Int64()
	if !ok {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(v), nil
}

// isNumber is PyNumber_Check: whether o converts to a number.
func isNumber(o objects.Object) bool {
	s := &o.Type().Slots
	return s.Index != nil || s.Int != nil || s.Float != nil || o.Type().IsSubtype(objects.ComplexType)
}

// callTrue reports the truth of pred(item).
func callTrue(ts *objects.Thread, pred, item objects.Object) (bool, error) {
	r, err := objects.Call(ts, pred, []objects.Object{item}, nil)
	if err != nil {
		return false, err
	}
	return objects.IsTrue(ts, r)
}

// isTrue calls pred on item (bool of the item when pred is None) and reports the truth of the
// result.
func isTrue(ts *objects.Thread, pred, item objects.Object) (bool, error) {
	if pred == objects.None {
		return objects.IsTrue(ts, item)
	}
	r, err := objects.Call(ts, pred, []objects.Object{item}, nil)
	if err != nil {
		return false, err
	}
	return objects.IsTrue(ts, r)
}

// reprOf returns repr(o) as a Go string.
func reprOf(ts *objects.Thread, o objects.Object) (string, error) {
	s, err := objects.Repr(ts, o)
	if err != nil {
		return "", err
	}
	return s.Value(), nil
}

// positional checks a constructor that takes only positional arguments, as Argument Clinic's
// code for a tp_new does.
func positional(name string, args []objects.Object, kwnames *objects.Tuple, min, max int) error {
	if err := objects.NoKeywords(name, kwnames); err != nil {
		return err
	}
	return objects.CheckPositional(name, len(args), min, max)
}
