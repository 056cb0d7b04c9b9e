package objects

import (
	"math/big"
	"testing"
)

// returns makes a function body returning v.
func returns(v Object) goBody {
	return func(ts *Thread, args []Object, kwnames *Tuple) (Object, error) { return v, nil }
}

func TestHeapTypeBinaryDispatch(t *testing.T) {
	ts := testThread(map[string]goBody{
		"A.add":   returns(str("A.add")),
		"A.radd":  returns(str("A.radd")),
		"B.radd":  returns(str("B.radd")),
		"C.add":   returns(NotImplemented),
		"A.sub":   returns(str("late sub")),
		"I.radd":  returns(str("I.radd")),
		"A.iadd":  returns(str("A.iadd")),
		"A.lt":    returns(str("A.lt")),
		"B.gt":    returns(str("B.gt")),
		"A.neg":   returns(str("A.neg")),
		"A.index": returns(NewInt(3)),
	})
	A := class(t, ts, "A", nil, "__add__", pyFunc("A.add", ""), "__radd__", pyFunc("A.radd", ""),
		"__lt__", pyFunc("A.lt", ""), "__neg__", pyFunc("A.neg", ""), "__index__", pyFunc("A.index", ""))
	B := class(t, ts, "B", []Object{A}, "__radd__", pyFunc("B.radd", ""), "__gt__", pyFunc("B.gt", ""))
	C := class(t, ts, "C", nil, "__add__", pyFunc("C.add", ""))
	a, _ := Call(ts, A, nil, nil)
	b, _ := Call(ts, B, nil, nil)
	c, _ := Call(ts, C, nil, nil)
	one := NewInt(1)
	bin := func(x, y Object, op BinaryOp) func() (Object, error) {
		return func() (Object, error) { return Binary(ts, x, y, op) }
	}
	cmp := func(x, y Object, op CompareOp) func() (Object, error) {
		return func() (Object, error) { return Compare(ts, x, y, op) }
	}
	check(t, ts, []caseResult{
		{"A() + B()", bin(a, b, OpAdd), "'B.radd'"},
		{"B() + A()", bin(b, a, OpAdd), "'A.add'"},
		{"A() + 1", bin(a, one, OpAdd), "'A.add'"},
		{"1 + A()", bin(one, a, OpAdd), "'A.radd'"},
		{"C() + 1", bin(c, one, OpAdd), "TypeError: unsupported operand type(s) for +: 'C' and 'int'"},
		{"A() += 1 (no __iadd__)", bin(a, one, OpInplaceAdd), "'A.add'"},
		{"A() < B()", cmp(a, b, CmpLT), "'B.gt'"},
		{"A() < 1", cmp(a, one, CmpLT), "'A.lt'"},
		{"-A()", func() (Object, error) { return Negative(ts, a) }, "'A.neg'"},
		{"A().__index__()", func() (Object, error) { return Index(ts, a) }, "3"},
		{"A() * 1", bin(a, one, OpMultiply), "TypeError: unsupported operand type(s) for *: 'A' and 'int'"},
	})

	// Special methods assigned after the class exists update the slots of the class and of
	// the subclasses that inherit them, and deleting them restores the inherited behaviour.
	vA, vB := A.VersionTag(), B.VersionTag()
	if err := SetAttr(ts, A, str("__sub__"), pyFunc("A.sub", "")); err != nil {
		t.Fatal(err)
	}
	if A.VersionTag() == vA || B.VersionTag() == vB {
		t.Error("setting A.__sub__ kept a version tag of A or of its subclass B")
	}
	if err := SetAttr(ts, A, str("__iadd__"), pyFunc("A.iadd", "")); err != nil {
		t.Fatal(err)
	}
	check(t, ts, []caseResult{
		{"A() - 1", bin(a, one, OpSubtract), "'late sub'"},
		{"B() - 1", bin(b, one, OpSubtract), "'late sub'"},
		{"A() += 1", bin(a, one, OpInplaceAdd), "'A.iadd'"},
	})
	if err := SetAttr(ts, A, str("__sub__"), nil); err != nil {
		t.Fatal(err)
	}
	check(t, ts, []caseResult{
		{"B() - 1 after del A.__sub__", bin(b, one, OpSubtract), "TypeError: unsupported operand type(s) for -: 'B' and 'int'"},
	})
}

func TestHeapTypeProtocolChecks(t *testing.T) {
	ts := testThread(map[string]goBody{
		"len-1":   returns(NewInt(-1)),
		"len3":    returns(NewInt(3)),
		"ret1":    returns(NewInt(1)),
		"big":     returns(NewBigInt(new(big.Int).Lsh(big.NewInt(1), 70))),
		"strx":    returns(str("x")),
		"eq":      returns(str("eq")),
		"true":    returns(True),
		"getattr": func(ts *Thread, args []Object, _ *Tuple) (Object, error) { return NewTuple(args[1:]), nil },
		"call":    func(ts *Thread, args []Object, kwnames *Tuple) (Object, error) { return NewTuple(args[1:]), nil },
		"iter":    func(ts *Thread, args []Object, _ *Tuple) (Object, error) { return args[0], nil },
		"next":    func(ts *Thread, args []Object, _ *Tuple) (Object, error) { return nil, NewException(StopIterationType) },
		"getitem": func(ts *Thread, args []Object, _ *Tuple) (Object, error) { return args[1], nil },
	})
	D := class(t, ts, "D", nil, "__len__", pyFunc("len-1", ""), "__bool__", pyFunc("ret1", ""),
		"__repr__", pyFunc("ret1", ""), "__hash__", pyFunc("big", ""), "__index__", pyFunc("strx", ""),
		"__eq__", pyFunc("eq", ""), "__str__", pyFunc("ret1", ""))
	E := class(t, ts, "E", nil, "__len__", pyFunc("len3", ""), "__eq__", pyFunc("true", ""),
		"__getattr__", pyFunc("getattr", ""), "__call__", pyFunc("call", ""), "__iter__", pyFunc("iter", ""),
		"__next__", pyFunc("next", ""), "__getitem__", pyFunc("getitem", ""))
	d, _ := Call(ts, D, nil, nil)
	e, _ := Call(ts, E, nil, nil)
	// H's __hash__ is inherited from object, but its own __eq__ makes it unhashable.
	check(t, ts, []caseResult{
		{"len(D())", func() (Object, error) { n, err := Len(ts, d); return NewInt(int64(n)), err }, "ValueError: __len__() should return >= 0"},
		{"bool(D())", func() (Object, error) { b, err := IsTrue(ts, d); return NewBool(b), err }, "TypeError: __bool__ should return bool, returned int"},
		{"repr(D())", func() (Object, error) { return Repr(ts, d) }, "TypeError: __repr__ returned non-string (type int)"},
		{"str(D())", func() (Object, error) { return StrOf(ts, d) }, "TypeError: __str__ returned non-string (type int)"},
		{"hash(D())", func() (Object, error) { h, err := Hash(ts, d); return NewInt(h), err }, "512"},
		{"operator.index(D())", func() (Object, error) { return Index(ts, d) }, "TypeError: __index__ returned non-int (type str)"},
		{"D() == 1", func() (Object, error) { return Compare(ts, d, NewInt(1), CmpEQ) }, "'eq'"},
		{"D() != 1", func() (Object, error) { return Compare(ts, d, NewInt(1), CmpNE) }, "False"},
		{"hash(E())", func() (Object, error) { h, err := Hash(ts, e); return NewInt(h), err }, "TypeError: unhashable type: 'E'"},
		{"E.__hash__", func() (Object, error) { return getattr(ts, E, "__hash__") }, "None"},
		{"bool(E())", func() (Object, error) { b, err := IsTrue(ts, e); return NewBool(b), err }, "True"},
		{"E().foo", func() (Object, error) { return getattr(ts, e, "foo") }, "('foo',)"},
		{"E()(1, k=2)", func() (Object, error) { return Call(ts, e, []Object{NewInt(1), NewInt(2)}, kw("k")) }, "(1, 2)"},
		{"list(E())", func() (Object, error) {
			it, err := GetIter(ts, e)
			if err != nil {
				return nil, err
			}
			v, err := Next(ts, it)
			return NewBool(v == nil), err
		}, "True"},
		{"E()['k']", func() (Object, error) { return GetItem(ts, e, str("k")) }, "'k'"},
		{"len(E())", func() (Object, error) { n, err := Len(ts, e); return NewInt(int64(n)), err }, "3"},
	})
}

func TestMethodCacheDoesNotAllocate(t *testing.T) {
	ts := testThread(nil)
	A := class(t, ts, "A", nil, "x", NewInt(1))
	B := class(t, ts, "B", []Object{A})
	o, _ := Call(ts, B, nil, nil)
	name := str("x")
	if v := B.Lookup(ts, name); v == nil {
		t.Fatal("B.x not found")
	}
	if n := testing.AllocsPerRun(100, func() { B.Lookup(ts, name) }); n != 0 {
		t.Errorf("a method cache hit allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { GetAttr(ts, o, name) }); n != 0 {
		t.Errorf("o.x (a class attribute) allocates %v times", n)
	}
	if err := SetAttr(ts, A, name, NewInt(2)); err != nil {
		t.Fatal(err)
	}
	if v, _ := GetAttr(ts, o, name); v.(*Int).String() != "2" {
		t.Errorf("after A.x = 2, o.x = %v: the method cache kept a stale entry", v)
	}
}

func TestBuiltinSubclassSlots(t *testing.T) {
	ts := testThread(map[string]goBody{
		"I.radd": returns(str("I.radd")),
	})
	Mixin := class(t, ts, "Mixin", nil)
	C := class(t, ts, "C", []Object{Mixin, IntType})
	I := class(t, ts, "I", []Object{IntType}, "__radd__", pyFunc("I.radd", ""))
	c, err := Call(ts, C, []Object{NewInt(5)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	i, err := Call(ts, I, []Object{NewInt(2)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	check(t, ts, []caseResult{
		{"repr(C(5)) (int's repr, not the mixin's inherited object repr)", func() (Object, error) { return c, nil }, "5"},
		{"C(5) + 1", func() (Object, error) { return Binary(ts, c, NewInt(1), OpAdd) }, "6"},
		{"type(C(5) + 1)", func() (Object, error) { r, err := Binary(ts, c, NewInt(1), OpAdd); return r.Type(), err }, "<class 'int'>"},
		{"1 + I(2) (a subclass's reflected method first)", func() (Object, error) { return Binary(ts, NewInt(1), i, OpAdd) }, "'I.radd'"},
		{"I(2) + 1", func() (Object, error) { return Binary(ts, i, NewInt(1), OpAdd) }, "3"},
		{"hash(C(5))", func() (Object, error) { h, err := Hash(ts, c); return NewInt(h), err }, "5"},
		{"format(C(5), '>3')", func() (Object, error) { return Format(ts, c, str(">3")) }, "'  5'"},
		{"C(5) == 5", func() (Object, error) { return Compare(ts, c, NewInt(5), CmpEQ) }, "True"},
		{"C(5).x = 1; C(5).x", func() (Object, error) {
			if err := SetAttr(ts, c, str("x"), NewInt(1)); err != nil {
				return nil, err
			}
			return getattr(ts, c, "x")
		}, "1"},
	})
}

func TestDivmodDispatch(t *testing.T) {
	ts := testThread(map[string]goBody{"A.rdivmod": returns(str("A.rdivmod"))})
	A := class(t, ts, "A", nil, "__rdivmod__", pyFunc("A.rdivmod", ""))
	a, _ := Call(ts, A, nil, nil)
	check(t, ts, []caseResult{
		{"divmod(7, A())", func() (Object, error) { return DivMod(ts, NewInt(7), a) }, "'A.rdivmod'"},
		{"divmod(A(), 7)", func() (Object, error) { return DivMod(ts, a, NewInt(7)) }, "TypeError: unsupported operand type(s) for divmod(): 'A' and 'int'"},
		{"int.__divmod__(7, 2)", func() (Object, error) { return callAttr(ts, IntType, "__divmod__", NewInt(7), NewInt(2)) }, "(3, 1)"},
		{"(2).__rdivmod__(7)", func() (Object, error) { return callAttr(ts, NewInt(2), "__rdivmod__", NewInt(7)) }, "(3, 1)"},
	})
}

func TestAsyncSlotsAndCallSpecial(t *testing.T) {
	ts := testThread(map[string]goBody{"await": returns(str("awaited")), "round": returns(NewInt(3))})
	A := class(t, ts, "A", nil, "__await__", pyFunc("await", ""), "__round__", pyFunc("round", ""))
	a, _ := Call(ts, A, nil, nil)
	check(t, ts, []caseResult{
		{"A().__await__ through the slot", func() (Object, error) { return A.Slots.Await(ts, a) }, "'awaited'"},
		{"A has no __aiter__ slot", func() (Object, error) { return NewBool(A.Slots.AIter == nil), nil }, "True"},
		{"round(A())", func() (Object, error) {
			r, found, err := CallSpecial(ts, a, str("__round__"))
			return NewTuple([]Object{r, NewBool(found)}), err
		}, "(3, True)"},
		{"A().__trunc__ missing", func() (Object, error) {
			_, found, err := CallSpecial(ts, a, str("__trunc__"))
			return NewBool(found), err
		}, "False"},
	})
}

func TestSequenceProtocolIteration(t *testing.T) {
	ts := testThread(map[string]goBody{
		"getitem": func(ts *Thread, args []Object, _ *Tuple) (Object, error) {
			i, _ := args[1].(*Int).Int64()
			if i < 3 {
				return NewInt(i * 10), nil
			}
			return nil, NewException(IndexErrorType, args[1])
		},
	})
	S := class(t, ts, "S", nil, "__getitem__", pyFunc("getitem", ""))
	s, _ := Call(ts, S, nil, nil)
	list := func() (Object, error) {
		it, err := GetIter(ts, s)
		if err != nil {
			return nil, err
		}
		var items []Object
		for {
			v, err := Next(ts, it)
			if err != nil {
				return nil, err
			}
			if v == nil {
				return NewList(items), nil
			}
			items = append(items, v)
		}
	}
	check(t, ts, []caseResult{
		{"iter(S())", func() (Object, error) { return GetIter(ts, s) }, "<iterator object at 0x...>"},
		{"list(S())", list, "[0, 10, 20]"},
		{"20 in S()", func() (Object, error) { r, err := Contains(ts, s, NewInt(20)); return NewBool(r), err }, "True"},
		{"5 in S()", func() (Object, error) { r, err := Contains(ts, s, NewInt(5)); return NewBool(r), err }, "False"},
		{"iter({})", func() (Object, error) { it, err := GetIter(ts, NewDict()); return it.Type(), err }, "<class 'dict_keyiterator'>"},
	})
}

func TestLookupSpecial(t *testing.T) {
	ts := testThread(map[string]goBody{"enter": returns(str("entered"))})
	M := class(t, ts, "M", nil, "__enter__", pyFunc("enter", "M.__enter__"))
	m, _ := Call(ts, M, nil, nil)
	// An instance attribute does not count: special methods are looked up on the type.
	SetAttr(ts, m, str("__exit__"), NewInt(1))
	check(t, ts, []caseResult{
		{"type(m).__enter__ bound", func() (Object, error) { return LookupSpecial(ts, m, str("__enter__")) }, "<bound method M.__enter__ of <__main__.M object at 0x...>>"},
		{"type(m).__exit__", func() (Object, error) {
			v, err := LookupSpecial(ts, m, str("__exit__"))
			return NewBool(v == nil), err
		}, "True"},
	})
}
