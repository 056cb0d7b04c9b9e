package objects

import (
	"math/big"
	"testing"
)

// Expected values come from CPython 3.13 (sets built at run time with set([...]), add and the
// operators): sets print in its table order.

func setOf(t *testing.T, vs ...any) *Set {
	t.Helper()
	s, err := NewSetFrom(nil, objs(vs...))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSetOrder(t *testing.T) {
	big61 := NewBigInt(new(big.Int).Lsh(big.NewInt(1), 61))
	big20, _ := new(big.Int).SetString("100000000000000000000", 10)
	expect(t, "{3,1,2}", outcome(t, setOf(t, 3, 1, 2), nil), "{1, 2, 3}")
	// set([100, 5, 37]); the literal {100, 5, 37} prints {5, 100, 37} because the compiler's
	// constant frozenset is built another way.
	expect(t, "set([100,5,37])", outcome(t, setOf(t, 100, 5, 37), nil), "{37, 100, 5}")
	expect(t, "set(range(20,0,-3))", outcome(t, setOf(t, 20, 17, 14, 11, 8, 5, 2), nil), "{2, 5, 8, 11, 14, 17, 20}")
	expect(t, "bigs", outcome(t, setOf(t, -1, -2, big61, NewBigInt(big20)), nil), "{2305843009213693952, 100000000000000000000, -1, -2}")
	s := NewSet()
	for i := 0; i < 40; i++ {
		s.Add(nil, NewInt(int64(i)))
	}
	for i := 0; i < 40; i += 3 {
		s.Discard(nil, NewInt(int64(i)))
	}
	s.Add(nil, NewInt(1000))
	s.Add(nil, NewInt(3))
	expect(t, "after deletions", outcome(t, s, nil), "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 3, 25, 26, 28, 29, 31, 32, 34, 35, 37, 38, 1000}")

	bin := func(a, b Object, op BinaryOp) string {
		r, err := Binary(nil, a, b, op)
		return outcome(t, r, err)
	}
	a := func() *Set { return setOf(t, 1, 2, 3, 4, 5, 100, 37) }
	expect(t, "&", bin(a(), setOf(t, 37, 5, 2, 77), OpAnd), "{2, 37, 5}")
	expect(t, "-", bin(a(), setOf(t, 1), OpSubtract), "{2, 3, 100, 4, 5, 37}")
	expect(t, "^", bin(a(), setOf(t, 5, 6, 64), OpXor), "{64, 1, 2, 3, 4, 100, 6, 37}")
	expect(t, "|", bin(a(), setOf(t, 64, 32), OpOr), "{64, 1, 2, 3, 4, 5, 100, 37, 32}")
	expect(t, "| list", bin(a(), listOf(1), OpOr), "TypeError: unsupported operand type(s) for |: 'set' and 'list'")

	f, _ := NewFrozenSet(nil, listOf(1))
	expect(t, "frozenset repr", outcome(t, f, nil), "frozenset({1})")
	expect(t, "set()", outcome(t, NewSet(), nil), "set()")
	ef, _ := NewFrozenSet(nil, nil)
	expect(t, "frozenset()", outcome(t, ef, nil), "frozenset()")
	hash := func(o Object) string {
		h, err := Hash(nil, o)
		return outcome(t, NewInt(h), err)
	}
	expect(t, "hash(frozenset())", hash(ef), "133146708735736")
	f123, _ := NewFrozenSet(nil, listOf(1, 2, 3))
	expect(t, "hash(frozenset({1,2,3}))", hash(f123), "-272375401224217160")
	fb, _ := NewFrozenSet(nil, listOf(-1, 100, NewInt(1<<40)))
	expect(t, "hash(frozenset({-1,100,2**40}))", hash(fb), "1108997052450049339")
	expect(t, "hash(set())", hash(NewSet()), "TypeError: unhashable type: 'set'")

	p := setOf(t, 1, 2, 3)
	x, _ := p.Pop()
	y, _ := p.Pop()
	expect(t, "pops", outcome(t, tupleOf(x, y, p), nil), "(1, 2, {3})")
	_, err := NewSet().Pop()
	expect(t, "pop empty", outcome(t, nil, err), "KeyError: 'pop from an empty set'")

	// Iteration fails when the set changes size.
	it := newSetIterator(p)
	p.Add(nil, NewInt(9))
	_, err = it.Next()
	expect(t, "changed size", outcome(t, nil, err), "RuntimeError: Set changed size during iteration")

	in, err := Contains(nil, setOf(t, f123), setOf(t, 1, 2, 3))
	expect(t, "set in set of frozensets", outcome(t, NewBool(in), err), "True")
}

func TestDict(t *testing.T) {
	d := NewDict()
	d.SetItem(nil, NewStr("a"), NewInt(1))
	keys, _ := dictViewMethod(iterKeys, "dict.keys")(nil, d, nil, nil)
	items, _ := dictViewMethod(iterItems, "dict.items")(nil, d, nil, nil)
	values, _ := dictViewMethod(iterValues, "dict.values")(nil, d, nil, nil)
	expect(t, "views", outcome(t, tupleOf(keys, items, values), nil), "(dict_keys(['a']), dict_items([('a', 1)]), dict_values([1]))")

	one := NewDict()
	one.SetItem(nil, NewInt(1), NewInt(2))
	k1, _ := dictViewMethod(iterKeys, "dict.keys")(nil, one, nil, nil)
	i1, _ := dictViewMethod(iterItems, "dict.items")(nil, one, nil, nil)
	r, err := Binary(nil, k1, setOf(t, 3), OpOr)
	expect(t, "keys | {3}", outcome(t, r, err), "{1, 3}")
	r, err = Binary(nil, i1, setOf(t, tupleOf(1, 2)), OpSubtract)
	expect(t, "items - {(1,2)}", outcome(t, r, err), "set()")

	_, err = NewDict().PopItem()
	expect(t, "popitem empty", outcome(t, nil, err), "KeyError: 'popitem(): dictionary is empty'")
	err = NewDict().Update(nil, listOf(tupleOf(1, 2, 3)))
	expect(t, "update length 3", outcome(t, nil, err), "ValueError: dictionary update sequence element #0 has length 3; 2 is required")
	err = NewDict().Update(nil, listOf(1))
	expect(t, "update non-sequence", outcome(t, nil, err), "TypeError: cannot convert dictionary update sequence element #0 to a sequence")
	_, err = GetItem(nil, one, NewStr("x"))
	expect(t, "KeyError", outcome(t, nil, err), "KeyError: 'x'")

	// Changing a dict while iterating over it.
	d2, _ := NewDictFromPairs(nil, ints(1, 1, 2, 2))
	it := newDictIterator(d2, iterKeys, false)
	k, _ := it.Next()
	d2.SetItem(nil, NewInt(11), k)
	_, err = it.Next()
	expect(t, "changed size", outcome(t, nil, err), "RuntimeError: dictionary changed size during iteration")
	d3, _ := NewDictFromPairs(nil, ints(1, 1, 2, 2))
	it = newDictIterator(d3, iterKeys, false)
	for {
		k, err := it.Next()
		if err != nil {
			expect(t, "keys changed", outcome(t, nil, err), "RuntimeError: dictionary keys changed during iteration")
			break
		}
		if k == nil {
			t.Fatal("iteration ended without noticing the changed keys")
		}
		d3.DelItem(nil, k)
		v, _ := k.(*Int).Int64()
		d3.SetItem(nil, NewInt(v+10), NewInt(1))
	}

	rec := NewDict()
	rec.SetItem(nil, NewInt(1), rec)
	expect(t, "recursive", outcome(t, rec, nil), "{1: {...}}")

	// popitem is LIFO, and pop's default.
	d4, _ := NewDictFromPairs(nil, ints(1, 10, 2, 20, 3, 30))
	p, _ := d4.PopItem()
	v, _ := d4.Pop(nil, NewInt(7), NewStr("dflt"))
	expect(t, "popitem, pop", outcome(t, tupleOf(p, v, d4), nil), "((3, 30), 'dflt', {1: 10, 2: 20})")
	r, err = Binary(nil, d4, one, OpOr)
	expect(t, "d | e", outcome(t, r, err), "{1: 2, 2: 20}")
	eq, err := Compare(nil, d4, d4.Copy(), CmpEQ)
	expect(t, "d == d.copy()", outcome(t, eq, err), "True")
}
