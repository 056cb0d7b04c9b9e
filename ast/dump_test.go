package ast

import "testing"

func name(id string, ctx ExprContext, line, col int) *Name {
	return &Name{Range: Range{line, col, line, col + len(id)}, Id: id, Ctx: ctx}
}

// The expected dumps were printed by CPython 3.13's ast.dump for the source in each comment.
func TestDumpFunctionDef(t *testing.T) {
	// def f(a, /, b=1, *c, d, e=2, **g) -> None: pass
	tree := &Module{Body: []Stmt{&FunctionDef{
		Name: "f",
		Args: &Arguments{
			Posonlyargs: []*Arg{{Arg: "a"}},
			Args:        []*Arg{{Arg: "b"}},
			Vararg:      &Arg{Arg: "c"},
			Kwonlyargs:  []*Arg{{Arg: "d"}, {Arg: "e"}},
			KwDefaults:  []Expr{nil, &Constant{Value: Int(2)}},
			Kwarg:       &Arg{Arg: "g"},
			Defaults:    []Expr{&Constant{Value: Int(1)}},
		},
		Body:    []Stmt{&Pass{}},
		Returns: &Constant{Value: NoneType{}},
	}}}
	want := "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='g'), defaults=[Constant(value=1)]), body=[Pass()], returns=Constant(value=None))])"
	if got := Dump(tree, false); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestDumpEmptyAndSingletons(t *testing.T) {
	if got := Dump(&Module{}, false); got != "Module()" {
		t.Errorf("empty module: %s", got)
	}
	// match x:
	//  case None | _: pass
	tree := &Module{Body: []Stmt{&Match{
		Subject: name("x", Load{}, 1, 6),
		Cases: []*MatchCase{{
			Pattern: &MatchOr{Patterns: []Pattern{&MatchSingleton{Value: NoneType{}}, &MatchAs{}}},
			Body:    []Stmt{&Pass{}},
		}},
	}}}
	want := "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchSingleton(value=None), MatchAs()]), body=[Pass()])])])"
	if got := Dump(tree, false); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// {**a, 1: None}
	d := &ExprStmt{Value: &Dict{Keys: []Expr{nil, &Constant{Value: Int(1)}}, Values: []Expr{name("a", Load{}, 1, 3), &Constant{Value: NoneType{}}}}}
	want = "Expr(value=Dict(keys=[None, Constant(value=1)], values=[Name(id='a', ctx=Load()), Constant(value=None)]))"
	if got := Dump(d, false); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestDumpAttributes(t *testing.T) {
	// x: int = f(*a)
	call := &Call{
		Range: Range{1, 9, 1, 14},
		Func:  name("f", Load{}, 1, 9),
		Args:  []Expr{&Starred{Range: Range{1, 11, 1, 13}, Value: name("a", Load{}, 1, 12), Ctx: Load{}}},
	}
	tree := &AnnAssign{Range: Range{1, 0, 1, 14}, Target: name("x", Store{}, 1, 0), Annotation: name("int", Load{}, 1, 3), Value: call, Simple: 1}
	want := "AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), args=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=9, end_lineno=1, end_col_offset=14), simple=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)"
	if got := Dump(tree, true); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestInspectOrder(t *testing.T) {
	tree := &BinOp{Left: name("a", Load{}, 1, 0), Op: Add{}, Right: name("b", Load{}, 1, 4)}
	var got []string
	Inspect(tree, func(n Node) bool {
		got = append(got, PythonName(n))
		return true
	})
	want := []string{"BinOp", "Name", "Load", "Add", "Name", "Load"}
	if len(got) != len(want) {
		t.Fatalf("visited %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("visited %v, want %v", got, want)
		}
	}
}
