package analysis

import (
	"strings"
	"testing"
)

const sample = `
inst(NOP, (--)) {
}
inst(LOAD_CONST, (-- value)) {
	value = frame.Code.Consts[oparg]
}
op(_GUARD_INT, (left, right -- left, right)) {
	DEOPT_IF(!objects.IsInt(left))
}
op(_ADD_INT, (left, right -- res)) {
	res = objects.AddInt(left, right)
	ERROR_IF(res == nil, error)
}
inst(BINARY_OP, (counter/1, lhs, rhs -- res)) {
	var err error
	res, err = vm.BinaryOp(ts, lhs, rhs, oparg)
	ERROR_IF(err != nil, error)
}
macro(BINARY_OP_ADD_INT) = _GUARD_INT + unused/1 + _ADD_INT2;
op(_ADD_INT2, (left, right -- res)) {
	res = objects.NewInt(1)
}
family(BINARY_OP, 1) = { BINARY_OP_ADD_INT };
inst(POP_TOP, (value --)) {
}
pure op(_COPY, (bottom, unused[oparg-1] -- bottom, unused[oparg-1], top)) {
	top = bottom
}
split inst(LOAD_GLOBAL, (unused/1, null if (oparg & 1), x -- res)) {
	res = x
	CHECK_EVAL_BREAKER()
}
replicate(4) inst(LOAD_FAST, (-- value)) {
	value = frame.GetLocal(oparg)
}
op(_EXIT_TRACE, (--)) {
	EXIT_IF(true)
}
tier1 inst(JUMP_BACKWARD, (unused/1 --)) {
	JUMPBY(-oparg)
	goto error
}
pseudo(JUMP, (HAS_ARG)) = { JUMP_BACKWARD };
pseudo(LOAD_METHOD) = { LOAD_CONST, BINARY_OP };
`

func TestAnalyzeSample(t *testing.T) {
	a, err := AnalyzeSource("sample.def", sample)
	if err != nil {
		t.Fatal(err)
	}
	bo := a.Instructions["BINARY_OP"]
	if bo.Size != 2 || !bo.IsTarget || bo.Family == nil || bo.Family.Head != bo {
		t.Errorf("BINARY_OP: size %d target %v family %v", bo.Size, bo.IsTarget, bo.Family)
	}
	if f := bo.Properties.Flags(); f != HasArgFlag|HasErrorFlag|HasEscapesFlag {
		t.Errorf("BINARY_OP flags = %v", f.FlagList())
	}
	add := a.Instructions["BINARY_OP_ADD_INT"]
	if add.Size != 2 || len(add.Parts) != 3 || add.Effect != (Effect{"2", "1"}) {
		t.Errorf("BINARY_OP_ADD_INT: size %d parts %d effect %+v", add.Size, len(add.Parts), add.Effect)
	}
	if f := add.Properties.Flags(); f != HasDeoptFlag {
		t.Errorf("BINARY_OP_ADD_INT flags = %v", f.FlagList())
	}
	// The entry reads no cache, so its offset is 0 as in CPython's table.
	if got := add.Expansion; len(got) != 2 || got[1] != (ExpansionEntry{"_ADD_INT2", 0, 0}) {
		t.Errorf("expansion %+v", got)
	}
	lc := a.Instructions["LOAD_CONST"]
	if f := lc.Properties.Flags(); f != HasArgFlag|HasConstFlag {
		t.Errorf("LOAD_CONST flags = %v", f.FlagList())
	}
	cp := a.Uops["_COPY"]
	if !cp.Stack.Inputs[0].Peek || cp.Stack.Inputs[1].Peek != true || cp.Properties.Passthrough {
		t.Errorf("_COPY peeks/passthrough wrong")
	}
	if f := cp.Properties.Flags(); f != HasArgFlag|HasPureFlag {
		t.Errorf("_COPY flags %v", f.FlagList())
	}
	g := a.Uops["_GUARD_INT"]
	if !g.Properties.Passthrough || g.Properties.Escapes {
		t.Errorf("_GUARD_INT passthrough %v escapes %v", g.Properties.Passthrough, g.Properties.Escapes)
	}
	lg := a.Uops["_LOAD_GLOBAL"]
	if lg.Stack.Inputs[0].Cond != "oparg&1 != 0" || !lg.Properties.OpargAnd1 || !lg.Properties.EndsWithEvalBreaker {
		t.Errorf("_LOAD_GLOBAL cond %q props %+v", lg.Stack.Inputs[0].Cond, lg.Properties)
	}
	if v := a.Uops["_LOAD_GLOBAL_1"]; v == nil || v.Stack.Inputs[0].SlotCount() != "1" || v.Replicates != lg {
		t.Errorf("split variant missing or wrong")
	}
	if e := a.Instructions["LOAD_GLOBAL"].Effect; e != (Effect{"1 + oparg&1", "1"}) {
		t.Errorf("LOAD_GLOBAL effect %+v", e)
	}
	if v := a.Uops["_LOAD_FAST_3"]; v == nil || v.Properties.ConstOparg != 3 || v.Properties.Oparg {
		t.Errorf("replica wrong: %+v", v)
	}
	jb := a.Uops["_JUMP_BACKWARD"]
	if jb.WhyNotViable() != "has tier 1 control flow" || !jb.Properties.AlwaysExits || !jb.Properties.Jumps {
		t.Errorf("JUMP_BACKWARD: %q %+v", jb.WhyNotViable(), jb.Properties)
	}
	if _, ok := a.UopIDs["_JUMP_BACKWARD"]; ok {
		t.Errorf("tier-1-only uop got an id")
	}
	// Opcodes: no-arg NOP, POP_TOP; with-arg the rest; members from 150.
	want := map[string]int{"NOP": 1, "POP_TOP": 2, "BINARY_OP": 3, "JUMP_BACKWARD": 4, "LOAD_CONST": 5,
		"LOAD_FAST": 6, "LOAD_GLOBAL": 7, "BINARY_OP_ADD_INT": 150, "JUMP": 256, "LOAD_METHOD": 257}
	for n, op := range want {
		if a.Opmap[n] != op {
			t.Errorf("opcode of %s = %d, want %d", n, a.Opmap[n], op)
		}
	}
	if a.HaveArgument != 2 || a.MinInstrumented != 255 {
		t.Errorf("HaveArgument %d MinInstrumented %d", a.HaveArgument, a.MinInstrumented)
	}
	if a.UopIDs["_EXIT_TRACE"] != 300 || a.UopIDs["_ADD_INT"] != 301 || a.UopIDs["_NOP"] != 1 || a.UopIDs["_LOAD_FAST"] != 305 {
		t.Errorf("uop ids %v", a.UopIDs)
	}
	if p := a.Pseudos["LOAD_METHOD"]; p.Effect != nil {
		t.Errorf("LOAD_METHOD targets disagree, effect should be nil")
	}
	if p := a.Pseudos["JUMP"]; p.Effect == nil || *p.Effect != (Effect{"0", "0"}) {
		t.Errorf("JUMP effect %+v", p.Effect)
	}
	// Forms keep exact byte ranges.
	body := &a.Uops["_BINARY_OP"].Body
	f := body.Forms[0]
	if f.Kind != ErrorIf || body.Text[f.Start:f.End] != "ERROR_IF(err != nil, error)" || f.Args[0] != "err != nil" || !f.Last {
		t.Errorf("form %+v", f)
	}
	if p := body.PosAt(f.Start); p.Line != 17 || p.Col != 2 {
		t.Errorf("form position %v", p)
	}
}

func TestAbstract(t *testing.T) {
	a, err := AnalyzeSource("b.def", sample)
	if err != nil {
		t.Fatal(err)
	}
	if err := AnalyzeAbstractSource(a, "o.def", "op(_ADD_INT, (left, right -- res)) {\n\tres = ctx.NewNotNull()\n}\n"); err != nil {
		t.Fatal(err)
	}
	if a.Abstract["_ADD_INT"] == nil {
		t.Fatal("abstract override missing")
	}
	err = AnalyzeAbstractSource(a, "o.def", "\nop(_NOPE, (--)) {\n}\n")
	if err == nil || !strings.Contains(err.Error(), "o.def:2:1: abstract uop _NOPE overrides no uop") {
		t.Errorf("got %v", err)
	}
}

func TestFreeAndLocalFlags(t *testing.T) {
	a, err := AnalyzeSource("f.def", `
inst(LOAD_DEREF, (-- value)) {
	value = frame.GetLocal(oparg).(*objects.Cell).Get()
}
inst(MAKE_CELL, (--)) {
	frame.SetLocal(oparg, objects.NewCell(frame.GetLocal(oparg)))
}
inst(STORE_FAST, (value --)) {
	frame.SetLocal(oparg, value)
}
inst(LOAD_NAME, (-- v)) {
	v, err = vm.LoadName(frame, frame.Code.Names[oparg])
	if err != nil {
		goto error
	}
}
`)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Flag{
		"LOAD_DEREF": HasArgFlag | HasFreeFlag | HasEscapesFlag,
		"MAKE_CELL":  HasArgFlag | HasFreeFlag,
		"STORE_FAST": HasArgFlag | HasLocalFlag,
		"LOAD_NAME":  HasArgFlag | HasNameFlag | HasErrorFlag | HasEscapesFlag,
	}
	for n, f := range want {
		if got := a.Instructions[n].Properties.Flags(); got != f {
			t.Errorf("%s: flags %v, want %v", n, got.FlagList(), f.FlagList())
		}
	}
}

func TestEscapes(t *testing.T) {
	a, err := AnalyzeSource("e.def", `
op(_ADD, (l, r -- res)) {
	res = l.(*objects.Int).Add(r.(*objects.Int))
}
op(_GETITEM, (d, k -- res)) {
	res, err = d.(*objects.Dict).GetItem(k)
	ERROR_IF(err != nil, error)
}
op(_CONV, (x -- res)) {
	res = objects.NewInt(int64(len([]byte(x.(*objects.Str).Value()))))
}
op(_CALL, (f -- res)) {
	res = vm.Call(ts, f)
}
`)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]bool{"_ADD": false, "_GETITEM": true, "_CONV": false, "_CALL": true} {
		if got := a.Uops[name].Properties.Escapes; got != want {
			t.Errorf("%s escapes = %v, want %v", name, got, want)
		}
	}
}

// TestHaveArgumentCountsNoArgInstructions follows CPython 3.13: HAVE_ARGUMENT is the number
// of no-argument instructions outside families, so the member fixed at 3 leaves the last
// no-argument instruction (its WITH_EXCEPT_START) at HAVE_ARGUMENT itself.
func TestHaveArgumentCountsNoArgInstructions(t *testing.T) {
	a, err := AnalyzeSource("h.def", `
inst(CACHE, (--)) {
}
inst(NOP, (--)) {
}
inst(POP_TOP, (value --)) {
}
inst(WITH_EXCEPT_START, (--)) {
}
family(BINARY_OP, 0) = { };
inst(BINARY_OP, (lhs, rhs -- res)) {
	res = vm.BinaryOp(lhs, rhs, oparg)
}
inst(BINARY_OP_INPLACE_ADD_UNICODE, (lhs, rhs --)) {
}
`)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"CACHE": 0, "NOP": 1, "POP_TOP": 2, "BINARY_OP_INPLACE_ADD_UNICODE": 3, "WITH_EXCEPT_START": 4, "BINARY_OP": 5}
	for n, op := range want {
		if a.Opmap[n] != op {
			t.Errorf("opcode of %s = %d, want %d", n, a.Opmap[n], op)
		}
	}
	if a.HaveArgument != 4 {
		t.Errorf("HaveArgument = %d, want 4 (the count of CACHE, NOP, POP_TOP, WITH_EXCEPT_START)", a.HaveArgument)
	}
}

// TestPseudoEffects checks declared pseudo stack effects, which win over their targets', and
// the effect-less form, which takes its targets' when they agree.
func TestPseudoEffects(t *testing.T) {
	a, err := AnalyzeSource("p.def", `
inst(NOP, (--)) {
}
inst(LOAD_ATTR, (owner -- attr, self_or_null if (oparg & 1))) {
	attr, self_or_null = vm.LoadAttr(owner, oparg)
}
inst(JUMP_FORWARD, (--)) {
	JUMPBY(oparg)
}
inst(JUMP_BACKWARD, (unused/1 --)) {
	JUMPBY(-oparg)
}
pseudo(SETUP_CLEANUP, (-- unused, unused), (HAS_ARG)) = { NOP };
pseudo(LOAD_METHOD, (owner -- method, self_or_null)) = { LOAD_ATTR };
pseudo(LOAD_ATTR_ANY) = { LOAD_ATTR };
pseudo(JUMP) = { JUMP_FORWARD, JUMP_BACKWARD };
pseudo(BLOCK, (--), (HAS_ARG, HAS_JUMP)) = { NOP };
pseudo(PEEK, (a, b -- a, b, c)) = { NOP };
`)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Effect{
		"SETUP_CLEANUP": {"0", "2"},
		"LOAD_METHOD":   {"1", "2"},
		"LOAD_ATTR_ANY": {"1", "1 + oparg&1"},
		"JUMP":          {"0", "0"},
		"BLOCK":         {"0", "0"},
		"PEEK":          {"2", "3"},
	}
	for n, e := range want {
		p := a.Pseudos[n]
		if p.Effect == nil || *p.Effect != e {
			t.Errorf("%s: effect %+v, want %+v", n, p.Effect, e)
		}
	}
	if got := a.Pseudos["BLOCK"].Flags; len(got) != 2 || got[0] != "ARG" || got[1] != "JUMP" {
		t.Errorf("BLOCK flags %v", got)
	}
	if got := a.Pseudos["SETUP_CLEANUP"].Flags; len(got) != 1 || got[0] != "ARG" {
		t.Errorf("SETUP_CLEANUP flags %v", got)
	}
	if a.Pseudos["JUMP"].Stack != nil || a.Pseudos["PEEK"].Stack == nil || !a.Pseudos["PEEK"].Stack.Inputs[1].Peek {
		t.Errorf("declared stacks: JUMP %+v, PEEK %+v", a.Pseudos["JUMP"].Stack, a.Pseudos["PEEK"].Stack)
	}
}

// TestViability pins the single set of tier-2 rules: forms and names of the tier-1 loop make a
// uop non-viable and drop its instruction's expansion, while a replaced uop keeps its place in
// the expansion for the projector to fill.
func TestViability(t *testing.T) {
	a, err := AnalyzeSource("v.def", `
inst(JUMP_FORWARD, (--)) {
	JUMPBY(oparg)
}
op(_NEXT_IS, (x --)) {
	_ = instrs[nextInstr]
}
macro(NEXT_IS) = unused/1 + _NEXT_IS;
op(_DISPATCHES, (--)) {
	DISPATCH()
}
macro(DISPATCHES) = _DISPATCHES;
replaced op(_POP_JUMP_IF_TRUE, (cond --)) {
	if cond == objects.True {
		JUMPBY(oparg)
	}
}
op(_IS_NONE, (value -- b)) {
	b = objects.NewBool(value == objects.None)
}
macro(POP_JUMP_IF_NONE) = unused/1 + _IS_NONE + _POP_JUMP_IF_TRUE;
tier2 op(_GUARD_IS_TRUE_POP, (flag --)) {
	SYNC_SP()
	EXIT_IF(flag != objects.True)
}
`)
	if err != nil {
		t.Fatal(err)
	}
	why := map[string]string{
		"_JUMP_FORWARD":      "jumps within the bytecode (JUMPBY)",
		"_NEXT_IS":           "uses the tier-1 instruction stream (instrs, nextInstr)",
		"_DISPATCHES":        "dispatches the next instruction itself (DISPATCH)",
		"_POP_JUMP_IF_TRUE":  "is replaced",
		"_IS_NONE":           "",
		"_GUARD_IS_TRUE_POP": "",
	}
	for n, w := range why {
		if got := a.Uops[n].WhyNotViable(); got != w {
			t.Errorf("%s: WhyNotViable %q, want %q", n, got, w)
		}
	}
	for _, n := range []string{"JUMP_FORWARD", "NEXT_IS", "DISPATCHES"} {
		if e := a.Instructions[n].Expansion; e != nil {
			t.Errorf("%s has an expansion: %+v", n, e)
		}
	}
	want := []ExpansionEntry{{"_IS_NONE", OpargFull, 0}, {"_POP_JUMP_IF_TRUE", OpargReplaced, 1}}
	if got := a.Instructions["POP_JUMP_IF_NONE"].Expansion; len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("POP_JUMP_IF_NONE expansion %+v, want %+v", got, want)
	}
}
