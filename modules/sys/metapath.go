package sys

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// sys.meta_path holds one finder, Taipan's own import system seen through importlib's
// protocol: importlib.import_module and importlib.util.find_spec of a module not yet imported
// reach it. Its find_spec imports the module the interpreter's way and returns a spec whose
// loader hands the module back, so both import paths share sys.modules and one module object.

func addMetaPath(ts *objects.Thread, set func(string, objects.Object)) error {
	loaderCls, err := goClass(ts, "taipan", "TaipanLoader", objects.ObjectType, []objects.MethodDef{
		{Name: "create_module", Flags: objects.MethO, Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			name, err := objects.GetAttr(ts, args[0], objects.NewStr("name"))
			if err != nil {
				return nil, err
			}
			modules := vm.ThreadOf(ts).Interp.Modules
			if m, err := modules.GetItem(ts, name); err == nil && m != nil {
				return m, nil
			}
			return objects.None, nil
		}},
		{Name: "exec_module", Flags: objects.MethO, Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return objects.None, nil // the module ran when find_spec imported it
		}},
	}, nil)
	if err != nil {
		return err
	}
	loader, err := objects.Call(ts, loaderCls, nil, nil)
	if err != nil {
		return err
	}
	finderCls, err := goClass(ts, "taipan", "TaipanFinder", objects.ObjectType, []objects.MethodDef{
		{Name: "find_spec", Flags: objects.MethFastcall | objects.MethKeywords, Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			if len(args) < 1 {
				return nil, objects.Errorf(objects.TypeErrorType, "find_spec() missing required argument 'fullname'")
			}
			return findSpec(ts, args[0], loader)
		}},
		{Name: "invalidate_caches", Flags: objects.MethNoArgs, Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return objects.None, nil
		}},
	}, nil)
	if err != nil {
		return err
	}
	finder, err := objects.Call(ts, finderCls, nil, nil)
	if err != nil {
		return err
	}
	set("meta_path", objects.NewList([]objects.Object{finder}))
	return nil
}

// findSpec imports fullname and describes it with importlib's ModuleSpec; None when there is
// no such module.
func findSpec(ts *objects.Thread, fullname, loader objects.Object) (objects.Object, error) {
	name, ok := fullname.(*objects.Str)
	if !ok {
		return objects.None, nil
	}
	m, err := vm.Import(ts, nil, name, objects.NewTuple([]objects.Object{objects.NewStr("__name__")}), 0)
	if err != nil {
		if e, ok := err.(*objects.BaseException); ok && e.Type().IsSubtype(objects.ModuleNotFoundErrorType) {
			return objects.None, nil
		}
		return nil, err
	}
	if spec, err := objects.GetAttr(ts, m, objects.NewStr("__spec__")); err == nil && spec != objects.None {
		return spec, nil
	}
	bootstrap, err := vm.Import(ts, nil, objects.NewStr("importlib._bootstrap"), objects.NewTuple([]objects.Object{objects.NewStr("ModuleSpec")}), 0)
	if err != nil {
		return nil, err
	}
	specCls, err := objects.GetAttr(ts, bootstrap, objects.NewStr("ModuleSpec"))
	if err != nil {
		return nil, err
	}
	kw := objects.NewTuple([]objects.Object{objects.NewStr("origin")})
	var origin objects.Object = objects.None
	if f, err := objects.GetAttr(ts, m, objects.NewStr("__file__")); err == nil {
		origin = f
	}
	return objects.Call(ts, specCls, []objects.Object{name, loader, origin}, kw)
}
