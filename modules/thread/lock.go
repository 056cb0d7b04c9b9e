package thread

import (
	"github.com/taipanpy/taipan/objects"
)

// lockObject is a _thread.lock: a lock any thread may release, not owned by the thread that
// took it.
type lockObject struct{ sem semaphore }

// Type returns _thread.lock.
func (l *lockObject) Type() *objects.Type { return lockType }

func newLock() *lockObject { return &lockObject{sem: newSemaphore()} }

const lockDoc = "A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().  Methods are:\n\nacquire() -- lock the lock, possibly blocking until it can be obtained\nrelease() -- unlock of the lock\nlocked() -- test whether the lock is currently locked\n\nA lock is not owned by the thread that locked it; another thread may\nunlock it.  A thread attempting to lock a lock that it has already locked\nwill block until another thread unlocks it.  Deadlocks may ensue."

const acquireDoc = "Lock the lock.  Without argument, this blocks if the lock is already\nlocked (even by the same thread), waiting for another thread to release\nthe lock, and return True once the lock is acquired.\nWith an argument, this will only block if the argument is true,\nand the return value reflects whether the lock is acquired.\nThe blocking operation is interruptible."

const releaseDoc = "Release the lock, allowing another thread that is blocked waiting for\nthe lock to acquire the lock.  The lock must be in the locked state,\nbut it needn't be locked by the same thread that unlocks it."

const lockedDoc = "Return whether the lock is in the locked state."

// lockType is _thread.lock (_thread.LockType), which cannot be subclassed.
var lockType = objects.ReadyType(&objects.Type{
	Attrs: moduleAttr,
	Name:  "_thread.lock",
	Flags: objects.TypeFinal,
	Doc:   lockDoc,
	Slots: objects.Slots{
		New: func(ts *objects.Thread, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			if err := objects.NoKeywords("lock", kwnames); err != nil {
				return nil, err
			}
			if err := objects.CheckPositional("lock", len(args), 0, 0); err != nil {
				return nil, err
			}
			return newLock(), nil
		},
		Repr: func(ts *objects.Thread, o objects.Object) (*objects.Str, error) {
			return objects.NewStr("<" + lockedWord(o.(*lockObject).sem.isLocked()) + " _thread.lock object at " + objects.AddressOf(o) + ">"), nil
		},
	},
	Methods: []objects.MethodDef{
		{Name: "acquire_lock", Flags: objects.MethFastcall | objects.MethKeywords, Func: lockAcquire, Doc: "An obsolete synonym of acquire()."},
		{Name: "acquire", Flags: objects.MethFastcall | objects.MethKeywords, Func: lockAcquire, Doc: acquireDoc},
		{Name: "release_lock", Flags: objects.MethNoArgs, Func: lockRelease, Doc: "An obsolete synonym of release()."},
		{Name: "release", Flags: objects.MethNoArgs, Func: lockRelease, Doc: releaseDoc},
		{Name: "locked_lock", Flags: objects.MethNoArgs, Func: lockLocked, Doc: "An obsolete synonym of locked()."},
		{Name: "locked", Flags: objects.MethNoArgs, Func: lockLocked, Doc: lockedDoc},
		{Name: "__enter__", Flags: objects.MethFastcall | objects.MethKeywords, Func: lockAcquire, Doc: "Lock the lock."},
		{Name: "__exit__", Flags: objects.MethFastcall, Doc: "Release the lock.",
			Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return lockRelease(ts, self, nil, nil)
			}},
		{Name: "_at_fork_reinit", Flags: objects.MethNoArgs,
			Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				self.(*lockObject).sem = newSemaphore()
				return objects.None, nil
			}},
	},
})

func lockedWord(locked bool) string {
	if locked {
		return "locked"
	}
	return "unlocked"
}

// acquireArgs parses acquire(blocking=True, timeout=-1).
var acquireArgs = objects.ArgParser{FuncName: "acquire", Params: []string{"blocking", "timeout"}, MaxPos: 2}

// parseAcquire returns the timeout an acquire call asks for, in nanoseconds: 0 for a
// non-blocking call, forever (negative) for none, as CPython's lock_acquire_parse_args.
func parseAcquire(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (int64, error) {
	var a [2]objects.Object
	if err := acquireArgs.Parse(args, kwnames, a[:]); err != nil {
		return 0, err
	}
	blocking := true
	if a[0] != nil {
		var err error
		if blocking, err = objects.IsTrue(ts, a[0]); err != nil {
			return 0, err
		}
	}
	timeout := forever
	if a[1] != nil {
		var err error
		if timeout, err = timeoutNanos(ts, a[1]); err != nil {
			return 0, err
		}
	}
	if !blocking && timeout != forever {
		return 0, objects.Errorf(objects.ValueErrorType, "can't specify a timeout for a non-blocking call")
	}
	if timeout < 0 && timeout != forever {
		return 0, objects.Errorf(objects.ValueErrorType, "timeout value must be a non-negative number")
	}
	if !blocking {
		return 0, nil
	}
	return timeout, nil
}

func lockAcquire(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	timeout, err := parseAcquire(ts, args, kwnames)
	if err != nil {
		return nil, err
	}
	ok, err := self.(*lockObject).sem.acquire(ts, timeout)
	if err != nil {
		return nil, err
	}
	return objects.NewBool(ok), nil
}

func lockRelease(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if !self.(*lockObject).sem.unlock() {
		return nil, objects.Errorf(objects.RuntimeErrorType, "release unlocked lock")
	}
	return objects.None, nil
}

func lockLocked(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	return objects.NewBool(self.(*lockObject).sem.isLocked()), nil
}
