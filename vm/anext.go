package vm

import "github.com/taipanpy/taipan/objects"

// The built-ins aiter() and anext(). anext with a default returns an anext_awaitable: it
// drives the iterator's __anext__ awaitable and turns its StopAsyncIteration into the
// default, the result of the await.

// AIter is aiter(iterable).
func AIter(ts *objects.Thread, o objects.Object) (objects.Object, error) {
	f := o.Type().Slots.AIter
	if f == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "'%s' object is not an async iterable", o.Type().Name)
	}
	it, err := f(ts, o)
	if err != nil {
		return nil, err
	}
	if it.Type().Slots.ANext == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "aiter() returned not an async iterator of type '%s'", it.Type().Name)
	}
	return it, nil
}

// ANext is anext(iterator[, default]); dflt is nil without a default.
func ANext(ts *objects.Thread, it, dflt objects.Object) (objects.Object, error) {
	f := it.Type().Slots.ANext
	if f == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "'%s' object is not an async iterator", it.Type().Name)
	}
	if dflt == nil {
		return f(ts, it)
	}
	return &anextAwaitable{wrapped: it, dflt: dflt}, nil
}

type anextAwaitable struct {
	wrapped, dflt objects.Object
	it            objects.Object // the awaitable's iterator, once started
}

func (a *anextAwaitable) Type() *objects.Type { return objects.AnextAwaitableType }

// iter starts the step: the iterator of the awaitable __anext__ returns.
func (a *anextAwaitable) iter(ts *objects.Thread) (objects.Object, error) {
	if a.it != nil {
		return a.it, nil
	}
	aw, err := a.wrapped.Type().Slots.ANext(ts, a.wrapped)
	if err != nil {
		return nil, err
	}
	it, err := GetAwaitable(ts, aw, 0)
	if err != nil {
		return nil, err
	}
	a.it = it
	return it, nil
}

// result maps the end of the iteration: StopAsyncIteration becomes the default.
func (a *anextAwaitable) result(v objects.Object, err error) (objects.Object, error) {
	if e, ok := err.(*objects.BaseException); ok && e.Type().IsSubtype(objects.StopAsyncIterationType) {
		return nil, objects.NewException(objects.StopIterationType, a.dflt)
	}
	return v, err
}

func (a *anextAwaitable) send(ts *objects.Thread, v objects.Object) (objects.Object, error) {
	it, err := a.iter(ts)
	if err != nil {
		return a.result(nil, err)
	}
	r, done, err := Send(ts, it, v)
	if err == nil && done {
		return nil, objects.NewException(objects.StopIterationType, r)
	}
	return a.result(r, err)
}

func init() {
	t := objects.AnextAwaitableType
	t.Slots.Await = func(ts *objects.Thread, o objects.Object) (objects.Object, error) { return o, nil }
	t.Slots.Iter = t.Slots.Await
	t.Slots.IterNext = func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
		return o.(*anextAwaitable).send(ts, objects.None)
	}
	t.Methods = append(t.Methods,
		objects.MethodDef{Name: "send", Flags: objects.MethO,
			Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return self.(*anextAwaitable).send(ts, args[0])
			}},
		objects.MethodDef{Name: "throw", Flags: objects.MethFastcall,
			Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				a := self.(*anextAwaitable)
				it, err := a.iter(ts)
				if err != nil {
					return a.result(nil, err)
				}
				return a.result(objects.CallMethod(ts, it, "throw", args...))
			}},
		objects.MethodDef{Name: "close", Flags: objects.MethNoArgs,
			Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				a := self.(*anextAwaitable)
				if a.it == nil {
					return objects.None, nil
				}
				return objects.CallMethod(ts, a.it, "close")
			}},
	)
}
