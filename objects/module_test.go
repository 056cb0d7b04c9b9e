package objects

import "testing"

func TestModulesAndCells(t *testing.T) {
	ts := testThread(map[string]goBody{
		"dyn": func(ts *Thread, args []Object, _ *Tuple) (Object, error) {
			return str("dyn " + args[0].(*Str).value), nil
		},
	})
	m := NewModule("mod")
	attrErr := func(o Object, name string) func() (Object, error) {
		return func() (Object, error) {
			_, err := getattr(ts, o, name)
			e, ok := err.(*BaseException)
			if !ok {
				return nil, err
			}
			n, _ := getattr(ts, e, "name")
			obj, _ := getattr(ts, e, "obj")
			return NewTuple([]Object{e, n, obj.Type()}), nil
		}
	}
	C := class(t, ts, "C", nil)
	c, _ := Call(ts, C, nil, nil)
	check(t, ts, []caseResult{
		{"m", func() (Object, error) { return m, nil }, "<module 'mod'>"},
		{"m.x", attrErr(m, "x"), "(AttributeError(\"module 'mod' has no attribute 'x'\"), 'x', <class 'module'>)"},
		{"object().x", attrErr(NewInstance(ObjectType), "x"), "(AttributeError(\"'object' object has no attribute 'x'\"), 'x', <class 'object'>)"},
		{"C.x", attrErr(C, "x"), "(AttributeError(\"type object 'C' has no attribute 'x'\"), 'x', <class 'type'>)"},
		{"C().x", attrErr(c, "x"), "(AttributeError(\"'C' object has no attribute 'x'\"), 'x', <class '__main__.C'>)"},
		{"m.__name__", func() (Object, error) { return getattr(ts, m, "__name__") }, "'mod'"},
		{"m.__doc__", func() (Object, error) { return getattr(ts, m, "__doc__") }, "None"},
		{"m.__class__", func() (Object, error) { return getattr(ts, m, "__class__") }, "<class 'module'>"},
		{"m.__dict__ is m.Dict", func() (Object, error) { d, err := getattr(ts, m, "__dict__"); return NewBool(d == m.Dict), err }, "True"},
		{"module('mod', 'doc').__doc__", func() (Object, error) {
			mm, err := Call(ts, ModuleType, []Object{str("mod"), str("doc")}, nil)
			if err != nil {
				return nil, err
			}
			return getattr(ts, mm, "__doc__")
		}, "'doc'"},
		{"module()", func() (Object, error) { return Call(ts, ModuleType, nil, nil) }, "TypeError: module() missing required argument 'name' (pos 1)"},
		{"module(1)", func() (Object, error) { return Call(ts, ModuleType, []Object{NewInt(1)}, nil) }, "TypeError: module() argument 'name' must be str, not int"},
		{"sorted(module('q').__dict__)", func() (Object, error) {
			var keys []Object
			NewModule("q").Dict.Items(func(k, _ Object) bool { keys = append(keys, k); return true })
			return NewList(keys), nil
		}, "['__name__', '__doc__', '__package__', '__loader__', '__spec__']"},
		{"del m.zz", func() (Object, error) { return None, SetAttr(ts, m, str("zz"), nil) }, "AttributeError: 'module' object has no attribute 'zz'"},
		{"m2.__getattr__ = dyn; m2.foo", func() (Object, error) {
			m2 := NewModule("m2")
			if err := SetAttr(ts, m2, str("__getattr__"), pyFunc("dyn", "")); err != nil {
				return nil, err
			}
			return getattr(ts, m2, "foo")
		}, "'dyn foo'"},
		{"cell()", func() (Object, error) { return Call(ts, CellType, nil, nil) }, "<cell at 0x...: empty>"},
		{"cell(1).cell_contents", func() (Object, error) {
			cl, _ := Call(ts, CellType, []Object{NewInt(1)}, nil)
			return getattr(ts, cl, "cell_contents")
		}, "1"},
		{"cell().cell_contents", func() (Object, error) { return getattr(ts, NewCell(nil), "cell_contents") }, "ValueError: Cell is empty"},
	})
}
