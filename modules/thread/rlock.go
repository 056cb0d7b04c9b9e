package thread

import (
	"strconv"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// rlockObject is a _thread.RLock: a lock its owner may take again, released when every
// acquire has been matched by a release. Python classes may derive from it; their instances
// keep their attributes in dict.
type rlockObject struct {
	cls  *objects.Type
	dict *objects.Dict
	// extra holds a subclass instance's __slots__ values.
	extra extra
	sem   semaphore
	owner uint64
	count uint64
}

// Type returns the lock's class.
func (r *rlockObject) Type() *objects.Type { return r.cls }

var rlockType = objects.ReadyType(&objects.Type{
	Attrs: moduleAttr,
	Name:  "_thread.RLock",
	Slots: objects.Slots{
		// RLock() ignores its arguments, as CPython's does.
		New: func(ts *objects.Thread, cls *objects.Type, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			r := &rlockObject{cls: cls, sem: newSemaphore()}
			if cls.IsHeapType() {
				subclassAttrSlots(ts, cls, rlockGetAttr, rlockSetAttr)
				if cls.Flags&objects.TypeHasDict != 0 {
					r.dict = objects.NewDict()
				}
			}
			return r, nil
		},
		Repr: func(ts *objects.Thread, o objects.Object) (*objects.Str, error) {
			r := o.(*rlockObject)
			return objects.NewStr("<" + lockedWord(r.count > 0) + " " + r.cls.Name + " object owner=" +
				strconv.FormatUint(r.owner, 10) + " count=" + strconv.FormatUint(r.count, 10) +
				" at " + objects.AddressOf(o) + ">"), nil
		},
	},
	Methods: []objects.MethodDef{
		{Name: "acquire", Flags: objects.MethFastcall | objects.MethKeywords, Func: rlockAcquire, Doc: rlockAcquireDoc},
		{Name: "__enter__", Flags: objects.MethFastcall | objects.MethKeywords, Func: rlockAcquire, Doc: "Lock the lock."},
		{Name: "release", Flags: objects.MethNoArgs, Func: rlockRelease, Doc: rlockReleaseDoc},
		{Name: "__exit__", Flags: objects.MethFastcall, Doc: "Release the lock.",
			Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return rlockRelease(ts, self, nil, nil)
			}},
		{Name: "_is_owned", Flags: objects.MethNoArgs, Doc: "For internal use by `threading.Condition`.",
			Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				r := self.(*rlockObject)
				return objects.NewBool(r.count > 0 && r.owner == vm.ThreadOf(ts).Ident), nil
			}},
		{Name: "_recursion_count", Flags: objects.MethNoArgs, Doc: "For internal use by reentrancy checks.",
			Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				r := self.(*rlockObject)
				if r.owner != vm.ThreadOf(ts).Ident {
					return objects.NewInt(0), nil
				}
				return objects.NewInt(int64(r.count)), nil
			}},
		{Name: "_release_save", Flags: objects.MethNoArgs, Func: rlockReleaseSave, Doc: "For internal use by `threading.Condition`."},
		{Name: "_acquire_restore", Flags: objects.MethO, Func: rlockAcquireRestore, Doc: "For internal use by `threading.Condition`."},
		{Name: "_at_fork_reinit", Flags: objects.MethNoArgs,
			Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				r := self.(*rlockObject)
				r.sem, r.owner, r.count = newSemaphore(), 0, 0
				return objects.None, nil
			}},
	},
})

// rlockGetAttr and rlockSetAttr are the attribute slots of RLock's Python subclasses, whose
// instances keep their __dict__ and __slots__ beside the Go lock.
func rlockGetAttr(ts *objects.Thread, o objects.Object, name *objects.Str) (objects.Object, error) {
	r, ok := o.(*rlockObject)
	if !ok {
		return objects.GenericGetAttr(ts, o, name)
	}
	return getAttrWithDict(ts, o, name, r.dict, &r.extra)
}

func rlockSetAttr(ts *objects.Thread, o objects.Object, name *objects.Str, v objects.Object) error {
	r, ok := o.(*rlockObject)
	if !ok {
		return objects.GenericSetAttr(ts, o, name, v)
	}
	if r.dict != nil && name.Value() == "__dict__" {
		return r.setDict(v)
	}
	return setAttrWithDict(ts, o, name, v, r.dict, &r.extra)
}

// setDict replaces the instance's __dict__ (v nil: empties it), as a class's __dict__
// attribute does.
func (r *rlockObject) setDict(v objects.Object) error {
	if v == nil {
		r.dict = objects.NewDict()
		return nil
	}
	d, ok := v.(*objects.Dict)
	if !ok {
		return objects.Errorf(objects.TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", v.Type().Name)
	}
	r.dict = d
	return nil
}

const rlockAcquireDoc = "Lock the lock.  `blocking` indicates whether we should wait\nfor the lock to be available or not.  If `blocking` is False\nand another thread holds the lock, the method will return False\nimmediately.  If `blocking` is True and another thread holds\nthe lock, the method will wait for the lock to be released,\ntake it and then return True.\n(note: the blocking operation is interruptible.)\n\nIn all other cases, the method will return True immediately.\nPrecisely, if the current thread already holds the lock, its\ninternal counter is simply incremented. If nobody holds the lock,\nthe lock is taken and its internal counter initialized to 1."

const rlockReleaseDoc = "Release the lock, allowing another thread that is blocked waiting for\nthe lock to acquire the lock.  The lock must be in the locked state,\nand must be locked by the same thread that unlocks it; otherwise a\n`RuntimeError` is raised.\n\nDo note that if the lock was acquire()d several times in a row by the\ncurrent thread, release() needs to be called as many times for the lock\nto be available for other threads."

func rlockAcquire(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	timeout, err := parseAcquire(ts, args, kwnames)
	if err != nil {
		return nil, err
	}
	r := self.(*rlockObject)
	me := vm.ThreadOf(ts).Ident
	if r.count > 0 && r.owner == me {
		if r.count+1 == 0 {
			return nil, objects.Errorf(objects.OverflowErrorType, "Internal lock count overflowed")
		}
		r.count++
		return objects.True, nil
	}
	ok, err := r.sem.acquire(ts, timeout)
	if err != nil {
		return nil, err
	}
	if ok {
		r.owner, r.count = me, 1
	}
	return objects.NewBool(ok), nil
}

func rlockRelease(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	r := self.(*rlockObject)
	if r.count == 0 || r.owner != vm.ThreadOf(ts).Ident {
		return nil, objects.Errorf(objects.RuntimeErrorType, "cannot release un-acquired lock")
	}
	r.count--
	if r.count == 0 {
		r.owner = 0
		r.sem.unlock()
	}
	return objects.None, nil
}

// rlockReleaseSave releases the lock whatever its count and returns (count, owner) for
// _acquire_restore, as threading.Condition.wait needs.
func rlockReleaseSave(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	r := self.(*rlockObject)
	if r.count == 0 {
		return nil, objects.Errorf(objects.RuntimeErrorType, "cannot release un-acquired lock")
	}
	state := objects.NewTuple([]objects.Object{objects.NewInt(int64(r.count)), objects.NewInt(int64(r.owner))})
	r.owner, r.count = 0, 0
	r.sem.unlock()
	return state, nil
}

// rlockAcquireRestore takes the lock, waiting as long as needed, and restores the count and
// owner _release_save returned.
func rlockAcquireRestore(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	r := self.(*rlockObject)
	state := args[0]
	items, ok := state.(*objects.Tuple)
	if !ok {
		if state.Type().Slots.GetItem == nil || state.Type().Slots.Len == nil {
			return nil, objects.Errorf(objects.TypeErrorType, "_acquire_restore() argument 1 must be 2-item sequence, not %s", state.Type().Name)
		}
		list, err := objects.IterableItems(ts, state)
		if err != nil {
			return nil, err
		}
		items = objects.NewTuple(list)
	}
	if items.Len() != 2 {
		return nil, objects.Errorf(objects.TypeErrorType, "_acquire_restore() argument 1 must be sequence of length 2, not %d", items.Len())
	}
	count, err := indexUint64(ts, items.Items()[0])
	if err != nil {
		return nil, err
	}
	owner, err := indexUint64(ts, items.Items()[1])
	if err != nil {
		return nil, err
	}
	r.sem.acquireUninterruptibly(ts)
	r.owner, r.count = owner, count
	return objects.None, nil
}

// indexUint64 converts an integer argument to a uint64, wrapping as CPython's "k" format.
func indexUint64(ts *objects.Thread, o objects.Object) (uint64, error) {
	n, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	if v, ok := n.Int64(); ok {
		return uint64(v), nil
	}
	return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C unsigned long")
}
