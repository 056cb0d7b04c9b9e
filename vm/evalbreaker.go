package vm

import "sync/atomic"

// EvalBreaker is the word a thread polls on backward jumps and calls: non-zero when a signal,
// a pending call, a GIL drop request or an asynchronous exception needs the loop's attention.
// One atomic load keeps the common case cheap.
type EvalBreaker struct{ bits atomic.Uint32 }

// The reasons a thread's eval breaker is set.
const (
	breakerSignals uint32 = 1 << iota
	breakerPendingCalls
	breakerGILDrop
	breakerAsyncExc
)

// CheckEvalBreaker handles whatever the eval breaker signals; the error is an exception raised
// by a handler (KeyboardInterrupt from SIGINT, say).
func (ts *Thread) CheckEvalBreaker() error {
	if ts.breaker.bits.Load() == 0 {
		return nil
	}
	return ts.handleEvalBreaker()
}

// handleEvalBreaker is the slow path of CheckEvalBreaker. Nothing sets the breaker yet: signal
// handling, pending calls and the GIL come with threads and the signal module.
func (ts *Thread) handleEvalBreaker() error {
	ts.breaker.bits.Store(0)
	return nil
}
