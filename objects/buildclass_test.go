package objects

import "testing"

// runBody is a ClassBodyRunner for the tests: the "body" stores x = 1 in the namespace and,
// for a body named "withcell", returns a __class__ cell after handing it over as
// __classcell__, as the compiler's code does.
func runBody(ts *Thread, body *Function, ns Object) (Object, error) {
	if err := SetItem(ts, ns, str("x"), NewInt(1)); err != nil {
		return nil, err
	}
	switch body.Code.Name {
	case "withcell":
		c := NewCell(nil)
		return c, SetItem(ts, ns, str("__classcell__"), c)
	case "dropcell":
		return NewCell(nil), nil
	}
	return None, nil
}

func TestBuildClass(t *testing.T) {
	ts := testThread(map[string]goBody{
		"prepare1": returns(NewInt(1)),
		"entries": func(ts *Thread, args []Object, _ *Tuple) (Object, error) {
			return NewTuple([]Object{IntType}), nil
		},
		"entries1":  returns(NewInt(1)),
		"classitem": func(ts *Thread, args []Object, _ *Tuple) (Object, error) { return NewTuple(args), nil },
		"icheck":    returns(True),
	})
	build := func(args []Object, kwnames *Tuple) (Object, error) { return BuildClass(ts, args, kwnames, runBody) }
	body := pyFunc("body", "")
	M := class(t, ts, "M", []Object{TypeType}, "__prepare__", pyFunc("prepare1", ""))
	E := class(t, ts, "E", nil, "__mro_entries__", pyFunc("entries", ""))
	E1 := class(t, ts, "E1", nil, "__mro_entries__", pyFunc("entries1", ""))
	e, _ := Call(ts, E, nil, nil)
	e1, _ := Call(ts, E1, nil, nil)
	check(t, ts, []caseResult{
		{"__build_class__(1, 'x')", func() (Object, error) { return build([]Object{NewInt(1), str("x")}, nil) }, "TypeError: __build_class__: func must be a function"},
		{"__build_class__(f, 1)", func() (Object, error) { return build([]Object{body, NewInt(1)}, nil) }, "TypeError: __build_class__: name is not a string"},
		{"__build_class__(f)", func() (Object, error) { return build([]Object{body}, nil) }, "TypeError: __build_class__: not enough arguments"},
		{"__build_class__(f, 'x', metaclass=M)", func() (Object, error) { return build([]Object{body, str("x"), M}, kw("metaclass")) }, "TypeError: M.__prepare__() must return a mapping, not int"},
		{"class x(E()): ...", func() (Object, error) {
			c, err := build([]Object{body, str("x"), e}, nil)
			if err != nil {
				return nil, err
			}
			b, _ := getattr(ts, c, "__bases__")
			o, _ := getattr(ts, c, "__orig_bases__")
			x, _ := getattr(ts, c, "x")
			return NewTuple([]Object{c, b, NewBool(o.(*Tuple).items[0] == e), x}), nil
		}, "(<class 'x'>, (<class 'int'>,), True, 1)"},
		{"class x(E1()): ...", func() (Object, error) { return build([]Object{body, str("x"), e1}, nil) }, "TypeError: __mro_entries__ must return a tuple"},
		{"type('x', (E(),), {})", func() (Object, error) {
			return Call(ts, TypeType, []Object{str("x"), NewTuple([]Object{e}), NewDict()}, nil)
		}, "TypeError: type() doesn't support MRO entry resolution; use types.new_class()"},
		{"type('x', (), {'__classcell__': 1})", func() (Object, error) {
			d := NewDict()
			d.SetStr(str("__classcell__"), NewInt(1))
			return Call(ts, TypeType, []Object{str("x"), EmptyTuple, d}, nil)
		}, "TypeError: __classcell__ must be a nonlocal cell, not <class 'int'>"},
		{"class with __class__ cell", func() (Object, error) {
			c, err := build([]Object{pyFunc("withcell", ""), str("W")}, nil)
			if err != nil {
				return nil, err
			}
			_, has := c.(*Type).Dict.GetItem(ts, str("__classcell__"))
			return NewTuple([]Object{c, NewBool(has == nil && c.(*Type).Dict.GetStr(str("__classcell__")) == nil)}), nil
		}, "(<class 'W'>, True)"},
		{"class whose metaclass drops __classcell__", func() (Object, error) { return build([]Object{pyFunc("dropcell", ""), str("D")}, nil) }, "RuntimeError: __class__ not set defining 'D' as <class 'D'>. Was __classcell__ propagated to type.__new__?"},
		{"int[0]", func() (Object, error) { return GetItem(ts, IntType, NewInt(0)) }, "TypeError: type 'int' is not subscriptable"},
		{"G[int]", func() (Object, error) {
			G := class(t, ts, "G", nil, "__class_getitem__", pyFunc("classitem", ""))
			return GetItem(ts, G, IntType)
		}, "(<class '__main__.G'>, <class 'int'>)"},
	})
}

func TestIsInstance(t *testing.T) {
	ts := testThread(map[string]goBody{"icheck": returns(True)})
	Meta := class(t, ts, "Meta", []Object{TypeType}, "__instancecheck__", pyFunc("icheck", ""), "__subclasscheck__", pyFunc("icheck", ""))
	Anything, err := makeClass(ts, Meta, "Anything", nil)
	if err != nil {
		t.Fatal(err)
	}
	one := NewInt(1)
	isinst := func(o, c Object) func() (Object, error) {
		return func() (Object, error) { r, err := IsInstance(ts, o, c); return NewBool(r), err }
	}
	issub := func(o, c Object) func() (Object, error) {
		return func() (Object, error) { r, err := IsSubclass(ts, o, c); return NewBool(r), err }
	}
	check(t, ts, []caseResult{
		{"isinstance(1, 1)", isinst(one, one), "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"},
		{"issubclass(1, int)", issub(one, IntType), "TypeError: issubclass() arg 1 must be a class"},
		{"issubclass(int, 1)", issub(IntType, one), "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union"},
		{"isinstance(1, (str, (int,)))", isinst(one, NewTuple([]Object{StrType, NewTuple([]Object{IntType})})), "True"},
		{"isinstance(True, int)", isinst(True, IntType), "True"},
		{"isinstance(1, bool)", isinst(one, BoolType), "False"},
		{"isinstance('x', Anything)", isinst(str("x"), Anything), "True"},
		{"issubclass(str, Anything)", issub(StrType, Anything), "True"},
		{"issubclass(bool, (str, int))", issub(BoolType, NewTuple([]Object{StrType, IntType})), "True"},
	})
}
