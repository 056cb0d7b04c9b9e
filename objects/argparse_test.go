package objects

import "testing"

// The parsers of CPython built-ins, with the messages CPython 3.13 gives for bad calls.
var (
	splitArgs     = ArgParser{FuncName: "split", Params: []string{"sep", "maxsplit"}, MaxPos: 2}
	fromBytesArgs = ArgParser{FuncName: "from_bytes", Params: []string{"bytes", "byteorder", "signed"}, MinPos: 1, MaxPos: 2}
	toBytesArgs   = ArgParser{FuncName: "to_bytes", Params: []string{"length", "byteorder", "signed"}, MaxPos: 2}
	sumArgs       = ArgParser{FuncName: "sum", Params: []string{"", "start"}, PosOnly: 1, MinPos: 1, MaxPos: 2}
	sortArgs      = ArgParser{FuncName: "sort", Params: []string{"key", "reverse"}}
)

func TestArgParserErrors(t *testing.T) {
	one, two, three := NewInt(1), NewInt(2), NewInt(3)
	tests := []struct {
		p       *ArgParser
		args    []Object
		kwnames *Tuple
		want    string
	}{
		{&splitArgs, []Object{one, two, three}, nil, "TypeError: split() takes at most 2 arguments (3 given)"},
		{&splitArgs, []Object{one}, kw("foo"), "TypeError: split() got an unexpected keyword argument 'foo'"},
		{&splitArgs, []Object{None, one}, kw("sep"), "TypeError: argument for split() given by name ('sep') and position (1)"},
		{&splitArgs, []Object{None, one, two}, kw("maxsplit"), "TypeError: split() takes at most 2 arguments (3 given)"},
		{&splitArgs, []Object{None, one, two}, kw("sep", "maxsplit", "x"), "TypeError: split() takes at most 2 keyword arguments (3 given)"},
		{&fromBytesArgs, nil, nil, "TypeError: from_bytes() missing required argument 'bytes' (pos 1)"},
		{&fromBytesArgs, []Object{str("big")}, kw("byteorder"), "TypeError: from_bytes() missing required argument 'bytes' (pos 1)"},
		{&toBytesArgs, []Object{one, str("big"), three}, nil, "TypeError: to_bytes() takes at most 2 positional arguments (3 given)"},
		{&toBytesArgs, []Object{one, str("big"), one, one}, kw("signed", "x"), "TypeError: to_bytes() takes at most 3 arguments (4 given)"},
		{&toBytesArgs, []Object{one}, kw("x"), "TypeError: to_bytes() got an unexpected keyword argument 'x'"},
		{&sumArgs, nil, nil, "TypeError: sum() takes at least 1 positional argument (0 given)"},
		{&sumArgs, []Object{NewList(nil)}, kw("iterable"), "TypeError: sum() takes at least 1 positional argument (0 given)"},
		{&sumArgs, []Object{NewList(nil), one, two}, nil, "TypeError: sum() takes at most 2 arguments (3 given)"},
		{&sumArgs, []Object{NewList(nil), one, two}, kw("start", "x"), "TypeError: sum() takes at most 2 arguments (3 given)"},
		{&sortArgs, []Object{one}, nil, "TypeError: sort() takes no positional arguments"},
		{&sortArgs, []Object{one}, kw("x"), "TypeError: sort() got an unexpected keyword argument 'x'"},
	}
	for _, tt := range tests {
		out := make([]Object, len(tt.p.Params))
		err := tt.p.Parse(tt.args, tt.kwnames, out)
		if got := show(nil, nil, err); got != tt.want {
			t.Errorf("%s%v kw=%v:\n got  %s\n want %s", tt.p.FuncName, tt.args, tt.kwnames, got, tt.want)
		}
	}
}

func TestArgParserBinds(t *testing.T) {
	one, two := NewInt(1), NewInt(2)
	out := make([]Object, 3)
	if err := toBytesArgs.Parse([]Object{one, two, True}, kw("byteorder", "signed"), out); err != nil {
		t.Fatal(err)
	}
	if out[0] != one || out[1] != two || out[2] != True {
		t.Errorf("to_bytes(1, byteorder=2, signed=True) bound %v", out)
	}
	out = make([]Object, 2)
	if err := sumArgs.Parse([]Object{one}, nil, out); err != nil || out[0] != one || out[1] != nil {
		t.Errorf("sum(1) bound %v, %v", out, err)
	}
	if err := sumArgs.Parse([]Object{one, two}, kw("start"), out); err != nil || out[0] != one || out[1] != two {
		t.Errorf("sum(1, start=2) bound %v, %v", out, err)
	}
	if n := testing.AllocsPerRun(100, func() { _ = splitArgs.Parse([]Object{one}, nil, out) }); n != 0 {
		t.Errorf("a successful parse allocates %v times", n)
	}
}

func TestCheckPositional(t *testing.T) {
	for _, tt := range []struct {
		name        string
		n, min, max int
		want        string
	}{
		{"startswith", 0, 1, 3, "TypeError: startswith expected at least 1 argument, got 0"},
		{"startswith", 4, 1, 3, "TypeError: startswith expected at most 3 arguments, got 4"},
		{"divmod", 1, 2, 2, "TypeError: divmod expected 2 arguments, got 1"},
		{"sorted", 2, 1, 1, "TypeError: sorted expected 1 argument, got 2"},
	} {
		if got := show(nil, nil, CheckPositional(tt.name, tt.n, tt.min, tt.max)); got != tt.want {
			t.Errorf("got %s, want %s", got, tt.want)
		}
	}
	if err := CheckPositional("x", 2, 1, 3); err != nil {
		t.Error(err)
	}
}
