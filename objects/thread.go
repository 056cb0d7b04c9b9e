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
	// pending is the interpreter's queue of finalization calls (see PendingCalls).
	pending *PendingCalls
	// methodCache holds this thread's type-lookup results (see Type.Lookup).
	methodCache *methodCache
	// callFunction runs a Python function; the interpreter installs it (SetFunctionCaller).
	callFunction FunctionCaller
	// globals returns the globals of the running Python code, and superArgs the class and
	// first argument of the running function for super(); the interpreter installs them
	// (SetFrameHooks).
	globals   func(*Thread) *Dict
	builtins  func(*Thread) *Dict
	superArgs func(*Thread) (*Type, Object, error)
	// importModule imports a module by its absolute name (SetImporter).
	importModule func(*Thread, string) (Object, error)
	// context is the current contextvars.Context (nil until first needed).
	context *Context
	// codecs is the interpreter's codec registry (SetCodecRegistry).
	codecs *CodecRegistry
	// goDepth counts the nested comparisons, reprs and strs in progress (EnterRecursive).
	goDepth int
}

// goRecursionLimit bounds the nesting of comparisons, reprs and strs, which recurse through
// Go code without Python frames (a list that contains itself, a chain of nested dicts), as
// CPython's C recursion limit does: deep enough for real data, shallow enough that the Go
// stack never runs out.
const goRecursionLimit = 10000

// EnterRecursive counts one more level of a recursive protocol operation, or fails with
// RecursionError ("maximum recursion depth exceeded" followed by where) when too many are
// nested; each successful call is paired with LeaveRecursive.
func (t *Thread) EnterRecursive(where string) error {
	if t == nil {
		return nil
	}
	if t.goDepth >= goRecursionLimit {
		return Errorf(RecursionErrorType, "maximum recursion depth exceeded%s", where)
	}
	t.goDepth++
	return nil
}

// LeaveRecursive ends a level EnterRecursive counted.
func (t *Thread) LeaveRecursive() {
	if t != nil {
		t.goDepth--
	}
}

// SetImporter installs how the object model imports a module it needs by name (copyreg, for
// object.__reduce_ex__); the interpreter sets it when it creates the thread.
func (t *Thread) SetImporter(f func(ts *Thread, name string) (Object, error)) { t.importModule = f }

// importModule imports name through the interpreter's importer.
func importModule(ts *Thread, name string) (Object, error) {
	if ts == nil || ts.importModule == nil {
		return nil, Errorf(ImportErrorType, "no importer to import %s", name)
	}
	return ts.importModule(ts, name)
}

// SetFrameHooks installs what the object model asks of the running frame: its globals (a
// class made by type() takes __module__ from them), its builtins (for functions made by
// types.FunctionType) and the class cell and first argument of the running function (for
// super() without arguments, which raises the hook's error, such as
// RuntimeError("super(): no arguments"), when it cannot find them).
func (t *Thread) SetFrameHooks(globals, builtins func(*Thread) *Dict, superArgs func(*Thread) (*Type, Object, error)) {
	t.globals = globals
	t.builtins = builtins
	t.superArgs = superArgs
}

// FunctionCaller runs a Python function with positional arguments followed by the values of
// the keyword arguments named by kwnames: it binds them to the parameters, makes the frame
// and evaluates it. The interpreter provides it, since objects cannot import the interpreter.
type FunctionCaller func(ts *Thread, f *Function, args []Object, kwnames *Tuple) (Object, error)

// SetFunctionCaller installs the function that calls Python functions on this thread; the
// interpreter sets it when it creates the thread.
func (t *Thread) SetFunctionCaller(f FunctionCaller) { t.callFunction = f }

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
		// Cleared, so that the collector does not keep the exception alive.
		t.excInfo[n-1] = nil
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
