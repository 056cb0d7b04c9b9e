package objects

import (
	"runtime"
	"sync/atomic"
	_ "unsafe" // for go:linkname
)

// __del__ on Go's collector. An instance of a class defining __del__ gets a Go finalizer when
// it is made. When the collector finds the instance unreachable, the finalizer (on Go's
// finalizer goroutine, where no Python code may run) queues the call of __del__ on the
// class's interpreter, which runs it at a safe point; the instance lives on until then, and
// is freed by a later collection unless __del__ stored it somewhere. As with CPython's
// PEP 442, __del__ runs at most once per object.
//
// Without reference counting, an unreachable object is only found by a collection: gc.collect()
// (CollectGarbage) runs one and then the pending calls, which is how a program gets CPython's
// "del x calls x.__del__" behaviour at a known point. Go does not collect a cycle that goes
// through an object with a finalizer, so an instance with __del__ that can reach itself
// (through its __dict__, say) stays alive and its __del__ never runs.

// blockUntilEmptyFinalizerQueue waits until Go's finalizer goroutine has run every queued
// finalizer, or timeout nanoseconds have passed; it reports whether the queue emptied. The
// runtime exports it for tests; gc.collect needs the same guarantee.
//
//go:linkname blockUntilEmptyFinalizerQueue runtime.blockUntilEmptyFinalizerQueue
func blockUntilEmptyFinalizerQueue(timeout int64) bool

// slotFinalize is the Finalize slot of a class that defines __del__.
func slotFinalize(ts *Thread, o Object) error {
	m := o.Type().Lookup(ts, dunderDel)
	if m == nil {
		return nil
	}
	_, err := callDescriptor(ts, m, o)
	return err
}

var dunderDel = NewStr("__del__")

// watchFinalizer gives o, a new instance of cls, a Go finalizer when cls defines __del__.
func watchFinalizer(o Object, cls *Type) {
	if cls.Slots.Finalize == nil || cls.pending == nil {
		return
	}
	p := cls.pending
	watchedFinalizers.Add(1)
	seq := finalizerSeq.Add(1)
	runtime.SetFinalizer(o, func(o Object) {
		watchedFinalizers.Add(-1)
		p.AddOrdered(seq, func(ts *Thread) { finalize(ts, o) })
	})
}

// finalizerSeq numbers the objects given a finalizer, in the order they were made.
var finalizerSeq atomic.Uint64

// watchedFinalizers counts the objects whose __del__ finalizer has not run yet: without
// any, a collection need not wait for Go's finalizer goroutine.
var watchedFinalizers atomic.Int64

// watchExtendedFinalizer gives a new instance of a subclass of a built-in type a finalizer,
// once: typeCall calls it for every object a class returns, which may be an old one.
func watchExtendedFinalizer(o Object) {
	x, ok := o.(extended)
	if !ok {
		return
	}
	e := x.extension()
	if e == nil || e.finalizerSet || e.Class.Slots.Finalize == nil {
		return
	}
	e.finalizerSet = true
	watchFinalizer(o, e.Class)
}

// finalize runs o's __del__, reporting an exception it raises as unraisable.
func finalize(ts *Thread, o Object) {
	f := o.Type().Slots.Finalize
	if f == nil {
		return
	}
	if err := f(ts, o); err != nil {
		var where Object = o
		if m := o.Type().Lookup(ts, dunderDel); m != nil {
			where = m
		}
		WriteUnraisable(ts, err, where)
	}
}

// CollectGarbage is gc.collect(): it runs Go's collector, then the finalization it found on
// ts's interpreter (the __del__ methods of unreachable objects, then the callbacks of weak
// references to freed objects), and again as long as that frees more.
func CollectGarbage(ts *Thread) {
	for round := 0; round < 10; round++ {
		runtime.GC()
		if watchedFinalizers.Load() > 0 {
			// A finalizer this collection queued counts until it has run.
			blockUntilEmptyFinalizerQueue(int64(10e9))
		}
		ClearDeadWeakrefs()
		if !ts.RunPendingCalls() {
			return
		}
	}
}
