package analysis

import "testing"

// TestErrors pins every diagnostic: a snippet in, the exact file:line:col: message out.
// Snippets start with a newline so their first definition is on line 2.
func TestErrors(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"unknown uop in macro", "\nmacro(M) = _A + _B;\nop(_A, (--)) {\n}\n",
			"e.def:2:17: macro M: no uop named _B"},
		{"duplicate definition", "\nop(_A, (--)) {\n}\nop(_A, (--)) {\n}\n",
			"e.def:4:4: _A is defined twice (first at e.def:2:4); mark the later definition override to replace it"},
		{"override replaces", "\nop(_A, (--)) {\n}\noverride op(_A, (x --)) {\n\tERROR_NO_POP()\n}\nmacro(M) = _A;\nfamily(M, 1) = { M };\n",
			"e.def:8:18: family M: the head is not listed among its own members"},
		{"family cache size", "\ninst(A, (unused/1 --)) {\n}\ninst(B, (unused/2 --)) {\n}\nfamily(A, 1) = { B };\n",
			"e.def:6:1: family A: B has 2 cache units, but the family declares 1"},
		{"family stack effect", "\ninst(A, (x --)) {\n}\ninst(B, (x, y --)) {\n}\nfamily(A, 0) = { B };\n",
			"e.def:6:1: family A: B pops 2 and pushes 0, but the head pops 1 and pushes 0"},
		{"family unknown member", "\ninst(A, (--)) {\n}\nfamily(A, 0) = { Z };\n",
			"e.def:4:18: family A: no instruction named Z"},
		{"input declared twice", "\nop(_A, (x, x --)) {\n}\n",
			"e.def:2:12: x is declared twice in the stack effect of _A (first at e.def:2:9)"},
		{"output declared twice", "\nop(_A, (-- x, x)) {\n\tx = nil\n}\n",
			"e.def:2:15: x is declared twice among the outputs of _A (first at e.def:2:12)"},
		{"body redeclares item", "\nop(_A, (x -- y)) {\n\ty := x\n}\n",
			"e.def:3:2: the body of _A declares y again, but it is already a stack item or cache entry; assign it with ="},
		{"body uses unused", "\nop(_A, (unused --)) {\n\t_ = unused\n}\n",
			"e.def:2:1: the body of _A uses unused, which names no value"},
		{"output never assigned", "\nop(_A, (x -- y)) {\n\t_ = x\n}\n",
			"e.def:2:14: output y of _A is never assigned in its body"},
		{"error in pure op", "\npure op(_A, (x --)) {\n\tERROR_IF(x == nil, error)\n}\n",
			"e.def:3:2: _A is pure, so it cannot fail: ERROR_IF is not allowed"},
		{"thisInstr in tier2", "\ntier2 op(_A, (--)) {\n\t_ = thisInstr\n}\n",
			"e.def:2:1: _A is marked tier2 but uses thisInstr, which exists only in tier 1"},
		{"GO_TO in tier2", "\ninst(B, (--)) {\n}\ntier2 op(_A, (--)) {\n\tGO_TO_INSTRUCTION(B)\n}\n",
			"e.def:5:2: _A is marked tier2 but uses GO_TO_INSTRUCTION, which exists only in tier 1"},
		{"specializing tier2", "\nspecializing tier2 op(_A, (--)) {\n}\n",
			"e.def:2:1: _A is marked tier2 but also tier1 or specializing, which exist only in tier 1"},
		{"deopt and exit", "\nop(_A, (x --)) {\n\tDEOPT_IF(x == nil)\n\tEXIT_IF(x != nil)\n}\n",
			"e.def:4:2: _A uses both DEOPT_IF and EXIT_IF; a uop may use only one of them"},
		{"unused cache in op", "\nop(_A, (unused/1, x --)) {\n}\n",
			"e.def:2:9: op _A cannot skip cache units with unused/1; skip them in the macro instead"},
		{"array with type", "\nop(_A, (x[oparg]: int --)) {\n}\n",
			"e.def:2:9: array item x cannot have a type (it is always a slice of the stack)"},
		{"array with condition", "\nop(_A, (x[oparg] if (oparg) --)) {\n}\n",
			"e.def:2:9: array item x cannot have a condition"},
		{"size mismatch", "\nop(_A, (-- v[oparg])) {\n}\nop(_B, (v --)) {\n}\nmacro(M) = _A + _B;\n",
			"e.def:4:9: macro M: size mismatch: v is popped with size 1 but was pushed as v with size oparg"},
		{"DECREF_INPUTS", "\nop(_A, (x --)) {\n\tDECREF_INPUTS()\n}\n",
			"e.def:3:2: DECREF_INPUTS has no place in Taipan: there is no reference counting, so inputs need no release"},
		{"form arity", "\nop(_A, (x --)) {\n\tERROR_IF(x == nil)\n}\n",
			"e.def:3:2: ERROR_IF takes 2 arguments, not 1"},
		{"form not a statement", "\nop(_A, (x --)) {\n\t_ = DEOPT_IF(x == nil)\n}\n",
			"e.def:3:6: DEOPT_IF must be a statement of its own"},
		{"body not Go", "\nop(_A, (x --)) {\n\tx +\n}\n",
			"e.def:4:1: body is not valid Go: expected operand, found '}'"},
		{"unbalanced body", "\nop(_A, (x --)) {\n\tif x {\n}\n",
			"e.def:2:16: unbalanced \"{\": no matching \"}\" before the end of the definitions"},
		{"bad token", "\nop(_A, (x --)) $ {\n}\n", "e.def:2:16: unexpected character '$'"},
		{"expected stack effect", "\nop(_A, x) {\n}\n", `e.def:2:8: unexpected token "x" (expected "(")`},
		{"expected body", "\nop(_A, (x --));\n", `e.def:2:15: unexpected token ";" (expected a body in braces)`},
		{"extra text after the end", "\nop(_A, (x --)) {\n}\n)\n", `e.def:4:1: unexpected token ")": expected a definition (inst, op, macro, family or pseudo)`},
		{"unknown GO_TO target", "\nop(_A, (--)) {\n\tGO_TO_INSTRUCTION(NOPE)\n}\n",
			"e.def:3:20: GO_TO_INSTRUCTION: no instruction named NOPE"},
		{"unknown pseudo target", "\npseudo(P) = { NOPE };\n", "e.def:2:15: pseudo P: no instruction named NOPE"},
		{"unknown pseudo flag", "\ninst(A, (--)) {\n}\npseudo(P, (HAS_NOTHING)) = { A };\n",
			"e.def:4:12: pseudo P: unknown flag HAS_NOTHING (flags are HAS_ARG, HAS_JUMP, ...)"},
		{"bad cache size", "\nop(_A, (c/3 --)) {\n}\n", "e.def:2:9: cache entry c has size 3; a cache entry is 1, 2 or 4 units"},
		{"split without oparg&1", "\nsplit op(_A, (x --)) {\n}\n", "e.def:2:1: _A is split but has no stack item conditional on oparg&1"},
		{"replicate without count", "\nreplicate op(_A, (--)) {\n}\n", "e.def:2:1: replicate needs a count: replicate(N)"},
		{"expected integer", "\nop(_A, (c/x --)) {\n}\n", `e.def:2:11: expected an integer size after "/"`},
		{"expected condition", "\nop(_A, (c if () --)) {\n}\n", `e.def:2:15: expected a condition between "(" and ")"`},
		{"expected op name", "\nmacro(M) = ;\n", `e.def:2:12: unexpected token ";" (expected an op name or cache skip)`},
		{"expected brace", "\nfamily(A, 1) = A;\n", `e.def:2:16: unexpected token "A" (expected "{")`},
		{"expected array size", "\nop(_A, (c[] --)) {\n}\n", `e.def:2:11: expected an array size between "[" and "]"`},
		{"if without parenthesis", "\nop(_A, (c if x --)) {\n}\n", `e.def:2:14: expected a condition in parentheses after if`},
		{"empty cache skip in macro", "\nop(_A, (--)) {\n}\nmacro(M) = _A + cache/0;\n", "e.def:4:17: cache skip cache/0 must skip at least one unit"},
		{"empty cache skip in inst", "\ninst(A, (unused/0 --)) {\n}\n", "e.def:2:10: cache skip unused/0 must skip at least one unit"},
		{"named cache of 5 units", "\ninst(A, (c/5 --)) {\n}\n", "e.def:2:10: cache entry c has size 5; a cache entry is 1, 2 or 4 units"},
		{"pseudo flags before effect", "\ninst(A, (--)) {\n}\npseudo(P, (HAS_ARG), (--)) = { A };\n",
			"e.def:4:22: pseudo P: the stack effect must come before the flags"},
		{"pseudo two flag lists", "\ninst(A, (--)) {\n}\npseudo(P, (-- x), (HAS_ARG), (HAS_JUMP)) = { A };\n",
			"e.def:4:30: pseudo P: one stack effect and one flag list at most"},
		{"pseudo flag with a type", "\ninst(A, (--)) {\n}\npseudo(P, (HAS_ARG: int)) = { A };\n",
			"e.def:4:12: pseudo P: a flag is a bare name such as HAS_ARG, not HAS_ARG: int"},
		{"pseudo empty flag list", "\ninst(A, (--)) {\n}\npseudo(P, (--), ()) = { A };\n",
			"e.def:4:17: pseudo P: an empty flag list; leave it out"},
		{"pseudo cache entry", "\ninst(A, (--)) {\n}\npseudo(P, (c/1 --)) = { A };\n",
			"e.def:4:12: pseudo P: cache entry c/1 in a stack effect; pseudo-instructions have no caches"},
		{"pseudo item twice", "\ninst(A, (--)) {\n}\npseudo(P, (-- x, x)) = { A };\n",
			"e.def:4:18: x is declared twice in the stack effect of pseudo P"},
		{"pseudo bad condition", "\ninst(A, (--)) {\n}\npseudo(P, (-- x if (oparg &))) = { A };\n",
			"e.def:4:15: the condition of x is not a Go expression: oparg &"},
		{"unknown pseudo flag after effect", "\ninst(A, (--)) {\n}\npseudo(P, (--), (HAS_NOTHING)) = { A };\n",
			"e.def:4:18: pseudo P: unknown flag HAS_NOTHING (flags are HAS_ARG, HAS_JUMP, ...)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := AnalyzeSource("e.def", c.src)
			if err == nil {
				t.Fatalf("no error, want %q", c.want)
			}
			if err.Error() != c.want {
				t.Errorf("got  %q\nwant %q", err.Error(), c.want)
			}
		})
	}
}

func TestMissingStartMarker(t *testing.T) {
	_, err := Load("testdata/no_marker.def")
	if err == nil || err.Error() != `testdata/no_marker.def:1:1: start marker "// BEGIN BYTECODES //" not found` {
		t.Errorf("got %v", err)
	}
}
