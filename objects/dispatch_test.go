package objects

import (
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	// The tests hash as CPython with PYTHONHASHSEED=0 does. The seed must be set before the
	// types' namespaces are filled: a dict built under one seed cannot be searched under
	// another.
	SetHashSeed(0)
	ReadyBuiltinTypes()
	os.Exit(m.Run())
}

// result renders a value or an exception as CPython would print repr(value) or
// "Type: message".
func result(t *testing.T, v Object, err error) string {
	t.Helper()
	if err != nil {
		return err.Error()
	}
	r, err := Repr(nil, v)
	if err != nil {
		t.Fatal(err)
	}
	return r.Value()
}

func TestBinaryDispatch(t *testing.T) {
	i, f, s, b := NewInt(7), NewFloat(0.5), NewStr("ab"), True
	tests := []struct {
		a, b Object
		op   BinaryOp
		want string
	}{
		{i, f, OpAdd, "7.5"},
		{f, i, OpSubtract, "-6.5"},
		{b, i, OpAdd, "8"},
		{i, NewInt(-2), OpFloorDivide, "-4"},
		{i, NewInt(-2), OpRemainder, "-1"},
		{NewInt(1 << 62), NewInt(4), OpMultiply, "18446744073709551616"},
		{s, s, OpAdd, "'abab'"},
		{s, i, OpAdd, `TypeError: can only concatenate str (not "int") to str`},
		{i, s, OpAdd, "TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
		{i, s, OpInplaceAdd, "TypeError: unsupported operand type(s) for +=: 'int' and 'str'"},
		{i, s, OpPower, "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'"},
		{i, NewInt(0), OpFloorDivide, "ZeroDivisionError: integer division or modulo by zero"},
		{f, NewFloat(0), OpTrueDivide, "ZeroDivisionError: float division by zero"},
	}
	for _, tt := range tests {
		v, err := Binary(nil, tt.a, tt.b, tt.op)
		got := result(t, v, err)
		if got != tt.want {
			t.Errorf("%v %s %v = %s, want %s", tt.a, tt.op.Symbol(), tt.b, got, tt.want)
		}
	}
}

func TestCompareDispatch(t *testing.T) {
	tests := []struct {
		a, b Object
		op   CompareOp
		want string
	}{
		{NewInt(1), NewFloat(1.5), CmpLT, "True"},
		{NewFloat(1.5), NewInt(1), CmpLT, "False"},
		{True, NewInt(1), CmpEQ, "True"},
		{NewStr("a"), NewStr("b"), CmpLT, "True"},
		{NewStr("a"), NewInt(1), CmpEQ, "False"},
		{NewStr("a"), NewInt(1), CmpNE, "True"},
		{NewStr("a"), NewInt(1), CmpLT, "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{None, None, CmpEQ, "True"},
	}
	for _, tt := range tests {
		v, err := Compare(nil, tt.a, tt.b, tt.op)
		got := result(t, v, err)
		if got != tt.want {
			t.Errorf("%v %s %v = %s, want %s", tt.a, tt.op.Symbol(), tt.b, got, tt.want)
		}
	}
}

func TestTruth(t *testing.T) {
	for _, tt := range []struct {
		v    Object
		want bool
	}{
		{None, false}, {True, true}, {NewInt(0), false}, {NewInt(-3), true}, {NewFloat(0), false},
		{EmptyStr, false}, {NewStr("x"), true}, {NewList(nil), false}, {NewTuple([]Object{None}), true},
		{NewDict(), false}, {IntType, true},
	} {
		if got, err := IsTrue(nil, tt.v); err != nil || got != tt.want {
			t.Errorf("bool(%v) = %v, %v; want %v", tt.v, got, err, tt.want)
		}
	}
}

func TestDictKeysVersion(t *testing.T) {
	d := NewDict()
	d.SetStr(NewStr("a"), NewInt(1))
	v1 := d.KeysVersion()
	d.SetStr(NewStr("a"), NewInt(2)) // a new value for an existing key keeps the keys
	if d.KeysVersion() != v1 {
		t.Error("keys version changed when only a value changed")
	}
	pos, _ := d.EntryIndex(nil, NewStr("a"))
	if got := d.EntryValue(pos); got.(*Int).String() != "2" {
		t.Errorf("EntryValue = %v", got)
	}
	d.SetStr(NewStr("b"), NewInt(3))
	if d.KeysVersion() == v1 {
		t.Error("keys version kept after a key was added")
	}
	for k := 0; k < 100; k++ {
		d.SetItem(nil, NewInt(int64(k)), NewInt(int64(k*k)))
	}
	if v, _ := d.GetItem(nil, NewInt(99)); v.(*Int).String() != "9801" || d.Len() != 102 {
		t.Errorf("after growth: d[99] = %v, len %d", v, d.Len())
	}
	if r := result(t, d, nil); r[:20] != "{'a': 2, 'b': 3, 0: " {
		t.Errorf("repr keeps insertion order: %s", r[:20])
	}
}
