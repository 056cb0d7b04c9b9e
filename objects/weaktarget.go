package objects

import (
	"reflect"
	"runtime"
	"sync"
	"unsafe"
	"weak"
)

// How weak references are weak on Go's collector. An Object is an interface: a type word
// (the itab, never collected) and a data word, the pointer to the object. A weakTarget keeps
// the type word as is and the data word as a weak.Pointer, so the object can be collected
// while the record lives; the interface is rebuilt from the two while the object lives. A
// pointer into the middle of an allocation is fine: weak.Make and runtime.AddCleanup both
// follow the allocation that holds it.
//
// Every weakly referenced object has one record in weakTargets, found by its weak pointer
// (weak.Make returns equal pointers for one object). The record lists the object's weak
// references, weakly too: a reference no one holds is collected and forgets its callback,
// as in CPython. When the object is collected, a cleanup (or gc.collect, which looks for dead
// records itself so that its callbacks run before it returns) marks the record dead and
// queues the callbacks on their interpreters.

// weakTarget is the record of one weakly referenced object.
type weakTarget struct {
	ptr weak.Pointer[byte]
	tab unsafe.Pointer
	// refs are the object's weak references in CPython's order: the basic ref (ref(o)
	// without callback), then the basic proxy, then the others, newest first.
	refs []weak.Pointer[WeakRef]
	// dead is set once the object is gone and the callbacks were queued.
	dead bool
}

// weakTargets holds the record of every weakly referenced object that is still alive, for
// every interpreter of the process.
var weakTargets = struct {
	sync.Mutex
	m map[weak.Pointer[byte]]*weakTarget
}{m: map[weak.Pointer[byte]]*weakTarget{}}

// ifaceWords is the layout of an interface value.
type ifaceWords struct {
	tab, data unsafe.Pointer
}

// weakKey returns the type word of o and a weak pointer to its object; ok is false when o's
// Go type is not a pointer (its data word would point at a copy).
func weakKey(o Object) (tab unsafe.Pointer, p weak.Pointer[byte], ok bool) {
	if reflect.TypeOf(o).Kind() != reflect.Pointer {
		return nil, p, false
	}
	w := (*ifaceWords)(unsafe.Pointer(&o))
	return w.tab, weak.Make((*byte)(w.data)), true
}

// get returns the object, or nil once it is gone.
func (t *weakTarget) get() Object {
	p := t.ptr.Value()
	if p == nil {
		return nil
	}
	var o Object
	w := (*ifaceWords)(unsafe.Pointer(&o))
	w.tab = t.tab
	w.data = unsafe.Pointer(p)
	return o
}

// lookupTarget returns o's record, nil when it has none; weakTargets must be locked.
func lookupTarget(o Object) *weakTarget {
	_, p, ok := weakKey(o)
	if !ok {
		return nil
	}
	return weakTargets.m[p]
}

// targetOf returns o's record, making it the first time; weakTargets must be locked.
func targetOf(o Object) *weakTarget {
	tab, p, _ := weakKey(o)
	if t := weakTargets.m[p]; t != nil {
		return t
	}
	t := &weakTarget{ptr: p, tab: tab}
	weakTargets.m[p] = t
	data := (*ifaceWords)(unsafe.Pointer(&o)).data
	runtime.AddCleanup((*byte)(data), targetCollected, t)
	return t
}

// targetCollected runs on Go's cleanup goroutine once the object of t is freed.
func targetCollected(t *weakTarget) {
	weakTargets.Lock()
	calls := t.die()
	weakTargets.Unlock()
	queueCallbacks(calls)
}

// live returns t's weak references that are still held, dropping the others from the list;
// weakTargets must be locked.
func (t *weakTarget) live() []*WeakRef {
	out := make([]*WeakRef, 0, len(t.refs))
	keep := t.refs[:0]
	for _, w := range t.refs {
		if r := w.Value(); r != nil {
			out = append(out, r)
			keep = append(keep, w)
		}
	}
	clear(t.refs[len(keep):])
	t.refs = keep
	return out
}

// weakCallback is one callback to call for a reference whose object died.
type weakCallback struct {
	ref      *WeakRef
	callback Object
}

// die marks t dead and takes the callbacks of its references, in list order, as CPython's
// PyObject_ClearWeakRefs does; weakTargets must be locked.
func (t *weakTarget) die() []weakCallback {
	if t.dead {
		return nil
	}
	t.dead = true
	if weakTargets.m[t.ptr] == t {
		delete(weakTargets.m, t.ptr)
	}
	var calls []weakCallback
	for _, r := range t.live() {
		if r.callback != nil {
			calls = append(calls, weakCallback{r, r.callback})
			r.callback = nil
		}
	}
	t.refs = nil
	return calls
}

// queueCallbacks hands each callback to the interpreter that made its reference.
func queueCallbacks(calls []weakCallback) {
	for _, c := range calls {
		if c.ref.pending == nil {
			continue
		}
		c := c
		c.ref.pending.Add(func(ts *Thread) {
			if _, err := Call(ts, c.callback, []Object{c.ref}, nil); err != nil {
				WriteUnraisable(ts, err, c.callback)
			}
		})
	}
}

// ClearDeadWeakrefs finds the weakly referenced objects that the last collection freed and
// queues their references' callbacks, without waiting for Go's cleanups to notice them (they
// run on their own goroutine, at their own pace). It returns how many objects it found.
func ClearDeadWeakrefs() int {
	var calls []weakCallback
	n := 0
	weakTargets.Lock()
	for _, t := range weakTargets.m {
		if t.ptr.Value() == nil {
			calls = append(calls, t.die()...)
			n++
		}
	}
	weakTargets.Unlock()
	queueCallbacks(calls)
	return n
}

// WeakRefs returns the weak references to o that are held, as _weakref.getweakrefs does.
func WeakRefs(o Object) []*WeakRef {
	if !SupportsWeakrefs(o.Type()) {
		return nil
	}
	return weakRefsOf(o)
}

// weakRefsOf is WeakRefs for an object whose type supports weak references.
func weakRefsOf(o Object) []*WeakRef {
	weakTargets.Lock()
	defer weakTargets.Unlock()
	if t := lookupTarget(o); t != nil {
		return t.live()
	}
	return nil
}

// SupportsWeakrefs reports whether instances of t can be weakly referenced: those of the
// built-in types marked TypeWeakrefable and of classes given a __weakref__ attribute.
func SupportsWeakrefs(t *Type) bool {
	for _, c := range t.MRO {
		if c.Flags&TypeWeakrefable != 0 {
			return true
		}
		if c.Flags&TypeHeap != 0 {
			if d, ok := c.Dict.GetStr(dunderWeakref).(*GetSetDescriptor); ok && d.Def == &weakrefGetSet {
				return true
			}
		}
	}
	return false
}

var dunderWeakref = NewStr("__weakref__")
