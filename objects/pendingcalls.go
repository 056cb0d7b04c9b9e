package objects

import (
	"slices"
	"sync"
	"weak"
)

// Finalization work found by Go's collector (a weakly referenced object gone, an object with
// __del__ unreachable) is noticed on the collector's own goroutines, where no Python code may
// run. It is queued here instead, on the interpreter that made the weak reference or the
// class, and run by one of the interpreter's Python threads at a safe point: the eval breaker,
// or gc.collect(). This is CPython's Py_AddPendingCall.

// PendingCalls is one interpreter's queue of calls waiting for a Python thread.
type PendingCalls struct {
	mu    sync.Mutex
	calls []func(ts *Thread)
	// ordered are calls that run before the others, by their keys: the __del__ methods of
	// objects found dead together run in the order the objects were made, which is the
	// order CPython usually destroys them in (a module's names are cleared in order).
	ordered []orderedCall
	// threads are the interpreter's threads, held weakly: the ones whose eval breaker Add
	// sets.
	threads []weak.Pointer[Thread]
	// busy is set while a thread runs the queue, so that a call reaching a safe point does
	// not start the queue again inside itself.
	busy bool
}

// NewPendingCalls returns an empty queue.
func NewPendingCalls() *PendingCalls { return &PendingCalls{} }

// JoinPendingCalls makes t one of the threads that run p's calls; the interpreter calls it
// for each thread it creates.
func (t *Thread) JoinPendingCalls(p *PendingCalls) {
	t.pending = p
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	live := p.threads[:0]
	for _, w := range p.threads {
		if w.Value() != nil {
			live = append(live, w)
		}
	}
	clear(p.threads[len(live):])
	p.threads = append(live, weak.Make(t))
}

// PendingCalls returns the queue of the thread's interpreter (nil for a thread that joined
// none).
func (t *Thread) PendingCalls() *PendingCalls {
	if t == nil {
		return nil
	}
	return t.pending
}

// Add queues f to run on one of the interpreter's threads. Any goroutine may call it.
func (p *PendingCalls) Add(f func(ts *Thread)) {
	p.mu.Lock()
	p.calls = append(p.calls, f)
	p.notify()
}

// notify unlocks p and sets the eval breaker of its threads.
func (p *PendingCalls) notify() {
	var threads []*Thread
	for _, w := range p.threads {
		if t := w.Value(); t != nil {
			threads = append(threads, t)
		}
	}
	p.mu.Unlock()
	for _, t := range threads {
		t.SetEvalBreaker(BreakerPendingCalls)
	}
}

type orderedCall struct {
	key uint64
	f   func(ts *Thread)
}

// AddOrdered queues f as Add does, to run before the calls without a key, after those with a
// smaller key.
func (p *PendingCalls) AddOrdered(key uint64, f func(ts *Thread)) {
	p.mu.Lock()
	p.ordered = append(p.ordered, orderedCall{key, f})
	p.notify()
}

// RunPendingCalls runs the calls queued for t's interpreter, those the calls queue included,
// unless a thread is already running them; it reports whether it ran any.
func (t *Thread) RunPendingCalls() bool {
	p := t.pending
	if p == nil {
		return false
	}
	p.mu.Lock()
	if p.busy || len(p.calls) == 0 && len(p.ordered) == 0 {
		p.mu.Unlock()
		return false
	}
	p.busy = true
	defer func() {
		p.mu.Lock()
		p.busy = false
		p.mu.Unlock()
	}()
	for len(p.calls) > 0 || len(p.ordered) > 0 {
		ordered, calls := p.ordered, p.calls
		p.ordered, p.calls = nil, nil
		p.mu.Unlock()
		slices.SortStableFunc(ordered, func(a, b orderedCall) int { return cmpUint64(a.key, b.key) })
		for i, c := range ordered {
			ordered[i].f = nil
			c.f(t)
		}
		for i, f := range calls {
			calls[i] = nil
			f(t)
		}
		p.mu.Lock()
	}
	p.mu.Unlock()
	return true
}

func cmpUint64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
