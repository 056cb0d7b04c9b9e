// Package golden checks modules written in Go against CPython 3.13's results: a case is a
// Python expression, evaluated after its setup code, and its expected result is the repr of
// its value or the last line of the exception CPython raised ("TypeError: message").
//
// The cases live in a module's testdata/cases.py; testdata/gen_golden.py, run by CPython
// 3.13, turns them into testdata/cases.json, which the tests read.
package golden

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/taipanpy/taipan"
)

// Case is one expression with its setup and CPython's result.
type Case struct {
	Setup string `json:"setup"`
	Expr  string `json:"expr"`
	Want  string `json:"want"`
}

// Load reads the cases of a JSON file.
func Load(t *testing.T, path string) []Case {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cases []Case
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

// Eval runs setup and then prints the repr of expr in a new interpreter, returning the
// printed line or the last line of the uncaught exception.
func Eval(setup, expr string) string {
	var out, errOut bytes.Buffer
	in := taipan.New(taipan.Options{Stdout: &out, Stderr: &errOut, Unbuffered: true})
	src := setup + "\nprint(repr((" + expr + ")))\n"
	status := in.RunMain([]byte(src), "<case>", false)
	in.Flush()
	if status != 0 {
		lines := strings.Split(strings.TrimRight(errOut.String(), "\n"), "\n")
		return lines[len(lines)-1]
	}
	return strings.TrimRight(out.String(), "\n")
}

// Run checks every case of the JSON file at path.
func Run(t *testing.T, path string) {
	t.Helper()
	cases := Load(t, path)
	if len(cases) == 0 {
		t.Fatal("no cases")
	}
	for _, c := range cases {
		if got := Eval(c.Setup, c.Expr); got != c.Want {
			t.Errorf("%s\n  got  %s\n  want %s", c.Expr, got, c.Want)
		}
	}
}
