package vm

import (
	"testing"

	"github.com/taipanpy/taipan/objects"
)

// params builds the parameters of a def with the given positional, positional-only and
// keyword-only names, flags and defaults.
func params(qualname string, posonly int, positional, kwonly []string, flags objects.CodeFlags, defaults []objects.Object, kwdefaults map[string]objects.Object) *Parameters {
	names := append(append([]string(nil), positional...), kwonly...)
	if flags&objects.CodeVarargs != 0 {
		names = append(names, "args")
	}
	if flags&objects.CodeVarkeywords != 0 {
		names = append(names, "kw")
	}
	var kwd *objects.Dict
	if kwdefaults != nil {
		kwd = objects.NewDict()
		for k, v := range kwdefaults {
			kwd.SetStr(objects.NewStr(k), v)
		}
	}
	return &Parameters{
		Code: &objects.Code{ArgCount: len(positional), PosOnlyArgCount: posonly, KwOnlyArgCount: len(kwonly),
			Flags: flags, LocalsplusNames: names, NLocalsplus: len(names)},
		Qualname: qualname, Defaults: defaults, KwDefaults: kwd,
	}
}

func ints(vs ...int64) []objects.Object {
	out := make([]objects.Object, len(vs))
	for i, v := range vs {
		out[i] = objects.NewInt(v)
	}
	return out
}

func kw(names ...string) *objects.Tuple {
	out := make([]objects.Object, len(names))
	for i, n := range names {
		out[i] = objects.NewStr(n)
	}
	return objects.NewTuple(out)
}

// TestBindArgumentErrors checks every argument error against the message CPython 3.13 gives
// for the same def and call (shown in each case's comment).
func TestBindArgumentErrors(t *testing.T) {
	one := ints(1)
	f := params("f", 0, []string{"a", "b"}, nil, 0, nil, nil)           // def f(a, b)
	g := params("g", 0, []string{"a", "b"}, nil, 0, one, nil)           // def g(a, b=1)
	h := params("h", 1, []string{"a", "b"}, []string{"c"}, 0, nil, nil) // def h(a, /, b, *, c)
	k := params("k", 0, nil, []string{"c", "d"}, 0, nil, nil)           // def k(*, c, d)
	v := params("v", 0, []string{"a"}, nil, objects.CodeVarargs|objects.CodeVarkeywords, nil, nil)
	p := params("p", 0, []string{"a", "b", "c"}, nil, 0, nil, nil)
	m := params("C.m", 0, []string{"self", "x"}, nil, 0, nil, nil)
	tests := []struct {
		p       *Parameters
		args    []objects.Object
		kwnames *objects.Tuple
		want    string
	}{
		{f, ints(1, 2, 3), nil, "f() takes 2 positional arguments but 3 were given"},
		{f, ints(1), nil, "f() missing 1 required positional argument: 'b'"},
		{f, nil, nil, "f() missing 2 required positional arguments: 'a' and 'b'"},
		{p, nil, nil, "p() missing 3 required positional arguments: 'a', 'b', and 'c'"},
		{g, nil, nil, "g() missing 1 required positional argument: 'a'"},
		{g, ints(1, 2, 3), nil, "g() takes from 1 to 2 positional arguments but 3 were given"},
		{f, ints(1, 2, 3), kw("c"), "f() got an unexpected keyword argument 'c'"},
		{f, ints(1, 2), kw("a"), "f() got multiple values for argument 'a'"},
		{h, ints(1, 2, 3), kw("a", "b", "c"), "h() got some positional-only arguments passed as keyword arguments: 'a'"},
		{h, ints(1, 2), nil, "h() missing 1 required keyword-only argument: 'c'"},
		{k, nil, nil, "k() missing 2 required keyword-only arguments: 'c' and 'd'"},
		{k, ints(1), nil, "k() takes 0 positional arguments but 1 was given"},
		{k, ints(1), kw("c"), "k() missing 1 required keyword-only argument: 'd'"},
		{h, ints(1, 2, 3), nil, "h() takes 2 positional arguments but 3 were given"},
		{g, ints(1, 2, 3, 4), nil, "g() takes from 1 to 2 positional arguments but 4 were given"},
		{m, ints(0), nil, "C.m() missing 1 required positional argument: 'x'"},
		{m, ints(0, 1, 2), nil, "C.m() takes 2 positional arguments but 3 were given"},
		{v, nil, nil, "v() missing 1 required positional argument: 'a'"},
		{k, ints(1, 2, 3, 4), kw("c", "d"), "k() takes 0 positional arguments but 2 positional arguments (and 2 keyword-only arguments) were given"},
	}
	for _, tt := range tests {
		locals := make([]objects.Object, tt.p.Code.NLocalsplus)
		err := BindArguments(nil, tt.p, locals, tt.args, tt.kwnames)
		if err == nil || err.Error() != "TypeError: "+tt.want {
			t.Errorf("%s: got %v, want TypeError: %s", tt.want, err, tt.want)
		}
	}
}

func TestBindArguments(t *testing.T) {
	// def v(a, *args, **kw) called as v(1, 2, 3, x=4)
	v := params("v", 0, []string{"a"}, nil, objects.CodeVarargs|objects.CodeVarkeywords, nil, nil)
	locals := make([]objects.Object, 3)
	if err := BindArguments(nil, v, locals, ints(1, 2, 3, 4), kw("x")); err != nil {
		t.Fatal(err)
	}
	varargs, ok := locals[1].(*objects.Tuple)
	if locals[0].(*objects.Int).String() != "1" || !ok || len(varargs.Items()) != 2 ||
		varargs.Items()[1].(*objects.Int).String() != "3" {
		t.Errorf("a, *args = %v, %v; want 1, (2, 3)", locals[0], locals[1])
	}
	if x := locals[2].(*objects.Dict).GetStr(objects.NewStr("x")); x == nil || x.(*objects.Int).String() != "4" {
		t.Errorf("kw = %v, want {'x': 4}", locals[2])
	}
	// def g(a, b=1, *, c=5) called as g(7)
	g := params("g", 0, []string{"a", "b"}, []string{"c"}, 0, ints(1), map[string]objects.Object{"c": objects.NewInt(5)})
	locals = make([]objects.Object, 3)
	if err := BindArguments(nil, g, locals, ints(7), nil); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"7", "1", "5"} {
		if locals[i].(*objects.Int).String() != want {
			t.Errorf("local %d = %v, want %s", i, locals[i], want)
		}
	}
}
