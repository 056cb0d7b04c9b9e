package objects

import "testing"

func TestUnionTypes(t *testing.T) {
	ts := testThread(nil)
	C := class(t, ts, "C", nil)
	or := func(a, b Object) Object {
		r, err := Binary(ts, a, b, OpOr)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	val := func(v Object) func() (Object, error) { return func() (Object, error) { return v, nil } }
	intStr := or(IntType, StrType)
	check(t, ts, []caseResult{
		{"int | str", val(intStr), "int | str"},
		{"int | None", val(or(IntType, None)), "int | None"},
		{"None | int", val(or(None, IntType)), "None | int"},
		{"int | int", val(or(IntType, IntType)), "<class 'int'>"},
		{"(int | str) | (str | float)", val(or(intStr, or(StrType, FloatType))), "int | str | float"},
		{"int | C", val(or(IntType, C)), "int | __main__.C"},
		{"int | 1", func() (Object, error) { return Binary(ts, IntType, NewInt(1), OpOr) }, "TypeError: unsupported operand type(s) for |: 'type' and 'int'"},
		{"None | None", func() (Object, error) { return Binary(ts, None, None, OpOr) }, "TypeError: unsupported operand type(s) for |: 'NoneType' and 'NoneType'"},
		{"'a' | int", func() (Object, error) { return Binary(ts, str("a"), IntType, OpOr) }, "TypeError: unsupported operand type(s) for |: 'str' and 'type'"},
		{"type(int | str)", val(intStr.Type()), "<class 'types.UnionType'>"},
		{"(int | None).__args__", func() (Object, error) { return getattr(ts, or(IntType, None), "__args__") }, "(<class 'int'>, <class 'NoneType'>)"},
		{"(int | str) == (str | int)", func() (Object, error) { return Compare(ts, intStr, or(StrType, IntType), CmpEQ) }, "True"},
		{"hash(int | str) == hash(str | int)", func() (Object, error) {
			a, _ := Hash(ts, intStr)
			b, _ := Hash(ts, or(StrType, IntType))
			return NewBool(a == b), nil
		}, "True"},
		{"isinstance(1, int | str)", func() (Object, error) { r, err := IsInstance(ts, NewInt(1), intStr); return NewBool(r), err }, "True"},
		{"isinstance(1.0, int | str)", func() (Object, error) { r, err := IsInstance(ts, NewFloat(1), intStr); return NewBool(r), err }, "False"},
		{"isinstance(None, int | None)", func() (Object, error) { r, err := IsInstance(ts, None, or(IntType, None)); return NewBool(r), err }, "True"},
		{"issubclass(bool, int | str)", func() (Object, error) { r, err := IsSubclass(ts, BoolType, intStr); return NewBool(r), err }, "True"},
		{"type(int|str).__module__", func() (Object, error) { return getattr(ts, UnionType, "__module__") }, "'types'"},
		{"type(int|str).__name__", func() (Object, error) { return getattr(ts, UnionType, "__name__") }, "'UnionType'"},
		{"(int|str)()", func() (Object, error) { return Call(ts, intStr, nil, nil) }, "TypeError: 'types.UnionType' object is not callable"},
	})
}
