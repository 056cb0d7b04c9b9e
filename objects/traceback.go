package objects

// TracebackType is the type of traceback objects.
var TracebackType = newType("traceback", ObjectType)

// Traceback is one entry of an exception's __traceback__ chain: the frame an exception passed
// through, the instruction and line it was at, and the entry of the next, newer frame. The
// frame is the interpreter's own frame object, opaque here.
type Traceback struct {
	// Next is tb_next, the entry of the frame the exception came from (nil for None).
	Next *Traceback
	// Frame is tb_frame.
	Frame Object
	// Lasti is tb_lasti, the byte offset of the instruction; Lineno is tb_lineno.
	Lasti, Lineno int
}

// Type returns TracebackType.
func (*Traceback) Type() *Type { return TracebackType }

// NewTraceback returns a traceback entry for frame at instruction offset lasti and line
// lineno, in front of next (PyTraceBack_Here adds the current frame this way as an exception
// unwinds through it).
func NewTraceback(next *Traceback, frame Object, lasti, lineno int) *Traceback {
	return &Traceback{Next: next, Frame: frame, Lasti: lasti, Lineno: lineno}
}

func init() {
	t := TracebackType
	t.Flags |= TypeFinal
	t.GetSets = append(t.GetSets,
		GetSetDef{Name: "tb_next",
			Get: func(ts *Thread, o Object) (Object, error) {
				if n := o.(*Traceback).Next; n != nil {
					return n, nil
				}
				return None, nil
			},
			Set: func(ts *Thread, o, v Object) error {
				tb := o.(*Traceback)
				switch n := v.(type) {
				case nil:
					return Errorf(TypeErrorType, "can't delete tb_next attribute")
				case *Traceback:
					// Refuse a loop, as CPython does.
					for c := n; c != nil; c = c.Next {
						if c == tb {
							return Errorf(ValueErrorType, "traceback loop detected")
						}
					}
					tb.Next = n
					return nil
				}
				if v == None {
					tb.Next = nil
					return nil
				}
				return Errorf(TypeErrorType, "expected traceback object or None, got '%s'", v.Type().Name)
			}},
		GetSetDef{Name: "tb_frame", Get: func(ts *Thread, o Object) (Object, error) {
			if f := o.(*Traceback).Frame; f != nil {
				return f, nil
			}
			return None, nil
		}},
		GetSetDef{Name: "tb_lasti", Get: func(ts *Thread, o Object) (Object, error) {
			return NewInt(int64(o.(*Traceback).Lasti)), nil
		}},
		GetSetDef{Name: "tb_lineno", Get: func(ts *Thread, o Object) (Object, error) {
			return NewInt(int64(o.(*Traceback).lineno())), nil
		}},
	)
}

// codeFrame is a frame that can name the code object it runs.
type codeFrame interface{ FrameCode() *Code }

// lineno returns tb_lineno: an entry made without its line (-1) finds it from the frame's
// code and tb_lasti, as CPython computes it lazily.
func (tb *Traceback) lineno() int {
	if tb.Lineno >= 0 {
		return tb.Lineno
	}
	if f, ok := tb.Frame.(codeFrame); ok && f.FrameCode() != nil {
		if ps := f.FrameCode().Positions(); tb.Lasti >= 0 && tb.Lasti/2 < len(ps) {
			return ps[tb.Lasti/2].Lineno
		}
	}
	return tb.Lineno
}
