package vm

import (
	"math"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/taipanpy/taipan/objects"
)

// The global interpreter lock. Only the thread holding it runs Python code or touches Python
// objects; the others wait for it or are in a blocking section (a lock acquire, a sleep, a
// read) that needs no Python state.
//
// The scheme is CPython's (Python/ceval_gil.c). A thread that cannot take the lock waits at
// most the switch interval (sys.getswitchinterval()); if no switch happened meanwhile, it
// sets BreakerGILDrop in the holder's eval breaker, and the holder, at its next poll (a
// backward jump or a call), drops the lock and queues for it again. A waiting thread takes
// the lock the moment it is dropped, so the thread that asked does run before the one that
// dropped it (CPython's FORCE_SWITCHING).
//
// The holder pays nothing for this while it runs: the eval breaker is polled anyway, and the
// lock is only touched when a thread blocks, asks for a switch or ends. A single-threaded
// program never contends for it.

// DefaultSwitchInterval is sys.getswitchinterval()'s initial value, 5 ms as CPython's.
const DefaultSwitchInterval = 5 * time.Millisecond

// gil is an interpreter's lock. sem holds a token while the lock is held: a buffered send
// takes it, a receive drops it, and a receive with a sender waiting hands the lock to that
// sender directly.
type gil struct {
	sem chan struct{}
	// holder is the thread holding the lock (nil while it is dropped); switches counts the
	// times the lock was taken, for a waiter to tell whether anyone ran while it waited.
	holder   atomic.Pointer[Thread]
	switches atomic.Uint64
	// interval is the switch interval in microseconds, as CPython keeps it.
	interval atomic.Uint64
	// closed is closed when the interpreter is finalized: threads still waiting for the lock
	// then end, as CPython's do once the runtime is finalizing.
	closed chan struct{}
}

func (g *gil) init() {
	g.sem = make(chan struct{}, 1)
	g.closed = make(chan struct{})
	g.interval.Store(uint64(DefaultSwitchInterval / time.Microsecond))
}

// take acquires the lock for t, asking the holder to drop it when the wait exceeds the
// switch interval. A thread other than the main one that waits while the interpreter is
// finalized ends its goroutine instead.
func (g *gil) take(t *Thread) {
	select {
	case g.sem <- struct{}{}:
	default:
		g.wait(t)
	}
	g.holder.Store(t)
	g.switches.Add(1)
}

// wait blocks until the lock is t's.
func (g *gil) wait(t *Thread) {
	timer := time.NewTimer(g.waitTime())
	defer timer.Stop()
	for {
		seen := g.switches.Load()
		select {
		case g.sem <- struct{}{}:
			return
		case <-timer.C:
			if g.switches.Load() == seen {
				if h := g.holder.Load(); h != nil {
					h.SetEvalBreaker(objects.BreakerGILDrop)
				}
			}
			timer.Reset(g.waitTime())
		case <-g.closed:
			if t != t.Interp.main {
				t.exitFinalizing()
			}
			// The main thread finalizes the interpreter itself: it only ever waits here
			// when an embedder runs code on it again afterwards.
			g.sem <- struct{}{}
			return
		}
	}
}

// waitTime is how long a waiter waits before asking for a switch: the switch interval, at
// least a microsecond.
func (g *gil) waitTime() time.Duration {
	us := g.interval.Load()
	switch {
	case us < 1:
		us = 1
	case us > math.MaxInt64/uint64(time.Microsecond):
		return math.MaxInt64
	}
	return time.Duration(us) * time.Microsecond
}

// drop releases the lock, handing it to a waiting thread if there is one.
func (g *gil) drop() {
	g.holder.Store(nil)
	<-g.sem
}

// The states of a thread with respect to the lock.
const (
	// gilNone: the thread takes no part in the locking (a thread an embedder or a test made
	// besides the main one and runs by hand); releasing and re-taking are no-ops for it.
	gilNone = iota
	// gilHeld: the thread holds the lock.
	gilHeld
	// gilReleased: the thread released the lock and will take it again.
	gilReleased
)

// ReleaseGIL releases the global interpreter lock so that other Python threads run while t
// blocks, as CPython's Py_BEGIN_ALLOW_THREADS (PyEval_SaveThread). Go code that waits for
// something outside the interpreter (a lock, a timer, a read or write, a child process) calls
// it before blocking and AcquireGIL once the wait is over:
//
//	t := vm.ThreadOf(ts)
//	t.ReleaseGIL()
//	n, err := f.Read(buf) // no Python object may be touched here
//	t.AcquireGIL()
//
// Between the two calls the code must not use any Python object, call into the object
// protocols or run Python code: other threads are changing them. AllowThreads wraps the
// pair around a function. The calls do nothing for a thread that does not hold the lock.
func (t *Thread) ReleaseGIL() {
	if t.gilState != gilHeld {
		return
	}
	t.gilState = gilReleased
	t.Interp.gil.drop()
}

// AcquireGIL takes back the global interpreter lock that ReleaseGIL released, waiting for
// the running thread to drop it (Py_END_ALLOW_THREADS, PyEval_RestoreThread). A thread other
// than the main one that calls it after the interpreter is finalized does not return: its
// goroutine ends, as CPython's threads do when they try to take the lock during finalization.
func (t *Thread) AcquireGIL() {
	if t.gilState != gilReleased {
		return
	}
	t.Interp.gil.take(t)
	t.gilState = gilHeld
	if t.Interp.finalizing.Load() && t != t.Interp.main {
		t.Interp.gil.drop()
		t.exitFinalizing()
	}
}

// AllowThreads runs f without the global interpreter lock: other Python threads run while f
// blocks. f must not touch Python objects (see ReleaseGIL).
func AllowThreads(ts *objects.Thread, f func()) {
	t := ThreadOf(ts)
	t.ReleaseGIL()
	f()
	t.AcquireGIL()
}

// yieldGIL drops the lock and queues for it again, letting the thread that asked for it run
// (the handling of BreakerGILDrop).
func (t *Thread) yieldGIL() {
	if t.gilState != gilHeld {
		return
	}
	t.ReleaseGIL()
	t.AcquireGIL()
}

// exitFinalizing ends the goroutine of a thread that tries to run once the interpreter is
// finalized, without the lock.
func (t *Thread) exitFinalizing() {
	t.gilState = gilNone
	runtime.Goexit()
}

// SwitchInterval returns the interval, in microseconds, after which a thread waiting for the
// global interpreter lock asks the running one to drop it (sys.getswitchinterval()).
func (interp *Interpreter) SwitchInterval() uint64 { return interp.gil.interval.Load() }

// SetSwitchInterval sets the switch interval in microseconds (sys.setswitchinterval()); 0
// waits a microsecond.
func (interp *Interpreter) SetSwitchInterval(us uint64) { interp.gil.interval.Store(us) }
