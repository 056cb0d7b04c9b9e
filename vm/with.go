package vm

import "github.com/taipanpy/taipan/objects"

// The context manager protocol of with and async with statements (BEFORE_WITH,
// BEFORE_ASYNC_WITH and WITH_EXCEPT_START), as CPython's ceval does it: the special methods
// are looked up on the manager's type, never on the instance.

var (
	enterName  = objects.NewStr("__enter__")
	exitName   = objects.NewStr("__exit__")
	aenterName = objects.NewStr("__aenter__")
	aexitName  = objects.NewStr("__aexit__")
)

// BeforeWith looks up a context manager's __exit__ and calls its __enter__: exit is the bound
// __exit__ the statement calls on leaving, res what __enter__ returned.
func BeforeWith(ts *objects.Thread, mgr objects.Object) (exit, res objects.Object, err error) {
	return beforeWith(ts, mgr, enterName, exitName, "context manager protocol", "__exit__")
}

// BeforeAsyncWith looks up an async context manager's __aexit__ and calls its __aenter__; the
// statement then awaits res.
func BeforeAsyncWith(ts *objects.Thread, mgr objects.Object) (exit, res objects.Object, err error) {
	return beforeWith(ts, mgr, aenterName, aexitName, "asynchronous context manager protocol", "__aexit__")
}

func beforeWith(ts *objects.Thread, mgr objects.Object, enterName, exitName *objects.Str, protocol, exitMethod string) (exit, res objects.Object, err error) {
	// __enter__ is looked up first, so a type lacking both reports the plain message.
	enter, err := objects.LookupSpecial(ts, mgr, enterName)
	if err != nil {
		return nil, nil, err
	}
	if enter == nil {
		return nil, nil, objects.Errorf(objects.TypeErrorType,
			"'%s' object does not support the %s", mgr.Type().Name, protocol)
	}
	exit, err = objects.LookupSpecial(ts, mgr, exitName)
	if err != nil {
		return nil, nil, err
	}
	if exit == nil {
		return nil, nil, objects.Errorf(objects.TypeErrorType,
			"'%s' object does not support the %s (missed %s method)", mgr.Type().Name, protocol, exitMethod)
	}
	res, err = objects.Call(ts, enter, nil, nil)
	if err != nil {
		return nil, nil, err
	}
	return exit, res, nil
}

// WithExceptStart calls a context manager's bound __exit__ with the exception val being
// handled, as __exit__(type(val), val, val.__traceback__), and returns its result, whose
// truth decides whether the exception is suppressed.
func WithExceptStart(ts *objects.Thread, exitFunc, val objects.Object) (objects.Object, error) {
	var tb objects.Object = objects.None
	if e, ok := val.(*objects.BaseException); ok {
		if t := e.Traceback(); t != nil {
			tb = t
		}
	}
	return objects.Call(ts, exitFunc, []objects.Object{val.Type(), val, tb}, nil)
}
