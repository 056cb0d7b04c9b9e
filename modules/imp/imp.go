// Package imp is CPython's _imp module: what importlib's bootstrap asks of the interpreter's
// own import machinery (its built-in modules, the import lock, hashes of sources). Taipan has
// no frozen modules and loads no C extensions.
package imp

import (
	"encoding/binary"
	"sync"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _imp module.
var Module = vm.BuiltinModule{Name: "_imp", Init: initModule}

// WarningsModule is a _warnings module without functions: warnings.py then uses its own
// Python implementation, and importlib's bootstrap finds the built-in module it expects.
var WarningsModule = vm.BuiltinModule{Name: "_warnings", Init: func(ts *objects.Thread, m *objects.Module) error {
	m.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr("_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up."))
	return nil
}}

func initModule(ts *objects.Thread, m *objects.Module) error {
	interp := vm.ThreadOf(ts).Interp
	var lock sync.Mutex
	held := 0
	none := func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		return objects.None, nil
	}
	falseFn := func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		return objects.False, nil
	}
	nameArg := func(o objects.Object) (string, error) {
		s, ok := o.(*objects.Str)
		if !ok {
			return "", objects.Errorf(objects.TypeErrorType, "argument must be str, not %s", o.Type().Name)
		}
		return s.Value(), nil
	}
	defs := []objects.MethodDef{
		{Name: "is_builtin", Flags: objects.MethO, Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			name, err := nameArg(args[0])
			if err != nil {
				return nil, err
			}
			switch {
			case name == "sys" || name == "builtins":
				return objects.NewInt(-1), nil // cannot be initialized again
			case interp.HasBuiltinModule(name):
				return objects.NewInt(1), nil
			}
			return objects.NewInt(0), nil
		}},
		{Name: "create_builtin", Flags: objects.MethO, Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			n, err := objects.GetAttr(ts, args[0], objects.NewStr("name"))
			if err != nil {
				return nil, err
			}
			name, err := nameArg(n)
			if err != nil {
				return nil, err
			}
			mod, ok, err := interp.ImportBuiltin(ts, name)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, objects.NewImportError(objects.ImportErrorType, "no built-in module named "+name, name, "")
			}
			return mod, nil
		}},
		{Name: "exec_builtin", Flags: objects.MethO, Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return objects.NewInt(0), nil
		}},
		{Name: "is_frozen", Flags: objects.MethO, Func: falseFn},
		{Name: "is_frozen_package", Flags: objects.MethO, Func: falseFn},
		{Name: "find_frozen", Flags: objects.MethFastcall | objects.MethKeywords, Func: none},
		{Name: "get_frozen_object", Flags: objects.MethFastcall, Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return nil, objects.NewImportError(objects.ImportErrorType, "No such frozen object", "", "")
		}},
		{Name: "init_frozen", Flags: objects.MethO, Func: none},
		{Name: "_frozen_module_names", Flags: objects.MethNoArgs, Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return objects.EmptyTuple, nil
		}},
		{Name: "_override_frozen_modules_for_tests", Flags: objects.MethO, Func: none},
		{Name: "_override_multi_interp_extensions_check", Flags: objects.MethO, Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return objects.NewInt(-1), nil
		}},
		{Name: "acquire_lock", Flags: objects.MethNoArgs, Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			lock.Lock()
			held++
			lock.Unlock()
			return objects.None, nil
		}},
		{Name: "release_lock", Flags: objects.MethNoArgs, Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			lock.Lock()
			defer lock.Unlock()
			if held == 0 {
				return nil, objects.Errorf(objects.RuntimeErrorType, "not holding the import lock")
			}
			held--
			return objects.None, nil
		}},
		{Name: "lock_held", Flags: objects.MethNoArgs, Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			lock.Lock()
			defer lock.Unlock()
			return objects.NewBool(held > 0), nil
		}},
		{Name: "_fix_co_filename", Flags: objects.MethFastcall, Func: none},
		{Name: "extension_suffixes", Flags: objects.MethNoArgs, Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return objects.NewList(nil), nil // no C extensions can be loaded
		}},
		{Name: "create_dynamic", Flags: objects.MethFastcall, Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return nil, objects.NewImportError(objects.ImportErrorType, "Taipan cannot load C extension modules", "", "")
		}},
		{Name: "exec_dynamic", Flags: objects.MethO, Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return objects.NewInt(0), nil
		}},
		{Name: "source_hash", Flags: objects.MethFastcall | objects.MethKeywords, Func: sourceHash},
	}
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	m.Dict.SetStr(objects.NewStr("check_hash_based_pycs"), objects.NewStr("default"))
	return nil
}

var sourceHashArgs = objects.ArgParser{FuncName: "source_hash", Params: []string{"key", "source"}, MinPos: 2, MaxPos: 2}

// sourceHash is source_hash(key, source): the SipHash-1-3 of source keyed by key, as the
// hash-based .pyc files record it.
func sourceHash(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [2]objects.Object
	if err := sourceHashArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	i, err := objects.Index(ts, v[0])
	if err != nil {
		return nil, err
	}
	key, _ := i.Int64()
	data, err := objects.BytesLike(v[1])
	if err != nil {
		return nil, err
	}
	h := objects.SipHash13(uint64(key), 0, data)
	return objects.NewBytes(binary.LittleEndian.AppendUint64(nil, h)), nil
}
