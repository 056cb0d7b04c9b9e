package objects

import "testing"

func TestGenericAlias(t *testing.T) {
	ts := testThread(map[string]goBody{
		"subst": func(ts *Thread, args []Object, _ *Tuple) (Object, error) { return args[1], nil },
		"tvrepr": func(ts *Thread, args []Object, _ *Tuple) (Object, error) {
			n, _ := getattr(ts, args[0], "name")
			return str("~" + n.(*Str).value), nil
		},
	})
	C := class(t, ts, "C", nil)
	// A stand-in for typing.TypeVar: what makes a type variable is __typing_subst__.
	TV := class(t, ts, "TypeVar", nil, "__typing_subst__", pyFunc("subst", ""), "__repr__", pyFunc("tvrepr", ""))
	tvar := func(name string) Object {
		v, _ := Call(ts, TV, nil, nil)
		SetAttr(ts, v, str("name"), str(name))
		return v
	}
	T, U := tvar("T"), tvar("U")
	item := func(o Object, key ...Object) Object {
		var k Object = NewTuple(key)
		if len(key) == 1 {
			k = key[0]
		}
		r, err := GetItem(ts, o, k)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	val := func(v Object) func() (Object, error) { return func() (Object, error) { return v, nil } }
	listInt := item(ListType, IntType)
	check(t, ts, []caseResult{
		{"list[int]", val(listInt), "list[int]"},
		{"dict[str, C]", val(item(DictType, StrType, C)), "dict[str, __main__.C]"},
		{"tuple[()]", val(item(TupleType, EmptyTuple)), "tuple[()]"},
		{"list[None]", val(item(ListType, None)), "list[None]"},
		{"type[int]", val(item(TypeType, IntType)), "type[int]"},
		{"list[list[int]]", val(item(ListType, listInt)), "list[list[int]]"},
		{"list[1]", val(item(ListType, NewInt(1))), "list[1]"},
		{"list[int]([1, 2])", func() (Object, error) {
			return Call(ts, listInt, []Object{NewList([]Object{NewInt(1), NewInt(2)})}, nil)
		}, "[1, 2]"},
		{"list[int] == list[int]", func() (Object, error) { return Compare(ts, listInt, item(ListType, IntType), CmpEQ) }, "True"},
		{"hash(list[int]) == hash(list[int])", func() (Object, error) {
			a, _ := Hash(ts, listInt)
			b, _ := Hash(ts, item(ListType, IntType))
			return NewBool(a == b), nil
		}, "True"},
		{"isinstance([], list[int])", func() (Object, error) { r, err := IsInstance(ts, NewList(nil), listInt); return NewBool(r), err }, "TypeError: isinstance() argument 2 cannot be a parameterized generic"},
		{"issubclass(list, list[int])", func() (Object, error) { r, err := IsSubclass(ts, ListType, listInt); return NewBool(r), err }, "TypeError: issubclass() argument 2 cannot be a parameterized generic"},
		{"type(list[int])", val(listInt.Type()), "<class 'types.GenericAlias'>"},
		{"list[int].__origin__", func() (Object, error) { return getattr(ts, listInt, "__origin__") }, "<class 'list'>"},
		{"dict[str, int].__args__", func() (Object, error) { return getattr(ts, item(DictType, StrType, IntType), "__args__") }, "(<class 'str'>, <class 'int'>)"},
		{"list[int] | None", func() (Object, error) { return Binary(ts, listInt, None, OpOr) }, "list[int] | None"},
		{"list[int].__parameters__", func() (Object, error) { return getattr(ts, listInt, "__parameters__") }, "()"},
		{"list[int].append", func() (Object, error) { return getattr(ts, listInt, "append") }, "<method 'append' of 'list' objects>"},
		{"list[int].__name__", func() (Object, error) { return getattr(ts, listInt, "__name__") }, "'list'"},
		{"list[int].__mro_entries__((list[int],))", func() (Object, error) { return callAttr(ts, listInt, "__mro_entries__", NewTuple([]Object{listInt})) }, "(<class 'list'>,)"},
		{"list[int].__class__", func() (Object, error) { return getattr(ts, listInt, "__class__") }, "<class 'types.GenericAlias'>"},
		{"list[int][int]", func() (Object, error) { return GetItem(ts, listInt, IntType) }, "TypeError: list[int] is not a generic class"},
		{"int[int]", func() (Object, error) { return GetItem(ts, IntType, IntType) }, "TypeError: type 'int' is not subscriptable"},
		{"C[int]", func() (Object, error) { return GetItem(ts, C, IntType) }, "TypeError: type 'C' is not subscriptable"},
		{"list[T]", val(item(ListType, T)), "list[~T]"},
		{"list[T].__parameters__", func() (Object, error) { return getattr(ts, item(ListType, T), "__parameters__") }, "(~T,)"},
		{"dict[T, U][int, str]", val(item(item(DictType, T, U), IntType, StrType)), "dict[int, str]"},
		{"list[T][int, str]", func() (Object, error) { return GetItem(ts, item(ListType, T), NewTuple([]Object{IntType, StrType})) }, "TypeError: Too many arguments for list[~T]; actual 2, expected 1"},
		{"dict[T, U][int]", func() (Object, error) { return GetItem(ts, item(DictType, T, U), IntType) }, "TypeError: Too few arguments for dict[~T, ~U]; actual 1, expected at least 2"},
		{"list[list[T]][int]", val(item(item(ListType, item(ListType, T)), IntType)), "list[list[int]]"},
	})
}
