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
