package objects

// PropertyType is the type of property objects.
var PropertyType = newType("property", ObjectType)

// Property is a data descriptor calling Python functions to get, set and delete an
// attribute.
type Property struct {
	Get, Set, Del, Doc Object // nil for None
	// name is the attribute's name, from __set_name__.
	name Object
	// getterDoc records that Doc came from the getter's docstring.
	getterDoc bool
	dict      *Dict
	ext       *Extension
}

// Type returns PropertyType or the subclass.
func (p *Property) Type() *Type { return p.ext.classOr(PropertyType) }

func (p *Property) dictPtr() **Dict { return &p.dict }

var propertyArgs = ArgParser{FuncName: "property", Params: []string{"fget", "fset", "fdel", "doc"}, MaxPos: 4}

// propertyInit is property.__init__(fget=None, fset=None, fdel=None, doc=None).
func propertyInit(ts *Thread, o Object, args []Object, kwnames *Tuple) error {
	var a [4]Object
	if err := propertyArgs.Parse(args, kwnames, a[:]); err != nil {
		return err
	}
	p := o.(*Property)
	for i := range a {
		if a[i] == None {
			a[i] = nil
		}
	}
	p.Get, p.Set, p.Del, p.Doc = a[0], a[1], a[2], a[3]
	p.getterDoc = false
	doc := p.Doc
	if doc == nil && p.Get != nil {
		d, err := GetAttr(ts, p.Get, NewStr("__doc__"))
		if err != nil && !IsAttributeError(err) {
			return err
		}
		if err == nil && d != None {
			p.getterDoc = true
			doc = d
		}
	}
	if p.Type() == PropertyType {
		p.Doc = doc
		return nil
	}
	// A subclass keeps __doc__ in its instance dict (or a __doc__ slot), where the class's
	// own docstring cannot shadow it, as property_init does.
	if err := SetAttr(ts, p, NewStr("__doc__"), orNone(doc)); err != nil {
		if !p.getterDoc && IsAttributeError(err) {
			return nil // dropped silently, as before Python 3.12
		}
		return err
	}
	return nil
}

// nameForMessage renders the property's name for its AttributeErrors: "property 'x' of",
// or "property of" when it has none.
func (p *Property) nameForMessage(ts *Thread) string {
	if p.name != nil {
		if r, err := Repr(ts, p.name); err == nil {
			return "property " + r.value + " of"
		}
	}
	return "property of"
}

// copyWith is getter/setter/deleter: a copy of the property, of the same class, with one
// function replaced.
func (p *Property) copyWith(ts *Thread, get, set, del Object) (Object, error) {
	doc := p.Doc
	if p.getterDoc && get != nil {
		// _init takes __doc__ from the getter again, as property_copy does.
		doc = nil
	}
	r, err := Call(ts, p.Type(), []Object{orNone(get), orNone(set), orNone(del), orNone(doc)}, nil)
	if err != nil {
		return nil, err
	}
	if np, ok := r.(*Property); ok {
		np.name = p.name
	}
	return r, nil
}

func init() {
	t := PropertyType
	t.Doc = "Property attribute."
	t.Slots.New = func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		p := &Property{}
		if cls != PropertyType {
			p.ext = NewExtension(cls)
		}
		return p, nil
	}
	t.Slots.Init = propertyInit
	t.Slots.DescrGet = func(ts *Thread, o, obj, typ Object) (Object, error) {
		p := o.(*Property)
		if obj == nil {
			return p, nil
		}
		if p.Get == nil {
			return nil, Errorf(AttributeErrorType, "%s '%s' object has no getter", p.nameForMessage(ts), obj.Type().QualName())
		}
		return Call(ts, p.Get, []Object{obj}, nil)
	}
	t.Slots.DescrSet = func(ts *Thread, o, obj, v Object) error {
		p := o.(*Property)
		f, what := p.Set, "setter"
		args := []Object{obj, v}
		if v == nil {
			f, what, args = p.Del, "deleter", []Object{obj}
		}
		if f == nil {
			return Errorf(AttributeErrorType, "%s '%s' object has no %s", p.nameForMessage(ts), obj.Type().QualName(), what)
		}
		_, err := Call(ts, f, args, nil)
		return err
	}
	field := func(get func(*Property) Object) func(*Thread, Object) (Object, error) {
		return func(ts *Thread, o Object) (Object, error) {
			if v := get(o.(*Property)); v != nil {
				return v, nil
			}
			return None, nil
		}
	}
	t.GetSets = []GetSetDef{
		{Name: "fget", Get: field(func(p *Property) Object { return p.Get })},
		{Name: "fset", Get: field(func(p *Property) Object { return p.Set })},
		{Name: "fdel", Get: field(func(p *Property) Object { return p.Del })},
		{Name: "__doc__", Get: field(func(p *Property) Object { return p.Doc }), Set: func(ts *Thread, o, v Object) error {
			if v == None {
				v = nil
			}
			o.(*Property).Doc = v
			return nil
		}},
		{Name: "__name__", Get: func(ts *Thread, o Object) (Object, error) {
			p := o.(*Property)
			if p.name != nil {
				return p.name, nil
			}
			if p.Get != nil {
				return GetAttr(ts, p.Get, NewStr("__name__"))
			}
			return nil, Errorf(AttributeErrorType, "'property' object has no attribute '__name__'")
		}, Set: func(ts *Thread, o, v Object) error {
			o.(*Property).name = v
			return nil
		}},
		{Name: "__isabstractmethod__", Get: func(ts *Thread, o Object) (Object, error) {
			p := o.(*Property)
			for _, f := range []Object{p.Get, p.Set, p.Del} {
				if f == nil {
					continue
				}
				r, err := isAbstract(ts, f)
				if err != nil || r == True {
					return r, err
				}
			}
			return False, nil
		}},
	}
	t.Methods = []MethodDef{
		{Name: "getter", Flags: MethO, Doc: "Descriptor to obtain a copy of the property with a different getter.",
			Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
				p := self.(*Property)
				return p.copyWith(ts, noneToNil(args[0]), p.Set, p.Del)
			}},
		{Name: "setter", Flags: MethO, Doc: "Descriptor to obtain a copy of the property with a different setter.",
			Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
				p := self.(*Property)
				return p.copyWith(ts, p.Get, noneToNil(args[0]), p.Del)
			}},
		{Name: "deleter", Flags: MethO, Doc: "Descriptor to obtain a copy of the property with a different deleter.",
			Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
				p := self.(*Property)
				return p.copyWith(ts, p.Get, p.Set, noneToNil(args[0]))
			}},
		{Name: "__set_name__", Flags: MethFastcall, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := CheckPositional("__set_name__", len(args), 2, 2); err != nil {
				return nil, err
			}
			self.(*Property).name = args[1]
			return None, nil
		}},
	}
}

func noneToNil(o Object) Object {
	if o == None {
		return nil
	}
	return o
}
