package sys

import (
	"github.com/taipanpy/taipan/internal/stdlibnames"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// sys.excepthook and sys.displayhook (with their __excepthook__ and __displayhook__
// originals), and the rest of sys's small functions and facts.

func addHooks(interp *vm.Interpreter, m *objects.Module) {
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	excepthook := &objects.MethodDef{Name: "excepthook", Flags: objects.MethFastcall,
		Doc: "Handle an exception by displaying it with a traceback on sys.stderr.",
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			if err := objects.CheckPositional("excepthook", len(args), 3, 3); err != nil {
				return nil, err
			}
			exc, ok := args[1].(*objects.BaseException)
			if !ok {
				return nil, objects.Errorf(objects.TypeErrorType, "print_exception(): Exception expected for value, %s found", args[1].Type().Name)
			}
			if interp.PrintException != nil {
				interp.PrintException(ts, exc)
			}
			return objects.None, nil
		}}
	displayhook := &objects.MethodDef{Name: "displayhook", Flags: objects.MethO,
		Doc: "Print an object to sys.stdout and also save it in builtins._",
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return objects.None, display(ts, interp, m, args[0])
		}}
	eh := objects.NewBuiltinFunction(excepthook, m)
	dh := objects.NewBuiltinFunction(displayhook, m)
	set("excepthook", eh)
	set("__excepthook__", eh)
	set("displayhook", dh)
	set("__displayhook__", dh)

	names := stdlibnames.Names()
	items := make([]objects.Object, len(names))
	for i, n := range names {
		items[i] = objects.NewStr(n)
	}
	fs, _ := objects.NewFrozenSet(nil, objects.NewTuple(items))
	set("stdlib_module_names", fs)
}

// display is the default displayhook: repr(value) on sys.stdout, remembered as builtins._.
func display(ts *objects.Thread, interp *vm.Interpreter, sys *objects.Module, v objects.Object) error {
	if v == objects.None {
		return nil
	}
	underscore := objects.NewStr("_")
	interp.Builtins.SetStr(underscore, objects.None)
	r, err := objects.Repr(ts, v)
	if err != nil {
		return err
	}
	out := sys.Dict.GetStr(objects.NewStr("stdout"))
	if out == nil || out == objects.None {
		return objects.Errorf(objects.RuntimeErrorType, "lost sys.stdout")
	}
	if _, err := objects.CallMethod(ts, out, "write", objects.NewStr(r.Value()+"\n")); err != nil {
		return err
	}
	interp.Builtins.SetStr(underscore, v)
	return nil
}
