package vm

import (
	"runtime"

	"github.com/taipanpy/taipan/objects"
)

// A generator or coroutine collected while suspended inside a try or with block is closed,
// as CPython's _PyGen_Finalize does, so that its finally clauses and __exit__ methods run.
// Closing one suspended outside any such block would run nothing, so only the others get a
// Go finalizer, the first time they suspend where it matters; as with __del__, the close runs
// on a Python thread, from the interpreter's pending calls.

// watchClose gives g a finalizer that closes it, when it is suspended where closing runs
// code: inside a handler of its own or while delegating (yield from, await).
func (g *Generator) watchClose(t *Thread) {
	if g.closeWatched || g.kind == objects.AsyncGeneratorType || !g.suspendedInHandler() {
		return
	}
	p := t.Interp.Pending
	if p == nil {
		return
	}
	g.closeWatched = true
	runtime.SetFinalizer(g, func(g *Generator) {
		p.Add(func(ts *objects.Thread) {
			if g.frame == nil || g.running {
				return
			}
			if _, err := g.Close(ts); err != nil {
				objects.WriteUnraisable(ts, err, g)
			}
		})
	})
}

// suspendedInHandler reports whether the yield g is suspended at is covered by an exception
// handler other than the one around the whole body (which turns StopIteration into
// RuntimeError and is laid out last, so its target is the largest).
func (g *Generator) suspendedInHandler() bool {
	f := g.frame
	if f == nil {
		return false
	}
	if f.YieldFrom {
		return true
	}
	h, ok := f.Code.FindHandler(f.InstrPtr - 1)
	if !ok {
		return false
	}
	for _, e := range objects.ExceptionTableEntries(f.Code.ExceptionTable) {
		if e.Target > h.Target {
			return true
		}
	}
	return false
}
