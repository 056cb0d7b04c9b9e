package vm

import "github.com/taipanpy/taipan/objects"

// asException turns what a raise statement names into an exception instance: an instance
// is used as it is, a class is called with no arguments.
func asException(ts *objects.Thread, v objects.Object) (*objects.BaseException, error) {
	return instantiateException(ts, v, "exceptions must derive from BaseException")
}

// instantiateException returns v when it is an exception, or an instance of v when v is an
// exception class; anything else is a TypeError with the given message.
func instantiateException(ts *objects.Thread, v objects.Object, notException string) (*objects.BaseException, error) {
	switch e := v.(type) {
	case *objects.BaseException:
		return e, nil
	case *objects.Type:
		if e.IsSubtype(objects.BaseExceptionType) {
			inst, err := objects.Call(ts, e, nil, nil)
			if err != nil {
				return nil, err
			}
			if exc, ok := inst.(*objects.BaseException); ok {
				return exc, nil
			}
			cls, err := objects.Repr(ts, e)
			if err != nil {
				return nil, err
			}
			got, err := objects.Repr(ts, inst.Type())
			if err != nil {
				return nil, err
			}
			return nil, objects.Errorf(objects.TypeErrorType,
				"calling %s should have returned an instance of BaseException, not %s", cls.Value(), got.Value())
		}
	}
	return nil, objects.Errorf(objects.TypeErrorType, "%s", notException)
}

// RaiseVarargs implements raise, raise exc and raise exc from cause; it returns the exception
// to propagate.
func RaiseVarargs(ts *objects.Thread, args []objects.Object) error {
	switch len(args) {
	case 0:
		if exc := ts.HandledException(); exc != nil {
			return exc.(*objects.BaseException)
		}
		return objects.Errorf(objects.RuntimeErrorType, "No active exception to reraise")
	case 1:
		exc, err := asException(ts, args[0])
		if err != nil {
			return err
		}
		raise(ts, exc)
		return exc
	}
	exc, err := asException(ts, args[0])
	if err != nil {
		return err
	}
	cause := args[1]
	if cause == objects.None {
		exc.SetCause(nil)
		raise(ts, exc)
		return exc
	}
	// A class is instantiated, and what its construction raises propagates, as do_raise does.
	c, err := instantiateException(ts, cause, "exception causes must derive from BaseException")
	if err != nil {
		return err
	}
	exc.SetCause(c)
	raise(ts, exc)
	return exc
}

// raise chains exc to the exception being handled, as every raise statement does, even of an
// exception object raised before.
func raise(ts *objects.Thread, exc *objects.BaseException) {
	objects.SetRaiseContext(ts, exc)
	exc.Raise(ts)
}

// Reraise re-raises exc (RERAISE); with oparg set, values[0] is the instruction offset the
// exception was raised at, restored for the traceback.
func Reraise(frame *Frame, values []objects.Object, exc objects.Object, oparg int) error {
	if oparg != 0 {
		if off, ok := values[0].(*objects.Int); ok {
			if v, small := off.Int64(); small {
				frame.InstrPtr = int(v)
			}
		}
	}
	if e, ok := exc.(*objects.BaseException); ok {
		return e
	}
	return objects.Errorf(objects.SystemErrorType, "RERAISE of a non-exception %s", exc.Type().Name)
}

// CheckExcMatch reports whether exception left matches the except clause's right: a class or
// a tuple of classes.
func CheckExcMatch(ts *objects.Thread, left, right objects.Object) (bool, error) {
	classes, err := exceptClasses(right)
	if err != nil {
		return false, err
	}
	for _, c := range classes {
		if left.Type().IsSubtype(c) {
			return true, nil
		}
	}
	return false, nil
}

// exceptClasses checks an except clause's classes, as CPython does before matching.
func exceptClasses(v objects.Object) ([]*objects.Type, error) {
	items := []objects.Object{v}
	if t, ok := v.(*objects.Tuple); ok {
		items = t.Items()
	}
	classes := make([]*objects.Type, 0, len(items))
	for _, it := range items {
		c, ok := it.(*objects.Type)
		if !ok || !c.IsSubtype(objects.BaseExceptionType) {
			return nil, objects.Errorf(objects.TypeErrorType,
				"catching classes that do not inherit from BaseException is not allowed")
		}
		classes = append(classes, c)
	}
	return classes, nil
}

// CheckEGMatch splits the exception being handled for an except* clause: match is what the
// clause handles (None for nothing), rest what goes on unwinding. A bare exception that
// matches is wrapped in a new group, which gets a traceback entry for the current frame as
// CPython gives it.
func CheckEGMatch(ts *objects.Thread, frame *Frame, excValue, matchType objects.Object) (rest, match objects.Object, err error) {
	match, rest, wrapped, err := objects.ExceptionGroupMatch(ts, excValue, matchType)
	if err != nil {
		return nil, nil, err
	}
	if wrapped {
		if g, ok := match.(*objects.BaseException); ok {
			g.SetTraceback(objects.NewTraceback(nil, frame, frame.InstrPtr*2, -1))
		}
	}
	return rest, match, nil
}

// CleanupThrow ends a yield from whose subiterator raised exc when an exception was thrown into
// it: a StopIteration gives the yield from's result; anything else is re-raised.
func CleanupThrow(ts *objects.Thread, exc objects.Object) (objects.Object, error) {
	e, ok := exc.(*objects.BaseException)
	if ok && e.Type().IsSubtype(objects.StopIterationType) {
		return e.StopIterationValue(), nil
	}
	if ok {
		return nil, e
	}
	return nil, objects.Errorf(objects.SystemErrorType, "CLEANUP_THROW of a non-exception %s", exc.Type().Name)
}
