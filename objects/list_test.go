package objects

import (
	"math/big"
	"testing"
)

// Expected values come from CPython 3.13.

func digits() *List { return listOf(0, 1, 2, 3, 4, 5, 6, 7, 8, 9) }

func TestListSliceAssignment(t *testing.T) {
	cases := []struct {
		name string
		key  *Slice
		v    Object // nil deletes
		want string
	}{
		{"l[2:5]=[]", sl(2, 5, nil), listOf(), "[0, 1, 5, 6, 7, 8, 9]"},
		{"l[::2]=[0..4]", sl(nil, nil, 2), listOf(0, 1, 2, 3, 4), "[0, 1, 1, 3, 2, 5, 3, 7, 4, 9]"},
		{"l[::-3]=abcd", sl(nil, nil, -3), listOf("a", "b", "c", "d"), "['d', 1, 2, 'c', 4, 5, 'b', 7, 8, 'a']"},
		{"del l[::2]", sl(nil, nil, 2), nil, "[1, 3, 5, 7, 9]"},
		{"del l[::-3]", sl(nil, nil, -3), nil, "[1, 2, 4, 5, 7, 8]"},
		{"del l[1:8:3]", sl(1, 8, 3), nil, "[0, 2, 3, 5, 6, 8, 9]"},
		{"l[5:2]=['x']", sl(5, 2, nil), listOf("x"), "[0, 1, 2, 3, 4, 'x', 5, 6, 7, 8, 9]"},
		{"l[-100:2]=[7]", sl(-100, 2, nil), listOf(7), "[7, 2, 3, 4, 5, 6, 7, 8, 9]"},
		{"del l[::-1]", sl(nil, nil, -1), nil, "[]"},
		{"l[3:1:-1]=[]", sl(3, 1, -1), listOf(), "ValueError: attempt to assign sequence of size 0 to extended slice of size 2"},
		{"l[::2]=[1,2,3]", sl(nil, nil, 2), listOf(1, 2, 3), "ValueError: attempt to assign sequence of size 3 to extended slice of size 5"},
		{"l[1::-1]=ab", sl(1, nil, -1), listOf("a", "b"), "['b', 'a', 2, 3, 4, 5, 6, 7, 8, 9]"},
		{"l[2:8]=(ab,)", sl(2, 8, nil), tupleOf("a", "b"), "[0, 1, 'a', 'b', 8, 9]"},
		{"l[1:3]=5", sl(1, 3, nil), NewInt(5), "TypeError: must assign iterable to extended slice"},
		{"l[::2]=5", sl(nil, nil, 2), NewInt(5), "TypeError: must assign iterable to extended slice"},
		{"l[2**100:]=[1]", NewSlice(NewBigInt(new(big.Int).Lsh(big.NewInt(1), 100)), None, None), listOf(1), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1]"},
		{"l['a':]=[]", sl("a", nil, nil), listOf(), "TypeError: slice indices must be integers or None or have an __index__ method"},
		{"l[::0]=[]", sl(nil, nil, 0), listOf(), "ValueError: slice step cannot be zero"},
	}
	for _, c := range cases {
		l := digits()
		var err error
		if c.v == nil {
			err = DelItem(nil, l, c.key)
		} else {
			err = SetItem(nil, l, c.key, c.v)
		}
		expect(t, c.name, outcome(t, l, err), c.want)
	}
	// Assigning a list to a slice of itself works on a copy.
	l := digits()
	if err := SetItem(nil, l, sl(8, nil, nil), l); err != nil {
		t.Fatal(err)
	}
	expect(t, "l[8:]=l", outcome(t, l, nil), "[0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]")
	l = digits()
	if err := SetItem(nil, l, sl(nil, nil, -1), l); err != nil {
		t.Fatal(err)
	}
	expect(t, "l[::-1]=l", outcome(t, l, nil), "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]")
}

func TestListIndexing(t *testing.T) {
	l := listOf(1, 2, 3)
	huge := NewBigInt(new(big.Int).Lsh(big.NewInt(1), 100))
	for _, c := range []struct {
		key  Object
		want string
	}{
		{NewInt(-1), "3"},
		{NewInt(10), "IndexError: list index out of range"},
		{NewInt(-4), "IndexError: list index out of range"},
		{NewStr("a"), "TypeError: list indices must be integers or slices, not str"},
		{NewFloat(1), "TypeError: list indices must be integers or slices, not float"},
		{huge, "IndexError: cannot fit 'int' into an index-sized integer"},
		{True, "2"},
		{NewSlice(huge, None, None), "[]"},
		{sl(nil, nil, -2), "[3, 1]"},
		{sl(-2, nil, nil), "[2, 3]"},
		{sl(1, 0, -1), "[2]"},
	} {
		v, err := GetItem(nil, l, c.key)
		expect(t, "l["+outcome(t, c.key, nil)+"]", outcome(t, v, err), c.want)
	}
	expect(t, "l[5]=5", outcome(t, nil, SetItem(nil, l, NewInt(5), NewInt(5))), "IndexError: list assignment index out of range")
	expect(t, "del l[5]", outcome(t, nil, DelItem(nil, l, NewInt(5))), "IndexError: list assignment index out of range")
	expect(t, "l['a']=5", outcome(t, nil, SetItem(nil, l, NewStr("a"), NewInt(5))), "TypeError: list indices must be integers or slices, not str")
	if err := DelItem(nil, l, NewInt(0)); err != nil {
		t.Fatal(err)
	}
	expect(t, "del l[0]", outcome(t, l, nil), "[2, 3]")
}

func TestListMethods(t *testing.T) {
	type step func(l *List) (Object, error)
	m := func(fn func(*Thread, Object, []Object, *Tuple) (Object, error), args ...any) step {
		return func(l *List) (Object, error) { return call(fn, l, args...) }
	}
	cases := []struct {
		name string
		do   step
		want string // the result, then the list
	}{
		{"insert(-100,'x')", m(listInsert, -100, "x"), "None ['x', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"},
		{"insert(100,'x')", m(listInsert, 100, "x"), "None [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 'x']"},
		{"insert(-1,'x')", m(listInsert, -1, "x"), "None [0, 1, 2, 3, 4, 5, 6, 7, 8, 'x', 9]"},
		{"insert(1)", m(listInsert, 1), "TypeError: insert expected 2 arguments, got 1"},
		{"pop()", m(listPop), "9 [0, 1, 2, 3, 4, 5, 6, 7, 8]"},
		{"pop(-10)", m(listPop, -10), "0 [1, 2, 3, 4, 5, 6, 7, 8, 9]"},
		{"pop(-11)", m(listPop, -11), "IndexError: pop index out of range"},
		{"pop('a')", m(listPop, "a"), "TypeError: 'str' object cannot be interpreted as an integer"},
		{"pop(1,2)", m(listPop, 1, 2), "TypeError: pop expected at most 1 argument, got 2"},
		{"remove(5)", m(listRemove, 5), "None [0, 1, 2, 3, 4, 6, 7, 8, 9]"},
		{"remove(50)", m(listRemove, 50), "ValueError: list.remove(x): x not in list"},
		{"index(5)", m(listIndex, 5), "5 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"},
		{"index(5,-3)", m(listIndex, 5, -3), "ValueError: 5 is not in list"},
		{"index(5,6)", m(listIndex, 5, 6), "ValueError: 5 is not in list"},
		{"index(5,1,5)", m(listIndex, 5, 1, 5), "ValueError: 5 is not in list"},
		{"index(5,-5,-4)", m(listIndex, 5, -5, -4), "5 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"},
		{"index('a')", m(listIndex, "a"), "ValueError: 'a' is not in list"},
		{"index(5,'a')", m(listIndex, 5, "a"), "TypeError: slice indices must be integers or have an __index__ method"},
		{"index()", m(listIndex), "TypeError: index expected at least 1 argument, got 0"},
		{"count(3)", m(listCount, 3), "1 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"},
		{"count()", m(listCount), "TypeError: list.count() takes exactly one argument (0 given)"},
		{"append()", m(listAppend), "TypeError: list.append() takes exactly one argument (0 given)"},
		{"clear()", m(listClear), "None []"},
		{"reverse()", m(listReverse), "None [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]"},
		{"copy()", m(listCopy), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"},
		{"extend(l)", func(l *List) (Object, error) { return call(listExtend, l, l) }, "None [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"},
		{"extend(iter(['a','b']))", func(l *List) (Object, error) {
			it, _ := GetIter(nil, listOf("a", "b"))
			return call(listExtend, l, it)
		}, "None [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 'a', 'b']"},
		{"extend(5)", m(listExtend, 5), "TypeError: 'int' object is not iterable"},
		{"l*=0", func(l *List) (Object, error) { return Binary(nil, l, NewInt(0), OpInplaceMultiply) }, "[] []"},
		{"l+=(1,)", func(l *List) (Object, error) { return Binary(nil, l, tupleOf(1), OpInplaceAdd) }, "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1]"},
		{"l+(1,)", func(l *List) (Object, error) { return Binary(nil, l, tupleOf(1), OpAdd) }, "TypeError: can only concatenate list (not \"tuple\") to list"},
		{"l*'a'", func(l *List) (Object, error) { return Binary(nil, l, NewStr("a"), OpMultiply) }, "TypeError: can't multiply sequence by non-int of type 'str'"},
		{"sort(reverse=True)", func(l *List) (Object, error) {
			a, k := kwArgs(nil, "reverse", True)
			return listSort(nil, l, a, k)
		}, "None [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]"},
		{"sort(1)", m(listSort, 1), "TypeError: sort() takes no positional arguments"},
		{"sort(foo=1)", func(l *List) (Object, error) {
			a, k := kwArgs(nil, "foo", 1)
			return listSort(nil, l, a, k)
		}, "TypeError: sort() got an unexpected keyword argument 'foo'"},
		{"sort(key=1)", func(l *List) (Object, error) {
			a, k := kwArgs(nil, "key", 1)
			return listSort(nil, l, a, k)
		}, "TypeError: 'int' object is not callable"},
	}
	for _, c := range cases {
		l := digits()
		r, err := c.do(l)
		got := outcome(t, r, err)
		if err == nil {
			got += " " + outcome(t, l, nil)
		}
		expect(t, c.name, got, c.want)
	}
}

func TestListOperators(t *testing.T) {
	cmp := func(a, b Object, op CompareOp) string {
		r, err := Compare(nil, a, b, op)
		return outcome(t, r, err)
	}
	nan := NewFloat(0)
	nan.value = nan.value / nan.value
	for _, c := range []struct{ got, want string }{
		{cmp(listOf(1, 2), listOf(1, 3), CmpLT), "True"},
		{cmp(listOf(1, 2), listOf(1, NewFloat(2)), CmpEQ), "True"},
		{cmp(listOf(1, 2), listOf(1), CmpLE), "False"},
		{cmp(listOf(1), listOf(1, 2), CmpLT), "True"},
		{cmp(listOf(1), listOf("a"), CmpLT), "TypeError: '<' not supported between instances of 'int' and 'str'"},
		{cmp(listOf(NewFloat(nan.value)), listOf(NewFloat(nan.value)), CmpEQ), "False"},
		{cmp(listOf(nan), listOf(nan), CmpEQ), "True"}, // identity first
		{cmp(listOf(1), tupleOf(1), CmpEQ), "False"},
		{cmp(listOf(1), tupleOf(1), CmpLT), "TypeError: '<' not supported between instances of 'list' and 'tuple'"},
	} {
		expect(t, "compare", c.got, c.want)
	}
	r, err := Binary(nil, listOf(1, listOf(2, 3)), NewInt(2), OpMultiply)
	expect(t, "[1,[2,3]]*2", outcome(t, r, err), "[1, [2, 3], 1, [2, 3]]")
	r, err = Binary(nil, NewInt(2), listOf(1), OpMultiply)
	expect(t, "2*[1]", outcome(t, r, err), "[1, 1]")
	_, err = Hash(nil, listOf())
	expect(t, "hash([])", outcome(t, nil, err), "TypeError: unhashable type: 'list'")
	in, err := Contains(nil, listOf(1, NewFloat(2)), NewInt(2))
	expect(t, "2 in [1, 2.0]", outcome(t, NewBool(in), err), "True")

	rec := listOf(1)
	rec.Append(rec)
	expect(t, "recursive", outcome(t, rec, nil), "[1, [...]]")
	tup := tupleOf(listOf())
	tup.items[0].(*List).Append(tup)
	expect(t, "recursive tuple", outcome(t, tup, nil), "([(...)],)")
}

// ordered is a value whose < raises for one poisoned value, and counts the calls.
type ordered struct {
	v      int
	poison bool
}

var orderedType = newType("ordered", ObjectType)

func (*ordered) Type() *Type { return orderedType }

func init() {
	orderedType.Slots.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		x, y := a.(*ordered), b.(*ordered)
		if x.poison || y.poison {
			return nil, Errorf(RuntimeErrorType, "boom")
		}
		return NewBool(op.Holds(x.v - y.v)), nil
	}
	orderedType.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		return NewStr("C" + NewInt(int64(o.(*ordered).v)).String()), nil
	}
}

func TestListSort(t *testing.T) {
	// Stability with a key, forwards and reversed, over enough items to merge runs.
	var items []Object
	for i := 0; i < 200; i++ {
		items = append(items, tupleOf((i*37)%11, i))
	}
	l := NewList(items)
	first := &BuiltinKey{f: func(o Object) Object { return o.(*Tuple).items[0] }}
	if err := l.Sort(nil, first, false); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(l.items); i++ {
		a, b := l.items[i-1].(*Tuple), l.items[i].(*Tuple)
		ka, _ := a.items[0].(*Int).Int64()
		kb, _ := b.items[0].(*Int).Int64()
		ia, _ := a.items[1].(*Int).Int64()
		ib, _ := b.items[1].(*Int).Int64()
		if ka > kb || (ka == kb && ia > ib) {
			t.Fatalf("not a stable sort at %d: %v %v", i, outcome(t, a, nil), outcome(t, b, nil))
		}
	}
	if err := l.Sort(nil, first, true); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(l.items); i++ {
		a, b := l.items[i-1].(*Tuple), l.items[i].(*Tuple)
		ka, _ := a.items[0].(*Int).Int64()
		kb, _ := b.items[0].(*Int).Int64()
		ia, _ := a.items[1].(*Int).Int64()
		ib, _ := b.items[1].(*Int).Int64()
		if ka < kb || (ka == kb && ia > ib) {
			t.Fatalf("reverse sort not stable at %d", i)
		}
	}
	mod3 := &BuiltinKey{f: func(o Object) Object { v, _ := o.(*Int).Int64(); return NewInt(v % 3) }}
	l = digits()
	expect(t, "key=x%3", outcome(t, l, l.Sort(nil, mod3, false)), "[0, 3, 6, 9, 1, 4, 7, 2, 5, 8]")
	l = digits()
	expect(t, "key=x%3 reverse", outcome(t, l, l.Sort(nil, mod3, true)), "[2, 5, 8, 1, 4, 7, 0, 3, 6, 9]")

	// A key function that changes the list.
	l = listOf(3, 1, 2)
	grow := &BuiltinKey{f: func(o Object) Object { l.Append(NewInt(1)); return o }}
	expect(t, "modified", outcome(t, nil, l.Sort(nil, grow, false)), "ValueError: list modified during sort")
	expect(t, "after modified", outcome(t, l, nil), "[1, 2, 3]")

	// A comparison error propagates and the list keeps every item.
	l = NewList([]Object{&ordered{v: 3}, &ordered{v: 1}, &ordered{v: 2, poison: true}})
	expect(t, "poisoned", outcome(t, nil, l.Sort(nil, nil, false)), "RuntimeError: boom")
	if len(l.items) != 3 {
		t.Fatalf("items lost: %s", outcome(t, l, nil))
	}
	l = listOf(1, "a")
	expect(t, "mixed", outcome(t, nil, l.Sort(nil, nil, false)), "TypeError: '<' not supported between instances of 'str' and 'int'")
}

// BuiltinKey is a callable wrapping a Go function, for key= in tests.
type BuiltinKey struct{ f func(Object) Object }

var builtinKeyType = newType("key", ObjectType)

func (*BuiltinKey) Type() *Type { return builtinKeyType }

func init() {
	builtinKeyType.Slots.Call = func(ts *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		return o.(*BuiltinKey).f(args[0]), nil
	}
}

func TestTuple(t *testing.T) {
	bin := func(a, b Object, op BinaryOp) string {
		r, err := Binary(nil, a, b, op)
		return outcome(t, r, err)
	}
	item := func(o, k Object) string {
		r, err := GetItem(nil, o, k)
		return outcome(t, r, err)
	}
	hash := func(o Object) string {
		h, err := Hash(nil, o)
		return outcome(t, NewInt(h), err)
	}
	cmp := func(a, b Object, op CompareOp) string {
		r, err := Compare(nil, a, b, op)
		return outcome(t, r, err)
	}
	for _, c := range []struct{ name, got, want string }{
		{"+", bin(tupleOf(1, 2), tupleOf(3), OpAdd), "(1, 2, 3)"},
		{"+list", bin(tupleOf(1), listOf(2), OpAdd), "TypeError: can only concatenate tuple (not \"list\") to tuple"},
		{"*", bin(tupleOf(1, 2), NewInt(3), OpMultiply), "(1, 2, 1, 2, 1, 2)"},
		{"[::-2]", item(tupleOf(1, 2, 3, 4, 5), sl(nil, nil, -2)), "(5, 3, 1)"},
		{"[5:]", item(tupleOf(1, 2, 3), sl(5, nil, nil)), "()"},
		{"[-5]", item(tupleOf(1, 2, 3), NewInt(-5)), "IndexError: tuple index out of range"},
		{"['a']", item(tupleOf(1), NewStr("a")), "TypeError: tuple indices must be integers or slices, not str"},
		{"repr1", outcome(t, tupleOf("a"), nil), "('a',)"},
		{"repr0", outcome(t, tupleOf(), nil), "()"},
		{"hash((1, 2))", hash(tupleOf(1, 2)), "-3550055125485641917"},
		{"hash(())", hash(tupleOf()), "5740354900026072187"},
		{"hash((1,))", hash(tupleOf(1)), "-6644214454873602895"},
		{"hash(((1,2),3,-1))", hash(tupleOf(tupleOf(1, 2), 3, -1)), "8848537358854414623"},
		{"hash((1,2,(3,4)))", hash(tupleOf(1, 2, tupleOf(3, 4))), "3794340727080330424"},
		{"hash((-1,))", hash(tupleOf(-1)), "8078679518589016365"},
		{"hash((2, True, None))", hash(tupleOf(2, True, None)), "8525506446577377920"},
		{"hash(([],))", hash(tupleOf(listOf())), "TypeError: unhashable type: 'list'"},
		{"hash(slice(1,2,3))", hash(sl(1, 2, 3)), "-2340833382717974474"},
		{"hash(slice(None))", hash(sl(nil, nil, nil)), "4032618106351268893"},
		{"<", cmp(tupleOf(1, 2, 3), tupleOf(1, 2), CmpLT), "False"},
		{"< mixed", cmp(tupleOf(1, "a"), tupleOf(1, 2), CmpLT), "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{"slice <", cmp(sl(1, 2, nil), sl(1, 3, nil), CmpLT), "True"},
	} {
		expect(t, c.name, c.got, c.want)
	}
	tp := tupleOf("a", "b", "c", 1, 2, 1)
	r, err := call(tupleIndex, tp, "c", 1)
	expect(t, "index", outcome(t, r, err), "2")
	r, err = call(tupleIndex, tp, 3)
	expect(t, "index missing", outcome(t, r, err), "ValueError: tuple.index(x): x not in tuple")
	r, err = call(tupleCount, tp, 1)
	expect(t, "count", outcome(t, r, err), "2")
}
