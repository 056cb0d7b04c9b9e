package sys

import (
	"github.com/taipanpy/taipan/internal/stdlibnames"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// sys.displayhook (with its __displayhook__ original) and sys.stdlib_module_names.

func addHooks(interp *vm.Interpreter, m *objects.Module) {
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	displayhook := &objects.MethodDef{Name: "displayhook", Flags: objects.MethO,
		Doc: "Print an object to sys.stdout and also save it in builtins._",
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return objects.None, display(ts, interp, m, args[0])
		}}
	dh := objects.NewBuiltinFunction(displayhook, m)
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
