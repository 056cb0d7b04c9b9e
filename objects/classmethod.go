package objects

// classmethod and staticmethod: descriptors that bind a callable to the class, or not at all.

// ClassMethodType and StaticMethodType are the types of classmethod and staticmethod objects.
var (
	ClassMethodType  = newType("classmethod", ObjectType)
	StaticMethodType = newType("staticmethod", ObjectType)
)

// ClassMethod wraps a callable so that getting it from a class or an instance binds it to
// the class.
type ClassMethod struct {
	Callable Object
	// dict is the wrapper's __dict__, where __wrapped__, __doc__ and the rest are copied.
	dict *Dict
	ext  *Extension
}

// Type returns ClassMethodType or the subclass.
func (c *ClassMethod) Type() *Type { return c.ext.classOr(ClassMethodType) }

func (c *ClassMethod) dictPtr() **Dict  { return &c.dict }
func (s *StaticMethod) dictPtr() **Dict { return &s.dict }

// NewClassMethod returns classmethod(f).
func NewClassMethod(f Object) *ClassMethod { return &ClassMethod{Callable: f} }

// StaticMethod wraps a callable so that getting it returns the callable unbound.
type StaticMethod struct {
	Callable Object
	dict     *Dict
	ext      *Extension
}

// Type returns StaticMethodType or the subclass.
func (s *StaticMethod) Type() *Type { return s.ext.classOr(StaticMethodType) }

// NewStaticMethod returns staticmethod(f).
func NewStaticMethod(f Object) *StaticMethod { return &StaticMethod{Callable: f} }

// wrapperAttrs copies __module__, __name__, __qualname__, __doc__ and __wrapped__ of the
// wrapped callable into the wrapper's dict, as functools.update_wrapper (and CPython's
// functools_wraps for classmethod and staticmethod) do.
func wrapperAttrs(ts *Thread, f Object) (*Dict, error) {
	d := NewDict()
	for _, name := range [...]string{"__module__", "__name__", "__qualname__", "__doc__"} {
		k := NewStr(name)
		v, err := GetAttr(ts, f, k)
		if err != nil {
			if IsAttributeError(err) {
				continue
			}
			return nil, err
		}
		d.SetStr(k, v)
	}
	d.SetStr(NewStr("__wrapped__"), f)
	return d, nil
}

// IsAttributeError reports whether err is an AttributeError.
func IsAttributeError(err error) bool {
	e, ok := err.(*BaseException)
	return ok && e.Type().IsSubtype(AttributeErrorType)
}

// initWrapper is classmethod.__init__ and staticmethod.__init__ (cm_init, sm_init): it takes
// the callable and copies its attributes (functools.wraps' __name__, __doc__, ...) into the
// wrapper's dict.
func initWrapper(ts *Thread, name string, args []Object, kwnames *Tuple, callable *Object, dict **Dict) error {
	if err := NoKeywords(name, kwnames); err != nil {
		return err
	}
	if err := CheckPositional(name, len(args), 1, 1); err != nil {
		return err
	}
	d, err := wrapperAttrs(ts, args[0])
	if err != nil {
		return err
	}
	*callable = args[0]
	if *dict == nil {
		*dict = d
	} else if d != nil {
		return (*dict).Merge(ts, d)
	}
	return nil
}

func init() {
	cm := ClassMethodType
	// As in CPython, __new__ makes an empty object and __init__ sets the callable, so that
	// a subclass's __init__ can call super().__init__(callable).
	cm.Slots.New = func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		c := &ClassMethod{}
		if cls != ClassMethodType {
			c.ext = NewExtension(cls)
		}
		return c, nil
	}
	cm.Slots.Init = func(ts *Thread, o Object, args []Object, kwnames *Tuple) error {
		c := o.(*ClassMethod)
		return initWrapper(ts, "classmethod", args, kwnames, &c.Callable, &c.dict)
	}
	cm.Slots.DescrGet = func(ts *Thread, o, obj, typ Object) (Object, error) {
		c := o.(*ClassMethod)
		if c.Callable == nil {
			return nil, Errorf(RuntimeErrorType, "uninitialized classmethod object")
		}
		if typ == nil {
			typ = obj.Type()
		}
		return NewMethod(c.Callable, typ), nil
	}
	cm.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		c := o.(*ClassMethod).Callable
		if c == nil {
			return NewStr("<classmethod(<NULL>)>"), nil
		}
		r, err := Repr(ts, c)
		if err != nil {
			return nil, err
		}
		return NewStr("<classmethod(" + r.value + ")>"), nil
	}
	cm.GetSets = wrapperGetSets(func(o Object) (Object, **Dict) {
		c := o.(*ClassMethod)
		return c.Callable, &c.dict
	})

	sm := StaticMethodType
	sm.Slots.New = func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		s := &StaticMethod{}
		if cls != StaticMethodType {
			s.ext = NewExtension(cls)
		}
		return s, nil
	}
	sm.Slots.Init = func(ts *Thread, o Object, args []Object, kwnames *Tuple) error {
		s := o.(*StaticMethod)
		return initWrapper(ts, "staticmethod", args, kwnames, &s.Callable, &s.dict)
	}
	sm.Slots.DescrGet = func(ts *Thread, o, obj, typ Object) (Object, error) {
		if s := o.(*StaticMethod); s.Callable != nil {
			return s.Callable, nil
		}
		return nil, Errorf(RuntimeErrorType, "uninitialized staticmethod object")
	}
	sm.Slots.Call = func(ts *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		s := o.(*StaticMethod)
		if s.Callable == nil {
			return nil, Errorf(RuntimeErrorType, "uninitialized staticmethod object")
		}
		return Call(ts, s.Callable, args, kwnames)
	}
	sm.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		c := o.(*StaticMethod).Callable
		if c == nil {
			return NewStr("<staticmethod(<NULL>)>"), nil
		}
		r, err := Repr(ts, c)
		if err != nil {
			return nil, err
		}
		return NewStr("<staticmethod(" + r.value + ")>"), nil
	}
	sm.GetSets = wrapperGetSets(func(o Object) (Object, **Dict) {
		s := o.(*StaticMethod)
		return s.Callable, &s.dict
	})
}

// wrapperGetSets are the attributes of classmethod and staticmethod: __func__, __wrapped__
// through the dict, __isabstractmethod__ and __dict__.
func wrapperGetSets(parts func(Object) (Object, **Dict)) []GetSetDef {
	return []GetSetDef{
		{Name: "__func__", Get: func(ts *Thread, o Object) (Object, error) {
			f, _ := parts(o)
			if f == nil {
				return nil, Errorf(AttributeErrorType, "'%s' object has no attribute '__func__'", o.Type().Name)
			}
			return f, nil
		}},
		{Name: "__isabstractmethod__", Get: func(ts *Thread, o Object) (Object, error) {
			f, _ := parts(o)
			if f == nil {
				return False, nil
			}
			return isAbstract(ts, f)
		}},
		{Name: "__dict__", Get: func(ts *Thread, o Object) (Object, error) {
			_, d := parts(o)
			if *d == nil {
				*d = NewDict()
			}
			return *d, nil
		}, Set: func(ts *Thread, o, v Object) error {
			_, d := parts(o)
			nd, ok := v.(*Dict)
			if !ok {
				return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", v.Type().Name)
			}
			*d = nd
			return nil
		}},
	}
}

// isAbstract returns f.__isabstractmethod__ as a bool, False when f has none.
func isAbstract(ts *Thread, f Object) (Object, error) {
	v, err := GetAttr(ts, f, NewStr("__isabstractmethod__"))
	if err != nil {
		if IsAttributeError(err) {
			return False, nil
		}
		return nil, err
	}
	b, err := IsTrue(ts, v)
	return NewBool(b), err
}
