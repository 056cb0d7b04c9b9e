package parser

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/taipanpy/taipan/ast"
)

// FuzzParse checks that no input makes the parser panic or run away: every input either
// parses into a tree that Dump can print or yields an error, within a time bound.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/ast/*.py")
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{"(", "f'{", "match x:\n case [", "def f(*, **", "x = (yield", "@\n", "lambda *,", "[1 2 3]", "if x = 1:"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		done := make(chan struct{})
		go func() {
			defer close(done)
			for _, mode := range []Mode{Exec, Eval, Single} {
				mod, err := Parse(src, "<fuzz>", mode)
				if err == nil {
					ast.Dump(mod, true)
				} else if _, internal := err.(interface{ Unwrap() error }); internal {
					t.Errorf("unexpected error type %T: %v", err, err)
				}
			}
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("parse did not finish on %q", src)
		}
	})
}
