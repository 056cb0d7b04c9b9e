package vm

import (
	"errors"

	"github.com/taipanpy/taipan/objects"
)

// Yielded is what the tier-1 loop returns, with the yielded value, when a generator's frame
// suspends at YIELD_VALUE.
var Yielded = errors.New("frame suspended by yield")

// ReturnGenerator turns the running frame into a generator, coroutine or async generator.
func ReturnGenerator(ts *objects.Thread, frame *Frame) (objects.Object, error) {
	return nil, notYet("generators and coroutines")
}

// GetYieldFromIter returns the iterator of a yield from.
func GetYieldFromIter(ts *objects.Thread, frame *Frame, iterable objects.Object) (objects.Object, error) {
	return objects.GetIter(ts, iterable)
}

// Send sends v into the subiterator receiver; done reports that it returned, retval being its
// return value, rather than yielded.
func Send(ts *objects.Thread, receiver, v objects.Object) (retval objects.Object, done bool, err error) {
	if v == objects.None {
		next, err := objects.Next(ts, receiver)
		if err != nil {
			return nil, false, err
		}
		if next == nil {
			return objects.None, true, nil
		}
		return next, false, nil
	}
	return nil, false, notYet("generator send()")
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
