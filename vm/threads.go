package vm

import (
	"sync/atomic"

	"github.com/taipanpy/taipan/objects"
)

// Python threads. Each is a goroutine with its own Thread (frames, data stack, recursion
// depth, exception state, method cache) that runs only while it holds the interpreter's
// global interpreter lock (gil.go).

// nextIdent hands out thread identifiers; 0 is never one, so it can mean "not started".
var nextIdent atomic.Uint64

// MainThread returns the interpreter's main thread, the one made first.
func (interp *Interpreter) MainThread() *Thread { return interp.main }

// StartThread runs run on a new Python thread of interp, made by parent (which holds the
// global interpreter lock): a goroutine that takes the lock, calls run and releases the lock
// when run returns. The thread is returned before it runs. When the interpreter is finalizing,
// no thread is started and the error is CPython's PythonFinalizationError.
func (interp *Interpreter) StartThread(parent *Thread, run func(t *Thread)) (*Thread, error) {
	if interp.finalizing.Load() {
		return nil, objects.Errorf(objects.PythonFinalizationErrorType, "can't create new thread at interpreter shutdown")
	}
	t := NewThread(interp)
	t.gilState = gilReleased
	go func() {
		defer t.finish()
		t.AcquireGIL()
		run(t)
	}()
	return t, nil
}

// finish unregisters a thread whose goroutine ends and releases the lock if it holds it.
func (t *Thread) finish() {
	interp := t.Interp
	interp.threadsMu.Lock()
	delete(interp.threads, t)
	interp.threadsMu.Unlock()
	t.done.Store(true)
	t.ReleaseGIL()
	t.gilState = gilNone
}

// Done reports whether the thread has finished.
func (t *Thread) Done() bool { return t.done.Load() }

// SetRecursionLimit sets the recursion limit of every thread of the interpreter and of the
// threads it makes later (sys.setrecursionlimit()). The caller holds the global interpreter
// lock.
func (interp *Interpreter) SetRecursionLimit(n int) {
	interp.threadsMu.Lock()
	defer interp.threadsMu.Unlock()
	interp.recursionLimit = n
	for t := range interp.threads {
		t.RecursionLimit = n
	}
}

// Interrupt makes the thread raise exc at its next eval breaker poll, waking it if it waits
// in a blocking call that watches Interrupted (_thread.interrupt_main's KeyboardInterrupt).
// Any goroutine may call it.
func (t *Thread) Interrupt(exc *objects.BaseException) {
	t.pending.Store(exc)
	t.SetEvalBreaker(objects.BreakerAsyncExc)
	select {
	case t.interrupt <- struct{}{}:
	default:
	}
}

// Interrupted returns a channel that receives when the thread is interrupted (Interrupt). A
// blocking call made
// without the global interpreter lock selects on it to return early; once it has taken the
// lock back it calls CheckEvalBreaker, which raises the pending exception, and retries the
// wait if there was none.
func (t *Thread) Interrupted() <-chan struct{} { return t.interrupt }

// Finalizing returns a channel closed once the interpreter is finalized (Finalize): blocking
// calls of threads other than the main one select on it too, so that they end instead of
// waiting forever for an event no thread will cause.
func (interp *Interpreter) Finalizing() <-chan struct{} { return interp.gil.closed }

// IsFinalizing reports whether Finalize has run (sys.is_finalizing).
func (interp *Interpreter) IsFinalizing() bool { return interp.finalizing.Load() }

// Finalize marks the interpreter finalized, as CPython's Py_FinalizeEx does once
// threading._shutdown has joined the non-daemon threads (WaitForThreadShutdown): the threads
// still running (daemon threads) end when they next try to take the global interpreter
// lock, which the main thread keeps. The main thread calls it, holding the lock.
func (interp *Interpreter) Finalize() {
	if interp.finalizing.Swap(true) {
		return
	}
	close(interp.gil.closed)
}

// WaitForThreadShutdown calls threading._shutdown() when the threading module was imported,
// which waits for the non-daemon threads to end, as CPython does when the main module ends.
// The error is the exception _shutdown raised, for the caller to report.
func (interp *Interpreter) WaitForThreadShutdown(ts *objects.Thread) error {
	m := interp.Modules.GetStr(objects.NewStr("threading"))
	if m == nil {
		return nil
	}
	shutdown, err := objects.GetAttr(ts, m, objects.NewStr("_shutdown"))
	if err == nil {
		_, err = objects.Call(ts, shutdown, nil, nil)
	}
	return err
}

// handleEvalBreaker is every thread's eval breaker handler: it drops the global interpreter
// lock when another thread asked for it, and raises an exception another thread sent
// (Interrupt).
func handleEvalBreaker(ts *objects.Thread) error {
	t := ThreadOf(ts)
	reasons := ts.TakeEvalBreaker()
	if reasons&objects.BreakerGILDrop != 0 {
		t.yieldGIL()
	}
	if reasons&objects.BreakerSignals != 0 {
		if err := t.RunSignalHandlers(); err != nil {
			return err
		}
	}
	if reasons&objects.BreakerAsyncExc != 0 {
		if exc := t.pending.Swap(nil); exc != nil {
			return exc
		}
	}
	return nil
}
