package objects

import (
	"sync/atomic"
	"unsafe"
)

// Thread is the part of a Python thread's state that the object protocols need: they pass it
// on to any Python code they run (a user-defined __eq__ during a dict lookup, say), and use it
// to bound recursion. Go has no thread-local storage, so it travels as the first argument of
// every protocol function and slot. The interpreter's full thread state (vm.Thread) embeds it.
type Thread struct {
	// owner is the state that embeds this one, for the interpreter to find its own.
	owner unsafe.Pointer
	// excInfo is the stack of exceptions being handled (sys.exc_info()), innermost last.
	excInfo []Object
	// breaker is the eval breaker word; breakerHandler handles it when set.
	breaker        atomic.Uint32
	breakerHandler func(*Thread) error
}

// SetOwner records the state that embeds t.
func (t *Thread) SetOwner(owner unsafe.Pointer) { t.owner = owner }

// Owner returns the state that embeds t.
func (t *Thread) Owner() unsafe.Pointer { return t.owner }

// PushExcInfo makes exc the exception being handled and returns the one it replaces (None
// when there was none), as PUSH_EXC_INFO does on entering an except block.
func (t *Thread) PushExcInfo(exc Object) Object {
	prev := Object(None)
	if n := len(t.excInfo); n > 0 && t.excInfo[n-1] != nil {
		prev = t.excInfo[n-1]
	}
	t.excInfo = append(t.excInfo, exc)
	return prev
}

// PopExcInfo restores prev as the exception being handled, as POP_EXCEPT does on leaving an
// except block.
func (t *Thread) PopExcInfo(prev Object) {
	if n := len(t.excInfo); n > 0 {
		t.excInfo = t.excInfo[:n-1]
	}
	if n := len(t.excInfo); n > 0 {
		if prev == None {
			prev = nil
		}
		t.excInfo[n-1] = prev
	}
}

// HandledException returns the exception being handled, or nil.
func (t *Thread) HandledException() Object {
	for i := len(t.excInfo) - 1; i >= 0; i-- {
		if t.excInfo[i] != nil && t.excInfo[i] != None {
			return t.excInfo[i]
		}
	}
	return nil
}
