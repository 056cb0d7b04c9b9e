package vm

import "github.com/taipanpy/taipan/objects"

// Type returns objects.FrameType: frames reach Python code through tracebacks and
// sys._getframe().
func (f *Frame) Type() *objects.Type { return objects.FrameType }

// AddTraceback records that exc passes through frame at instruction index instr, as
// CPython's PyTraceBack_Here does at each frame an exception unwinds through: a new entry
// goes in front of the exception's traceback. The first time the exception is raised, the
// exception being handled becomes its __context__. The frame now outlives its run, so it keeps
// its locals when it ends.
func AddTraceback(ts *objects.Thread, frame *Frame, instr int, exc *objects.BaseException) {
	exc.Raise(ts)
	frame.Escaped = true
	exc.SetTraceback(objects.NewTraceback(exc.Traceback(), frame, instr*2, -1))
}

// FrameCode returns the code object the frame runs, from which a traceback entry finds its
// line.
func (f *Frame) FrameCode() *objects.Code { return f.Code }
