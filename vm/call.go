package vm

import "github.com/taipanpy/taipan/objects"

// FunctionFrame pushes the frame of a call of fn with args (the positional arguments, then the
// values of the keywords named by kwnames) and binds them to its parameters. The tier-1 loop
// runs the frame in place; callFunction runs it from Go.
func FunctionFrame(ts *objects.Thread, fn *objects.Function, args []objects.Object, kwnames *objects.Tuple) (*Frame, error) {
	var closure []objects.Object
	if fn.Closure != nil {
		closure = fn.Closure.Items()
	}
	f, err := PushFrame(ts, fn.Code, fn.Globals, fn.Builtins, closure)
	if err != nil {
		return nil, err
	}
	f.Func = fn
	p := Parameters{Code: fn.Code, Qualname: fn.Qualname.Value(), KwDefaults: fn.KwDefaults}
	if fn.Defaults != nil {
		p.Defaults = fn.Defaults.Items()
	}
	if err := BindArguments(ts, &p, f.Localsplus, args, kwnames); err != nil {
		PopFrame(ts, f)
		return nil, err
	}
	return f, nil
}

// callFunction calls a Python function from Go code (a slot, a built-in calling back): it
// runs the function's frame in a new activation of the loop. Calls between Python functions
// never come here; the loop runs them in place.
//
// Each such call nests a Go activation of the loop, so it also counts towards the Go
// recursion limit: Python recursion through Go code (isinstance hooks, comparisons, key
// functions) stops there even when sys.setrecursionlimit allows far more Python frames.
func callFunction(ts *objects.Thread, fn *objects.Function, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	if err := ts.EnterRecursive(" while calling a Python object"); err != nil {
		return nil, err
	}
	defer ts.LeaveRecursive()
	f, err := FunctionFrame(ts, fn, args, kwnames)
	if err != nil {
		return nil, err
	}
	res, err := ThreadOf(ts).Interp.Eval(ts, f)
	PopFrame(ts, f)
	return res, err
}

// UnpackMethod returns a bound method's function and self, so that a call can run the function
// with self as its first argument without building a new argument list; other callables come
// back unchanged with a nil self.
func UnpackMethod(callable objects.Object) (function, self objects.Object) {
	if m, ok := callable.(*objects.Method); ok {
		return m.Func, m.Self
	}
	return callable, nil
}

// MakeFunction creates a function object from code and the frame's globals.
func MakeFunction(ts *objects.Thread, frame *Frame, code *objects.Code) (objects.Object, error) {
	return objects.NewFunction(code, frame.Globals, frame.Builtins), nil
}

// The flags of SET_FUNCTION_ATTRIBUTE: which attribute of a new function its value sets.
const (
	functionDefaults    = 0x01
	functionKwDefaults  = 0x02
	functionAnnotations = 0x04
	functionClosure     = 0x08
)

// SetFunctionAttribute sets the defaults, keyword defaults, annotations or closure (by flag)
// of a function MAKE_FUNCTION has just made.
func SetFunctionAttribute(function objects.Object, flag int, attr objects.Object) {
	fn := function.(*objects.Function)
	switch flag {
	case functionDefaults:
		fn.Defaults = attr.(*objects.Tuple)
	case functionKwDefaults:
		fn.KwDefaults = attr.(*objects.Dict)
	case functionAnnotations:
		fn.Annotations = attr
	case functionClosure:
		fn.Closure = attr.(*objects.Tuple)
	}
}
