package vm

import "github.com/taipanpy/taipan/objects"

// Per-module import locks, as importlib's _ModuleLock: a module is in sys.modules while its
// body runs, so that circular imports find it; another thread that imports it meanwhile
// waits for the body to finish rather than use a half-made module. A thread that would wait
// for a thread waiting for it (two modules importing each other from two threads) gets the
// partial module instead, as CPython's deadlock detection gives.

// moduleInit is a module whose body is running.
type moduleInit struct {
	// owner is the thread running the body; done is closed when the body ends.
	owner *Thread
	done  chan struct{}
}

// beginInit records that t runs the body of module name; endInit must follow.
func (interp *Interpreter) beginInit(t *Thread, name string) *moduleInit {
	if interp.initializing == nil {
		interp.initializing = map[string]*moduleInit{}
	}
	mi := &moduleInit{owner: t, done: make(chan struct{})}
	interp.initializing[name] = mi
	return mi
}

// endInit records that the body of module name has ended, waking the threads waiting for it.
func (interp *Interpreter) endInit(name string, mi *moduleInit) {
	if interp.initializing[name] == mi {
		delete(interp.initializing, name)
	}
	close(mi.done)
}

// waitInit waits, without the global interpreter lock, while another thread runs the body of
// module name. It reports whether it waited, in which case the caller looks the module up
// again (the body may have failed and the module gone).
func (interp *Interpreter) waitInit(ts *objects.Thread, name string) bool {
	if len(interp.initializing) == 0 {
		return false
	}
	mi := interp.initializing[name]
	if mi == nil {
		return false
	}
	t := ThreadOf(ts)
	// Waiting would deadlock if the owner waits, directly or through others, for t.
	for o := mi.owner; o != nil; {
		if o == t {
			return false
		}
		if o.importWait == nil {
			break
		}
		o = o.importWait.owner
	}
	t.importWait = mi
	var finalizing <-chan struct{}
	if t != interp.main {
		finalizing = interp.Finalizing()
	}
	t.ReleaseGIL()
	select {
	case <-mi.done:
	case <-finalizing:
	}
	t.AcquireGIL()
	t.importWait = nil
	return true
}
