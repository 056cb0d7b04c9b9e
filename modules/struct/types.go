package structmod

import (
	"strings"

	"github.com/taipanpy/taipan/objects"
)

// ErrorType is struct.error, the exception of bad formats and values.
var ErrorType = &objects.Type{Name: "struct.error", Base: objects.ExceptionType, Flags: objects.TypeHasDict}

// structError returns a struct.error with message msg.
func structError(msg string) error { return objects.NewException(ErrorType, objects.NewStr(msg)) }

// Struct is a _struct.Struct: a compiled format.
type Struct struct {
	objects.Extensible
	// format is the format as given, as bytes; l is nil until __init__ compiles it.
	format string
	l      *layout
}

// StructType is _struct.Struct.
var StructType = &objects.Type{Name: "_struct.Struct"}

// Type returns _struct.Struct or the instance's subclass.
func (s *Struct) Type() *objects.Type { return s.ClassOr(StructType) }

// unpackIter is a _struct.unpack_iterator: the successive unpackings of a buffer.
type unpackIter struct {
	l   *layout
	buf []byte
	pos int
}

// UnpackIterType is _struct.unpack_iterator.
var UnpackIterType = &objects.Type{Name: "_struct.unpack_iterator"}

// Type returns UnpackIterType.
func (*unpackIter) Type() *objects.Type { return UnpackIterType }

func init() {
	objects.ReadyType(ErrorType)

	it := UnpackIterType
	it.Flags |= objects.TypeFinal
	it.Slots.Iter = func(_ *objects.Thread, o objects.Object) (objects.Object, error) { return o, nil }
	it.Slots.IterNext = func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
		u := o.(*unpackIter)
		if u.l == nil || u.pos >= len(u.buf) {
			u.l, u.buf = nil, nil
			return nil, nil
		}
		r := u.l.unpack(u.buf[u.pos : u.pos+u.l.size])
		u.pos += u.l.size
		return r, nil
	}
	it.Methods = []objects.MethodDef{{Name: "__length_hint__", Flags: objects.MethNoArgs,
		Func: func(_ *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			u := self.(*unpackIter)
			if u.l == nil {
				return objects.NewInt(0), nil
			}
			return objects.NewInt(int64((len(u.buf) - u.pos) / u.l.size)), nil
		}}}
	objects.ReadyType(it)

	t := StructType
	t.Doc = "Struct(fmt) --> compiled struct object\n\n"
	t.Slots.New = func(_ *objects.Thread, cls *objects.Type, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		s := &Struct{}
		s.Extend(cls, StructType)
		return s, nil
	}
	t.Slots.Init = structInit
	t.Slots.Repr = func(ts *objects.Thread, o objects.Object) (*objects.Str, error) {
		s := o.(*Struct)
		r, err := objects.Repr(ts, objects.NewStr(s.format))
		if err != nil {
			return nil, err
		}
		name := s.Type().Name
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			name = name[i+1:]
		}
		return objects.NewStr(name + "(" + r.Value() + ")"), nil
	}
	t.GetSets = []objects.GetSetDef{
		{Name: "format", Doc: "struct format string",
			Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
				return objects.NewStr(o.(*Struct).format), nil
			}},
		{Name: "size", Doc: "struct size in bytes",
			Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
				s := o.(*Struct)
				if s.l == nil {
					return objects.NewInt(-1), nil
				}
				return objects.NewInt(int64(s.l.size)), nil
			}},
	}
	t.Methods = structMethods
	objects.ReadyType(t)
}

var structInitArgs = objects.ArgParser{FuncName: "Struct", Params: []string{"format"}, MinPos: 1, MaxPos: 1}

// structInit is Struct.__init__(format): it compiles format, a str or bytes.
func structInit(ts *objects.Thread, o objects.Object, args []objects.Object, kwnames *objects.Tuple) error {
	var a [1]objects.Object
	if err := structInitArgs.Parse(args, kwnames, a[:]); err != nil {
		return err
	}
	var f string
	switch v := a[0].(type) {
	case *objects.Str:
		b, err := v.Encode(ts, "ascii", "strict")
		if err != nil {
			return err
		}
		f = b.Value()
	case *objects.Bytes:
		f = v.Value()
	default:
		name := v.Type().Name
		return objects.Errorf(objects.TypeErrorType, "Struct() argument 1 must be a str or bytes object, not %s", name)
	}
	l, msg := compile(f)
	if msg != "" {
		return structError(msg)
	}
	s := o.(*Struct)
	s.format, s.l = f, l
	return nil
}
