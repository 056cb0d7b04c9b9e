package objects

import "fmt"

// MethodFlags say how a built-in method takes its arguments, as CPython's METH_* flags.
// Every MethodFunc has the same vectorcall shape; the flags tell the caller which checks to
// make before calling it, so that the function itself never counts arguments it cannot take.
type MethodFlags uint8

// The calling conventions.
const (
	// MethNoArgs: the method takes no arguments; args is empty (METH_NOARGS).
	MethNoArgs MethodFlags = 1 << iota
	// MethO: the method takes exactly one positional argument, args[0] (METH_O).
	MethO
	// MethFastcall: the method takes positional arguments only; keywords are rejected before
	// the call (METH_FASTCALL). It is the default when no convention is given.
	MethFastcall
	// MethKeywords, with MethFastcall: the method takes keyword arguments too, their values
	// at the end of args and their names in kwnames (METH_FASTCALL|METH_KEYWORDS). Parse them
	// with an ArgParser.
	MethKeywords
	// MethClass: a class method; self is the class (METH_CLASS).
	MethClass
	// MethStatic: a static method; self is nil (METH_STATIC).
	MethStatic
)

// MethodFunc is a built-in method or function implemented in Go. self is the object the
// method is bound to (the module for a module's function, the class for a class method, nil
// for a static method); args holds the positional arguments followed by the values of the
// keyword arguments named by kwnames (nil when there are none).
type MethodFunc func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error)

// MethodDef defines a built-in method or function, as CPython's PyMethodDef.
//
// A built-in type declares its methods in Type.Methods before ReadyBuiltinTypes runs (in an
// init function of the file defining the type); ReadyBuiltinTypes turns each into a
// method_descriptor in the type's __dict__ (a classmethod_descriptor for MethClass, a
// staticmethod for MethStatic):
//
//	func init() {
//		IntType.Methods = append(IntType.Methods,
//			MethodDef{Name: "bit_length", Flags: MethNoArgs, Doc: "Number of bits ...",
//				Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
//					return intBitLength(self.(*Int)), nil
//				}},
//			MethodDef{Name: "to_bytes", Flags: MethFastcall | MethKeywords, Func: intToBytes},
//		)
//		IntType.GetSets = append(IntType.GetSets, GetSetDef{Name: "real", Get: intReal})
//	}
//
//	var toBytesArgs = ArgParser{FuncName: "to_bytes", Params: []string{"length", "byteorder", "signed"},
//		MaxPos: 2}
//
//	func intToBytes(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
//		var a [3]Object
//		if err := toBytesArgs.Parse(args, kwnames, a[:]); err != nil {
//			return nil, err
//		}
//		// a[i] is nil for an argument not given.
//		...
//	}
//
// Called from Python, "abc".upper(1) then fails with CPython's "str.upper() takes no
// arguments (1 given)" before the Go function runs.
type MethodDef struct {
	// Name is the method's __name__.
	Name string
	// Func implements it.
	Func MethodFunc
	// Flags give its calling convention and binding.
	Flags MethodFlags
	// Doc is its __doc__ ("" for None).
	Doc string
}

// call checks the arguments against the calling convention and calls the function. fn is
// the callable the user called, named in error messages.
func (d *MethodDef) call(ts *Thread, fn Object, self Object, args []Object, kwnames *Tuple) (Object, error) {
	nkw := kwnames.Len()
	switch {
	case d.Flags&MethNoArgs != 0:
		if nkw != 0 {
			return nil, noKeywordsError(ts, fn)
		}
		if len(args) != 0 {
			return nil, Errorf(TypeErrorType, "%s takes no arguments (%d given)", FunctionStr(ts, fn), len(args))
		}
	case d.Flags&MethO != 0:
		if nkw != 0 {
			return nil, noKeywordsError(ts, fn)
		}
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "%s takes exactly one argument (%d given)", FunctionStr(ts, fn), len(args))
		}
	case d.Flags&MethKeywords == 0:
		if nkw != 0 {
			return nil, noKeywordsError(ts, fn)
		}
	}
	return d.Func(ts, self, args, kwnames)
}

func noKeywordsError(ts *Thread, fn Object) error {
	return Errorf(TypeErrorType, "%s takes no keyword arguments", FunctionStr(ts, fn))
}

// FunctionStr names a callable in an error message as CPython's _PyObject_FunctionStr:
// its qualified name and "()", prefixed by its module unless that is builtins.
func FunctionStr(ts *Thread, fn Object) string {
	qual := qualnameOf(ts, fn)
	if qual == "" {
		s, err := StrOf(ts, fn)
		if err != nil {
			return "?"
		}
		return s.value
	}
	if mod, err := GetAttr(ts, fn, NewStr("__module__")); err == nil {
		if m, ok := mod.(*Str); ok && m.value != "builtins" {
			return m.value + "." + qual + "()"
		}
	}
	return qual + "()"
}

// qualnameOf returns fn.__qualname__ as a Go string, or "" when it has none.
func qualnameOf(ts *Thread, fn Object) string {
	switch f := fn.(type) {
	case *MethodDescriptor:
		return f.qualname()
	case *BuiltinFunction:
		return f.qualname()
	}
	q, err := GetAttr(ts, fn, NewStr("__qualname__"))
	if err != nil {
		return ""
	}
	if s, ok := q.(*Str); ok {
		return s.value
	}
	return ""
}

// docOrNone returns a docstring as a str, or None when it is empty.
func docOrNone(doc string) Object {
	if doc == "" {
		return None
	}
	return NewStr(doc)
}

// addressOf formats id(o) as CPython's %p does in reprs.
func addressOf(o Object) string { return fmt.Sprintf("0x%x", idOf(o)) }
