// Package itertools is CPython's itertools module: the iterator building blocks, made as
// classes of each interpreter.
package itertools

import (
	"github.com/taipanpy/taipan/modules/internal/goclass"
	"github.com/taipanpy/taipan/objects"
)

// stepper is the Go state of one of the module's iterators: next returns the next item, or
// nil and no error when the iterator is exhausted.
type stepper interface {
	next(ts *objects.Thread) (objects.Object, error)
}

// reprer is implemented by the steppers whose iterators have a repr of their own (count,
// repeat); name is the class's name, a subclass's included.
type reprer interface {
	repr(ts *objects.Thread, name string) (string, error)
}

// iterator is an instance of one of the module's classes, a subclass's included: its class
// and its state. Instances of Python subclasses have no __dict__ of their own.
type iterator struct {
	objects.Extensible // a Python subclass's instances have a __dict__
	cls                *objects.Type
	impl               stepper
}

// Type returns the iterator's class.
func (it *iterator) Type() *objects.Type { return it.ClassOr(it.cls) }

// newIterator makes an iterator of class cls, a subclass of the module's class own.
func newIterator(cls, own *objects.Type, impl stepper) *iterator {
	it := &iterator{cls: own, impl: impl}
	it.Extend(cls, own)
	return it
}

// ctor makes the state of a new iterator from the constructor's arguments.
type ctor func(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error)

// classDef describes one of the module's classes.
type classDef struct {
	name, doc string
	// new is nil for the classes Python code cannot make (_grouper, _tee_dataobject).
	new     ctor
	methods []objects.MethodDef
	// hasRepr marks the classes whose state is a reprer.
	hasRepr bool
	// keywords marks the constructors that take keyword arguments of their own.
	keywords bool
}

// overridesInit reports whether cls defines an __init__ other than own's (object's).
func overridesInit(ts *objects.Thread, cls, own *objects.Type) bool {
	n := objects.NewStr("__init__")
	return cls.Lookup(ts, n) != own.Lookup(ts, n)
}

// newClass makes the class of def, whose instances are iterators over their state.
func newClass(ts *objects.Thread, module string, def classDef) (*objects.Type, error) {
	methods := append([]objects.MethodDef{
		goclass.Method("__iter__", objects.MethNoArgs, func(_ *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return self, nil
		}),
		goclass.Method("__next__", objects.MethNoArgs, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			v, err := iterNext(ts, self)
			if v == nil && err == nil {
				return nil, objects.NewException(objects.StopIterationType)
			}
			return v, err
		}),
	}, def.methods...)
	if def.hasRepr {
		methods = append(methods, goclass.Method("__repr__", objects.MethNoArgs, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return reprSlot(ts, self)
		}))
	}
	spec := goclass.Spec{Module: module, Name: def.name, Doc: def.doc, Slots: []string{}, Methods: methods}
	newFn := def.new
	var own *objects.Type
	if newFn != nil {
		spec.New = func(ts *objects.Thread, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			if kwnames.Len() > 0 && cls != own && !def.keywords && overridesInit(ts, cls, own) {
				// The keywords are for the subclass's __init__, as CPython's constructors
				// skip their no-keywords check when tp_init is overridden.
				args, kwnames = args[:len(args)-kwnames.Len()], nil
			}
			impl, err := newFn(ts, args, kwnames)
			if err != nil {
				return nil, err
			}
			return newIterator(cls, own, impl), nil
		}
	} else {
		spec.Final = true
	}
	cls, err := goclass.New(ts, spec)
	if err != nil {
		return nil, err
	}
	own = cls
	if newFn == nil {
		cls.Slots.New = nil
		cls.Dict.DelItem(ts, objects.NewStr("__new__"))
	}
	// The slots call the Go functions directly; the methods above are what Python code sees
	// and what subclasses override.
	cls.Slots.Iter = func(_ *objects.Thread, o objects.Object) (objects.Object, error) { return o, nil }
	cls.Slots.IterNext = iterNext
	if def.hasRepr {
		cls.Slots.Repr = reprSlot
	}
	return cls, nil
}

// iterNext is the iterators' tp_iternext.
func iterNext(ts *objects.Thread, o objects.Object) (objects.Object, error) {
	it, ok := o.(*iterator)
	if !ok || it.impl == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "'%s' object is not an iterator", o.Type().Name)
	}
	return it.impl.next(ts)
}

// reprSlot is the repr of the iterators with one of their own.
func reprSlot(ts *objects.Thread, o objects.Object) (*objects.Str, error) {
	it, ok := o.(*iterator)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "descriptor '__repr__' requires an itertools object, not '%s'", o.Type().Name)
	}
	r, ok := it.impl.(reprer)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "'%s' object has no repr", it.Type().Name)
	}
	s, err := r.repr(ts, it.Type().Name)
	if err != nil {
		return nil, err
	}
	return objects.NewStr(s), nil
}

// state returns the Go state of self, an instance of one of the module's classes.
func state[T stepper](self objects.Object) (T, error) {
	if it, ok := self.(*iterator); ok {
		if s, ok := it.impl.(T); ok {
			return s, nil
		}
	}
	var zero T
	return zero, objects.Errorf(objects.TypeErrorType, "descriptor requires an itertools object, not '%s'", self.Type().Name)
}
