package vm

import "github.com/taipanpy/taipan/objects"

// Exec runs code with the given namespaces, as exec() and eval() do: global names resolve in
// globals and then in the builtins globals["__builtins__"] names (the caller's when it
// names none, which is then recorded there, as CPython does), and local names in locals.
// closure holds the cells of a code object with free variables (exec(code, closure=...)).
func Exec(ts *objects.Thread, code *objects.Code, globals *objects.Dict, locals objects.Object, closure []objects.Object) (objects.Object, error) {
	t := ThreadOf(ts)
	builtins := t.Interp.Builtins
	key := objects.NewStr("__builtins__")
	switch b := globals.GetStr(key).(type) {
	case nil:
		// The caller's builtins dict, as exec() records PyEval_GetBuiltins().
		if t.Frame != nil && t.Frame.Builtins != nil {
			builtins = t.Frame.Builtins
		}
		globals.SetStr(key, builtins)
	case *objects.Module:
		builtins = b.Dict
	case *objects.Dict:
		builtins = b
	}
	f := NewFrame(code, globals, builtins)
	f.Locals = locals
	f.Closure = closure
	f.Previous = t.Frame
	t.Frame = f
	defer func() { t.Frame = f.Previous }()
	return t.Interp.Eval(ts, f)
}
