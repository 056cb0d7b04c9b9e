package vm

import (
	"errors"

	"github.com/taipanpy/taipan/objects"
)

// Yielded is what the tier-1 loop returns, with the yielded value, when a generator's frame
// suspends at YIELD_VALUE.
var Yielded = errors.New("frame suspended by yield")

// GetYieldFromIter returns the iterator of a yield from: a generator or coroutine itself (a
// coroutine only in a coroutine), else iter(iterable).
func GetYieldFromIter(ts *objects.Thread, frame *Frame, iterable objects.Object) (objects.Object, error) {
	if g, ok := iterable.(*Generator); ok {
		if g.kind == objects.CoroutineType && frame.Code.Flags&(objects.CodeCoroutine|objects.CodeIterableCoroutine) == 0 {
			return nil, objects.Errorf(objects.TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator")
		}
		return g, nil
	}
	return objects.GetIter(ts, iterable)
}

// Send sends v into the subiterator receiver; done reports that it returned, retval being its
// return value, rather than yielded.
func Send(ts *objects.Thread, receiver, v objects.Object) (retval objects.Object, done bool, err error) {
	if g, ok := receiver.(*Generator); ok {
		return g.resume(ts, v, nil)
	}
	if v == objects.None {
		f := receiver.Type().Slots.IterNext
		if f == nil {
			return nil, false, objects.Errorf(objects.TypeErrorType, "'%s' object is not an iterator", receiver.Type().Name)
		}
		// The slot itself, not objects.Next: its StopIteration carries the result.
		next, err := f(ts, receiver)
		if next == nil && err == nil {
			return objects.None, true, nil
		}
		return stopIterationDone(next, err)
	}
	send, err := objects.GetAttr(ts, receiver, objects.NewStr("send"))
	if err != nil {
		return nil, false, err
	}
	return stopIterationDone(objects.Call(ts, send, []objects.Object{v}, nil))
}

// stopIterationDone turns a StopIteration from a subiterator into the end of the yield from,
// with the exception's value as its result.
func stopIterationDone(v objects.Object, err error) (objects.Object, bool, error) {
	if e, ok := err.(*objects.BaseException); ok && e.Type().IsSubtype(objects.StopIterationType) {
		return e.StopIterationValue(), true, nil
	}
	return v, false, err
}

// GetAwaitable returns the iterator an await expression drives (GET_AWAITABLE), as
// CPython's _PyCoro_GetAwaitableIter does: a coroutine itself, else the result of the
// object's __await__, which must be an iterator and not a coroutine.
func GetAwaitable(ts *objects.Thread, v objects.Object, where int) (objects.Object, error) {
	if g, ok := v.(*Generator); ok {
		if g.kind == objects.CoroutineType {
			if g.frame != nil && g.frame.YieldFrom && g.running {
				return nil, objects.Errorf(objects.RuntimeErrorType, "coroutine is being awaited already")
			}
			return g, nil
		}
		if g.code.Flags&objects.CodeIterableCoroutine != 0 {
			return g, nil
		}
	}
	f := v.Type().Slots.Await
	if f == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "%s", awaitTypeError(v, where))
	}
	it, err := f(ts, v)
	if err != nil {
		return nil, err
	}
	if g, ok := it.(*Generator); ok && g.kind == objects.CoroutineType {
		return nil, objects.Errorf(objects.TypeErrorType, "__await__() returned a coroutine")
	}
	if it.Type().Slots.IterNext == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "__await__() returned non-iterator of type '%s'", it.Type().Name)
	}
	return it, nil
}

// awaitTypeError is CPython's message for awaiting what cannot be awaited; where is
// GET_AWAITABLE's oparg: 1 after __aenter__, 2 after __aexit__.
func awaitTypeError(v objects.Object, where int) string {
	switch where {
	case 1:
		return "'async with' received an object from __aenter__ that does not implement __await__: " + v.Type().Name
	case 2:
		return "'async with' received an object from __aexit__ that does not implement __await__: " + v.Type().Name
	}
	return "object " + v.Type().Name + " can't be used in 'await' expression"
}

// GetAIter returns the asynchronous iterator of an async for (GET_AITER): the result of the
// object's __aiter__, which must have __anext__.
func GetAIter(ts *objects.Thread, obj objects.Object) (objects.Object, error) {
	f := obj.Type().Slots.AIter
	if f == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", obj.Type().Name)
	}
	it, err := f(ts, obj)
	if err != nil {
		return nil, err
	}
	if it.Type().Slots.ANext == nil {
		return nil, objects.Errorf(objects.TypeErrorType,
			"'async for' received an object from __aiter__ that does not implement __anext__: %s", it.Type().Name)
	}
	return it, nil
}

// GetANext returns the awaitable for an async for's next item (GET_ANEXT): __anext__'s
// result, made awaitable.
func GetANext(ts *objects.Thread, aiter objects.Object) (objects.Object, error) {
	f := aiter.Type().Slots.ANext
	if f == nil {
		return nil, objects.Errorf(objects.TypeErrorType,
			"'async for' requires an iterator with __anext__ method, got %s", aiter.Type().Name)
	}
	next, err := f(ts, aiter)
	if err != nil {
		return nil, err
	}
	awaitable, err := GetAwaitable(ts, next, 0)
	if err != nil {
		return nil, objects.Errorf(objects.TypeErrorType,
			"'async for' received an invalid object from __anext__: %s", next.Type().Name)
	}
	return awaitable, nil
}

// EndAsyncFor ends an async for loop when its iterator raised StopAsyncIteration, and
// re-raises anything else (END_ASYNC_FOR).
func EndAsyncFor(ts *objects.Thread, exc objects.Object) error {
	if e, ok := exc.(*objects.BaseException); ok {
		if e.Type().IsSubtype(objects.StopAsyncIterationType) {
			return nil
		}
		return e
	}
	return objects.Errorf(objects.SystemErrorType, "END_ASYNC_FOR of a non-exception %s", exc.Type().Name)
}

// EnterExecutor runs the tier-2 executor at index of the frame's code.
func EnterExecutor(ts *objects.Thread, frame *Frame, index int) error {
	return notYet("tier-2 executors")
}
