package vm

import "github.com/taipanpy/taipan/objects"

// Delegation of throw() and close() to the subiterator of a generator suspended in yield from
// or await, as CPython's _gen_throw and gen_close: the exception goes to the subiterator
// first, and only what it raises (its StopIteration included, which CLEANUP_THROW turns into
// the yield from's value) is raised in the generator's own frame.

var (
	throwName = objects.NewStr("throw")
	closeName = objects.NewStr("close")
)

// throwDelegating throws exc into g, through the subiterator g waits on if any. With
// closeOnExit, a GeneratorExit closes the subiterator rather than being thrown into it.
func (g *Generator) throwDelegating(ts *objects.Thread, exc *objects.BaseException, closeOnExit bool) (objects.Object, bool, error) {
	yf := g.yieldFrom()
	if yf == objects.None || !g.started || g.running {
		return g.resume(ts, objects.None, exc)
	}
	if closeOnExit && exc.Type().IsSubtype(objects.GeneratorExitType) {
		g.running = true
		err := closeIter(ts, yf)
		g.running = false
		if err != nil {
			return g.resume(ts, objects.None, err)
		}
		return g.resume(ts, objects.None, exc)
	}
	var res objects.Object
	var err error
	g.running = true
	if sub, ok := yf.(*Generator); ok && sub.kind != objects.AsyncGeneratorType {
		var returned bool
		res, returned, err = sub.throwDelegating(ts, exc, closeOnExit)
		if err == nil && returned {
			res, err = nil, stopIteration(res)
		}
	} else {
		meth, gerr := objects.GetAttr(ts, yf, throwName)
		if gerr != nil {
			g.running = false
			if e, ok := gerr.(*objects.BaseException); ok && e.Type().IsSubtype(objects.AttributeErrorType) {
				return g.resume(ts, objects.None, exc)
			}
			return g.resume(ts, objects.None, gerr)
		}
		res, err = objects.Call(ts, meth, []objects.Object{exc}, nil)
	}
	g.running = false
	if err == nil {
		return res, false, nil
	}
	return g.resume(ts, objects.None, err)
}

// closeIter closes the subiterator of a yield from, as gen_close_iter: a generator or
// coroutine by its close(), anything else by its close method when it has one.
func closeIter(ts *objects.Thread, yf objects.Object) error {
	if sub, ok := yf.(*Generator); ok && sub.kind != objects.AsyncGeneratorType {
		_, err := sub.Close(ts)
		return err
	}
	meth, err := objects.GetAttr(ts, yf, closeName)
	if err != nil {
		if e, ok := err.(*objects.BaseException); ok && e.Type().IsSubtype(objects.AttributeErrorType) {
			return nil
		}
		return err
	}
	_, err = objects.Call(ts, meth, nil, nil)
	return err
}
