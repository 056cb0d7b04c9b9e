package objects

import "testing"

func TestFunctionObjects(t *testing.T) {
	ts := testThread(map[string]goBody{
		"f": func(ts *Thread, args []Object, kwnames *Tuple) (Object, error) { return NewTuple(args), nil },
	})
	f := pyFunc("f", "")
	C := class(t, ts, "C", nil, "m", f)
	c, _ := Call(ts, C, nil, nil)
	set := func(o Object, name string, v Object) func() (Object, error) {
		return func() (Object, error) { return None, SetAttr(ts, o, str(name), v) }
	}
	one := NewInt(1)
	check(t, ts, []caseResult{
		{"f", func() (Object, error) { return f, nil }, "<function f at 0x...>"},
		{"f(1)", func() (Object, error) { return Call(ts, f, []Object{one}, nil) }, "(1,)"},
		{"f.__get__(1)", func() (Object, error) { return callAttr(ts, f, "__get__", one) }, "<bound method f of 1>"},
		{"f.__get__(None, int)", func() (Object, error) { return callAttr(ts, f, "__get__", None, IntType) }, "<function f at 0x...>"},
		{"c.m", func() (Object, error) { return getattr(ts, c, "m") }, "<bound method f of <__main__.C object at 0x...>>"},
		{"c.m(1)", func() (Object, error) { return callAttr(ts, c, "m", one) }, "(<__main__.C object at 0x...>, 1)"},
		{"c.m.__self__ is c", func() (Object, error) {
			m, _ := getattr(ts, c, "m")
			s, _ := getattr(ts, m, "__self__")
			return NewBool(s == c), nil
		}, "True"},
		{"c.m.__func__", func() (Object, error) { m, _ := getattr(ts, c, "m"); return getattr(ts, m, "__func__") }, "<function f at 0x...>"},
		{"c.m == c.m", func() (Object, error) {
			m1, _ := getattr(ts, c, "m")
			m2, _ := getattr(ts, c, "m")
			return Compare(ts, m1, m2, CmpEQ)
		}, "True"},
		{"c.m.__name__", func() (Object, error) { m, _ := getattr(ts, c, "m"); return getattr(ts, m, "__name__") }, "'f'"},
		{"C.m", func() (Object, error) { return getattr(ts, C, "m") }, "<function f at 0x...>"},
		{"f.__code__ = 1", set(f, "__code__", one), "TypeError: __code__ must be set to a code object"},
		{"f.__defaults__ = 1", set(f, "__defaults__", one), "TypeError: __defaults__ must be set to a tuple object"},
		{"f.__kwdefaults__ = 1", set(f, "__kwdefaults__", one), "TypeError: __kwdefaults__ must be set to a dict object"},
		{"f.__name__ = 1", set(f, "__name__", one), "TypeError: __name__ must be set to a string object"},
		{"f.__qualname__ = 1", set(f, "__qualname__", one), "TypeError: __qualname__ must be set to a string object"},
		{"f.__globals__ = 1", set(f, "__globals__", one), "AttributeError: readonly attribute"},
		{"f.__closure__ = 1", set(f, "__closure__", one), "AttributeError: readonly attribute"},
		{"f.__annotations__ = 1", set(f, "__annotations__", one), "TypeError: __annotations__ must be set to a dict object"},
		{"del f.__name__", set(f, "__name__", nil), "TypeError: __name__ must be set to a string object"},
		{"del f.__defaults__", set(f, "__defaults__", nil), "None"},
		{"f.__defaults__", func() (Object, error) { return getattr(ts, f, "__defaults__") }, "None"},
		{"f.__kwdefaults__", func() (Object, error) { return getattr(ts, f, "__kwdefaults__") }, "None"},
		{"f.__annotations__", func() (Object, error) { return getattr(ts, f, "__annotations__") }, "{}"},
		{"f.__type_params__", func() (Object, error) { return getattr(ts, f, "__type_params__") }, "()"},
		{"f.__dict__", func() (Object, error) { return getattr(ts, f, "__dict__") }, "{}"},
		{"f.__module__", func() (Object, error) { return getattr(ts, f, "__module__") }, "'__main__'"},
		{"f.__doc__", func() (Object, error) { return getattr(ts, f, "__doc__") }, "None"},
		{"f.attr = 1; f.attr", func() (Object, error) {
			if err := SetAttr(ts, f, str("attr"), one); err != nil {
				return nil, err
			}
			return getattr(ts, f, "attr")
		}, "1"},
		{"classmethod(f)", func() (Object, error) { return Call(ts, ClassMethodType, []Object{f}, nil) }, "<classmethod(<function f at 0x...>)>"},
		{"staticmethod(f)", func() (Object, error) { return Call(ts, StaticMethodType, []Object{f}, nil) }, "<staticmethod(<function f at 0x...>)>"},
		{"classmethod(f).__get__(1)", func() (Object, error) {
			cm, _ := Call(ts, ClassMethodType, []Object{f}, nil)
			return callAttr(ts, cm, "__get__", one)
		}, "<bound method f of <class 'int'>>"},
		{"classmethod(f).__wrapped__", func() (Object, error) {
			cm, _ := Call(ts, ClassMethodType, []Object{f}, nil)
			return getattr(ts, cm, "__wrapped__")
		}, "<function f at 0x...>"},
		{"c.__init__", func() (Object, error) { return getattr(ts, c, "__init__") }, "<method-wrapper '__init__' of C object at 0x...>"},
		{"C.__init__", func() (Object, error) { return getattr(ts, C, "__init__") }, "<slot wrapper '__init__' of 'object' objects>"},
	})
	v := f.Version()
	if f.Version() != v {
		t.Error("the version changed without a change")
	}
	SetAttr(ts, f, str("__defaults__"), NewTuple([]Object{one}))
	if f.Version() == v {
		t.Error("setting __defaults__ kept the function's version")
	}
	if _, err := Call(nil, f, nil, nil); err == nil {
		t.Error("calling a function without an interpreter did not fail")
	}
}

func TestPropertyAndSuper(t *testing.T) {
	ts := testThread(map[string]goBody{
		"y": returns(NewInt(1)),
		"z": returns(NewInt(2)),
		"base": func(ts *Thread, args []Object, _ *Tuple) (Object, error) {
			return NewTuple(append([]Object{str("base")}, args...)), nil
		},
		"clsm":  func(ts *Thread, args []Object, _ *Tuple) (Object, error) { return args[0], nil },
		"zdocf": returns(NewInt(2)),
	})
	zget := pyFunc("z", "")
	zget.Doc = str("zdoc")
	prop := func(args ...Object) Object {
		p, err := Call(ts, PropertyType, args, nil)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	C := class(t, ts, "C", nil, "x", prop(), "y", prop(pyFunc("y", "")), "z", prop(zget),
		"f", pyFunc("base", "C.f"), "cm", NewClassMethod(pyFunc("clsm", "")))
	D := class(t, ts, "D", []Object{C})
	c, _ := Call(ts, C, nil, nil)
	d, _ := Call(ts, D, nil, nil)
	check(t, ts, []caseResult{
		{"c.x", func() (Object, error) { return getattr(ts, c, "x") }, "AttributeError: property 'x' of 'C' object has no getter"},
		{"c.y", func() (Object, error) { return getattr(ts, c, "y") }, "1"},
		{"c.y = 1", func() (Object, error) { return None, SetAttr(ts, c, str("y"), NewInt(1)) }, "AttributeError: property 'y' of 'C' object has no setter"},
		{"del c.y", func() (Object, error) { return None, SetAttr(ts, c, str("y"), nil) }, "AttributeError: property 'y' of 'C' object has no deleter"},
		{"C.z.__doc__", func() (Object, error) { z, _ := getattr(ts, C, "z"); return getattr(ts, z, "__doc__") }, "'zdoc'"},
		{"C.x.__name__", func() (Object, error) { x, _ := getattr(ts, C, "x"); return getattr(ts, x, "__name__") }, "'x'"},
		{"property().__get__(c)", func() (Object, error) { return callAttr(ts, prop(), "__get__", c) }, "AttributeError: property of 'C' object has no getter"},
		{"C.z", func() (Object, error) { return getattr(ts, C, "z") }, "<property object at 0x...>"},
		{"c.z", func() (Object, error) { return getattr(ts, c, "z") }, "2"},
		{"c.__dict__['y'] = 5; c.y", func() (Object, error) {
			dict, _ := getattr(ts, c, "__dict__")
			dict.(*Dict).SetItem(ts, str("y"), NewInt(5))
			dict.(*Dict).SetItem(ts, str("f"), NewInt(6))
			return getattr(ts, c, "y")
		}, "1"},
		{"c.f (instance dict beats a non-data descriptor)", func() (Object, error) { return getattr(ts, c, "f") }, "6"},
		{"super(D, d).f()", func() (Object, error) {
			s, err := Call(ts, SuperType, []Object{D, d}, nil)
			if err != nil {
				return nil, err
			}
			return callAttr(ts, s, "f", NewInt(1))
		}, "('base', <__main__.D object at 0x...>, 1)"},
		{"super(D, d)", func() (Object, error) { return Call(ts, SuperType, []Object{D, d}, nil) }, "<super: <class '__main__.D'>, <D object>>"},
		{"super(int, 1)", func() (Object, error) { return Call(ts, SuperType, []Object{IntType, NewInt(1)}, nil) }, "<super: <class 'int'>, <int object>>"},
		{"super(int, 'a')", func() (Object, error) { return Call(ts, SuperType, []Object{IntType, str("a")}, nil) }, "TypeError: super(type, obj): obj (instance of str) is not an instance or subtype of type (int)."},
		{"super(C)", func() (Object, error) { return Call(ts, SuperType, []Object{C}, nil) }, "<super: <class '__main__.C'>, NULL>"},
		{"super(1, 2)", func() (Object, error) { return Call(ts, SuperType, []Object{NewInt(1), NewInt(2)}, nil) }, "TypeError: super() argument 1 must be a type, not int"},
		{"super(int).x", func() (Object, error) {
			s, _ := Call(ts, SuperType, []Object{IntType}, nil)
			return getattr(ts, s, "x")
		}, "AttributeError: 'super' object has no attribute 'x'"},
		{"super()", func() (Object, error) { return Call(ts, SuperType, nil, nil) }, "RuntimeError: super(): no arguments"},
		{"super(D, D).cm()", func() (Object, error) { return SuperGetAttr(ts, D, D, str("cm")) }, "<bound method clsm of <class '__main__.D'>>"},
		{"SuperLookupMethod(D, d, 'f')", func() (Object, error) {
			attr, self, err := SuperLookupMethod(ts, D, d, str("f"))
			return NewTuple([]Object{attr, NewBool(self == d)}), err
		}, "(<function C.f at 0x...>, True)"},
	})
}

func TestSubclassesOfDescriptors(t *testing.T) {
	ts := testThread(map[string]goBody{"get": returns(NewInt(7))})
	P := class(t, ts, "P", []Object{PropertyType}, "__slots__", NewTuple([]Object{str("extra")}))
	p, err := Call(ts, P, []Object{pyFunc("get", "")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	C := class(t, ts, "C", nil, "x", p)
	c, _ := Call(ts, C, nil, nil)
	check(t, ts, []caseResult{
		{"c.x through a property subclass", func() (Object, error) { return getattr(ts, c, "x") }, "7"},
		{"p.extra = 1; p.extra", func() (Object, error) {
			if err := SetAttr(ts, p, str("extra"), NewInt(1)); err != nil {
				return nil, err
			}
			return getattr(ts, p, "extra")
		}, "1"},
		{"type(p)", func() (Object, error) { return p.Type(), nil }, "<class '__main__.P'>"},
	})
}
