package objects

import (
	"strings"
	"testing"
)

func TestAttributePrecedence(t *testing.T) {
	ts := testThread(map[string]goBody{
		"get": func(ts *Thread, args []Object, _ *Tuple) (Object, error) { return str("from __get__"), nil },
		"set": returns(None),
		"getattr": func(ts *Thread, args []Object, _ *Tuple) (Object, error) {
			return NewTuple([]Object{str("__getattr__"), args[1]}), nil
		},
		"getattribute": func(ts *Thread, args []Object, _ *Tuple) (Object, error) {
			if args[1].(*Str).value == "missing" {
				return nil, Errorf(AttributeErrorType, "nope")
			}
			return NewTuple([]Object{str("__getattribute__"), args[1]}), nil
		},
		"m": returns(str("m")),
	})
	NonData := class(t, ts, "NonData", nil, "__get__", pyFunc("get", ""))
	Data := class(t, ts, "Data", nil, "__get__", pyFunc("get", ""), "__set__", pyFunc("set", ""))
	nd, _ := Call(ts, NonData, nil, nil)
	dd, _ := Call(ts, Data, nil, nil)
	C := class(t, ts, "C", nil, "nd", nd, "dd", dd, "plain", NewInt(1), "m", pyFunc("m", "C.m"))
	c, _ := Call(ts, C, nil, nil)
	dict, _ := getattr(ts, c, "__dict__")
	for _, n := range []string{"nd", "dd", "plain", "m"} {
		dict.(*Dict).SetItem(ts, str(n), str("instance"))
	}
	G := class(t, ts, "G", nil, "__getattr__", pyFunc("getattr", ""), "x", NewInt(1))
	g, _ := Call(ts, G, nil, nil)
	GA := class(t, ts, "GA", []Object{G}, "__getattribute__", pyFunc("getattribute", ""))
	ga, _ := Call(ts, GA, nil, nil)
	check(t, ts, []caseResult{
		{"c.dd (data descriptor first)", func() (Object, error) { return getattr(ts, c, "dd") }, "'from __get__'"},
		{"c.nd (instance dict before a non-data descriptor)", func() (Object, error) { return getattr(ts, c, "nd") }, "'instance'"},
		{"c.plain", func() (Object, error) { return getattr(ts, c, "plain") }, "'instance'"},
		{"C.nd", func() (Object, error) { return getattr(ts, C, "nd") }, "'from __get__'"},
		{"g.x", func() (Object, error) { return getattr(ts, g, "x") }, "1"},
		{"g.y (__getattr__)", func() (Object, error) { return getattr(ts, g, "y") }, "('__getattr__', 'y')"},
		{"ga.x (__getattribute__)", func() (Object, error) { return getattr(ts, ga, "x") }, "('__getattribute__', 'x')"},
		{"ga.missing (falls back to __getattr__)", func() (Object, error) { return getattr(ts, ga, "missing") }, "('__getattr__', 'missing')"},
		{"GetMethod(c, 'm') with m in the instance dict", func() (Object, error) {
			v, isMethod, err := GetMethod(ts, c, str("m"))
			return NewTuple([]Object{v, NewBool(isMethod)}), err
		}, "('instance', False)"},
		{"GetMethod(C(), 'm')", func() (Object, error) {
			o, _ := Call(ts, C, nil, nil)
			v, isMethod, err := GetMethod(ts, o, str("m"))
			return NewTuple([]Object{v, NewBool(isMethod)}), err
		}, "(<function C.m at 0x...>, True)"},
		{"GetMethod('a', '__add__')", func() (Object, error) {
			v, isMethod, err := GetMethod(ts, NewList(nil), str("__len__"))
			return NewTuple([]Object{v, NewBool(isMethod)}), err
		}, "(<method-wrapper '__len__' of list object at 0x...>, False)"},
		{"GetMethod(1, 'nope')", func() (Object, error) {
			_, _, err := GetMethod(ts, NewInt(1), str("nope"))
			return nil, err
		}, "AttributeError: 'int' object has no attribute 'nope'"},
	})
}

func TestAttributeHitsDoNotAllocate(t *testing.T) {
	ts := testThread(nil)
	C := class(t, ts, "C", nil, "m", pyFunc("m", "C.m"), "k", NewInt(1))
	c, _ := Call(ts, C, nil, nil)
	if err := SetAttr(ts, c, str("a"), NewInt(2)); err != nil {
		t.Fatal(err)
	}
	a, m, k := str("a"), str("m"), str("k")
	for _, tt := range []struct {
		what string
		f    func()
	}{
		{"c.a (instance dict)", func() { GetAttr(ts, c, a) }},
		{"c.k (class attribute)", func() { GetAttr(ts, c, k) }},
		{"GetMethod(c, 'm')", func() { GetMethod(ts, c, m) }},
		{"C.k", func() { GetAttr(ts, C, k) }},
		{"c.a = 3", func() { SetAttr(ts, c, a, NewInt(3)) }},
	} {
		tt.f()
		if n := testing.AllocsPerRun(100, tt.f); n != 0 {
			t.Errorf("%s allocates %v times", tt.what, n)
		}
	}
	if InstanceDict(c) == nil || InstanceDict(NewInt(1)) != nil {
		t.Error("InstanceDict")
	}
}

func TestMappingProxy(t *testing.T) {
	ts := testThread(nil)
	X := class(t, ts, "X", nil)
	p, _ := getattr(ts, X, "__dict__")
	check(t, ts, []caseResult{
		{"X.__dict__.keys()", func() (Object, error) { return callAttr(ts, p, "keys") }, "dict_keys(['__module__', '__dict__', '__weakref__', '__doc__'])"},
		{"X.__dict__['__module__']", func() (Object, error) { return GetItem(ts, p, str("__module__")) }, "'__main__'"},
		{"X.__dict__['x'] = 1", func() (Object, error) { return None, SetItem(ts, p, str("x"), NewInt(1)) }, "TypeError: 'mappingproxy' object does not support item assignment"},
		{"len(X.__dict__)", func() (Object, error) { n, err := Len(ts, p); return NewInt(int64(n)), err }, "4"},
	})
}

func TestSetAttrOverrides(t *testing.T) {
	var log []string
	ts := testThread(map[string]goBody{
		"setattr": func(ts *Thread, args []Object, _ *Tuple) (Object, error) {
			log = append(log, "set "+args[1].(*Str).value)
			return callAttr(ts, ObjectType, "__setattr__", args...)
		},
		"delattr": func(ts *Thread, args []Object, _ *Tuple) (Object, error) {
			log = append(log, "del "+args[1].(*Str).value)
			return callAttr(ts, ObjectType, "__delattr__", args...)
		},
	})
	C := class(t, ts, "C", nil, "__setattr__", pyFunc("setattr", ""), "__delattr__", pyFunc("delattr", ""))
	c, _ := Call(ts, C, nil, nil)
	if err := SetAttr(ts, c, str("x"), NewInt(1)); err != nil {
		t.Fatal(err)
	}
	if err := SetAttr(ts, c, str("x"), nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(log, ", "); got != "set x, del x" {
		t.Errorf("log: %s", got)
	}
	check(t, ts, []caseResult{
		{"del c.x again", func() (Object, error) { return None, SetAttr(ts, c, str("x"), nil) }, "AttributeError: 'C' object has no attribute 'x'"},
		{"object().__init__ = 1", func() (Object, error) { return None, SetAttr(ts, NewInstance(ObjectType), str("__init__"), NewInt(1)) }, "AttributeError: 'object' object attribute '__init__' is read-only"},
		{"del object().__init__", func() (Object, error) { return None, SetAttr(ts, NewInstance(ObjectType), str("__init__"), nil) }, "AttributeError: 'object' object attribute '__init__' is read-only"},
	})
}

func TestMappingProxyConstructor(t *testing.T) {
	ts := testThread(nil)
	d := NewDict()
	d.SetItem(ts, str("a"), NewInt(1))
	mp := func(args ...Object) func() (Object, error) {
		return func() (Object, error) { return Call(ts, MappingProxyType, args, nil) }
	}
	p, _ := Call(ts, MappingProxyType, []Object{d}, nil)
	other := NewDict()
	other.SetItem(ts, str("b"), NewInt(2))
	check(t, ts, []caseResult{
		{"mappingproxy({'a': 1})", mp(d), "mappingproxy({'a': 1})"},
		{"mappingproxy([])", mp(NewList(nil)), "TypeError: mappingproxy() argument must be a mapping, not list"},
		{"mappingproxy()", mp(), "TypeError: mappingproxy() missing required argument 'mapping' (pos 1)"},
		{"p['b']", func() (Object, error) { return GetItem(ts, p, str("b")) }, "KeyError: 'b'"},
		{"p.get('b', 2)", func() (Object, error) { return callAttr(ts, p, "get", str("b"), NewInt(2)) }, "2"},
		{"p == {'a': 1}", func() (Object, error) { return Compare(ts, p, d, CmpEQ) }, "True"},
		{"p | {'b': 2}", func() (Object, error) { return Binary(ts, p, other, OpOr) }, "{'a': 1, 'b': 2}"},
		{"str(p)", func() (Object, error) { return StrOf(ts, p) }, "\"{'a': 1}\""},
		{"mappingproxy(p)", mp(p), "mappingproxy(mappingproxy({'a': 1}))"},
	})
}
