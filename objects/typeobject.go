package objects

import "strings"

// The type object's own behaviour: calling a type, its repr and its attributes (__name__,
// __mro__, __dict__ ...).

// typeCall is type.__call__: type(x) returns x's type; calling a class makes an instance with
// its __new__ and, when that returns an instance of the class, initializes it with __init__.
func typeCall(ts *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
	t := o.(*Type)
	if t == TypeType {
		nargs := len(args) - kwnames.Len()
		if nargs == 1 && kwnames.Len() == 0 {
			return args[0].Type(), nil
		}
		if nargs != 3 {
			return nil, Errorf(TypeErrorType, "type() takes 1 or 3 arguments")
		}
	}
	if t.Slots.New == nil {
		return nil, Errorf(TypeErrorType, "cannot create '%s' instances", t.Name)
	}
	obj, err := t.Slots.New(ts, t, args, kwnames)
	if err != nil {
		return nil, err
	}
	if _, ok := obj.(*Instance); !ok && t.Slots.Finalize != nil {
		watchExtendedFinalizer(obj)
	}
	ot := obj.Type()
	if !ot.IsSubtype(t) {
		return obj, nil
	}
	if init := ot.Slots.Init; init != nil {
		if err := init(ts, obj, args, kwnames); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

// typeInit is type.__init__, which only checks its arguments (type.__new__ did the work).
func typeInit(ts *Thread, o Object, args []Object, kwnames *Tuple) error {
	nargs := len(args) - kwnames.Len()
	if nargs == 1 && kwnames.Len() != 0 {
		return Errorf(TypeErrorType, "type.__init__() takes no keyword arguments")
	}
	if nargs != 1 && nargs != 3 {
		return Errorf(TypeErrorType, "type.__init__() takes 1 or 3 arguments")
	}
	return nil
}

// moduleName returns __module__ as a Go string: for a built-in type the part of its name
// before the last dot, else "builtins"; for a class the str in its namespace ("" if none).
func (t *Type) moduleName() string {
	if t.Flags&TypeHeap != 0 {
		if s, ok := t.Dict.GetStr(NewStr("__module__")).(*Str); ok {
			return s.value
		}
		return ""
	}
	if i := strings.LastIndexByte(t.Name, '.'); i >= 0 {
		return t.Name[:i]
	}
	return "builtins"
}

// typeRepr is type.__repr__: "<class 'module.Qualname'>", without the module for builtins.
func typeRepr(ts *Thread, o Object) (*Str, error) {
	t := o.(*Type)
	if mod := t.moduleName(); mod != "" && mod != "builtins" {
		return NewStr("<class '" + mod + "." + t.QualName() + "'>"), nil
	}
	return NewStr("<class '" + t.Name + "'>"), nil
}

// checkSetSpecial rejects setting a special attribute of a built-in type.
func checkSetSpecial(t *Type, v Object, name string) error {
	if t.Flags&TypeHeap == 0 {
		return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, t.Name)
	}
	if v == nil {
		return Errorf(TypeErrorType, "cannot delete '%s' attribute of immutable type '%s'", name, t.Name)
	}
	return nil
}

// typesTuple returns types as a tuple.
func typesTuple(types []*Type) *Tuple {
	items := make([]Object, len(types))
	for i, c := range types {
		items[i] = c
	}
	return NewTuple(items)
}

var typeGetSets = []GetSetDef{
	{Name: "__name__", Get: func(ts *Thread, o Object) (Object, error) {
		t := o.(*Type)
		if t.Flags&TypeHeap == 0 {
			if i := strings.LastIndexByte(t.Name, '.'); i >= 0 {
				return NewStr(t.Name[i+1:]), nil
			}
		}
		return NewStr(t.Name), nil
	}, Set: func(ts *Thread, o, v Object) error {
		t := o.(*Type)
		if err := checkSetSpecial(t, v, "__name__"); err != nil {
			return err
		}
		s, ok := v.(*Str)
		if !ok {
			return Errorf(TypeErrorType, "can only assign string to %s.__name__, not '%s'", t.Name, v.Type().Name)
		}
		if strings.IndexByte(s.value, 0) >= 0 {
			return Errorf(ValueErrorType, "type name must not contain null characters")
		}
		t.Name = s.value
		return nil
	}},
	{Name: "__qualname__", Get: func(ts *Thread, o Object) (Object, error) {
		t := o.(*Type)
		if t.Flags&TypeHeap == 0 {
			if i := strings.LastIndexByte(t.Name, '.'); i >= 0 {
				return NewStr(t.Name[i+1:]), nil
			}
		}
		return NewStr(t.QualName()), nil
	}, Set: func(ts *Thread, o, v Object) error {
		t := o.(*Type)
		if err := checkSetSpecial(t, v, "__qualname__"); err != nil {
			return err
		}
		s, ok := v.(*Str)
		if !ok {
			return Errorf(TypeErrorType, "can only assign string to %s.__qualname__, not '%s'", t.Name, v.Type().Name)
		}
		t.Qualname = s.value
		return nil
	}},
	{Name: "__module__", Get: func(ts *Thread, o Object) (Object, error) {
		t := o.(*Type)
		if t.Flags&TypeHeap != 0 {
			if v := t.Dict.GetStr(NewStr("__module__")); v != nil {
				return v, nil
			}
			return nil, NewException(AttributeErrorType, NewStr("__module__"))
		}
		return NewStr(t.moduleName()), nil
	}, Set: func(ts *Thread, o, v Object) error {
		t := o.(*Type)
		if err := checkSetSpecial(t, v, "__module__"); err != nil {
			return err
		}
		t.Modified()
		return t.Dict.SetItem(ts, NewStr("__module__"), v)
	}},
	{Name: "__bases__", Get: func(ts *Thread, o Object) (Object, error) {
		return typesTuple(o.(*Type).Bases), nil
	}, Set: setBases},
	{Name: "__base__", Get: func(ts *Thread, o Object) (Object, error) {
		if b := o.(*Type).Base; b != nil {
			return b, nil
		}
		return None, nil
	}},
	{Name: "__mro__", Get: func(ts *Thread, o Object) (Object, error) {
		return typesTuple(o.(*Type).MRO), nil
	}},
	{Name: "__flags__", Get: func(ts *Thread, o Object) (Object, error) { return NewInt(o.(*Type).pyFlags()), nil }},
	{Name: "__dict__", Get: func(ts *Thread, o Object) (Object, error) {
		return &MappingProxy{Mapping: o.(*Type).Dict}, nil
	}},
	{Name: "__doc__", Get: func(ts *Thread, o Object) (Object, error) {
		t := o.(*Type)
		if t.Flags&TypeHeap == 0 {
			return docText(t.Name, t.Doc), nil
		}
		v := t.Dict.GetStr(NewStr("__doc__"))
		if v == nil {
			return None, nil
		}
		if get := v.Type().Slots.DescrGet; get != nil {
			return get(ts, v, nil, t)
		}
		return v, nil
	}, Set: func(ts *Thread, o, v Object) error {
		t := o.(*Type)
		if err := checkSetSpecial(t, v, "__doc__"); err != nil {
			return err
		}
		t.Modified()
		return t.Dict.SetItem(ts, NewStr("__doc__"), v)
	}},
	{Name: "__text_signature__", Get: func(ts *Thread, o Object) (Object, error) {
		t := o.(*Type)
		if t.Flags&TypeHeap != 0 {
			return None, nil
		}
		return textSignature(t.Name, t.Doc), nil
	}},
	{Name: "__abstractmethods__", Get: func(ts *Thread, o Object) (Object, error) {
		t := o.(*Type)
		if t != TypeType {
			if v := t.Dict.GetStr(NewStr("__abstractmethods__")); v != nil {
				return v, nil
			}
		}
		return nil, NewException(AttributeErrorType, NewStr("__abstractmethods__"))
	}, Set: func(ts *Thread, o, v Object) error {
		t := o.(*Type)
		if err := checkSetSpecial(t, NewBool(true), "__abstractmethods__"); err != nil {
			return err
		}
		key := NewStr("__abstractmethods__")
		abstract := false
		if v == nil {
			found, err := t.Dict.DelItem(ts, key)
			if err != nil {
				return err
			}
			if !found {
				return NewException(AttributeErrorType, key)
			}
		} else {
			var err error
			if abstract, err = IsTrue(ts, v); err != nil {
				return err
			}
			if err := t.Dict.SetItem(ts, key, v); err != nil {
				return err
			}
		}
		t.Modified()
		if abstract {
			t.Flags |= TypeAbstract
		} else {
			t.Flags &^= TypeAbstract
		}
		return nil
	}},
	{Name: "__annotations__", Get: func(ts *Thread, o Object) (Object, error) {
		t := o.(*Type)
		key := NewStr("__annotations__")
		if t.Flags&TypeHeap == 0 {
			return nil, Errorf(AttributeErrorType, "type object '%s' has no attribute '__annotations__'", t.Name)
		}
		if v := t.Dict.GetStr(key); v != nil {
			if get := v.Type().Slots.DescrGet; get != nil {
				return get(ts, v, nil, t)
			}
			return v, nil
		}
		d := NewDict()
		t.Dict.SetStr(key, d)
		t.Modified()
		return d, nil
	}, Set: func(ts *Thread, o, v Object) error {
		t := o.(*Type)
		if err := checkSetSpecial(t, NewBool(true), "__annotations__"); err != nil {
			return err
		}
		key := NewStr("__annotations__")
		t.Modified()
		if v == nil {
			if found, _ := t.Dict.DelItem(ts, key); !found {
				return NewException(AttributeErrorType, key)
			}
			return nil
		}
		return t.Dict.SetItem(ts, key, v)
	}},
	{Name: "__type_params__", Get: func(ts *Thread, o Object) (Object, error) {
		t := o.(*Type)
		if v := t.Dict.GetStr(NewStr("__type_params__")); v != nil && t.Flags&TypeHeap != 0 {
			return v, nil
		}
		return EmptyTuple, nil
	}},
}

var typeMethods = []MethodDef{
	{Name: "mro", Flags: MethNoArgs, Doc: "Return a type's method resolution order.", Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
		mro, err := computeMRO(self.(*Type))
		if err != nil {
			return nil, err
		}
		items := make([]Object, len(mro))
		for i, c := range mro {
			items[i] = c
		}
		return NewList(items), nil
	}},
	{Name: "__subclasses__", Flags: MethNoArgs, Doc: "Return a list of immediate subclasses.", Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
		subs := self.(*Type).Subclasses()
		items := make([]Object, len(subs))
		for i, c := range subs {
			items[i] = c
		}
		return NewList(items), nil
	}},
	{Name: "__instancecheck__", Flags: MethO, Doc: "Check if an object is an instance.", Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
		r, err := recursiveIsInstance(ts, args[0], self)
		return NewBool(r), err
	}},
	{Name: "__subclasscheck__", Flags: MethO, Doc: "Check if a class is a subclass.", Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
		r, err := recursiveIsSubclass(ts, args[0], self)
		return NewBool(r), err
	}},
	{Name: "__prepare__", Flags: MethFastcall | MethKeywords | MethClass, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
		return NewDict(), nil
	}},
	{Name: "__dir__", Flags: MethNoArgs, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
		seen := NewDict()
		for _, c := range self.(*Type).MRO {
			c.Dict.Items(func(k, _ Object) bool { seen.SetItem(ts, k, None); return true })
		}
		var keys []Object
		seen.Items(func(k, _ Object) bool { keys = append(keys, k); return true })
		return NewList(keys), nil
	}},
}

func init() {
	t := TypeType
	t.Doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"
	t.Slots.GetAttr = typeGetAttr
	t.Slots.SetAttr = typeSetAttr
	t.Slots.Call = typeCall
	t.Slots.New = typeNew
	t.Slots.Init = typeInit
	t.Slots.Repr = typeRepr
	t.GetSets = typeGetSets
	t.Methods = typeMethods
	// Every exception has a __dict__, so classes deriving from one add none of their own.
	BaseExceptionType.Flags |= TypeHasDict
}
