// Package contextvars is CPython's _contextvars module, which Lib/contextvars.py re-exports.
// The types live in objects, since every thread has a current context.
package contextvars

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _contextvars module.
var Module = vm.BuiltinModule{Name: "_contextvars", Init: initModule}

var copyContext = objects.MethodDef{Name: "copy_context", Flags: objects.MethNoArgs,
	Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		return objects.CopyContext(ts), nil
	}}

func initModule(ts *objects.Thread, m *objects.Module) error {
	m.Dict.SetStr(objects.NewStr("copy_context"), objects.NewBuiltinFunction(&copyContext, m))
	for name, t := range map[string]*objects.Type{"Context": objects.ContextType,
		"ContextVar": objects.ContextVarType, "Token": objects.TokenType} {
		m.Dict.SetStr(objects.NewStr(name), t)
	}
	return nil
}
