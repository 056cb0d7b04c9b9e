package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/taipanpy/taipan"
)

// The interactive mode runs each statement once it is complete and shows expression values,
// as CPython's basic REPL does for the same input.
func TestREPL(t *testing.T) {
	var out, errOut bytes.Buffer
	interp := taipan.New(taipan.Options{Stdout: &out, Stderr: &errOut, Unbuffered: true})
	in := strings.NewReader("x = 2 + 3\nx\nfor i in range(2):\n    print(i)\n\ndef f(a):\n    return a * 2\n\nf(21)\n1/0\n\"abc\".upper()\n(1,\n 2)\nNone\n_\nimport sys; sys.exit(3)\nprint('not reached')\n")
	status := repl(interp, in, &errOut, true)
	if status != 3 {
		t.Errorf("status %d, want 3", status)
	}
	if want := "5\n0\n1\n42\n'ABC'\n(1, 2)\n(1, 2)\n"; out.String() != want {
		t.Errorf("stdout %q, want %q", out.String(), want)
	}
	for _, s := range []string{">>> ", "... ", "ZeroDivisionError: division by zero"} {
		if !strings.Contains(errOut.String(), s) {
			t.Errorf("stderr lacks %q: %q", s, errOut.String())
		}
	}
}
