package vm

import "github.com/taipanpy/taipan/objects"

// DefaultRecursionLimit is sys.getrecursionlimit()'s initial value.
const DefaultRecursionLimit = 1000

// PushFrame makes a frame for a call to code on ts and makes it the thread's current frame:
// its locals and stack come from the thread's data stack, the caller binds the arguments into
// its first locals (BindArguments), and PopFrame ends it. It fails with RecursionError when the
// thread is already recursionLimit frames deep.
func PushFrame(ts *objects.Thread, code *objects.Code, globals, builtins *objects.Dict, closure []objects.Object) (*Frame, error) {
	t := ThreadOf(ts)
	if t.depth >= t.RecursionLimit {
		return nil, objects.Errorf(objects.RecursionErrorType, "maximum recursion depth exceeded")
	}
	t.depth++
	var f *Frame
	if n := len(t.freeFrames); n > 0 {
		f = t.freeFrames[n-1]
		t.freeFrames = t.freeFrames[:n-1]
	} else {
		f = new(Frame)
	}
	*f = Frame{
		Code:        code,
		Localsplus:  t.data.alloc(code.NLocalsplus + code.StackSize),
		SP:          code.NLocalsplus,
		Globals:     globals,
		Builtins:    builtins,
		Closure:     closure,
		Previous:    t.Frame,
		onDataStack: true,
	}
	t.Frame = f
	return f, nil
}

// PopFrame ends f, the thread's current frame, and returns its caller, which becomes current.
// A frame that something still refers to (a traceback, a frame object) keeps a copy of its
// locals; any other frame is recycled.
func PopFrame(ts *objects.Thread, f *Frame) *Frame {
	t := ThreadOf(ts)
	caller := f.Previous
	t.Frame = caller
	t.depth--
	if !f.onDataStack {
		return caller
	}
	if f.Escaped {
		locals := make([]objects.Object, f.Code.NLocalsplus)
		copy(locals, f.Localsplus)
		t.data.free(f.Localsplus)
		f.Localsplus, f.onDataStack = locals, false
		return caller
	}
	t.data.free(f.Localsplus)
	*f = Frame{}
	t.freeFrames = append(t.freeFrames, f)
	return caller
}
