package objects

import "testing"

// callNumberMethod calls o.name(*args) through attribute lookup, as Python code does.
func callNumberMethod(t *testing.T, o Object, name string, args []Object, kwnames *Tuple) (Object, error) {
	t.Helper()
	m, err := GetAttr(nil, o, NewStr(name))
	if err != nil {
		return nil, err
	}
	return Call(nil, m, args, kwnames)
}

// The expected values are CPython 3.13's.
func TestNumberMethods(t *testing.T) {
	kw := func(names ...string) *Tuple {
		items := make([]Object, len(names))
		for i, n := range names {
			items[i] = NewStr(n)
		}
		return NewTuple(items)
	}
	tests := []struct {
		o    Object
		name string
		args []Object
		kw   *Tuple
		want string
	}{
		{NewInt(-5), "bit_length", nil, nil, "int:3"},
		{NewInt(255), "bit_count", nil, nil, "int:8"},
		{NewInt(7), "as_integer_ratio", nil, nil, "tuple:(7, 1)"},
		{True, "conjugate", nil, nil, "int:1"},
		{NewInt(1024), "to_bytes", []Object{NewInt(2), NewStr("big")}, nil, `bytes:b'\x04\x00'`},
		{NewInt(-1), "to_bytes", []Object{NewInt(2), NewStr("little"), True}, kw("signed"), `bytes:b'\xff\xff'`},
		{NewInt(256), "to_bytes", nil, nil, "!OverflowError: int too big to convert"},
		{NewInt(-129), "to_bytes", []Object{NewInt(1), NewStr("big"), True}, kw("signed"), "!OverflowError: int too big to convert"},
		{NewInt(-128), "to_bytes", []Object{NewInt(1), NewStr("big"), True}, kw("signed"), `bytes:b'\x80'`},
		{NewInt(-1), "to_bytes", nil, nil, "!OverflowError: can't convert negative int to unsigned"},
		{IntType, "from_bytes", []Object{NewBytes([]byte{0xff, 0xfe}), NewStr("little"), True}, kw("signed"), "int:-257"},
		{IntType, "from_bytes", []Object{NewBytes([]byte{1, 0})}, nil, "int:256"},
		{NewInt(25), "__round__", []Object{NewInt(-1)}, nil, "int:20"},
		{NewFloat(2.675), "__round__", []Object{NewInt(2)}, nil, "float:2.67"},
		{NewFloat(2.5), "__round__", nil, nil, "int:2"},
		{NewFloat(-0.5), "as_integer_ratio", nil, nil, "tuple:(-1, 2)"},
		{NewFloat(1.5), "hex", nil, nil, "str:'0x1.8000000000000p+0'"},
		{FloatType, "fromhex", []Object{NewStr("0x1.8p1")}, nil, "float:3.0"},
		{NewFloat(3.0), "is_integer", nil, nil, "bool:True"},
		{NewFloat(-3.5), "__floor__", nil, nil, "int:-4"},
		{NewComplex(3 - 4i), "conjugate", nil, nil, "complex:(3+4j)"},
	}
	for _, tt := range tests {
		got := renderNumber(callNumberMethod(t, tt.o, tt.name, tt.args, tt.kw))
		if got != tt.want {
			t.Errorf("%s(%v): got %s, want %s", tt.name, tt.args, got, tt.want)
		}
	}
	attrs := []struct {
		o    Object
		name string
		want string
	}{
		{NewInt(5), "real", "int:5"}, {NewInt(5), "imag", "int:0"}, {True, "numerator", "int:1"},
		{NewInt(5), "denominator", "int:1"}, {NewFloat(1.5), "real", "float:1.5"},
		{NewFloat(1.5), "imag", "float:0.0"}, {NewComplex(1 + 2i), "imag", "float:2.0"},
	}
	for _, a := range attrs {
		if got := renderNumber(GetAttr(nil, a.o, NewStr(a.name))); got != a.want {
			t.Errorf("%s: got %s, want %s", a.name, got, a.want)
		}
	}
}

// Constructors called as Python calls them.
func TestNumberConstructors(t *testing.T) {
	tests := []struct {
		cls  *Type
		args []Object
		want string
	}{
		{IntType, nil, "int:0"},
		{IntType, []Object{NewStr(" 0x_1f "), NewInt(0)}, "int:31"},
		{IntType, []Object{NewFloat(-2.9)}, "int:-2"},
		{IntType, []Object{NewBytes([]byte("12"))}, "int:12"},
		{IntType, []Object{NewInt(5), NewInt(10)}, "!TypeError: int() can't convert non-string with explicit base"},
		{IntType, []Object{NewStr("z"), NewInt(37)}, "!ValueError: int() base must be >= 2 and <= 36, or 0"},
		{FloatType, []Object{NewStr("1_0.5")}, "float:10.5"},
		{FloatType, []Object{True}, "float:1.0"},
		{ComplexType, []Object{NewStr("1+2j")}, "complex:(1+2j)"},
		{ComplexType, []Object{NewInt(1), NewFloat(2)}, "complex:(1+2j)"},
		{ComplexType, []Object{NewComplex(1i), NewComplex(1i)}, "complex:(-1+1j)"},
	}
	for _, tt := range tests {
		if got := renderNumber(Call(nil, tt.cls, tt.args, nil)); got != tt.want {
			t.Errorf("%s%v: got %s, want %s", tt.cls.Name, tt.args, got, tt.want)
		}
	}
}

// BenchmarkIntAdd measures the specialized instructions' int addition on small values.
func BenchmarkIntAdd(b *testing.B) {
	x, y := NewInt(1000), NewInt(2345)
	var r *Int
	for i := 0; i < b.N; i++ {
		r = x.Add(y)
	}
	_ = r
}

// BenchmarkIntAddSmall measures addition whose result is a preallocated small int.
func BenchmarkIntAddSmall(b *testing.B) {
	x, y := NewInt(100), NewInt(23)
	var r *Int
	for i := 0; i < b.N; i++ {
		r = x.Add(y)
	}
	_ = r
}
