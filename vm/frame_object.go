package vm

import (
	"github.com/taipanpy/taipan/objects"
)

// Frames as Python sees them (sys._getframe(), tb_frame): f_code, f_back, f_globals, f_locals,
// f_lineno ... A frame handed to Python code is escaped, as is every frame it can reach
// through f_back, so that none of them is recycled while Python code holds it.

// Escape marks f and its callers as referred to from outside the running code.
func (f *Frame) Escape() {
	for ; f != nil && !f.Escaped; f = f.Previous {
		f.Escaped = true
	}
}

// Lineno returns the line of the instruction the frame is running or stopped at.
func (f *Frame) Lineno() int {
	if positions := f.Code.Positions(); f.InstrPtr >= 0 && f.InstrPtr < len(positions) {
		if l := positions[f.InstrPtr].Lineno; l > 0 {
			return l
		}
	}
	return f.Code.FirstLineno
}

// Caller returns the frame depth calls above the running one, escaped, or a ValueError.
func Caller(ts *objects.Thread, depth int) (*Frame, error) {
	f := ThreadOf(ts).Frame
	for ; f != nil && depth > 0; depth-- {
		f = f.Previous
	}
	if f == nil {
		return nil, objects.Errorf(objects.ValueErrorType, "call stack is not deep enough")
	}
	f.Escape()
	return f, nil
}

// isLive reports whether f is one of the thread's running frames.
func isLive(ts *objects.Thread, f *Frame) bool {
	for p := ThreadOf(ts).Frame; p != nil; p = p.Previous {
		if p == f {
			return true
		}
	}
	return false
}

func frameAttr(name string, get func(ts *objects.Thread, f *Frame) (objects.Object, error)) objects.GetSetDef {
	return objects.GetSetDef{Name: name, Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
		return get(ts, o.(*Frame))
	}}
}

func init() {
	t := objects.FrameType
	t.Slots.Repr = func(ts *objects.Thread, o objects.Object) (*objects.Str, error) {
		f := o.(*Frame)
		file, err := objects.Repr(ts, objects.NewStr(f.Code.Filename))
		if err != nil {
			return nil, err
		}
		return objects.NewStr("<frame at " + objects.AddressOf(o) + ", file " + file.Value() + ", line " +
			objects.NewInt(int64(f.Lineno())).String() + ", code " + f.Code.Name + ">"), nil
	}
	t.GetSets = append(t.GetSets,
		frameAttr("f_code", func(_ *objects.Thread, f *Frame) (objects.Object, error) { return f.Code, nil }),
		frameAttr("f_globals", func(_ *objects.Thread, f *Frame) (objects.Object, error) { return f.Globals, nil }),
		frameAttr("f_builtins", func(_ *objects.Thread, f *Frame) (objects.Object, error) { return f.Builtins, nil }),
		frameAttr("f_locals", func(ts *objects.Thread, f *Frame) (objects.Object, error) { return f.LocalsMapping(ts) }),
		frameAttr("f_lineno", func(_ *objects.Thread, f *Frame) (objects.Object, error) {
			return objects.NewInt(int64(f.Lineno())), nil
		}),
		frameAttr("f_lasti", func(_ *objects.Thread, f *Frame) (objects.Object, error) {
			return objects.NewInt(int64(f.InstrPtr * 2)), nil
		}),
		frameAttr("f_back", func(ts *objects.Thread, f *Frame) (objects.Object, error) {
			p := f.Previous
			if p == nil || !(p.Escaped || isLive(ts, p)) {
				// A caller that ended unescaped may have been recycled (a frame reached
				// through a traceback outlives its callers): it is gone.
				return objects.None, nil
			}
			p.Escape()
			return p, nil
		}),
		objects.GetSetDef{Name: "f_trace",
			Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
				return orNone(o.(*Frame).trace.fn), nil
			},
			Set: func(ts *objects.Thread, o, v objects.Object) error {
				if v == objects.None {
					v = nil // del f.f_trace and f.f_trace = None both clear it
				}
				o.(*Frame).trace.fn = v
				return nil
			}},
		objects.GetSetDef{Name: "f_trace_lines",
			Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
				return objects.NewBool(!o.(*Frame).trace.noLines), nil
			},
			Set: func(ts *objects.Thread, o, v objects.Object) error {
				if _, ok := v.(*objects.Bool); !ok || v == nil {
					return objects.Errorf(objects.TypeErrorType, "attribute value type must be bool")
				}
				o.(*Frame).trace.noLines = v == objects.False
				return nil
			}},
		frameAttr("f_trace_opcodes", func(_ *objects.Thread, f *Frame) (objects.Object, error) { return objects.False, nil }),
	)
	t.Methods = append(t.Methods, objects.MethodDef{Name: "clear", Flags: objects.MethNoArgs,
		Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			f := self.(*Frame)
			for p := ThreadOf(ts).Frame; p != nil; p = p.Previous {
				if p == f {
					return nil, objects.Errorf(objects.RuntimeErrorType, "cannot clear an executing frame")
				}
			}
			if !f.onDataStack {
				clear(f.Localsplus)
			}
			return objects.None, nil
		}})
}
