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
		next, err := objects.Next(ts, receiver)
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

// GetAwaitable returns the iterator of an await expression.
func GetAwaitable(ts *objects.Thread, iterable objects.Object, where int) (objects.Object, error) {
	return nil, notYet("await")
}

// GetAIter returns the asynchronous iterator of an async for.
func GetAIter(ts *objects.Thread, obj objects.Object) (objects.Object, error) {
	return nil, notYet("async for")
}

// GetANext returns the awaitable for an async for's next item.
func GetANext(ts *objects.Thread, aiter objects.Object) (objects.Object, error) {
	return nil, notYet("async for")
}

// EndAsyncFor ends an async for loop on StopAsyncIteration and re-raises anything else.
func EndAsyncFor(ts *objects.Thread, exc objects.Object) error {
	return notYet("async for")
}

// EnterExecutor runs the tier-2 executor at index of the frame's code.
func EnterExecutor(ts *objects.Thread, frame *Frame, index int) error {
	return notYet("tier-2 executors")
}
