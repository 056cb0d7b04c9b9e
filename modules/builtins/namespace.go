package builtins

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// globals, locals, vars and dir: the namespaces of the running frame and of objects.

func (b *module) namespaceFunctions() []objects.MethodDef {
	return []objects.MethodDef{
		{Name: "globals", Flags: objects.MethNoArgs,
			Doc: "Return the dictionary containing the current scope's global variables.\n\nNOTE: Updates to this dictionary *will* affect name lookups in the current\nglobal scope and vice-versa.",
			Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				if f := vm.ThreadOf(ts).Frame; f != nil && f.Globals != nil {
					return f.Globals, nil
				}
				return objects.None, nil
			}},
		{Name: "locals", Flags: objects.MethNoArgs,
			Doc: "Return a dictionary containing the current scope's local variables.\n\nNOTE: Whether or not updates to this dictionary will affect name lookups in\nthe local scope and vice-versa is *implementation dependent* and not\ncovered by any backwards compatibility guarantees.",
			Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return frameLocals(ts)
			}},
		positional("vars", 0, 1, "vars([object]) -> dictionary\n\nWithout arguments, equivalent to locals().\nWith an argument, equivalent to object.__dict__.",
			func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
				if len(args) == 0 {
					return frameLocals(ts)
				}
				d, err := objects.GetAttr(ts, args[0], objects.NewStr("__dict__"))
				if err != nil {
					if objects.IsAttributeError(err) {
						return nil, objects.Errorf(objects.TypeErrorType, "vars() argument must have __dict__ attribute")
					}
					return nil, err
				}
				return d, nil
			}),
		positional("dir", 0, 1, "dir([object]) -> list of strings\n\nIf called without an argument, return the names in the current scope.\nElse, return an alphabetized list of names comprising (some of) the attributes\nof the given object, and of attributes reachable from it.",
			func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
				var names objects.Object
				if len(args) == 0 {
					loc, err := frameLocals(ts)
					if err != nil {
						return nil, err
					}
					if names, err = objects.CallMethod(ts, loc, "keys"); err != nil {
						return nil, err
					}
				} else {
					m, err := lookupSpecial(ts, args[0], "__dir__")
					if err != nil {
						return nil, err
					}
					if m == nil {
						return nil, objects.Errorf(objects.TypeErrorType, "object does not provide __dir__")
					}
					if names, err = objects.Call(ts, m, nil, nil); err != nil {
						return nil, err
					}
				}
				return sortedList(ts, names, nil, false)
			}),
	}
}

// frameLocals is locals(): the running module or class body's namespace, or a snapshot of a
// function's fast locals, cells and free variables that are bound.
func frameLocals(ts *objects.Thread) (objects.Object, error) {
	f := vm.ThreadOf(ts).Frame
	if f == nil {
		return objects.NewDict(), nil
	}
	return f.LocalsMapping(ts)
}
