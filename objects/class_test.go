package objects

import (
	"runtime"
	"strings"
	"sync"
	"testing"
)

func TestTypeNewErrors(t *testing.T) {
	ts := testThread(nil)
	typeNewCall := func(args ...Object) func() (Object, error) {
		return func() (Object, error) {
			return callAttr(ts, TypeType, "__new__", append([]Object{TypeType}, args...)...)
		}
	}
	typeCallArgs := func(args ...Object) func() (Object, error) {
		return func() (Object, error) { return Call(ts, TypeType, args, nil) }
	}
	ns := func(kv ...Object) *Dict {
		d, _ := NewDictFromPairs(ts, kv)
		return d
	}
	empty := EmptyTuple
	x := str("x")
	check(t, ts, []caseResult{
		{"type.__new__(type, 'x', ())", typeNewCall(x, empty), "TypeError: type.__new__() takes exactly 3 arguments (2 given)"},
		{"type.__new__(type, 1, (), {})", typeNewCall(NewInt(1), empty, NewDict()), "TypeError: type.__new__() argument 1 must be str, not int"},
		{"type.__new__(type, 'x', [], {})", typeNewCall(x, NewList(nil), NewDict()), "TypeError: type.__new__() argument 2 must be tuple, not list"},
		{"type.__new__(type, 'x', (), [])", typeNewCall(x, empty, NewList(nil)), "TypeError: type.__new__() argument 3 must be dict, not list"},
		{"type('x', (1,), {})", typeCallArgs(x, NewTuple([]Object{NewInt(1)}), NewDict()), "TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"},
		{"type('x', (bool,), {})", typeCallArgs(x, NewTuple([]Object{BoolType}), NewDict()), "TypeError: type 'bool' is not an acceptable base type"},
		{"type('x', (int, str), {})", typeCallArgs(x, NewTuple([]Object{IntType, StrType}), NewDict()), "TypeError: multiple bases have instance lay-out conflict"},
		{"type('x', (LookupError, SystemError), {})", typeCallArgs(x, NewTuple([]Object{LookupErrorType, SystemErrorType}), NewDict()), "<class 'x'>"},
		{"type('x', (FileNotFoundError, KeyError), {})", typeCallArgs(x, NewTuple([]Object{FileNotFoundErrorType, KeyErrorType}), NewDict()), "<class 'x'>"},
		{"type('x', (OSError, ImportError), {})", typeCallArgs(x, NewTuple([]Object{OSErrorType, ImportErrorType}), NewDict()), "TypeError: multiple bases have instance lay-out conflict"},
		{"type('x', (UnicodeEncodeError, UnicodeDecodeError), {})", typeCallArgs(x, NewTuple([]Object{UnicodeEncodeErrorType, UnicodeDecodeErrorType}), NewDict()), "TypeError: multiple bases have instance lay-out conflict"},
		{"type('x', (), {'__slots__': ('a',), 'a': 1})", typeCallArgs(x, empty, ns(str("__slots__"), NewTuple([]Object{str("a")}), str("a"), NewInt(1))), "ValueError: 'a' in __slots__ conflicts with class variable"},
		{"type('x', (), {'__slots__': 1})", typeCallArgs(x, empty, ns(str("__slots__"), NewInt(1))), "TypeError: 'int' object is not iterable"},
		{"type('x', (), {'__slots__': ('1a',)})", typeCallArgs(x, empty, ns(str("__slots__"), NewTuple([]Object{str("1a")}))), "TypeError: __slots__ must be identifiers"},
		{"__dict__ twice", typeCallArgs(x, empty, ns(str("__slots__"), NewTuple([]Object{str("__dict__"), str("__dict__")}))), "TypeError: __dict__ slot disallowed: we already got one"},
		{"type('x', (int,), {'__slots__': ('a',)})", typeCallArgs(x, NewTuple([]Object{IntType}), ns(str("__slots__"), NewTuple([]Object{str("a")}))), "TypeError: nonempty __slots__ not supported for subtype of 'int'"},
		{"type('x', (), {'__qualname__': 1})", typeCallArgs(x, empty, ns(str("__qualname__"), NewInt(1))), "TypeError: type __qualname__ must be a str, not int"},
		{"type('x', ())", typeCallArgs(x, empty), "TypeError: type() takes 1 or 3 arguments"},
		{"type(1)", typeCallArgs(NewInt(1)), "<class 'int'>"},
		{"type.__init__(int, 1, 2)", func() (Object, error) { return callAttr(ts, TypeType, "__init__", IntType, NewInt(1), NewInt(2)) }, "TypeError: type.__init__() takes 1 or 3 arguments"},
		{"type('x', (), {}, y=1)", func() (Object, error) {
			return Call(ts, TypeType, []Object{x, empty, NewDict(), NewInt(1)}, kw("y"))
		}, "TypeError: x.__init_subclass__() takes no keyword arguments"},
	})
}

func TestMRO(t *testing.T) {
	ts := testThread(nil)
	A := class(t, ts, "A", nil)
	B := class(t, ts, "B", []Object{A})
	C := class(t, ts, "C", []Object{A})
	D := class(t, ts, "D", []Object{B, C})
	check(t, ts, []caseResult{
		{"D.__mro__", func() (Object, error) { return getattr(ts, D, "__mro__") }, "(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.A'>, <class 'object'>)"},
		{"D.mro()", func() (Object, error) { return callAttr(ts, D, "mro") }, "[<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.A'>, <class 'object'>]"},
		{"D.__bases__", func() (Object, error) { return getattr(ts, D, "__bases__") }, "(<class '__main__.B'>, <class '__main__.C'>)"},
		{"D.__base__", func() (Object, error) { return getattr(ts, D, "__base__") }, "<class '__main__.B'>"},
		{"A.__subclasses__()", func() (Object, error) { return callAttr(ts, A, "__subclasses__") }, "[<class '__main__.B'>, <class '__main__.C'>]"},
		{"class X(A, B)", func() (Object, error) { return makeClass(ts, TypeType, "X", []Object{A, B}) }, "TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B"},
		{"class E(C, B); class F(D, E)", func() (Object, error) {
			E := class(t, ts, "E", []Object{C, B})
			return makeClass(ts, TypeType, "F", []Object{D, E})
		}, "TypeError: Cannot create a consistent method resolution order (MRO) for bases B, C"},
		{"class Y(A, A)", func() (Object, error) { return makeClass(ts, TypeType, "Y", []Object{A, A}) }, "TypeError: duplicate base class A"},
		{"int.__mro__", func() (Object, error) { return getattr(ts, BoolType, "__mro__") }, "(<class 'bool'>, <class 'int'>, <class 'object'>)"},
	})
}

func TestClassAttributes(t *testing.T) {
	ts := testThread(nil)
	X := class(t, ts, "X", nil)
	keys := func(c *Type) func() (Object, error) {
		return func() (Object, error) {
			var ks []Object
			c.Dict.Items(func(k, _ Object) bool { ks = append(ks, k); return true })
			return NewList(ks), nil
		}
	}
	check(t, ts, []caseResult{
		{"X", func() (Object, error) { return X, nil }, "<class '__main__.X'>"},
		{"X.__dict__.keys()", keys(X), "['__module__', '__dict__', '__weakref__', '__doc__']"},
		{"IntSub.__dict__.keys()", keys(class(t, ts, "x", []Object{IntType})), "['__module__', '__dict__', '__doc__']"},
		{"ListSub.__dict__.keys()", keys(class(t, ts, "x", []Object{ListType})), "['__module__', '__dict__', '__weakref__', '__doc__']"},
		{"slots __a", keys(class(t, ts, "x", nil, "__slots__", str("__a"))), "['__module__', '__slots__', '_x__a', '__doc__']"},
		{"X.__module__", func() (Object, error) { return getattr(ts, X, "__module__") }, "'__main__'"},
		{"X.__doc__", func() (Object, error) { return getattr(ts, X, "__doc__") }, "None"},
		{"X.__name__", func() (Object, error) { return getattr(ts, X, "__name__") }, "'X'"},
		{"X.__dict__['__dict__']", func() (Object, error) { return X.Dict.GetStr(str("__dict__")), nil }, "<attribute '__dict__' of 'X' objects>"},
		{"type(X.__dict__)", func() (Object, error) {
			d, err := getattr(ts, X, "__dict__")
			return d.Type(), err
		}, "<class 'mappingproxy'>"},
		{"X()", func() (Object, error) { return Call(ts, X, nil, nil) }, "<__main__.X object at 0x...>"},
		{"X(1)", func() (Object, error) { return Call(ts, X, []Object{NewInt(1)}, nil) }, "TypeError: X() takes no arguments"},
		{"X().__dict__", func() (Object, error) { return callThen(ts, X, "__dict__") }, "{}"},
		{"X().x", func() (Object, error) { return callThen(ts, X, "x") }, "AttributeError: 'X' object has no attribute 'x'"},
		{"X.x", func() (Object, error) { return getattr(ts, X, "x") }, "AttributeError: type object 'X' has no attribute 'x'"},
		{"X().__class__", func() (Object, error) { return callThen(ts, X, "__class__") }, "<class '__main__.X'>"},
		{"X.__abstractmethods__", func() (Object, error) { return getattr(ts, X, "__abstractmethods__") }, "AttributeError: __abstractmethods__"},
		{"type.__abstractmethods__", func() (Object, error) { return getattr(ts, TypeType, "__abstractmethods__") }, "AttributeError: __abstractmethods__"},
		{"int.__annotations__", func() (Object, error) { return getattr(ts, IntType, "__annotations__") }, "AttributeError: type object 'int' has no attribute '__annotations__'"},
		{"X.__annotations__", func() (Object, error) { return getattr(ts, X, "__annotations__") }, "{}"},
		{"int.__name__ = 'x'", func() (Object, error) { return None, SetAttr(ts, IntType, str("__name__"), str("x")) }, "TypeError: cannot set '__name__' attribute of immutable type 'int'"},
		{"int.x = 1", func() (Object, error) { return None, SetAttr(ts, IntType, str("x"), NewInt(1)) }, "TypeError: cannot set 'x' attribute of immutable type 'int'"},
		{"del X.y", func() (Object, error) { return None, SetAttr(ts, X, str("y"), nil) }, "AttributeError: type object 'X' has no attribute 'y'"},
		{"object()", func() (Object, error) { return Call(ts, ObjectType, nil, nil) }, "<object object at 0x...>"},
		{"object(1)", func() (Object, error) { return Call(ts, ObjectType, []Object{NewInt(1)}, nil) }, "TypeError: object() takes no arguments"},
		{"object.__init__(1, 2)", func() (Object, error) { return callAttr(ts, ObjectType, "__init__", NewInt(1), NewInt(2)) }, "None"},
		{"classmethod.__new__(1)", func() (Object, error) { return callAttr(ts, ClassMethodType, "__new__", NewInt(1)) }, "TypeError: classmethod.__new__(X): X is not a type object (int)"},
		{"classmethod.__new__(str)", func() (Object, error) { return callAttr(ts, ClassMethodType, "__new__", StrType) }, "TypeError: classmethod.__new__(str): str is not a subtype of classmethod"},
		{"object().x = 1", func() (Object, error) { return None, SetAttr(ts, NewInstance(ObjectType), str("x"), NewInt(1)) }, "AttributeError: 'object' object has no attribute 'x' and no __dict__ for setting new attributes"},
		{"del object().x", func() (Object, error) { return None, SetAttr(ts, NewInstance(ObjectType), str("x"), nil) }, "AttributeError: 'object' object has no attribute 'x' and no __dict__ for setting new attributes"},
		{"(1).x = 1", func() (Object, error) { return None, SetAttr(ts, NewInt(1), str("x"), NewInt(1)) }, "AttributeError: 'int' object has no attribute 'x' and no __dict__ for setting new attributes"},
		{"X().__dict__ = 1", func() (Object, error) { return None, SetAttr(ts, NewInstance(X), str("__dict__"), NewInt(1)) }, "TypeError: __dict__ must be set to a dictionary, not a 'int'"},
		{"X().__class__ = int", func() (Object, error) { return None, SetAttr(ts, NewInstance(X), str("__class__"), IntType) }, "TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses"},
		{"X().__class__ = 1", func() (Object, error) { return None, SetAttr(ts, NewInstance(X), str("__class__"), NewInt(1)) }, "TypeError: __class__ must be set to a class, not 'int' object"},
		{"X().__class__ = Slotted", func() (Object, error) {
			return None, SetAttr(ts, NewInstance(X), str("__class__"), class(t, ts, "y", nil, "__slots__", EmptyTuple))
		}, "TypeError: __class__ assignment: 'y' object layout differs from 'X'"},
	})
}

// callThen returns cls().name.
func callThen(ts *Thread, cls *Type, name string) (Object, error) {
	o, err := Call(ts, cls, nil, nil)
	if err != nil {
		return nil, err
	}
	return getattr(ts, o, name)
}

func TestSlotsAndClassAssignment(t *testing.T) {
	ts := testThread(nil)
	A := class(t, ts, "A", nil, "__slots__", NewTuple([]Object{str("b"), str("a")}))
	B := class(t, ts, "B", []Object{A}, "__slots__", NewTuple([]Object{str("c")}))
	o, _ := Call(ts, B, nil, nil)
	check(t, ts, []caseResult{
		{"A.a", func() (Object, error) { return getattr(ts, A, "a") }, "<member 'a' of 'A' objects>"},
		{"type(A.a)", func() (Object, error) { a, _ := getattr(ts, A, "a"); return a.Type(), nil }, "<class 'member_descriptor'>"},
		{"o.a", func() (Object, error) { return getattr(ts, o, "a") }, "AttributeError: 'B' object has no attribute 'a'"},
		{"o.z", func() (Object, error) { return getattr(ts, o, "z") }, "AttributeError: 'B' object has no attribute 'z'"},
		{"o.z = 1", func() (Object, error) { return None, SetAttr(ts, o, str("z"), None) }, "AttributeError: 'B' object has no attribute 'z' and no __dict__ for setting new attributes"},
		{"del o.a", func() (Object, error) { return None, SetAttr(ts, o, str("a"), nil) }, "AttributeError: a"},
		{"o.a, o.b, o.c = 1, 2, 3", func() (Object, error) {
			for i, n := range []string{"a", "b", "c"} {
				if err := SetAttr(ts, o, str(n), NewInt(int64(i+1))); err != nil {
					return nil, err
				}
			}
			a, _ := getattr(ts, o, "a")
			b, _ := getattr(ts, o, "b")
			c, _ := getattr(ts, o, "c")
			return NewTuple([]Object{a, b, c}), nil
		}, "(1, 2, 3)"},
		{"o.__dict__", func() (Object, error) { return getattr(ts, o, "__dict__") }, "AttributeError: 'B' object has no attribute '__dict__'"},
		{"o.__class__ = B2", func() (Object, error) {
			B2 := class(t, ts, "B2", []Object{A}, "__slots__", NewTuple([]Object{str("c")}))
			if err := SetAttr(ts, o, str("__class__"), B2); err != nil {
				return nil, err
			}
			return o.Type(), nil
		}, "<class '__main__.B2'>"},
	})
}

func TestInitSubclassAndSetName(t *testing.T) {
	var log []string
	ts := testThread(map[string]goBody{
		"__init_subclass__": func(ts *Thread, args []Object, kwnames *Tuple) (Object, error) {
			r, _ := Repr(ts, NewTuple(args))
			log = append(log, "init_subclass"+r.value+" kw="+strings.Join(strItems(kwnames), ","))
			return None, nil
		},
		"__set_name__": func(ts *Thread, args []Object, kwnames *Tuple) (Object, error) {
			r, _ := Repr(ts, NewTuple(args[1:]))
			log = append(log, "set_name"+r.value)
			return None, nil
		},
	})
	Base := class(t, ts, "Base", nil, "__init_subclass__", pyFunc("__init_subclass__", "Base.__init_subclass__"))
	if len(log) != 0 {
		t.Fatalf("__init_subclass__ ran for the class defining it: %v", log)
	}
	Desc := class(t, ts, "Desc", nil, "__set_name__", pyFunc("__set_name__", "Desc.__set_name__"))
	d, _ := Call(ts, Desc, nil, nil)
	_, err := makeClassKw(ts, "Sub", []Object{Base}, []Object{NewInt(5)}, kw("flag"), "attr", d)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"set_name(<class '__main__.Sub'>, 'attr')", "init_subclass(<class '__main__.Sub'>, 5) kw=flag"}
	if strings.Join(log, "|") != strings.Join(want, "|") {
		t.Errorf("got %v\nwant %v", log, want)
	}
}

func strItems(t *Tuple) []string {
	var out []string
	for _, it := range t.Items() {
		out = append(out, it.(*Str).value)
	}
	return out
}

func makeClassKw(ts *Thread, name string, bases []Object, kwvalues []Object, kwnames *Tuple, attrs ...any) (*Type, error) {
	ns := NewDict()
	ns.SetStr(NewStr("__module__"), NewStr("__main__"))
	for i := 0; i+1 < len(attrs); i += 2 {
		ns.SetStr(NewStr(attrs[i].(string)), attrs[i+1].(Object))
	}
	args := append([]Object{NewStr(name), NewTuple(bases), ns}, kwvalues...)
	r, err := Call(ts, TypeType, args, kwnames)
	if err != nil {
		return nil, err
	}
	return r.(*Type), nil
}

func TestMetaclass(t *testing.T) {
	ts := testThread(nil)
	Meta := class(t, ts, "Meta", []Object{TypeType})
	C, err := makeClass(ts, Meta, "C", nil)
	if err != nil {
		t.Fatal(err)
	}
	D := class(t, ts, "D", []Object{C}) // type(C) is Meta, so D's metaclass is Meta too
	check(t, ts, []caseResult{
		{"type(C)", func() (Object, error) { return C.Type(), nil }, "<class '__main__.Meta'>"},
		{"type(D)", func() (Object, error) { return D.Type(), nil }, "<class '__main__.Meta'>"},
		{"D()", func() (Object, error) { return Call(ts, D, nil, nil) }, "<__main__.D object at 0x...>"},
		{"Meta.__mro__", func() (Object, error) { return getattr(ts, Meta, "__mro__") }, "(<class '__main__.Meta'>, <class 'type'>, <class 'object'>)"},
	})
}

func TestSetNameErrorNote(t *testing.T) {
	ts := testThread(map[string]goBody{
		"fail": func(ts *Thread, args []Object, _ *Tuple) (Object, error) { return nil, Errorf(ValueErrorType, "x") },
	})
	D := class(t, ts, "D", nil, "__set_name__", pyFunc("fail", ""))
	d, _ := Call(ts, D, nil, nil)
	_, err := makeClass(ts, TypeType, "C", nil, "d", d)
	e, ok := err.(*BaseException)
	if !ok {
		t.Fatalf("class C: d = D() gave %v", err)
	}
	notes, _ := getattr(ts, e, "__notes__")
	check(t, ts, []caseResult{
		{"error", func() (Object, error) { return e, nil }, "ValueError('x')"},
		{"__notes__", func() (Object, error) { return notes, nil }, `["Error calling __set_name__ on 'D' instance 'd' in 'C'"]`},
	})
}

func TestNewAndInitArguments(t *testing.T) {
	ts := testThread(map[string]goBody{
		"new_plain": func(ts *Thread, args []Object, _ *Tuple) (Object, error) {
			return callAttr(ts, ObjectType, "__new__", args[0])
		},
		"new_args": func(ts *Thread, args []Object, _ *Tuple) (Object, error) {
			return callAttr(ts, ObjectType, "__new__", args...)
		},
		"init_args": func(ts *Thread, args []Object, _ *Tuple) (Object, error) {
			return callAttr(ts, ObjectType, "__init__", args...)
		},
		"init_ok":  returns(None),
		"init_bad": returns(NewInt(1)),
	})
	one := NewInt(1)
	mk := func(attrs ...any) *Type { return class(t, ts, "x", nil, attrs...) }
	newOf := func(name string) Object { return NewStaticMethod(pyFunc(name, "")) }
	check(t, ts, []caseResult{
		{"__init__ only, x(1)", func() (Object, error) { return Call(ts, mk("__init__", pyFunc("init_ok", "")), []Object{one}, nil) }, "<__main__.x object at 0x...>"},
		{"__new__ only, x(1)", func() (Object, error) { return Call(ts, mk("__new__", newOf("new_plain")), []Object{one}, nil) }, "<__main__.x object at 0x...>"},
		{"__new__ passing args to object.__new__", func() (Object, error) { return Call(ts, mk("__new__", newOf("new_args")), []Object{one}, nil) }, "TypeError: object.__new__() takes exactly one argument (the type to instantiate)"},
		{"__init__ passing args to object.__init__", func() (Object, error) { return Call(ts, mk("__init__", pyFunc("init_args", "")), []Object{one}, nil) }, "TypeError: object.__init__() takes exactly one argument (the instance to initialize)"},
		{"__init__ returning 1", func() (Object, error) { return Call(ts, mk("__init__", pyFunc("init_bad", "")), nil, nil) }, "TypeError: __init__() should return None, not 'int'"},
		{"__new__ as a plain function becomes a staticmethod", func() (Object, error) {
			c := mk("__new__", pyFunc("new_plain", ""))
			return c.Dict.GetStr(str("__new__")).Type(), nil
		}, "<class 'staticmethod'>"},
	})
}

func TestSubclassesAreWeak(t *testing.T) {
	ts := testThread(nil)
	A := class(t, ts, "A", nil)
	for i := 0; i < 100; i++ {
		class(t, ts, "B", []Object{A})
	}
	keep := class(t, ts, "Kept", []Object{A})
	runtime.GC()
	runtime.GC()
	class(t, ts, "C", []Object{A}) // adding a subclass drops the entries of collected ones
	subs := A.Subclasses()
	if len(subs) > 10 || subs[0] != keep {
		t.Errorf("A keeps %d subclasses after the collection of 100 unused ones", len(subs))
	}
	if n := len(A.subclasses); n > 10 {
		t.Errorf("A's subclass list holds %d entries", n)
	}
}

func TestConcurrentClassCreation(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ts := testThread(nil)
			for i := 0; i < 50; i++ {
				if _, err := makeClass(ts, TypeType, "X", []Object{IntType}); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}
