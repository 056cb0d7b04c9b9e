package builtins

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// __build_class__, which the class statement calls.

func (b *module) classFunctions() []objects.MethodDef {
	return []objects.MethodDef{
		{Name: "__build_class__", Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement.",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				return objects.BuildClass(ts, args, kwnames, runClassBody)
			}},
	}
}

// runClassBody runs the function compiled from a class body with ns as its local namespace,
// as CPython's builtin___build_class__ does with PyEval_EvalCodeEx, and returns what the body
// returns (its __class__ cell, or None).
func runClassBody(ts *objects.Thread, body *objects.Function, ns objects.Object) (objects.Object, error) {
	f, err := vm.FunctionFrame(ts, body, nil, nil)
	if err != nil {
		return nil, err
	}
	f.Locals = ns
	res, err := vm.ThreadOf(ts).Interp.Eval(ts, f)
	vm.PopFrame(ts, f)
	return res, err
}
