package objects

// The eval breaker is the word a thread polls on backward jumps and calls: non-zero when a
// signal, a pending call, a GIL drop request or an asynchronous exception needs the loop's
// attention. One atomic load keeps the common case cheap.

// The reasons a thread's eval breaker is set.
const (
	BreakerSignals uint32 = 1 << iota
	BreakerPendingCalls
	BreakerGILDrop
	BreakerAsyncExc
)

// CheckEvalBreaker handles whatever the eval breaker signals; the error is an exception raised
// by a handler (KeyboardInterrupt from SIGINT, say). Pending calls (weak reference callbacks
// and __del__ methods) run first, whatever handler is installed.
func (t *Thread) CheckEvalBreaker() error {
	if t.breaker.Load() == 0 {
		return nil
	}
	if t.breaker.Load()&BreakerPendingCalls != 0 {
		t.breaker.And(^BreakerPendingCalls)
		t.RunPendingCalls()
		if t.breaker.Load() == 0 {
			return nil
		}
	}
	if t.breakerHandler == nil {
		t.breaker.Store(0)
		return nil
	}
	return t.breakerHandler(t)
}

// EvalBreakerPending reports whether the eval breaker is set.
func (t *Thread) EvalBreakerPending() bool { return t.breaker.Load() != 0 }

// SetEvalBreaker sets reason bits in the eval breaker; any goroutine may call it.
func (t *Thread) SetEvalBreaker(reasons uint32) { t.breaker.Or(reasons) }

// TakeEvalBreaker clears the eval breaker and returns the reasons it held.
func (t *Thread) TakeEvalBreaker() uint32 { return t.breaker.Swap(0) }

// SetEvalBreakerHandler sets the function that handles a set eval breaker.
func (t *Thread) SetEvalBreakerHandler(f func(*Thread) error) { t.breakerHandler = f }
