// Package vm is Taipan's runtime: the runtime, interpreter, thread and frame state, calls,
// specialization, tier-2 traces, the eval breaker and the import system.
//
// The interpreter loops themselves are generated (internal/generated/tier1, tier2, optimizer)
// from defs/*.def; they call the helpers here. vm never imports them: an Interpreter is given
// its loop when it is created.
package vm

import "github.com/taipanpy/taipan/objects"

// Runtime holds what is shared by every interpreter of the process.
type Runtime struct{}

// EvalFunc runs a frame to completion and returns its result.
type EvalFunc func(ts *Thread, frame *Frame) (objects.Object, error)

// Interpreter holds one Python interpreter's state: its modules, its builtins, its loop.
type Interpreter struct {
	// Runtime is the process-wide state this interpreter belongs to.
	Runtime *Runtime
	// Eval is the tier-1 loop.
	Eval EvalFunc
}

// NewInterpreter returns an interpreter that runs frames with eval.
func NewInterpreter(rt *Runtime, eval EvalFunc) *Interpreter {
	return &Interpreter{Runtime: rt, Eval: eval}
}

// Thread is the state of one Python thread.
type Thread struct {
	// Interp is the interpreter the thread runs in.
	Interp *Interpreter
	// Frame is the innermost running frame.
	Frame *Frame
	// breaker is polled by the loop on backward jumps and calls.
	breaker EvalBreaker
}

// NewThread returns a thread of interp.
func NewThread(interp *Interpreter) *Thread { return &Thread{Interp: interp} }

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
	// Previous is the calling frame.
	Previous *Frame
}

// NewFrame returns a frame for code with room for its locals and stack.
func NewFrame(code *objects.Code) *Frame {
	return &Frame{
		Code:       code,
		Localsplus: make([]objects.Object, code.NLocalsplus+code.StackSize),
		SP:         code.NLocalsplus,
	}
}

// Run runs code in a new frame on ts and returns its result.
func (ts *Thread) Run(code *objects.Code) (objects.Object, error) {
	f := NewFrame(code)
	f.Previous = ts.Frame
	ts.Frame = f
	defer func() { ts.Frame = f.Previous }()
	return ts.Interp.Eval(ts, f)
}

// GetLocal returns fast local i (nil when unbound).
func (f *Frame) GetLocal(i int) objects.Object { return f.Localsplus[i] }

// SetLocal sets fast local i.
func (f *Frame) SetLocal(i int, v objects.Object) { f.Localsplus[i] = v }
