package vm

import "github.com/taipanpy/taipan/objects"

// BuiltinModule is a module written in Go: CPython's modules written in C (math, itertools,
// _io, ...). An interpreter is given its built-in modules when it is made, and builds each the
// first time it is imported, so that every interpreter has its own module objects and no
// package-level state is shared.
type BuiltinModule struct {
	// Name is the module's import name ("math", "_operator").
	Name string
	// Init fills in the module's namespace, a fresh module whose __name__ is set. It runs once
	// per interpreter, on the module's first import.
	Init func(ts *objects.Thread, m *objects.Module) error
}

// AddBuiltinModules makes modules importable by name in interp.
func (interp *Interpreter) AddBuiltinModules(modules ...BuiltinModule) {
	if interp.builtinModules == nil {
		interp.builtinModules = map[string]BuiltinModule{}
	}
	for _, m := range modules {
		interp.builtinModules[m.Name] = m
	}
}

// HasBuiltinModule reports whether name is one of the interpreter's built-in modules.
func (interp *Interpreter) HasBuiltinModule(name string) bool {
	_, ok := interp.builtinModules[name]
	return ok
}

// BuiltinModuleNames lists the names of interp's built-in modules (sys.builtin_module_names).
func (interp *Interpreter) BuiltinModuleNames() []string {
	names := make([]string, 0, len(interp.builtinModules))
	for n := range interp.builtinModules {
		names = append(names, n)
	}
	return names
}

// ImportBuiltin returns the built-in module name, building it on its first import and recording
// it in the interpreter's modules (sys.modules). ok is false when interp has no built-in module
// of that name.
func (interp *Interpreter) ImportBuiltin(ts *objects.Thread, name string) (m *objects.Module, ok bool, err error) {
	key := objects.NewStr(name)
	if v := interp.Modules.GetStr(key); v != nil {
		if mod, isModule := v.(*objects.Module); isModule {
			return mod, true, nil
		}
	}
	def, ok := interp.builtinModules[name]
	if !ok {
		return nil, false, nil
	}
	m = objects.NewModule(name)
	m.Builtin = true
	interp.Modules.SetStr(key, m)
	if err := def.Init(ts, m); err != nil {
		interp.Modules.DelItem(ts, key)
		return nil, true, err
	}
	return m, true, nil
}
