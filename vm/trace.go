package vm

import (
	"sync/atomic"

	"github.com/taipanpy/taipan/internal/generated/opcode"
	"github.com/taipanpy/taipan/objects"
)

// sys.settrace and sys.setprofile: the trace and profile functions of a thread, called with
// (frame, event, arg) as CPython's legacy tracing does. The tier-1 loop pays one atomic load
// per instruction while no thread traces; once one does, the hooks below run at function
// starts and resumptions (RESUME: "call"), before instructions that begin a line ("line",
// to the frame's f_trace), at returns and yields ("return") and where an exception is raised
// or passes through a frame ("exception").

// tracingThreads counts the threads that have a trace or a profile function.
var tracingThreads atomic.Int32

// TracingActive reports whether any thread traces or profiles: the tier-1 loop calls the
// hooks below only then.
func TracingActive() bool { return tracingThreads.Load() != 0 }

// traceState is a thread's sys.settrace and sys.setprofile functions.
type traceState struct {
	traceFunc, profileFunc objects.Object
	// inHook is set while a trace or profile function runs: its own code is not traced.
	inHook bool
}

func (s *traceState) active() bool { return s.traceFunc != nil || s.profileFunc != nil }

// frameTrace is what a frame keeps for tracing: f_trace, f_trace_lines, and the line and
// instruction last seen, which decide when a "line" event is due.
type frameTrace struct {
	fn                        objects.Object
	noLines                   bool
	line, instr               int
	seenAnyInstr, afterResume bool
}

// setTracing installs fn (nil for none) as the trace or profile function of t.
func (t *Thread) setTracing(slot *objects.Object, fn objects.Object) {
	if fn == objects.None {
		fn = nil
	}
	was := t.trace.active()
	*slot = fn
	switch now := t.trace.active(); {
	case now && !was:
		tracingThreads.Add(1)
	case was && !now:
		tracingThreads.Add(-1)
	}
}

// SetTrace is sys.settrace(fn) for the thread ts.
func SetTrace(ts *objects.Thread, fn objects.Object) {
	t := ThreadOf(ts)
	t.setTracing(&t.trace.traceFunc, fn)
}

// SetProfile is sys.setprofile(fn) for the thread ts.
func SetProfile(ts *objects.Thread, fn objects.Object) {
	t := ThreadOf(ts)
	t.setTracing(&t.trace.profileFunc, fn)
}

// TraceFunc and ProfileFunc return the thread's functions, None when it has none.
func TraceFunc(ts *objects.Thread) objects.Object { return orNone(ThreadOf(ts).trace.traceFunc) }

// ProfileFunc is sys.getprofile() for the thread ts.
func ProfileFunc(ts *objects.Thread) objects.Object { return orNone(ThreadOf(ts).trace.profileFunc) }

func orNone(o objects.Object) objects.Object {
	if o == nil {
		return objects.None
	}
	return o
}

// Event names, made once.
var (
	eventCall      = objects.NewStr("call")
	eventLine      = objects.NewStr("line")
	eventReturn    = objects.NewStr("return")
	eventException = objects.NewStr("exception")
)

// callHook calls a trace or profile function with tracing off, as CPython's call_trampoline.
func (t *Thread) callHook(fn objects.Object, f *Frame, event *objects.Str, arg objects.Object) (objects.Object, error) {
	if arg == nil {
		arg = objects.None
	}
	f.Escape()
	t.trace.inHook = true
	defer func() { t.trace.inHook = false }()
	return objects.Call(&t.Thread, fn, []objects.Object{f, event, arg}, nil)
}

// traceEvent sends an event other than "call" to the frame's f_trace (trace_trampoline): a
// result other than None replaces f_trace, and an error turns tracing off.
func (t *Thread) traceEvent(f *Frame, event *objects.Str, arg objects.Object) error {
	if f.trace.fn == nil || t.trace.traceFunc == nil {
		return nil
	}
	return t.callTrace(f.trace.fn, f, event, arg)
}

// callTrace calls a trace function, as trace_trampoline does: a result other than None
// becomes the frame's f_trace, and an error turns tracing off.
func (t *Thread) callTrace(fn objects.Object, f *Frame, event *objects.Str, arg objects.Object) error {
	r, err := t.callHook(fn, f, event, arg)
	if err != nil {
		t.setTracing(&t.trace.traceFunc, nil)
		f.trace.fn = nil
		return err
	}
	if r != objects.None {
		f.trace.fn = r
	}
	return nil
}

// profileEvent sends an event to the profile function; an error turns profiling off.
func (t *Thread) profileEvent(f *Frame, event *objects.Str, arg objects.Object) error {
	if t.trace.profileFunc == nil {
		return nil
	}
	if _, err := t.callHook(t.trace.profileFunc, f, event, arg); err != nil {
		t.setTracing(&t.trace.profileFunc, nil)
		return err
	}
	return nil
}

// TraceResume reports the start or the resumption of frame f (RESUME): "call" to the profile
// function and to the trace function, whose result becomes the frame's f_trace.
func TraceResume(ts *objects.Thread, f *Frame) error {
	t := ThreadOf(ts)
	if t.trace.inHook {
		return nil
	}
	if err := t.profileEvent(f, eventCall, nil); err != nil {
		return err
	}
	if t.trace.traceFunc == nil {
		return nil
	}
	f.trace.afterResume = true
	return t.callTrace(t.trace.traceFunc, f, eventCall, nil)
}

// TraceInstr runs before instruction i of f and sends the frame's f_trace a "line" event
// where CPython's legacy tracing does: at an instruction that starts a line (its line
// differs from the one before it in the code, or control jumped to it) when the previous
// instruction run was on another line or was RESUME, and at the target of a backward jump
// within one line.
func TraceInstr(ts *objects.Thread, f *Frame, i int) error {
	t := ThreadOf(ts)
	code := f.Code
	line := code.LineOf(i)
	prev, prevLine, seen, afterResume := f.trace.instr, f.trace.line, f.trace.seenAnyInstr, f.trace.afterResume
	f.trace.instr, f.trace.line, f.trace.seenAnyInstr, f.trace.afterResume = i, line, true, false
	if t.trace.inHook || f.trace.fn == nil || f.trace.noLines || line < 0 {
		return nil
	}
	jumped := seen && i != fallThrough(code, prev)
	fire := false
	switch {
	case jumped && i < prev && line == prevLine && int(code.Instrs[prev]&0xff) == opcode.JUMP_BACKWARD:
		fire = true
	case jumped || startsLine(code, i):
		fire = line != prevLine || afterResume
	}
	if !fire {
		return nil
	}
	return t.traceEvent(f, eventLine, nil)
}

// fallThrough returns the index of the instruction that follows the one at i in the code.
func fallThrough(code *objects.Code, i int) int {
	for i < len(code.Instrs) && int(code.Instrs[i]&0xff) == opcode.EXTENDED_ARG {
		i++
	}
	if i >= len(code.Instrs) {
		return i
	}
	return i + 1 + int(opcode.Caches[code.Instrs[i]&0xff])
}

// startsLine reports whether instruction i is the first of its line in code order: the
// instructions before it that have a line have another, or it follows the RESUME that
// starts the function.
func startsLine(code *objects.Code, i int) bool {
	line := code.LineOf(i)
	if i > 0 {
		if op := int(code.Instrs[i-1] & 0xff); (op == opcode.RESUME || op == opcode.RESUME_CHECK) && code.Instrs[i-1]>>8 == 0 {
			return true
		}
	}
	for j := i - 1; j >= 0; j-- {
		if l := code.LineOf(j); l >= 0 {
			return l != line
		}
	}
	return true
}

// TraceReturn reports that f returns or yields value: "return" to f_trace and to the profile
// function.
func TraceReturn(ts *objects.Thread, f *Frame, value objects.Object) error {
	t := ThreadOf(ts)
	if t.trace.inHook {
		return nil
	}
	if err := t.traceEvent(f, eventReturn, value); err != nil {
		return err
	}
	return t.profileEvent(f, eventReturn, value)
}

// TraceException reports exc raised in f, or passing through it from a callee.
func TraceException(ts *objects.Thread, f *Frame, exc *objects.BaseException) error {
	t := ThreadOf(ts)
	if t.trace.inHook || f.trace.fn == nil {
		return nil
	}
	var tb objects.Object = objects.None
	if t := exc.Traceback(); t != nil {
		tb = t
	}
	arg := objects.NewTuple([]objects.Object{exc.Type(), exc, tb})
	return t.traceEvent(f, eventException, arg)
}

// TraceStopIteration reports the return of the generator or coroutine that yield from or
// await delegated to: an "exception" event with StopIteration(value), as CPython's
// STOP_ITERATION event comes to legacy tracing.
func TraceStopIteration(ts *objects.Thread, f *Frame, receiver, value objects.Object) error {
	switch receiver.(type) {
	case *Generator:
	default:
		return nil
	}
	t := ThreadOf(ts)
	if t.trace.inHook || f.trace.fn == nil {
		return nil
	}
	exc := objects.NewException(objects.StopIterationType)
	if value != objects.None {
		exc = objects.NewException(objects.StopIterationType, value)
	}
	return t.traceEvent(f, eventException, objects.NewTuple([]objects.Object{exc.Type(), exc, objects.None}))
}

// TraceUnwind reports that an exception ends f: "return" with None, as CPython does.
func TraceUnwind(ts *objects.Thread, f *Frame) error {
	return TraceReturn(ts, f, objects.None)
}

// CallTracing is sys.call_tracing(fn, args): fn runs traced even when called from a trace
// function, as a debugger debugging itself needs.
func CallTracing(ts *objects.Thread, fn objects.Object, args []objects.Object) (objects.Object, error) {
	t := ThreadOf(ts)
	saved := t.trace.inHook
	t.trace.inHook = false
	defer func() { t.trace.inHook = saved }()
	return objects.Call(ts, fn, args, nil)
}

// Profile events for calls of built-in functions, as CPython's c_call, c_return and
// c_exception.
var (
	eventCCall      = objects.NewStr("c_call")
	eventCReturn    = objects.NewStr("c_return")
	eventCException = objects.NewStr("c_exception")
)

// ProfiledCall is a call made by CALL or CALL_KW while tracing is active: a call of a
// built-in function or method (self the object a method descriptor is called on, nil for
// none) is reported to the profile function.
func ProfiledCall(ts *objects.Thread, f *Frame, callable, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	t := ThreadOf(ts)
	if t.trace.profileFunc == nil || t.trace.inHook {
		return objects.Call(ts, callable, args, kwnames)
	}
	var fn objects.Object
	switch c := callable.(type) {
	case *objects.BuiltinFunction:
		fn = c
	case *objects.MethodDescriptor:
		if self == nil {
			return objects.Call(ts, callable, args, kwnames)
		}
		// Reported as the bound built-in method, as CPython does for compatibility.
		bound, err := c.Type().Slots.DescrGet(ts, c, self, self.Type())
		if err != nil {
			return nil, err
		}
		fn = bound
	default:
		return objects.Call(ts, callable, args, kwnames)
	}
	if err := t.profileEvent(f, eventCCall, fn); err != nil {
		return nil, err
	}
	res, err := objects.Call(ts, callable, args, kwnames)
	event := eventCReturn
	if err != nil {
		event = eventCException
	}
	if perr := t.profileEvent(f, event, fn); perr != nil && err == nil {
		return nil, perr
	}
	return res, err
}
