// Package vm is Taipan's runtime: the runtime, interpreter, thread and frame state, calls,
// specialization, tier-2 traces, the eval breaker and the import system.
//
// The interpreter loops themselves are generated (internal/generated/tier1, tier2, optimizer)
// from defs/*.def; they call the helpers here. vm never imports them: an Interpreter is given
// its loop when it is created.
package vm

import (
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/taipanpy/taipan/objects"
)

// Runtime holds what is shared by every interpreter of the process.
type Runtime struct{}

// EvalFunc runs a frame to completion and returns its result.
type EvalFunc func(ts *objects.Thread, frame *Frame) (objects.Object, error)

// Interpreter holds one Python interpreter's state: its modules, its builtins, its loop.
type Interpreter struct {
	// Runtime is the process-wide state this interpreter belongs to.
	Runtime *Runtime
	// Eval is the tier-1 loop.
	Eval EvalFunc
	// Builtins is the builtins module's namespace.
	Builtins *objects.Dict
	// Modules is sys.modules: every module imported, by name.
	Modules *objects.Dict
	// Optimize is the -O level modules are compiled with.
	Optimize int
	// DontWriteBytecode is -B: imported modules' compiled code is not cached on disk.
	DontWriteBytecode bool
	// FormatException renders an exception with its traceback as an uncaught one is printed
	// (for the reports of exceptions in threads); the embedder sets it, since only it knows
	// how to show source lines. Nil prints the exception without frames.
	FormatException func(ts *objects.Thread, exc *objects.BaseException) string
	// Pending queues the weak reference callbacks and __del__ calls that Go's collector finds
	// for the interpreter's threads to run.
	Pending *objects.PendingCalls
	// signals holds the Python signal handlers and the signals waiting for them (signals.go).
	signals signalState
	// Codecs is the codec registry: search functions, found codecs and error handlers.
	Codecs *objects.CodecRegistry
	// builtinModules are the modules written in Go this interpreter can import.
	builtinModules map[string]BuiltinModule

	// gil is the global interpreter lock (gil.go); main is the thread made first, which
	// holds it from the start; finalizing is set once Finalize ran.
	gil        gil
	main       *Thread
	finalizing atomic.Bool
	// initializing holds the modules whose bodies are running, by name (importlock.go).
	initializing map[string]*moduleInit
	// threadsMu guards threads, the live threads, and recursionLimit, the limit new threads
	// start with.
	threadsMu      sync.Mutex
	threads        map[*Thread]struct{}
	recursionLimit int
	// atExit are the functions RunAtExit calls.
	atExit []func(ts *objects.Thread)
}

// AtExit registers f to run when the interpreter's program ends: modules written in Go use it
// for what CPython's finalization does to objects still alive then (the _io module flushes
// the files that were never closed).
func (interp *Interpreter) AtExit(f func(ts *objects.Thread)) {
	interp.atExit = append(interp.atExit, f)
}

// RunAtExit calls the functions given to AtExit, the most recent first.
func (interp *Interpreter) RunAtExit(ts *objects.Thread) {
	for i := len(interp.atExit) - 1; i >= 0; i-- {
		interp.atExit[i](ts)
	}
}

// NewInterpreter returns an interpreter that runs frames with eval.
func NewInterpreter(rt *Runtime, eval EvalFunc) *Interpreter {
	objects.ReadyBuiltinTypes()
	interp := &Interpreter{Runtime: rt, Eval: eval, Builtins: objects.NewDict(), Modules: objects.NewDict(),
		threads: map[*Thread]struct{}{}, recursionLimit: DefaultRecursionLimit,
		Pending: objects.NewPendingCalls(), Codecs: objects.NewCodecRegistry()}
	interp.gil.init()
	return interp
}

// Thread is the state of one Python thread. Its first part, the objects.Thread, is what the
// object protocols and instruction bodies pass around; ThreadOf finds the rest.
type Thread struct {
	objects.Thread
	// Interp is the interpreter the thread runs in.
	Interp *Interpreter
	// Frame is the innermost running frame.
	Frame *Frame
	// RecursionLimit bounds how deep frames nest (sys.setrecursionlimit); depth counts them.
	RecursionLimit int
	depth          int
	// data holds the locals and stacks of the thread's frames; freeFrames are ended frames
	// kept for reuse.
	data       dataStack
	freeFrames []*Frame

	// Ident is the thread's identifier (_thread.get_ident()), unique in the process.
	Ident uint64
	// gilState says whether the thread holds the global interpreter lock (gil.go); only the
	// thread itself reads or writes it.
	gilState int
	// pending is an exception to raise in the thread at its next eval breaker poll
	// (KeyboardInterrupt from _thread.interrupt_main); interrupt wakes the thread from a
	// blocking wait so that it raises it.
	pending   atomic.Pointer[objects.BaseException]
	interrupt chan struct{}
	// importWait is the module import the thread waits for (importlock.go).
	importWait *moduleInit
	// done is set once the thread has finished.
	done atomic.Bool
	// trace holds sys.settrace's and sys.setprofile's functions (trace.go).
	trace traceState
	// AsyncGenFirstIter and AsyncGenFinalizer are sys.set_asyncgen_hooks's hooks (nil for
	// None): an async generator calls the first when it is first iterated, and keeps the
	// second to call if it is collected before it finished.
	AsyncGenFirstIter, AsyncGenFinalizer objects.Object
}

// NewThread returns a thread of interp. The first thread made is the interpreter's main
// thread, which holds the global interpreter lock from then on; later ones are made for
// _thread's threads (StartThread) or by embedders.
func NewThread(interp *Interpreter) *Thread {
	t := &Thread{Interp: interp, Ident: nextIdent.Add(1), interrupt: make(chan struct{}, 1)}
	t.SetOwner(unsafe.Pointer(t))
	installThreadHooks(t)
	interp.threadsMu.Lock()
	t.RecursionLimit = interp.recursionLimit
	if interp.main == nil {
		interp.main = t
		interp.gil.take(t)
		t.gilState = gilHeld
	}
	interp.threads[t] = struct{}{}
	interp.threadsMu.Unlock()
	t.JoinPendingCalls(interp.Pending)
	return t
}

// Depth returns how many frames deep the thread is running, the count that RecursionLimit
// bounds.
func (t *Thread) Depth() int { return t.depth }

// ThreadOf returns the thread state that embeds ts.
func ThreadOf(ts *objects.Thread) *Thread { return (*Thread)(ts.Owner()) }

// Frame is one activation of a code object: its fast locals and value stack in one slice.
type Frame struct {
	// Code is the code being run.
	Code *objects.Code
	// Localsplus holds the fast locals, cells and free variables, then the value stack.
	Localsplus []objects.Object
	// SP is the index of the first free stack slot, saved when the frame is not running.
	SP int
	// InstrPtr is the index in Code.Instrs of the instruction running or to run next.
	InstrPtr int
	// Globals and Builtins are the namespaces global names resolve in.
	Globals, Builtins *objects.Dict
	// Locals is the mapping of a module or class body's names (nil in functions).
	Locals objects.Object
	// Closure holds the cells of the function's free variables.
	Closure []objects.Object
	// YieldFrom is set while the frame is suspended inside yield from or await.
	YieldFrom bool
	// ReturnTo is the caller's instruction index to resume at when a frame entered from it
	// returns; the caller's InstrPtr stays on the call instruction, for tracebacks and for
	// finding the handler when the callee raises.
	ReturnTo int
	// Escaped is set when something outside the running code refers to the frame (a
	// traceback, a frame object), so that it keeps its locals when it ends.
	Escaped bool
	// Throw is an exception to raise at the frame's suspension point when it is next run
	// (a generator's throw() and close()).
	Throw error
	// onDataStack is set while Localsplus belongs to the thread's data stack.
	onDataStack bool
	// Previous is the calling frame.
	Previous *Frame
	// trace is f_trace and what line tracing remembers (trace.go).
	trace frameTrace
	// Func is the function whose call made the frame (f_funcobj), nil for module and class
	// bodies and exec'd code: a generator takes its names from it.
	Func *objects.Function
}

// NewFrame returns a frame for code with room for its locals and stack, resolving global
// names in globals and then builtins.
func NewFrame(code *objects.Code, globals, builtins *objects.Dict) *Frame {
	return &Frame{
		Code:       code,
		Localsplus: make([]objects.Object, code.NLocalsplus+code.StackSize),
		SP:         code.NLocalsplus,
		Globals:    globals,
		Builtins:   builtins,
	}
}

// GetLocal returns fast local i (nil when unbound).
func (f *Frame) GetLocal(i int) objects.Object { return f.Localsplus[i] }

// SetLocal sets fast local i.
func (f *Frame) SetLocal(i int, v objects.Object) { f.Localsplus[i] = v }

// RunModuleCode runs code as a module body on t, with globals as both its globals and its
// locals, and returns its result.
func (t *Thread) RunModuleCode(code *objects.Code, globals *objects.Dict) (objects.Object, error) {
	f := NewFrame(code, globals, t.Interp.Builtins)
	f.Locals = globals
	f.Previous = t.Frame
	t.Frame = f
	defer func() { t.Frame = f.Previous }()
	return t.Interp.Eval(&t.Thread, f)
}
