package objects

// SuperType is the type of super objects.
var SuperType = newType("super", ObjectType)

// Super is super(type, obj): attribute lookups on it skip the MRO of obj's type up to and
// including type.
type Super struct {
	// Class is the type after which the lookup starts; Obj the bound object (nil for the
	// unbound one-argument form); ObjType the type whose MRO is searched.
	Class   *Type
	Obj     Object
	ObjType *Type
	ext     *Extension
}

// Type returns SuperType or the subclass.
func (s *Super) Type() *Type { return s.ext.classOr(SuperType) }

// superCheck returns the type whose MRO super(typ, obj) searches: obj itself when it is a
// subclass of typ, else obj's type (or its __class__).
func superCheck(ts *Thread, typ *Type, obj Object) (*Type, error) {
	if t, ok := obj.(*Type); ok && t.IsSubtype(typ) {
		return t, nil
	}
	if obj.Type().IsSubtype(typ) {
		return obj.Type(), nil
	}
	if c, err := GetAttr(ts, obj, NewStr("__class__")); err == nil {
		if ct, ok := c.(*Type); ok && ct != obj.Type() && ct.IsSubtype(typ) {
			return ct, nil
		}
	} else if !IsAttributeError(err) {
		return nil, err
	}
	kind, name := "instance of", obj.Type().Name
	if t, ok := obj.(*Type); ok {
		kind, name = "type", t.Name
	}
	return nil, Errorf(TypeErrorType, "super(type, obj): obj (%s %s) is not an instance or subtype of type (%s).", kind, name, typ.Name)
}

// NewSuper returns super(typ, obj); obj nil makes the unbound form.
func NewSuper(ts *Thread, typ *Type, obj Object) (*Super, error) {
	s := &Super{Class: typ, Obj: obj}
	if obj != nil {
		t, err := superCheck(ts, typ, obj)
		if err != nil {
			return nil, err
		}
		s.ObjType = t
	}
	return s, nil
}

// superFind looks name up in the MRO of objType after class, without calling descriptors;
// nil when absent.
func superFind(ts *Thread, class, objType *Type, name *Str) Object {
	mro := objType.MRO
	i := 0
	for i < len(mro) && mro[i] != class {
		i++
	}
	for i++; i < len(mro); i++ {
		if v := mro[i].Dict.GetStr(name); v != nil {
			return v
		}
	}
	return nil
}

// SuperGetAttr is super(class, self).name, as LOAD_SUPER_ATTR computes it without making a
// super object.
func SuperGetAttr(ts *Thread, class *Type, self Object, name *Str) (Object, error) {
	objType, err := superCheck(ts, class, self)
	if err != nil {
		return nil, err
	}
	if v := superFind(ts, class, objType, name); v != nil {
		if get := v.Type().Slots.DescrGet; get != nil {
			var obj Object = self
			if self == Object(objType) {
				obj = nil
			}
			return get(ts, v, obj, objType)
		}
		return v, nil
	}
	s := &Super{Class: class, Obj: self, ObjType: objType}
	return GenericGetAttr(ts, s, name)
}

// SuperLookupMethod is super(class, self).name for a call: when the attribute is a plain
// function (or a method descriptor) it returns it with self, so no bound method is made;
// otherwise the attribute and nil.
func SuperLookupMethod(ts *Thread, class *Type, self Object, name *Str) (attr, selfOrNil Object, err error) {
	objType, err := superCheck(ts, class, self)
	if err != nil {
		return nil, nil, err
	}
	switch v := superFind(ts, class, objType, name).(type) {
	case *Function:
		if self != Object(objType) {
			return v, self, nil
		}
	case *MethodDescriptor:
		if self != Object(objType) && self.Type().IsSubtype(v.Owner) {
			return v, self, nil
		}
	}
	attr, err = SuperGetAttr(ts, class, self, name)
	return attr, nil, err
}

func superGetAttr(ts *Thread, o Object, name *Str) (Object, error) {
	s := o.(*Super)
	if s.ObjType != nil && name.value != "__class__" {
		if v := superFind(ts, s.Class, s.ObjType, name); v != nil {
			if get := v.Type().Slots.DescrGet; get != nil {
				obj := s.Obj
				if obj == Object(s.ObjType) {
					obj = nil
				}
				return get(ts, v, obj, s.ObjType)
			}
			return v, nil
		}
	}
	return GenericGetAttr(ts, o, name)
}

func init() {
	t := SuperType
	t.Slots.GetAttr = superGetAttr
	t.Slots.New = func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		s := &Super{}
		if cls != SuperType {
			s.ext = NewExtension(cls)
		}
		return s, nil
	}
	t.Slots.Init = func(ts *Thread, o Object, args []Object, kwnames *Tuple) error {
		if err := NoKeywords("super", kwnames); err != nil {
			return err
		}
		if err := CheckPositional("super", len(args), 0, 2); err != nil {
			return err
		}
		var typ *Type
		var obj Object
		switch len(args) {
		case 0:
			if ts == nil || ts.superArgs == nil {
				return Errorf(RuntimeErrorType, "super(): no arguments")
			}
			var err error
			if typ, obj, err = ts.superArgs(ts); err != nil {
				return err
			}
		default:
			var ok bool
			if typ, ok = args[0].(*Type); !ok {
				return Errorf(TypeErrorType, "super() argument 1 must be a type, not %s", args[0].Type().Name)
			}
			if len(args) == 2 && args[1] != None {
				obj = args[1]
			}
		}
		s := o.(*Super)
		s.Class, s.Obj, s.ObjType = typ, obj, nil
		if obj != nil {
			ot, err := superCheck(ts, typ, obj)
			if err != nil {
				return err
			}
			s.ObjType = ot
		}
		return nil
	}
	t.Slots.DescrGet = func(ts *Thread, o, obj, typ Object) (Object, error) {
		s := o.(*Super)
		if obj == nil || s.Obj != nil {
			return s, nil
		}
		if s.Type() != SuperType {
			return Call(ts, s.Type(), []Object{s.Class, obj}, nil)
		}
		return NewSuper(ts, s.Class, obj)
	}
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		s := o.(*Super)
		cls := "NULL"
		if s.Class != nil {
			r, err := typeRepr(ts, s.Class)
			if err != nil {
				return nil, err
			}
			cls = r.value
		}
		if s.ObjType != nil {
			return NewStr("<super: " + cls + ", <" + s.ObjType.Name + " object>>"), nil
		}
		return NewStr("<super: " + cls + ", NULL>"), nil
	}
	t.GetSets = []GetSetDef{
		{Name: "__thisclass__", Get: func(ts *Thread, o Object) (Object, error) { return typeOrNone(o.(*Super).Class), nil }},
		{Name: "__self__", Get: func(ts *Thread, o Object) (Object, error) { return orNone(o.(*Super).Obj), nil }},
		{Name: "__self_class__", Get: func(ts *Thread, o Object) (Object, error) { return typeOrNone(o.(*Super).ObjType), nil }},
	}
}

// orNone returns o, or None for nil.
func orNone(o Object) Object {
	if o == nil {
		return None
	}
	return o
}

// typeOrNone returns t, or None for a nil type.
func typeOrNone(t *Type) Object {
	if t == nil {
		return None
	}
	return t
}
