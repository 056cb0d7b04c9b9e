package thread

import (
	"math"
	"time"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Timeouts and blocking waits. A wait releases the global interpreter lock while it blocks,
// and wakes early when the thread is interrupted (interrupt_main) so that the exception is
// raised, then goes on waiting for what is left of its timeout.

// forever is the timeout of a wait without one: -1 second, as CPython's lock methods take it.
const forever = -int64(time.Second)

// timeoutNanos converts a timeout in seconds to nanoseconds as CPython's
// _PyTime_FromSecondsObject does with _PyTime_ROUND_TIMEOUT: a float is rounded away from
// zero, an int must fit, anything else must have __index__.
func timeoutNanos(ts *objects.Thread, o objects.Object) (int64, error) {
	if f, ok := o.(*objects.Float); ok {
		d := f.Value()
		if math.IsNaN(d) {
			return 0, objects.Errorf(objects.ValueErrorType, "Invalid value NaN (not a number)")
		}
		d *= 1e9
		if d >= 0 {
			d = math.Ceil(d)
		} else {
			d = math.Floor(d)
		}
		if !(d >= math.MinInt64 && d < -math.MinInt64) {
			return 0, objects.Errorf(objects.OverflowErrorType, "timestamp out of range for platform time_t")
		}
		return int64(d), nil
	}
	n, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	secs, ok := n.Int64()
	if !ok || secs > math.MaxInt64/int64(time.Second) || secs < math.MinInt64/int64(time.Second) {
		return 0, objects.Errorf(objects.OverflowErrorType, "timestamp too large to convert to C PyTime_t")
	}
	return secs * int64(time.Second), nil
}

// waitFunc blocks until what it waits for happens (acquired), expired fires (timedOut) or
// one of the stop channels receives (interrupted). It first tries without blocking, so that
// an expired timer does not hide a success.
type waitFunc func(expired <-chan time.Time, interrupt, finalizing <-chan struct{}) outcome

// outcome is how a wait ended.
type outcome int

const (
	acquired outcome = iota
	timedOut
	interrupted
)

// wait runs try, which blocks on what the caller waits for (a send that takes a lock, a
// receive from a channel closed when a thread ends), for at most timeout nanoseconds
// (forever when negative), without the global interpreter lock.
// When the thread is interrupted it raises the pending exception, or else waits again for
// the time left; a thread other than the main one ends if the interpreter is finalized
// meanwhile (in AcquireGIL).
func wait(ts *objects.Thread, timeout int64, try waitFunc) (bool, error) {
	t := vm.ThreadOf(ts)
	var finalizing <-chan struct{}
	if t != t.Interp.MainThread() {
		finalizing = t.Interp.Finalizing()
	}
	var deadline time.Time
	if timeout >= 0 {
		deadline = time.Now().Add(time.Duration(timeout))
	}
	for {
		var timer *time.Timer
		var expired <-chan time.Time
		if timeout >= 0 {
			timer = time.NewTimer(time.Until(deadline))
			expired = timer.C
		}
		t.ReleaseGIL()
		r := try(expired, t.Interrupted(), finalizing)
		t.AcquireGIL()
		if timer != nil {
			timer.Stop()
		}
		switch r {
		case acquired:
			return true, nil
		case timedOut:
			return false, nil
		}
		if err := ts.CheckEvalBreaker(); err != nil {
			return false, err
		}
		if timeout >= 0 && !time.Now().Before(deadline) {
			// One more non-blocking try, as a timed-out wait would have made.
			return try(closedTimer, nil, nil) == acquired, nil
		}
	}
}

// closedTimer is a timer channel that has already fired, for a try that must not block.
var closedTimer = func() <-chan time.Time {
	c := make(chan time.Time, 1)
	c <- time.Time{}
	return c
}()

// semaphore is a lock's state: it holds a token while the lock is locked.
type semaphore chan struct{}

func newSemaphore() semaphore { return make(semaphore, 1) }

// tryLock takes the lock if it is free, without blocking.
func (s semaphore) tryLock() bool {
	select {
	case s <- struct{}{}:
		return true
	default:
		return false
	}
}

// unlock frees the lock; it reports false when it was not locked.
func (s semaphore) unlock() bool {
	select {
	case <-s:
		return true
	default:
		return false
	}
}

// acquireUninterruptibly takes the lock, waiting as long as it takes; an interruption is
// left pending for the thread's next eval breaker poll (RLock._acquire_restore, which
// CPython does not let a signal interrupt).
func (s semaphore) acquireUninterruptibly(ts *objects.Thread) {
	if s.tryLock() {
		return
	}
	t := vm.ThreadOf(ts)
	var finalizing <-chan struct{}
	if t != t.Interp.MainThread() {
		finalizing = t.Interp.Finalizing()
	}
	t.ReleaseGIL()
	select {
	case s <- struct{}{}:
	case <-finalizing:
		// The interpreter is finalized: AcquireGIL ends this thread.
	}
	t.AcquireGIL()
}

// isLocked reports whether the lock is locked.
func (s semaphore) isLocked() bool { return len(s) == 1 }

// acquire takes the lock, waiting at most timeout nanoseconds (0: not at all; negative:
// forever), as CPython's acquire_timed: first without releasing the global interpreter lock,
// then waiting without it.
func (s semaphore) acquire(ts *objects.Thread, timeout int64) (bool, error) {
	if s.tryLock() {
		return true, nil
	}
	if timeout == 0 {
		return false, nil
	}
	return wait(ts, timeout, func(expired <-chan time.Time, interrupt, finalizing <-chan struct{}) outcome {
		select {
		case s <- struct{}{}:
			return acquired
		default:
		}
		select {
		case s <- struct{}{}:
			return acquired
		case <-expired:
			return timedOut
		case <-interrupt:
			return interrupted
		case <-finalizing:
			return interrupted
		}
	})
}
