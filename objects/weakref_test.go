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
