// Package thread is CPython's _thread module: threads, locks and thread-local data, the
// primitives Lib/threading.py builds on. Each thread is a goroutine running a vm.Thread of
// the interpreter, which runs Python code only while it holds the interpreter's global
// interpreter lock; every blocking wait here releases that lock (vm.Thread.ReleaseGIL).
package thread

import (
	"sync"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _thread module.
var Module = vm.BuiltinModule{Name: "_thread", Init: initModule}

// timeoutMax is TIMEOUT_MAX: the longest timeout accepted, in whole seconds, as CPython
// computes it from PY_TIMEOUT_MAX.
const timeoutMax = 9223372036.0

// moduleAttr gives the module's types the __module__ entry CPython's have in their
// namespaces.
var moduleAttr = []objects.TypeAttr{{Name: "__module__", Value: objects.NewStr("_thread")}}

// moduleState is what one interpreter's _thread module keeps.
type moduleState struct {
	// mu guards the fields below, which threads update as they start and end, outside the
	// global interpreter lock.
	mu sync.Mutex
	// shutdown holds the handles of the running non-daemon threads, which _shutdown()
	// joins.
	shutdown map[*threadHandle]struct{}
	// running counts the threads started here that are running (_count()).
	running int
	// stackSize is what stack_size() set; goroutines grow their stacks as they need, so it
	// is only reported back.
	stackSize int64
	// hookArgs is the _ExceptHookArgs class.
	hookArgs *objects.Type
}

func initModule(ts *objects.Thread, m *objects.Module) error {
	st := &moduleState{shutdown: map[*threadHandle]struct{}{}}
	hookArgs, err := newExceptHookArgsClass(ts)
	if err != nil {
		return err
	}
	st.hookArgs = hookArgs
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	for _, def := range st.functions() {
		def := def
		set(def.Name, objects.NewBuiltinFunction(&def, m))
	}
	set("__doc__", objects.NewStr("This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface."))
	set("LockType", lockType)
	set("lock", lockType)
	set("RLock", rlockType)
	set("_local", localType)
	set("_ThreadHandle", handleType)
	set("_ExceptHookArgs", hookArgs)
	set("error", objects.RuntimeErrorType)
	set("TIMEOUT_MAX", objects.NewFloat(timeoutMax))
	return nil
}

// fn adapts a function of no arguments to a MethodDef's signature.
func fn(f func(ts *objects.Thread) (objects.Object, error)) objects.MethodFunc {
	return func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		return f(ts)
	}
}

// functions lists the module's functions, which share st.
func (st *moduleState) functions() []objects.MethodDef {
	ident := func(ts *objects.Thread) (objects.Object, error) {
		return objects.NewInt(int64(vm.ThreadOf(ts).Ident)), nil
	}
	allocate := fn(func(ts *objects.Thread) (objects.Object, error) { return newLock(), nil })
	startNew := func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
		return st.startNewThread(ts, args)
	}
	exit := fn(func(ts *objects.Thread) (objects.Object, error) {
		return nil, objects.NewException(objects.SystemExitType)
	})
	yes := fn(func(ts *objects.Thread) (objects.Object, error) { return objects.True, nil })
	return []objects.MethodDef{
		{Name: "allocate_lock", Flags: objects.MethNoArgs, Func: allocate, Doc: allocateDoc},
		{Name: "allocate", Flags: objects.MethNoArgs, Func: allocate, Doc: "An obsolete synonym of allocate_lock()."},
		{Name: "start_new_thread", Flags: objects.MethFastcall, Func: startNew, Doc: startNewDoc},
		{Name: "start_new", Flags: objects.MethFastcall, Func: startNew, Doc: "An obsolete synonym of start_new_thread()."},
		{Name: "start_joinable_thread", Flags: objects.MethFastcall | objects.MethKeywords, Doc: startJoinableDoc,
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				return st.startJoinableThread(ts, args, kwnames)
			}},
		{Name: "get_ident", Flags: objects.MethNoArgs, Func: fn(ident), Doc: "Return a non-zero integer that uniquely identifies the current thread\namongst other threads that exist simultaneously.\nThis may be used to identify per-thread resources.\nEven though on some platforms threads identities may appear to be\nallocated consecutive numbers starting at 1, this behavior should not\nbe relied upon, and the number should be seen purely as a magic cookie.\nA thread's identity may be reused for another thread after it exits."},
		{Name: "get_native_id", Flags: objects.MethNoArgs, Func: fn(ident), Doc: "Return a non-negative integer identifying the thread as reported\nby the OS (kernel). This may be used to uniquely identify a\nparticular thread within a system."},
		{Name: "_get_main_thread_ident", Flags: objects.MethNoArgs, Doc: "Internal only. Return a non-zero integer that uniquely identifies the main thread\nof the main interpreter.",
			Func: fn(func(ts *objects.Thread) (objects.Object, error) {
				return objects.NewInt(int64(vm.ThreadOf(ts).Interp.MainThread().Ident)), nil
			})},
		{Name: "_count", Flags: objects.MethNoArgs, Doc: "Return the number of currently running Python threads, excluding\nthe main thread. The returned number comprises all threads created\nthrough `start_new_thread()` as well as `threading.Thread`, and not\nyet finished.\n\nThis function is meant for internal and specialized purposes only.\nIn most applications `threading.enumerate()` should be used instead.",
			Func: fn(func(ts *objects.Thread) (objects.Object, error) {
				st.mu.Lock()
				defer st.mu.Unlock()
				return objects.NewInt(int64(st.running)), nil
			})},
		{Name: "stack_size", Flags: objects.MethFastcall, Func: st.stackSizeFunc, Doc: stackSizeDoc},
		{Name: "exit", Flags: objects.MethNoArgs, Func: exit, Doc: "This is synonymous to ``raise SystemExit''.  It will cause the current\nthread to exit silently unless the exception is caught."},
		{Name: "exit_thread", Flags: objects.MethNoArgs, Func: exit, Doc: "An obsolete synonym of exit()."},
		{Name: "interrupt_main", Flags: objects.MethFastcall, Func: interruptMain, Doc: interruptMainDoc},
		{Name: "daemon_threads_allowed", Flags: objects.MethNoArgs, Func: yes, Doc: "Return True if daemon threads are allowed in the current interpreter,\nand False otherwise.\n"},
		{Name: "_is_main_interpreter", Flags: objects.MethNoArgs, Func: yes, Doc: "Return True if the current interpreter is the main Python interpreter."},
		{Name: "_make_thread_handle", Flags: objects.MethO, Func: makeThreadHandle, Doc: "Internal only. Make a thread handle for threads not spawned\nby the _thread or threading module."},
		{Name: "_shutdown", Flags: objects.MethNoArgs, Func: fn(st.shutdownThreads), Doc: "Wait for all non-daemon threads (other than the calling thread) to stop."},
		{Name: "_excepthook", Flags: objects.MethO, Doc: "Handle uncaught Thread.run() exception.",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return st.excepthook(ts, args[0])
			}},
	}
}

const (
	allocateDoc      = "Create a new lock object. See help(type(threading.Lock())) for\ninformation about locks."
	startNewDoc      = "Start a new thread and return its identifier.\n\nThe thread will call the function with positional arguments from the\ntuple args and keyword arguments taken from the optional dictionary\nkwargs.  The thread exits when the function returns; the return value\nis ignored.  The thread will also exit when the function raises an\nunhandled exception; a stack trace will be printed unless the exception\nis SystemExit."
	startJoinableDoc = "*For internal use only*: start a new thread.\n\nLike start_new_thread(), this starts a new thread calling the given function.\nUnlike start_new_thread(), this returns a handle object with methods to join\nor detach the given thread.\nThis function is not for third-party code, please use the\n`threading` module instead. During finalization the runtime will not wait for\nthe thread to exit if daemon is True. If handle is provided it must be a\nnewly created thread._ThreadHandle instance."
	stackSizeDoc     = "Return the thread stack size used when creating new threads.  The\noptional size argument specifies the stack size (in bytes) to be used\nfor subsequently created threads, and must be 0 (use platform or\nconfigured default) or a positive integer value of at least 32,768 (32k).\nIf changing the thread stack size is unsupported, a ThreadError\nexception is raised.  If the specified size is invalid, a ValueError\nexception is raised, and the stack size is unmodified.  32k bytes\n currently the minimum supported stack size value to guarantee\nsufficient stack space for the interpreter itself.\n\nNote that some platforms may have particular restrictions on values for\nthe stack size, such as requiring a minimum stack size larger than 32 KiB or\nrequiring allocation in multiples of the system memory page size\n- platform documentation should be referred to for more information\n(4 KiB pages are common; using multiples of 4096 for the stack size is\nthe suggested approach in the absence of more specific information)."
	interruptMainDoc = "Simulate the arrival of the given signal in the main thread,\nwhere the corresponding signal handler will be executed.\nIf *signum* is omitted, SIGINT is assumed.\nA subthread can use this function to interrupt the main thread.\n\nNote: the default signal handler for SIGINT raises ``KeyboardInterrupt``."
)

// stackSizeFunc is stack_size(size=0, /): it records the size for new threads and returns
// the previous one.
func (st *moduleState) stackSizeFunc(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if len(args) > 1 {
		return nil, objects.Errorf(objects.TypeErrorType, "stack_size() takes at most 1 argument (%d given)", len(args))
	}
	// Without an argument the size is set to 0, the default, as CPython's does.
	var size int64
	if len(args) == 1 {
		var err error
		if size, err = indexInt64(ts, args[0]); err != nil {
			return nil, err
		}
	}
	switch {
	case size < 0:
		return nil, objects.Errorf(objects.ValueErrorType, "size must be 0 or a positive value")
	case size != 0 && size < 32768:
		return nil, objects.Errorf(objects.ValueErrorType, "size not valid: %d bytes", size)
	}
	st.mu.Lock()
	old := st.stackSize
	st.stackSize = size
	st.mu.Unlock()
	return objects.NewInt(old), nil
}

// indexInt64 converts an integer argument (__index__) to an int64, with CPython's messages.
func indexInt64(ts *objects.Thread, o objects.Object) (int64, error) {
	if _, isFloat := o.(*objects.Float); isFloat {
		return 0, objects.Errorf(objects.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	n, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, ok := n.Int64()
	if !ok {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C long")
	}
	return v, nil
}

// sigint and nsig are SIGINT's number and the bound of signal numbers (NSIG) on the
// platforms Taipan runs on.
const (
	sigint = 2
	nsig   = 65
)

// interruptMain is interrupt_main(signum=signal.SIGINT, /): as if the signal arrived, the
// main thread runs its handler, whose default for SIGINT raises KeyboardInterrupt. With no
// signal module, the other signals have their default disposition here, which Python
// ignores.
func interruptMain(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("interrupt_main", len(args), 0, 1); err != nil {
		return nil, err
	}
	signum := int64(sigint)
	if len(args) == 1 {
		var err error
		if signum, err = indexInt64(ts, args[0]); err != nil {
			return nil, err
		}
	}
	if signum < 1 || signum >= nsig {
		return nil, objects.Errorf(objects.ValueErrorType, "signal number out of range")
	}
	interp := vm.ThreadOf(ts).Interp
	switch h := interp.SignalHandler(int(signum)); {
	case h != nil && h.Type().Slots.Call != nil:
		// The main thread runs the Python handler, as if the signal had arrived.
		interp.TripSignal(int(signum))
	case h == nil && signum == sigint:
		// SIGINT's handler before the signal module changes it: KeyboardInterrupt.
		interp.MainThread().Interrupt(objects.NewException(objects.KeyboardInterruptType))
	}
	// SIG_IGN and SIG_DFL do nothing, as PyErr_SetInterruptEx.
	return objects.None, nil
}
