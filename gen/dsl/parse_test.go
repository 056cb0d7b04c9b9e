package dsl

import "testing"

func TestParseSmoke(t *testing.T) {
	src := "preamble\n// BEGIN BYTECODES //\n" + `
pure inst(NOP, (--)) {
}
replicate(8) op(_LOAD_FAST, (-- value)) {
	value = frame.GetLocal(oparg) // } not the end
	s := "}"
}
op(_X, (counter/1, unused/1, a: *objects.Int, b[oparg*2], c if (oparg & 1) -- res)) { res = a }
macro(M) = _X + unused/2 + _LOAD_FAST;
family(M, 3) = { M_A, M_B, };
pseudo(P, (HAS_ARG, HAS_JUMP)) = { NOP };
pseudo(Q) = { NOP };
// END BYTECODES //
junk {{{
`
	f, err := Parse("x.def", src)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Defs) != 7 {
		t.Fatalf("got %d defs", len(f.Defs))
	}
	x := f.Defs[2].Inst
	if got := x.Signature(); got != "(counter/1, unused/1, a: *objects.Int, b[oparg*2], c if (oparg & 1) -- res)" {
		t.Errorf("signature %q", got)
	}
	t.Logf("%+v", f.Defs[1].Inst.Block)
}

func TestParseItems(t *testing.T) {
	src := BeginMarker + `
op(_A, (c/4, m: map[string]objects.Object, f: func(int) (bool, error) if (oparg > 2), a[(oparg-1)*2] -- s: []objects.Object, unused)) {
	x := "}" + ` + "`}`" + ` // }
	/* } */
	_ = '}'
}
`
	f, err := Parse("items.def", src)
	if err != nil {
		t.Fatal(err)
	}
	in := f.Defs[0].Inst
	got := []string{}
	for _, it := range append(append([]*Item{}, in.Inputs...), in.Outputs...) {
		got = append(got, it.String())
	}
	want := []string{"c/4", "m: map[string]objects.Object", "f: func(int) (bool, error) if (oparg > 2)", "a[(oparg-1)*2]", "s: []objects.Object", "unused"}
	if len(got) != len(want) {
		t.Fatalf("items %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("item %d = %q, want %q", i, got[i], want[i])
		}
	}
	// The body token starts at the brace and keeps the text byte for byte.
	b := in.Block
	if b.Pos.Line != 2 || b.Pos.Column != 135 || src[b.Pos.Offset:b.Pos.Offset+len(b.Text)] != b.Text {
		t.Errorf("body at %v: %q", b.Pos, b.Text)
	}
	if c := in.Inputs[2]; c.Pos.Line != 2 || c.Pos.Column != 44 {
		t.Errorf("item f at %v", c.Pos)
	}
}

func TestParseErrorsArePositioned(t *testing.T) {
	cases := map[string]string{
		BeginMarker + "\ninst(A, (--)) {\n\t`unterminated\n}\n": "x.def:3:2: raw string is never closed",
		BeginMarker + "\ninst(A, (--)) {\n\t\"open\n}\n":        "x.def:3:2: string or rune literal is never closed",
		BeginMarker + "\n/* open comment\n":                     "x.def:2:1: comment is never closed",
		BeginMarker + "\nlabel(x) { }\n":                        "x.def:2:1: unexpected token \"label\": expected a definition (inst, op, macro, family or pseudo)",
		BeginMarker + "\npure(2) inst(A, (--)) {\n}\n":          "x.def:2:1: annotation pure takes no argument",
		BeginMarker + "\nop(_A, (x -- c/1)) {\n}\n":             "x.def:2:14: cache entry c/1 cannot be an output",
		BeginMarker + "\nop(_A, (x, c/1 --)) {\n}\n":            "x.def:2:12: cache entry c/1 must come before the stack inputs",
	}
	for src, want := range cases {
		_, err := Parse("x.def", src)
		if err == nil || err.Error() != want {
			t.Errorf("got %v\nwant %s", err, want)
		}
	}
}
