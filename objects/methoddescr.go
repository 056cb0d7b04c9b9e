package objects

// The descriptors that a built-in type's methods become in its __dict__.

// MethodDescriptorType is the type of a built-in type's methods looked up on the type
// (str.upper): method_descriptor.
var MethodDescriptorType = newType("method_descriptor", ObjectType)

// ClassMethodDescriptorType is the type of a built-in type's class methods in its __dict__
// (dict.__dict__['fromkeys']): classmethod_descriptor.
var ClassMethodDescriptorType = newType("classmethod_descriptor", ObjectType)

// MethodDescriptor is a built-in method as stored in its type's __dict__. Calling it takes
// the instance as the first argument; getting it from an instance binds it into a
// BuiltinFunction.
type MethodDescriptor struct {
	Def   *MethodDef
	Owner *Type
}

// Type returns MethodDescriptorType.
func (*MethodDescriptor) Type() *Type { return MethodDescriptorType }

// NewMethodDescriptor returns the descriptor of method def of type owner.
func NewMethodDescriptor(owner *Type, def *MethodDef) *MethodDescriptor {
	return &MethodDescriptor{Def: def, Owner: owner}
}

func (d *MethodDescriptor) qualname() string { return d.Owner.QualName() + "." + d.Def.Name }

// CallBound calls the method with self as its instance, as a specialized call does
// after a method load; self must be an instance of the owner.
func (d *MethodDescriptor) CallBound(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	return d.Def.call(ts, d, self, args, kwnames)
}

// descrCheck is CPython's descr_check: obj must be an instance of the descriptor's type.
func descrCheck(name string, owner *Type, obj Object) error {
	if obj.Type().IsSubtype(owner) {
		return nil
	}
	return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
		name, owner.Name, obj.Type().Name)
}

// ClassMethodDescriptor is a built-in class method as stored in its type's __dict__; getting
// it binds it to the class.
type ClassMethodDescriptor struct {
	Def   *MethodDef
	Owner *Type
}

// Type returns ClassMethodDescriptorType.
func (*ClassMethodDescriptor) Type() *Type { return ClassMethodDescriptorType }

// bind is classmethod_get: the method bound to typ (or obj's type).
func (d *ClassMethodDescriptor) bind(obj, typ Object) (Object, error) {
	if typ == nil {
		typ = obj.Type()
	}
	t, ok := typ.(*Type)
	if !ok {
		return nil, Errorf(TypeErrorType, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
			d.Def.Name, d.Owner.Name, typ.Type().Name)
	}
	if !t.IsSubtype(d.Owner) {
		return nil, Errorf(TypeErrorType, "descriptor '%s' requires a subtype of '%s' but received '%s'",
			d.Def.Name, d.Owner.Name, t.Name)
	}
	return &BuiltinFunction{Def: d.Def, Self: t}, nil
}

func init() {
	MethodDescriptorType.Flags |= TypeFinal
	MethodDescriptorType.Slots.Call = func(ts *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		d := o.(*MethodDescriptor)
		if len(args)-kwnames.Len() < 1 {
			return nil, Errorf(TypeErrorType, "unbound method %s needs an argument", FunctionStr(ts, d))
		}
		if err := descrCheck(d.Def.Name, d.Owner, args[0]); err != nil {
			return nil, err
		}
		return d.Def.call(ts, d, args[0], args[1:], kwnames)
	}
	MethodDescriptorType.Slots.DescrGet = func(ts *Thread, o, obj, typ Object) (Object, error) {
		d := o.(*MethodDescriptor)
		if obj == nil {
			return d, nil
		}
		if err := descrCheck(d.Def.Name, d.Owner, obj); err != nil {
			return nil, err
		}
		return &BuiltinFunction{Def: d.Def, Self: obj}, nil
	}
	MethodDescriptorType.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		d := o.(*MethodDescriptor)
		return NewStr("<method '" + d.Def.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	}
	MethodDescriptorType.GetSets = append(descriptorGetSets(
		func(o Object) (string, *Type, string) {
			d := o.(*MethodDescriptor)
			return d.Def.Name, d.Owner, d.Def.Doc
		}), GetSetDef{Name: "__text_signature__", Get: func(ts *Thread, o Object) (Object, error) {
		d := o.(*MethodDescriptor)
		return textSignature(d.Def.Name, d.Def.Doc), nil
	}})

	ClassMethodDescriptorType.Flags |= TypeFinal
	ClassMethodDescriptorType.Slots.Call = func(ts *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		d := o.(*ClassMethodDescriptor)
		if len(args)-kwnames.Len() < 1 {
			return nil, Errorf(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", d.Def.Name, d.Owner.Name)
		}
		bound, err := d.bind(nil, args[0])
		if err != nil {
			return nil, err
		}
		return Call(ts, bound, args[1:], kwnames)
	}
	ClassMethodDescriptorType.Slots.DescrGet = func(ts *Thread, o, obj, typ Object) (Object, error) {
		return o.(*ClassMethodDescriptor).bind(obj, typ)
	}
	ClassMethodDescriptorType.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		d := o.(*ClassMethodDescriptor)
		return NewStr("<method '" + d.Def.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	}
	ClassMethodDescriptorType.GetSets = append(descriptorGetSets(
		func(o Object) (string, *Type, string) {
			d := o.(*ClassMethodDescriptor)
			return d.Def.Name, d.Owner, d.Def.Doc
		}), GetSetDef{Name: "__text_signature__", Get: func(ts *Thread, o Object) (Object, error) {
		d := o.(*ClassMethodDescriptor)
		return textSignature(d.Def.Name, d.Def.Doc), nil
	}})
}

// descriptorGetSets are the attributes every descriptor of a built-in type has: __name__,
// __qualname__, __objclass__ and __doc__. parts returns a descriptor's name, type and doc.
func descriptorGetSets(parts func(Object) (string, *Type, string)) []GetSetDef {
	return []GetSetDef{
		{Name: "__name__", Get: func(ts *Thread, o Object) (Object, error) {
			name, _, _ := parts(o)
			return NewStr(name), nil
		}},
		{Name: "__qualname__", Get: func(ts *Thread, o Object) (Object, error) {
			name, owner, _ := parts(o)
			return NewStr(owner.QualName() + "." + name), nil
		}},
		{Name: "__objclass__", Get: func(ts *Thread, o Object) (Object, error) {
			_, owner, _ := parts(o)
			return owner, nil
		}},
		{Name: "__doc__", Get: func(ts *Thread, o Object) (Object, error) {
			name, _, doc := parts(o)
			return docText(name, doc), nil
		}},
	}
}
