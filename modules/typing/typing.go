// Package typing is CPython's _typing module: the type parameters, type aliases and Generic
// that Lib/typing.py re-exports. The types themselves live in objects, since the compiler's
// intrinsics make them too.
package typing

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _typing module.
var Module = vm.BuiltinModule{Name: "_typing", Init: initModule}

// idfunc is _typing._idfunc, the identity function typing.NewType calls.
var idfunc = objects.MethodDef{Name: "_idfunc", Flags: objects.MethO,
	Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		return args[0], nil
	}}

func initModule(ts *objects.Thread, m *objects.Module) error {
	m.Dict.SetStr(objects.NewStr("_idfunc"), objects.NewBuiltinFunction(&idfunc, m))
	for _, t := range []*objects.Type{objects.TypeVarType, objects.TypeVarTupleType, objects.ParamSpecType,
		objects.ParamSpecArgsType, objects.ParamSpecKwargsType, objects.GenericType, objects.TypeAliasType} {
		m.Dict.SetStr(objects.NewStr(t.QualName()), t)
	}
	m.Dict.SetStr(objects.NewStr("NoDefault"), objects.NoDefault)
	return nil
}
