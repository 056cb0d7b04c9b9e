package objects

import "testing"

// thing is a built-in type made for the tests, with one method of each calling convention;
// the expected messages are CPython's for str.upper (NOARGS), list.append (O), dict.get
// (FASTCALL), str.split (FASTCALL|KEYWORDS), dict.fromkeys (CLASS) and str.maketrans (STATIC)
// with the names replaced.
type thing struct{}

var thingType = func() *Type {
	t := &Type{Name: "Thing", Base: ObjectType}
	echo := func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		items := append([]Object{self}, args...)
		if self == nil {
			items[0] = None
		}
		return NewTuple(items), nil
	}
	t.Methods = []MethodDef{
		{Name: "upper", Flags: MethNoArgs, Func: echo, Doc: "Return a copy of the string converted to uppercase."},
		{Name: "append", Flags: MethO, Func: echo},
		{Name: "get", Flags: MethFastcall, Func: func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
			if err := CheckPositional("get", len(args), 1, 2); err != nil {
				return nil, err
			}
			return echo(ts, self, args, kwnames)
		}},
		{Name: "split", Flags: MethFastcall | MethKeywords, Func: func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
			var a [2]Object
			if err := splitArgs.Parse(args, kwnames, a[:]); err != nil {
				return nil, err
			}
			return echo(ts, self, []Object{orNone(a[0]), orNone(a[1])}, nil)
		}},
		{Name: "fromkeys", Flags: MethFastcall | MethClass, Func: echo},
		{Name: "maketrans", Flags: MethFastcall | MethStatic, Func: echo},
	}
	t.GetSets = []GetSetDef{
		{Name: "real", Get: func(ts *Thread, o Object) (Object, error) { return NewInt(7), nil }, Doc: "the real part of a complex number"},
	}
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) { return NewStr("<thing>"), nil }
	return t
}()

func (*thing) Type() *Type { return thingType }

func TestBuiltinMethods(t *testing.T) {
	readyBuiltin(thingType)
	ts := testThread(nil)
	x := &thing{}
	call := func(callable Object, args []Object, kwnames *Tuple) func() (Object, error) {
		return func() (Object, error) { return Call(ts, callable, args, kwnames) }
	}
	attr := func(o Object, name string) Object {
		v, err := getattr(ts, o, name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return v
	}
	upper, boundUpper := attr(thingType, "upper"), attr(x, "upper")
	one := NewInt(1)
	check(t, ts, []caseResult{
		{"Thing.upper", func() (Object, error) { return upper, nil }, "<method 'upper' of 'Thing' objects>"},
		{"x.upper", func() (Object, error) { return boundUpper, nil }, "<built-in method upper of Thing object at 0x...>"},
		{"x.upper()", call(boundUpper, nil, nil), "(<thing>,)"},
		{"x.upper(1)", call(boundUpper, []Object{one}, nil), "TypeError: Thing.upper() takes no arguments (1 given)"},
		{"x.upper(x=1)", call(boundUpper, []Object{one}, kw("x")), "TypeError: Thing.upper() takes no keyword arguments"},
		{"Thing.upper()", call(upper, nil, nil), "TypeError: unbound method Thing.upper() needs an argument"},
		{"Thing.upper(1)", call(upper, []Object{one}, nil), "TypeError: descriptor 'upper' for 'Thing' objects doesn't apply to a 'int' object"},
		{"Thing.upper(x, 1)", call(upper, []Object{x, one}, nil), "TypeError: Thing.upper() takes no arguments (1 given)"},
		{"Thing.upper(x)", call(upper, []Object{x}, nil), "(<thing>,)"},
		{"x.append()", call(attr(x, "append"), nil, nil), "TypeError: Thing.append() takes exactly one argument (0 given)"},
		{"x.append(1, 1)", call(attr(x, "append"), []Object{one, one}, nil), "TypeError: Thing.append() takes exactly one argument (2 given)"},
		{"x.append(x=1)", call(attr(x, "append"), []Object{one}, kw("x")), "TypeError: Thing.append() takes no keyword arguments"},
		{"x.append(1)", call(attr(x, "append"), []Object{one}, nil), "(<thing>, 1)"},
		{"x.get()", call(attr(x, "get"), nil, nil), "TypeError: get expected at least 1 argument, got 0"},
		{"x.get(x=1)", call(attr(x, "get"), []Object{one}, kw("x")), "TypeError: Thing.get() takes no keyword arguments"},
		{"x.split(1, 1, 1)", call(attr(x, "split"), []Object{one, one, one}, nil), "TypeError: split() takes at most 2 arguments (3 given)"},
		{"x.split(maxsplit=1)", call(attr(x, "split"), []Object{one}, kw("maxsplit")), "(<thing>, None, 1)"},
		{"Thing.fromkeys", func() (Object, error) { return attr(thingType, "fromkeys"), nil }, "<built-in method fromkeys of type object at 0x...>"},
		{"x.fromkeys(1)", call(attr(x, "fromkeys"), []Object{one}, nil), "(<class 'Thing'>, 1)"},
		{"Thing.__dict__['fromkeys']", func() (Object, error) { return thingType.Dict.GetStr(str("fromkeys")), nil }, "<method 'fromkeys' of 'Thing' objects>"},
		{"Thing.__dict__['fromkeys'].__get__(1)", func() (Object, error) {
			return thingType.Dict.GetStr(str("fromkeys")).Type().Slots.DescrGet(ts, thingType.Dict.GetStr(str("fromkeys")), nil, IntType)
		}, "TypeError: descriptor 'fromkeys' requires a subtype of 'Thing' but received 'int'"},
		{"Thing.maketrans", func() (Object, error) { return attr(thingType, "maketrans"), nil }, "<built-in method maketrans of type object at 0x...>"},
		{"Thing.maketrans.__self__", func() (Object, error) { return getattr(ts, attr(thingType, "maketrans"), "__self__") }, "None"},
		{"type(Thing.__dict__['maketrans'])", func() (Object, error) { return thingType.Dict.GetStr(str("maketrans")).Type(), nil }, "<class 'staticmethod'>"},
		{"Thing.maketrans(1)", call(attr(thingType, "maketrans"), []Object{one}, nil), "(None, 1)"},
		{"Thing.upper.__qualname__", func() (Object, error) { return getattr(ts, upper, "__qualname__") }, "'Thing.upper'"},
		{"x.upper.__qualname__", func() (Object, error) { return getattr(ts, boundUpper, "__qualname__") }, "'Thing.upper'"},
		{"Thing.upper.__name__", func() (Object, error) { return getattr(ts, upper, "__name__") }, "'upper'"},
		{"Thing.upper.__objclass__", func() (Object, error) { return getattr(ts, upper, "__objclass__") }, "<class 'Thing'>"},
		{"Thing.upper.__doc__", func() (Object, error) { return getattr(ts, upper, "__doc__") }, "'Return a copy of the string converted to uppercase.'"},
		{"x.upper.__self__", func() (Object, error) { return getattr(ts, boundUpper, "__self__") }, "<thing>"},
		{"x.upper.__module__", func() (Object, error) { return getattr(ts, boundUpper, "__module__") }, "None"},
		{"x.upper == x.upper", func() (Object, error) { return Compare(ts, boundUpper, attr(x, "upper"), CmpEQ) }, "True"},
		{"Thing.upper.__get__(1)", func() (Object, error) { return upper.Type().Slots.DescrGet(ts, upper, one, nil) }, "TypeError: descriptor 'upper' for 'Thing' objects doesn't apply to a 'int' object"},
		{"Thing.real", func() (Object, error) { return attr(thingType, "real"), nil }, "<attribute 'real' of 'Thing' objects>"},
		{"type(Thing.real)", func() (Object, error) { return attr(thingType, "real").Type(), nil }, "<class 'getset_descriptor'>"},
		{"x.real", func() (Object, error) { return getattr(ts, x, "real") }, "7"},
		{"x.real = 1", func() (Object, error) { return None, SetAttr(ts, x, str("real"), one) }, "AttributeError: attribute 'real' of 'Thing' objects is not writable"},
		{"del x.real", func() (Object, error) { return None, SetAttr(ts, x, str("real"), nil) }, "AttributeError: attribute 'real' of 'Thing' objects is not writable"},
		{"Thing.real.__get__('x')", func() (Object, error) {
			r := attr(thingType, "real")
			return r.Type().Slots.DescrGet(ts, r, str("x"), nil)
		}, "TypeError: descriptor 'real' for 'Thing' objects doesn't apply to a 'str' object"},
		{"Thing.real.__doc__", func() (Object, error) { return getattr(ts, attr(thingType, "real"), "__doc__") }, "'the real part of a complex number'"},
		{"Thing()", call(thingType, nil, nil), "TypeError: cannot create 'Thing' instances"},
	})
}

func TestModuleFunction(t *testing.T) {
	ts := testThread(nil)
	m := NewModule("builtins")
	def := &MethodDef{Name: "len", Flags: MethO, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
		n, err := Len(ts, args[0])
		return NewInt(int64(n)), err
	}}
	f := NewBuiltinFunction(def, m)
	math := NewBuiltinFunction(&MethodDef{Name: "sqrt", Flags: MethO, Func: def.Func}, NewModule("math"))
	check(t, ts, []caseResult{
		{"len", func() (Object, error) { return f, nil }, "<built-in function len>"},
		{"len()", func() (Object, error) { return Call(ts, f, nil, nil) }, "TypeError: len() takes exactly one argument (0 given)"},
		{"len(1, 2)", func() (Object, error) { return Call(ts, f, []Object{None, None}, nil) }, "TypeError: len() takes exactly one argument (2 given)"},
		{"len(x=1)", func() (Object, error) { return Call(ts, f, []Object{None}, kw("x")) }, "TypeError: len() takes no keyword arguments"},
		{"len('ab')", func() (Object, error) { return Call(ts, f, []Object{str("ab")}, nil) }, "2"},
		{"len.__module__", func() (Object, error) { return getattr(ts, f, "__module__") }, "'builtins'"},
		{"len.__qualname__", func() (Object, error) { return getattr(ts, f, "__qualname__") }, "'len'"},
		{"math.sqrt()", func() (Object, error) { return Call(ts, math, nil, nil) }, "TypeError: math.sqrt() takes exactly one argument (0 given)"},
	})
}

func TestSlotWrappers(t *testing.T) {
	ts := testThread(nil)
	add, _ := getattr(ts, IntType, "__add__")
	one, two := NewInt(1), NewInt(2)
	check(t, ts, []caseResult{
		{"int.__add__", func() (Object, error) { return add, nil }, "<slot wrapper '__add__' of 'int' objects>"},
		{"type(int.__add__)", func() (Object, error) { return add.Type(), nil }, "<class 'wrapper_descriptor'>"},
		{"int.__add__(1)", func() (Object, error) { return Call(ts, add, []Object{one}, nil) }, "TypeError: expected 1 argument, got 0"},
		{"int.__add__(1, 2, 3)", func() (Object, error) { return Call(ts, add, []Object{one, two, two}, nil) }, "TypeError: expected 1 argument, got 2"},
		{"int.__add__(1, x=2)", func() (Object, error) { return Call(ts, add, []Object{one, two}, kw("x")) }, "TypeError: wrapper __add__() takes no keyword arguments"},
		{"int.__add__('a', 2)", func() (Object, error) { return Call(ts, add, []Object{str("a"), two}, nil) }, "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'"},
		{"int.__add__(1, 2)", func() (Object, error) { return Call(ts, add, []Object{one, two}, nil) }, "3"},
		{"(1).__add__", func() (Object, error) { return getattr(ts, one, "__add__") }, "<method-wrapper '__add__' of int object at 0x...>"},
		{"(1).__add__('a')", func() (Object, error) { return CallMethod(ts, one, "__add__", str("a")) }, "NotImplemented"},
		{"int.__radd__(1, 2)", func() (Object, error) { return CallMethod(ts, one, "__radd__", two) }, "3"},
		{"int.__add__.__qualname__", func() (Object, error) { return getattr(ts, add, "__qualname__") }, "'int.__add__'"},
		{"object.__new__", func() (Object, error) { return getattr(ts, ObjectType, "__new__") }, "<built-in method __new__ of type object at 0x...>"},
		{"object.__new__()", func() (Object, error) { return callAttr(ts, ObjectType, "__new__") }, "TypeError: object.__new__(): not enough arguments"},
		{"object.__new__(1)", func() (Object, error) { return callAttr(ts, ObjectType, "__new__", one) }, "TypeError: object.__new__(X): X is not a type object (int)"},
		{"object.__new__(int)", func() (Object, error) { return callAttr(ts, ObjectType, "__new__", IntType) }, "TypeError: object.__new__(int) is not safe, use int.__new__()"},
		{"object.__init__", func() (Object, error) { return getattr(ts, ObjectType, "__init__") }, "<slot wrapper '__init__' of 'object' objects>"},
		{"object.__eq__(1, 1)", func() (Object, error) { return callAttr(ts, ObjectType, "__eq__", one, one) }, "True"},
		{"object.__ne__", func() (Object, error) { return getattr(ts, ObjectType, "__ne__") }, "<slot wrapper '__ne__' of 'object' objects>"},
		{"list.__hash__", func() (Object, error) { return getattr(ts, ListType, "__hash__") }, "None"},
		{"object.__setattr__(1, 'x', 2)", func() (Object, error) {
			f, _ := getattr(ts, ObjectType, "__setattr__")
			return Call(ts, f, []Object{one, str("x"), two}, nil)
		}, "AttributeError: 'int' object has no attribute 'x' and no __dict__ for setting new attributes"},
		{"object.__setattr__(1)", func() (Object, error) {
			f, _ := getattr(ts, ObjectType, "__setattr__")
			return Call(ts, f, []Object{one}, nil)
		}, "TypeError:  expected 2 arguments, got 0"},
		{"object.__getattribute__(1, 2)", func() (Object, error) {
			f, _ := getattr(ts, ObjectType, "__getattribute__")
			return Call(ts, f, []Object{one, two}, nil)
		}, "TypeError: attribute name must be string, not 'int'"},
		{"object.__init_subclass__", func() (Object, error) { return getattr(ts, ObjectType, "__init_subclass__") }, "<built-in method __init_subclass__ of type object at 0x...>"},
	})
}

func TestReadyType(t *testing.T) {
	ts := testThread(nil)
	wrapper := ReadyType(&Type{Name: "_io.Wrapper", Methods: []MethodDef{
		{Name: "fileno", Flags: MethNoArgs, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) { return NewInt(3), nil }},
	}})
	sub := ReadyType(&Type{Name: "_io.SubWrapper", Base: wrapper})
	check(t, ts, []caseResult{
		{"_io.Wrapper", func() (Object, error) { return wrapper, nil }, "<class '_io.Wrapper'>"},
		{"__module__", func() (Object, error) { return getattr(ts, wrapper, "__module__") }, "'_io'"},
		{"__name__", func() (Object, error) { return getattr(ts, wrapper, "__name__") }, "'Wrapper'"},
		{"SubWrapper.fileno", func() (Object, error) { return getattr(ts, sub, "fileno") }, "<method 'fileno' of '_io.Wrapper' objects>"},
		{"SubWrapper.__mro__", func() (Object, error) { return getattr(ts, sub, "__mro__") }, "(<class '_io.SubWrapper'>, <class '_io.Wrapper'>, <class 'object'>)"},
		{"Wrapper()", func() (Object, error) { return Call(ts, wrapper, nil, nil) }, "TypeError: cannot create '_io.Wrapper' instances"},
	})
}
