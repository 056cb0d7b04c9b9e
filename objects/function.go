package objects

import "sync/atomic"

// FunctionType is the type of Python functions.
var FunctionType = newType("function", ObjectType)

// Function is a Python function: a code object with the globals it runs in, its defaults
// and its closure. Calling one runs the thread's FunctionCaller, which the interpreter
// installs; binding arguments to the frame's locals is the interpreter's job.
type Function struct {
	Code     *Code
	Globals  *Dict
	Builtins *Dict
	// Name and Qualname are __name__ and __qualname__.
	Name, Qualname *Str
	// Module is __module__ and Doc __doc__ (None when absent).
	Module, Doc Object
	// Defaults is __defaults__ (nil for None), KwDefaults __kwdefaults__ (nil for None).
	Defaults   *Tuple
	KwDefaults *Dict
	// Closure holds the cells of the free variables (nil for None).
	Closure *Tuple
	// Annotations is __annotations__ (nil until asked for or set); TypeParams is
	// __type_params__ (nil for the empty tuple).
	Annotations Object
	TypeParams  *Tuple
	dict        *Dict
	// version identifies the function's code, defaults and keyword defaults for the call
	// specializations; 0 means none assigned yet.
	version uint32
}

// Type returns FunctionType.
func (*Function) Type() *Type { return FunctionType }

// NewFunction returns a function running code in globals, as MAKE_FUNCTION makes it: its
// name and qualified name from the code, __module__ from the globals' __name__, __doc__ from
// the code's first constant when that is a str.
func NewFunction(code *Code, globals, builtins *Dict) *Function {
	f := &Function{Code: code, Globals: globals, Builtins: builtins,
		Name: NewStr(code.Name), Qualname: NewStr(code.Qualname), Doc: None, Module: None}
	if code.Qualname == "" {
		f.Qualname = f.Name
	}
	if globals != nil {
		if m := globals.GetStr(NewStr("__name__")); m != nil {
			f.Module = m
		}
	}
	if len(code.Consts) > 0 {
		if s, ok := code.Consts[0].(*Str); ok {
			f.Doc = s
		}
	}
	return f
}

// nextFuncVersion hands out function versions; 0 is never handed out.
var nextFuncVersion atomic.Uint32

// Version returns the function's version: it stays the same while the code, defaults and
// keyword defaults do, so a specialized call can check it instead of re-examining them.
func (f *Function) Version() uint32 {
	if f.version == 0 {
		f.version = nextFuncVersion.Add(1)
	}
	return f.version
}

// invalidateVersion forgets the version after a change that specialized calls rely on.
func (f *Function) invalidateVersion() { f.version = 0 }

// Call calls the function through the thread's FunctionCaller.
func (f *Function) Call(ts *Thread, args []Object, kwnames *Tuple) (Object, error) {
	if ts == nil || ts.callFunction == nil {
		return nil, Errorf(SystemErrorType, "no interpreter to call %s()", f.Qualname.value)
	}
	return ts.callFunction(ts, f, args, kwnames)
}

func (f *Function) dictPtr() **Dict { return &f.dict }

// readonly is the AttributeError of setting a read-only member.
func readonly() error { return Errorf(AttributeErrorType, "readonly attribute") }

func init() {
	t := FunctionType
	t.Flags |= TypeFinal | TypeHasDict
	t.Slots.Call = func(ts *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		return o.(*Function).Call(ts, args, kwnames)
	}
	t.Slots.DescrGet = func(ts *Thread, o, obj, typ Object) (Object, error) {
		if obj == nil {
			return o, nil
		}
		return NewMethod(o, obj), nil
	}
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		f := o.(*Function)
		return NewStr("<function " + f.Qualname.value + " at " + addressOf(f) + ">"), nil
	}
	t.GetSets = []GetSetDef{
		{Name: "__code__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*Function).Code, nil },
			Set: func(ts *Thread, o, v Object) error {
				c, ok := v.(*Code)
				if !ok {
					return Errorf(TypeErrorType, "__code__ must be set to a code object")
				}
				f := o.(*Function)
				f.Code = c
				f.invalidateVersion()
				return nil
			}},
		{Name: "__defaults__", Get: func(ts *Thread, o Object) (Object, error) {
			if d := o.(*Function).Defaults; d != nil {
				return d, nil
			}
			return None, nil
		}, Set: func(ts *Thread, o, v Object) error {
			f := o.(*Function)
			switch d := v.(type) {
			case nil:
				f.Defaults = nil
			case *Tuple:
				f.Defaults = d
			default:
				if v != None {
					return Errorf(TypeErrorType, "__defaults__ must be set to a tuple object")
				}
				f.Defaults = nil
			}
			f.invalidateVersion()
			return nil
		}},
		{Name: "__kwdefaults__", Get: func(ts *Thread, o Object) (Object, error) {
			if d := o.(*Function).KwDefaults; d != nil {
				return d, nil
			}
			return None, nil
		}, Set: func(ts *Thread, o, v Object) error {
			f := o.(*Function)
			switch d := v.(type) {
			case nil:
				f.KwDefaults = nil
			case *Dict:
				f.KwDefaults = d
			default:
				if v != None {
					return Errorf(TypeErrorType, "__kwdefaults__ must be set to a dict object")
				}
				f.KwDefaults = nil
			}
			f.invalidateVersion()
			return nil
		}},
		{Name: "__annotations__", Get: func(ts *Thread, o Object) (Object, error) {
			f := o.(*Function)
			if t, ok := f.Annotations.(*Tuple); ok {
				// MAKE_FUNCTION stores a flat (name, value, ...) tuple; the
				// dict is built when first asked for, as CPython does.
				d := NewDict()
				items := t.Items()
				for i := 0; i+1 < len(items); i += 2 {
					if err := d.SetItem(ts, items[i], items[i+1]); err != nil {
						return nil, err
					}
				}
				f.Annotations = d
			}
			if f.Annotations == nil {
				f.Annotations = NewDict()
			}
			return f.Annotations, nil
		}, Set: func(ts *Thread, o, v Object) error {
			f := o.(*Function)
			if v == None {
				v = nil
			}
			if _, ok := v.(*Dict); !ok && v != nil {
				return Errorf(TypeErrorType, "__annotations__ must be set to a dict object")
			}
			f.Annotations = v
			return nil
		}},
		{Name: "__dict__", Get: instanceDictGetSet.Get, Set: instanceDictGetSet.Set},
		{Name: "__name__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*Function).Name, nil },
			Set: func(ts *Thread, o, v Object) error {
				s, ok := v.(*Str)
				if !ok {
					return Errorf(TypeErrorType, "__name__ must be set to a string object")
				}
				o.(*Function).Name = s
				return nil
			}},
		{Name: "__qualname__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*Function).Qualname, nil },
			Set: func(ts *Thread, o, v Object) error {
				s, ok := v.(*Str)
				if !ok {
					return Errorf(TypeErrorType, "__qualname__ must be set to a string object")
				}
				o.(*Function).Qualname = s
				return nil
			}},
		{Name: "__type_params__", Get: func(ts *Thread, o Object) (Object, error) {
			if tp := o.(*Function).TypeParams; tp != nil {
				return tp, nil
			}
			return EmptyTuple, nil
		}, Set: func(ts *Thread, o, v Object) error {
			tp, ok := v.(*Tuple)
			if !ok {
				return Errorf(TypeErrorType, "__type_params__ must be set to a tuple")
			}
			o.(*Function).TypeParams = tp
			return nil
		}},
		{Name: "__closure__", Get: func(ts *Thread, o Object) (Object, error) {
			if c := o.(*Function).Closure; c != nil {
				return c, nil
			}
			return None, nil
		}, Set: func(ts *Thread, o, v Object) error { return readonly() }},
		{Name: "__globals__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*Function).Globals, nil },
			Set: func(ts *Thread, o, v Object) error { return readonly() }},
		{Name: "__builtins__", Get: func(ts *Thread, o Object) (Object, error) {
			if b := o.(*Function).Builtins; b != nil {
				return b, nil
			}
			return None, nil
		}, Set: func(ts *Thread, o, v Object) error { return readonly() }},
		{Name: "__doc__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*Function).Doc, nil },
			Set: func(ts *Thread, o, v Object) error {
				if v == nil {
					v = None
				}
				o.(*Function).Doc = v
				return nil
			}},
		{Name: "__module__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*Function).Module, nil },
			Set: func(ts *Thread, o, v Object) error {
				if v == nil {
					v = None
				}
				o.(*Function).Module = v
				return nil
			}},
	}
}
