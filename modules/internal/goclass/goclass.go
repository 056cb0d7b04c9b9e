// Package goclass makes the classes of modules written in Go: ordinary classes, made per
// interpreter when the module is first imported, whose methods are Go functions.
package goclass

import "github.com/taipanpy/taipan/objects"

// Spec describes a class.
type Spec struct {
	// Module and Name give __module__ and __name__.
	Module, Name string
	// Base is the base class (object when nil).
	Base *objects.Type
	// Slots names the instance's __slots__ (nil: instances have a __dict__).
	Slots []string
	// New is __new__: cls, then the call's arguments. Nil inherits the base's.
	New func(ts *objects.Thread, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error)
	// Methods are the class's methods, special methods (__iter__, __repr__ ...) included.
	Methods []objects.MethodDef
	// GetSets are its attributes computed by Go functions.
	GetSets []objects.GetSetDef
	// Final forbids subclassing.
	Final bool
	// Weakrefable lets instances be weakly referenced without a __weakref__ attribute, as
	// the C types with a weak reference list (tp_weaklistoffset) do.
	Weakrefable bool
	// Doc is __doc__.
	Doc string
}

// New makes the class.
func New(ts *objects.Thread, s Spec) (*objects.Type, error) {
	ns := objects.NewDict()
	ns.SetStr(objects.NewStr("__module__"), objects.NewStr(s.Module))
	if s.Doc != "" {
		ns.SetStr(objects.NewStr("__doc__"), objects.NewStr(s.Doc))
	}
	if s.Slots != nil {
		names := make([]objects.Object, len(s.Slots))
		for i, n := range s.Slots {
			names[i] = objects.NewStr(n)
		}
		ns.SetStr(objects.NewStr("__slots__"), objects.NewTuple(names))
	}
	base := s.Base
	if base == nil {
		base = objects.ObjectType
	}
	cls, err := objects.NewClass(ts, objects.TypeType, s.Name, []objects.Object{base}, ns)
	if err != nil {
		return nil, err
	}
	if s.Weakrefable {
		cls.Flags |= objects.TypeWeakrefable
	}
	// Setting each attribute through the class keeps its slots in step with its namespace.
	if s.New != nil {
		newFn := s.New
		def := &objects.MethodDef{Name: "__new__", Flags: objects.MethFastcall | objects.MethKeywords,
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				if len(args)-kwnames.Len() < 1 {
					return nil, objects.Errorf(objects.TypeErrorType, "%s.__new__(): not enough arguments", s.Name)
				}
				sub, ok := args[0].(*objects.Type)
				if !ok {
					return nil, objects.Errorf(objects.TypeErrorType, "%s.__new__(X): X is not a type object (%s)", s.Name, args[0].Type().Name)
				}
				return newFn(ts, sub, args[1:], kwnames)
			}}
		if err := objects.SetAttr(ts, cls, objects.NewStr("__new__"), objects.NewStaticMethod(objects.NewBuiltinFunction(def, nil))); err != nil {
			return nil, err
		}
		cls.Slots.New = newFn
	}
	for i := range s.Methods {
		def := &s.Methods[i]
		var descr objects.Object = objects.NewMethodDescriptor(cls, def)
		if def.Flags&objects.MethClass != 0 {
			descr = &objects.ClassMethodDescriptor{Def: def, Owner: cls}
		}
		if err := objects.SetAttr(ts, cls, objects.NewStr(def.Name), descr); err != nil {
			return nil, err
		}
	}
	for i := range s.GetSets {
		if err := objects.SetAttr(ts, cls, objects.NewStr(s.GetSets[i].Name), objects.NewGetSetDescriptor(cls, &s.GetSets[i])); err != nil {
			return nil, err
		}
	}
	if s.Final {
		cls.Flags |= objects.TypeFinal
	}
	return cls, nil
}

// Method makes a method definition.
func Method(name string, flags objects.MethodFlags, f objects.MethodFunc) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: flags, Func: f}
}
