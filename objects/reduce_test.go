package objects

import "testing"

// fakeCopyreg stands for the copyreg module: its __newobj__ and _reduce_ex are functions the
// test thread runs.
func fakeCopyreg(t *testing.T) (*Thread, *Module) {
	copyreg := NewModule("copyreg")
	newobj := NewFunction(&Code{Name: "__newobj__", Qualname: "__newobj__"}, copyreg.Dict, nil)
	reduceEx := NewFunction(&Code{Name: "_reduce_ex", Qualname: "_reduce_ex"}, copyreg.Dict, nil)
	copyreg.Dict.SetStr(str("__newobj__"), newobj)
	copyreg.Dict.SetStr(str("_reduce_ex"), reduceEx)
	ts := testThread(map[string]goBody{
		"_reduce_ex": returns(str("copyreg._reduce_ex")),
		"getnewargs": returns(NewTuple([]Object{NewInt(5)})),
		"badnewargs": returns(NewInt(1)),
	})
	ts.SetImporter(func(ts *Thread, name string) (Object, error) {
		if name != "copyreg" {
			return nil, Errorf(ImportErrorType, "no %s", name)
		}
		return copyreg, nil
	})
	return ts, copyreg
}

func TestReduce(t *testing.T) {
	ts, _ := fakeCopyreg(t)
	C := class(t, ts, "C", nil, "__slots__", NewTuple([]Object{str("a"), str("__dict__")}))
	D := class(t, ts, "D", nil)
	G := class(t, ts, "G", nil, "__getnewargs__", pyFunc("getnewargs", ""))
	B := class(t, ts, "B", nil, "__getnewargs__", pyFunc("badnewargs", ""))
	c, _ := Call(ts, C, nil, nil)
	SetAttr(ts, c, str("a"), NewInt(1))
	SetAttr(ts, c, str("b"), NewInt(2))
	d, _ := Call(ts, D, nil, nil)
	reduceEx := func(o Object, proto int64) func() (Object, error) {
		return func() (Object, error) { return callAttr(ts, o, "__reduce_ex__", NewInt(proto)) }
	}
	check(t, ts, []caseResult{
		{"c.__reduce_ex__(4)", reduceEx(c, 4), "(<function __newobj__ at 0x...>, (<class '__main__.C'>,), ({'b': 2}, {'a': 1}), None, None)"},
		{"D().__reduce_ex__(4)", reduceEx(d, 4), "(<function __newobj__ at 0x...>, (<class '__main__.D'>,), None, None, None)"},
		{"D().__getstate__()", func() (Object, error) { return callAttr(ts, d, "__getstate__") }, "None"},
		{"c.__getstate__()", func() (Object, error) { return callAttr(ts, c, "__getstate__") }, "({'b': 2}, {'a': 1})"},
		{"d.x = 1; d.__getstate__() is d.__dict__", func() (Object, error) {
			SetAttr(ts, d, str("x"), NewInt(1))
			s, _ := callAttr(ts, d, "__getstate__")
			dd, _ := getattr(ts, d, "__dict__")
			return NewTuple([]Object{s, NewBool(s == dd)}), nil
		}, "({'x': 1}, True)"},
		{"object().__reduce_ex__(2)", reduceEx(NewInstance(ObjectType), 2), "(<function __newobj__ at 0x...>, (<class 'object'>,), None, None, None)"},
		{"[].__reduce_ex__(4)[:3]", func() (Object, error) {
			r, err := reduceEx(NewList(nil), 4)()
			if err != nil {
				return nil, err
			}
			return NewTuple(r.(*Tuple).items[:3]), nil
		}, "(<function __newobj__ at 0x...>, (<class 'list'>,), None)"},
		{"(lambda: 0).__reduce_ex__(4)", reduceEx(pyFunc("f", ""), 4), "TypeError: cannot pickle 'function' object"},
		{"G().__reduce_ex__(4)", func() (Object, error) { g, _ := Call(ts, G, nil, nil); return reduceEx(g, 4)() }, "(<function __newobj__ at 0x...>, (<class '__main__.G'>, 5), None, None, None)"},
		{"B().__reduce_ex__(4)", func() (Object, error) { b, _ := Call(ts, B, nil, nil); return reduceEx(b, 4)() }, "TypeError: __getnewargs__ should return a tuple, not 'int'"},
		{"D().__reduce__()", func() (Object, error) { return callAttr(ts, d, "__reduce__") }, "'copyreg._reduce_ex'"},
		{"object.__reduce_ex__", func() (Object, error) { return getattr(ts, ObjectType, "__reduce_ex__") }, "<method '__reduce_ex__' of 'object' objects>"},
	})
}
