package objects

import (
	"runtime"
	"testing"
	"time"
)

// weakTestThread returns a thread with its own pending calls, and a callback that counts
// the dead references it is called with.
func weakTestThread(t *testing.T) (*Thread, Object, *int) {
	ts := &Thread{}
	ts.JoinPendingCalls(NewPendingCalls())
	calls := new(int)
	def := &MethodDef{Name: "cb", Flags: MethO, Func: func(ts *Thread, _ Object, args []Object, _ *Tuple) (Object, error) {
		w, ok := args[0].(*WeakRef)
		if !ok || w.Get() != nil {
			t.Errorf("callback called with %v, not a dead reference", args[0])
		}
		*calls++
		return None, nil
	}}
	return ts, NewBuiltinFunction(def, nil), calls
}

// makeRefs returns n references with callback cb to new sets nothing else holds, and the
// sets of the first keep of them.
func makeRefs(t *testing.T, ts *Thread, cb Object, n, keep int) ([]*WeakRef, []*Set) {
	refs := make([]*WeakRef, n)
	var kept []*Set
	for i := range refs {
		s := NewSet()
		r, err := NewWeakRef(ts, RefType, s, cb)
		if err != nil {
			t.Fatal(err)
		}
		refs[i] = r
		if i < keep {
			kept = append(kept, s)
		}
	}
	return refs, kept
}

func countDead(refs []*WeakRef) int {
	n := 0
	for _, r := range refs {
		if r.Get() == nil {
			n++
		}
	}
	return n
}

// TestCollectGarbageKillsUnreachable checks that gc.collect's collection frees unreachable
// referents, leaves reachable ones alone, and runs every callback before it returns.
func TestCollectGarbageKillsUnreachable(t *testing.T) {
	ts, cb, calls := weakTestThread(t)
	const n, keep = 2000, 100
	refs, kept := makeRefs(t, ts, cb, n, keep)
	CollectGarbage(ts)
	if d := countDead(refs); d != n-keep {
		t.Errorf("%d references dead after collection, want %d", d, n-keep)
	}
	if *calls != n-keep {
		t.Errorf("%d callbacks ran, want %d", *calls, n-keep)
	}
	for i, s := range kept {
		if refs[i].Get() != Object(s) {
			t.Fatalf("reference %d lost its live object", i)
		}
	}
	weakTargets.Lock()
	for _, r := range refs[keep:] {
		if weakTargets.m[r.target.ptr] != nil {
			t.Error("the record of a dead object stays in the table")
			break
		}
	}
	weakTargets.Unlock()
	runtime.KeepAlive(kept)
}

// TestCleanupsQueueCallbacks checks the path without gc.collect: Go's cleanups notice the
// dead objects on their own goroutine and set the thread's eval breaker, whose check runs the
// callbacks.
func TestCleanupsQueueCallbacks(t *testing.T) {
	ts, cb, calls := weakTestThread(t)
	const n = 500
	refs, _ := makeRefs(t, ts, cb, n, 0)
	deadline := time.Now().Add(10 * time.Second)
	for *calls < n && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(time.Millisecond)
		if ts.EvalBreakerPending() {
			if err := ts.CheckEvalBreaker(); err != nil {
				t.Fatal(err)
			}
		}
	}
	if *calls != n || countDead(refs) != n {
		t.Errorf("%d callbacks ran and %d references died, want %d", *calls, countDead(refs), n)
	}
}

// TestUnheldReferenceForgetsCallback checks that a reference no one holds is collected
// with its object and its callback is not called, as in CPython.
func TestUnheldReferenceForgetsCallback(t *testing.T) {
	ts, cb, calls := weakTestThread(t)
	func() {
		for range 100 {
			if _, err := NewWeakRef(ts, RefType, NewSet(), cb); err != nil {
				t.Fatal(err)
			}
		}
	}()
	CollectGarbage(ts)
	if *calls != 0 {
		t.Errorf("%d callbacks of collected references ran", *calls)
	}
}

// TestWeakRefToEveryKind checks that references rebuild objects of different Go types, and
// that immortal objects (built-in types) never die.
func TestWeakRefToEveryKind(t *testing.T) {
	ts, cb, _ := weakTestThread(t)
	fs, err := NewFrozenSet(ts, NewTuple(nil))
	if err != nil {
		t.Fatal(err)
	}
	objs := []Object{IntType, NewSet(), fs, NewModule("m"), RefType}
	for _, o := range objs {
		r, err := NewWeakRef(ts, RefType, o, cb)
		if err != nil {
			t.Fatal(err)
		}
		if r.Get() != o {
			t.Errorf("reference to %s gives %v", o.Type().Name, r.Get())
		}
	}
	CollectGarbage(ts)
	r, _ := NewWeakRef(ts, RefType, IntType, nil)
	if r.Get() != Object(IntType) {
		t.Error("a built-in type died")
	}
	runtime.KeepAlive(objs)
}

// TestDelRunsOnceAfterCollection checks __del__ on Go's finalizers: gc.collect's collection
// runs it for each unreachable instance, in the order they were made, exactly once, and
// an instance it resurrects survives.
func TestDelRunsOnceAfterCollection(t *testing.T) {
	var order []int64
	var saved []Object
	ts := testThread(map[string]goBody{"__del__": func(ts *Thread, args []Object, _ *Tuple) (Object, error) {
		n, err := GetAttr(ts, args[0], NewStr("n"))
		if err != nil {
			return nil, err
		}
		v, _ := n.(*Int).Int64()
		order = append(order, v)
		if v == 0 {
			saved = append(saved, args[0])
		}
		return None, nil
	}})
	ts.JoinPendingCalls(NewPendingCalls())
	cls := class(t, ts, "D", nil, "__del__", pyFunc("__del__", "D.__del__"))
	const n = 50
	func() {
		for i := range n {
			o := NewInstance(cls)
			if err := SetAttr(ts, o, NewStr("n"), NewInt(int64(i))); err != nil {
				t.Fatal(err)
			}
		}
	}()
	CollectGarbage(ts)
	if len(order) != n {
		t.Fatalf("__del__ ran %d times, want %d", len(order), n)
	}
	for i, v := range order {
		if v != int64(i) {
			t.Fatalf("__del__ order %v, want creation order", order)
		}
	}
	r, err := NewWeakRef(ts, RefType, saved[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	saved = nil
	CollectGarbage(ts)
	if len(order) != n {
		t.Errorf("__del__ ran again for the resurrected instance")
	}
	if r.Get() != nil {
		t.Errorf("the resurrected instance outlived its last reference")
	}
}
