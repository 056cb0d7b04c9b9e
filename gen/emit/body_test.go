package emit

import (
	"strings"
	"testing"

	"github.com/taipanpy/taipan/gen/analysis"
)

// bodyWith builds a body whose forms are the occurrences of the given call texts.
func bodyWith(text string, calls ...string) *analysis.Body {
	b := &analysis.Body{Text: text, Pos: analysis.Pos{File: "defs/x.def", Line: 10, Col: 20}}
	for _, c := range calls {
		i := strings.Index(text, c)
		b.Forms = append(b.Forms, analysis.Form{Kind: analysis.ErrorNoPop, Start: i, End: i + len(c), Statement: true})
	}
	return b
}

func TestBodyLinesResynchronisesAfterMultiLineRewrites(t *testing.T) {
	body := bodyWith("\n    a()\n    FAIL(); b()\n    c()\n", "FAIL()")
	lines, err := BodyLines(body, "gen.go", func(analysis.Form) (string, error) { return "if x {\ngoto error\n}", nil }, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"//line defs/x.def:11",
		"    a()",
		"    if x {",
		"goto error",
		"}",
		"//line defs/x.def:12", // b() stays on the form's line
		" b()",                 // the form's semicolon went with it
		"    c()",
		"//line gen.go:1",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

func TestBodyLinesSingleLineRewriteKeepsNumbering(t *testing.T) {
	body := bodyWith("\n    FAIL();\n    c()\n", "FAIL()")
	lines, err := BodyLines(body, "gen.go", func(analysis.Form) (string, error) { return "goto error", nil }, func(s string) string {
		return strings.ReplaceAll(s, "c()", "d()")
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "//line defs/x.def:11\n    goto error\n    d()\n//line gen.go:1"
	if got := strings.Join(lines, "\n"); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestBodyLinesEmptyBody(t *testing.T) {
	lines, err := BodyLines(bodyWith(" \n\t\n"), "gen.go", nil, nil)
	if err != nil || lines != nil {
		t.Errorf("got %q, %v; want nothing", lines, err)
	}
}

func TestExtractCases(t *testing.T) {
	src := "package p\nfunc f() {\n\tswitch {\n\t// BEGIN CASES\n\tcase a:\n\t\tb()\n\t// END CASES\n\t}\n}\n"
	got, err := ExtractCases([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if want := "case a:\n\tb()\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := ExtractCases([]byte("package p\n")); err == nil {
		t.Error("no markers: want an error")
	}
}

func TestMoveSPNeverNegatesATerm(t *testing.T) {
	cases := []struct {
		popped, pushed []string
		want           string
	}{
		{nil, nil, ""},
		{[]string{"1", "1"}, nil, "sp -= 2"},
		{nil, []string{"1"}, "sp += 1"},
		{[]string{"1", "oparg"}, nil, "sp -= 1 + oparg"},
		{[]string{"oparg&1"}, []string{"b2i(c)"}, "sp = sp - oparg&1 + b2i(c)"},
		{[]string{"1"}, []string{"oparg"}, "sp -= 1 - oparg"},
	}
	for _, c := range cases {
		got := MoveSP(analysis.StackOffset{Popped: c.popped, Pushed: c.pushed})
		if got != c.want {
			t.Errorf("%v/%v: got %q, want %q", c.popped, c.pushed, got, c.want)
		}
	}
}
