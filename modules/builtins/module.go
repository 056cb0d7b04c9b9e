// Package builtins is the builtins module: the built-in functions, types, constants and
// exceptions that every module's names fall back to. An interpreter gets its own module,
// built by Module, whose namespace is the interpreter's Builtins dict.
package builtins

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Config is what the builtins module is told about its interpreter.
type Config struct {
	// Optimize is -O's level: __debug__ is false when it is above zero.
	Optimize int
}

// Module returns the builtins module of interp. Its Init installs everything in the module's
// namespace and makes that namespace interp.Builtins, so that code run afterwards resolves
// built-in names through it.
func Module(interp *vm.Interpreter, cfg Config) vm.BuiltinModule {
	return vm.BuiltinModule{Name: "builtins", Init: func(ts *objects.Thread, m *objects.Module) error {
		fill(interp, m, cfg)
		interp.Builtins = m.Dict
		return installQuitters(ts, m.Dict)
	}}
}

// builtinTypes are the classes the module exposes under their own names.
var builtinTypeNames = []*objects.Type{
	objects.ObjectType, objects.TypeType, objects.IntType, objects.BoolType, objects.FloatType,
	objects.ComplexType, objects.StrType, objects.BytesType, objects.ByteArrayType, objects.MemoryViewType, objects.ListType,
	objects.TupleType, objects.DictType, objects.SetType, objects.FrozenSetType, objects.RangeType,
	objects.SliceType, objects.PropertyType, objects.ClassMethodType, objects.StaticMethodType,
	objects.SuperType, objects.EnumerateType, objects.ZipType, objects.MapType, objects.FilterType,
	objects.ReversedType,
}

func fill(interp *vm.Interpreter, m *objects.Module, cfg Config) {
	d := m.Dict
	set := func(name string, v objects.Object) { d.SetStr(objects.NewStr(name), v) }
	set("__doc__", objects.NewStr("Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\nwhich the explicit module name is necessary."))
	set("None", objects.None)
	set("True", objects.True)
	set("False", objects.False)
	set("Ellipsis", objects.Ellipsis)
	set("NotImplemented", objects.NotImplemented)
	set("__debug__", objects.NewBool(cfg.Optimize == 0))
	for _, t := range builtinTypeNames {
		set(t.Name, t)
	}
	for name, t := range objects.BuiltinExceptions {
		set(name, t)
	}
	// EnvironmentError and IOError are OSError's old names.
	set("EnvironmentError", objects.OSErrorType)
	set("IOError", objects.OSErrorType)
	b := &module{interp: interp, mod: m}
	for _, group := range [][]objects.MethodDef{b.ioFunctions(), conversionFunctions(), numberFunctions(),
		attributeFunctions(), b.namespaceFunctions(), iterationFunctions(), b.classFunctions(), b.execFunctions(), b.importFunctions()} {
		for i := range group {
			set(group[i].Name, objects.NewBuiltinFunction(&group[i], m))
		}
	}
}

// module is the state the functions of one interpreter's builtins module share.
type module struct {
	interp *vm.Interpreter
	mod    *objects.Module
}
