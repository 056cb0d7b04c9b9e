package ast_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile"
	"github.com/taipanpy/taipan/compile/codegen"
	"github.com/taipanpy/taipan/compile/dis"
	pyast "github.com/taipanpy/taipan/modules/ast"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/parser"
	"github.com/taipanpy/taipan/vm"
)

// newThread returns a thread of a fresh interpreter that can import _ast. The conversions
// run no Python code, so the interpreter needs no evaluation loop.
func newThread() *objects.Thread {
	interp := vm.NewInterpreter(&vm.Runtime{}, nil)
	interp.AddBuiltinModules(pyast.Module)
	return &vm.NewThread(interp).Thread
}

// corpus lists the Python sources the round trip is checked on: the end-to-end programs,
// the parser's and the compiler's test inputs.
func corpus(t *testing.T) []string {
	var files []string
	for _, pattern := range []string{"../../tests/*/*.py", "../../parser/testdata/ast/*.py", "../../compile/testdata/*.py", "../../compile/testdata/run/*.py"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 50 {
		t.Fatalf("only %d corpus files found", len(files))
	}
	return files
}

// TestRoundTrip converts the AST of every corpus file to _ast objects and back, and checks
// that the tree (positions included) and the code compiled from it are unchanged.
func TestRoundTrip(t *testing.T) {
	ts := newThread()
	checked := 0
	for _, path := range corpus(t) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		orig, err := parser.Parse(src, path, parser.Exec)
		if err != nil {
			continue // the corpus has programs that test syntax errors
		}
		obj, err := pyast.ToPython(ts, orig)
		if err != nil {
			t.Fatalf("%s: to Python: %v", path, err)
		}
		back, err := pyast.FromPython(ts, obj, "exec")
		if err != nil {
			t.Errorf("%s: from Python: %v", path, err)
			continue
		}
		if want, got := ast.Dump(orig, true), ast.Dump(back, true); want != got {
			t.Errorf("%s: the round trip changed the tree\nwant %s\ngot  %s", path, want, got)
			continue
		}
		wantCode, errWant := compile.AST(orig, path, compile.Options{})
		gotCode, errGot := compile.AST(back, path, compile.Options{})
		if (errWant == nil) != (errGot == nil) {
			t.Errorf("%s: compiling: %v, after the round trip: %v", path, errWant, errGot)
			continue
		}
		if errWant == nil {
			if want, got := listing(wantCode), listing(gotCode); want != got {
				t.Errorf("%s: the round trip changed the code\nwant %s\ngot  %s", path, want, got)
			}
			// An optimised tree, as PyCF_OPTIMIZED_AST gives it, compiles to the same code.
			opt, _ := parser.Parse(src, path, parser.Exec)
			codegen.Optimize(opt, 0)
			obj, err := pyast.ToPython(ts, opt)
			if err != nil {
				t.Fatalf("%s: optimised, to Python: %v", path, err)
			}
			optBack, err := pyast.FromPython(ts, obj, "exec")
			if err != nil {
				t.Errorf("%s: optimised, from Python: %v", path, err)
				continue
			}
			optCode, err := compile.AST(optBack, path, compile.Options{})
			if err != nil {
				t.Errorf("%s: optimised, compiling: %v", path, err)
				continue
			}
			if want, got := listing(wantCode), listing(optCode); want != got {
				t.Errorf("%s: the optimised round trip changed the code\nwant %s\ngot  %s", path, want, got)
			}
		}
		checked++
	}
	t.Logf("%d files round-tripped", checked)
}

// listing disassembles code and the code nested in it, without the addresses of code
// objects.
func listing(code *objects.Code) string {
	return address.ReplaceAllString(dis.DisassembleWith(code, dis.Options{ShowOffsets: true}), "")
}

var address = regexp.MustCompile(` at 0x[0-9a-f]+`)

// TestRoundTripModes checks the other modes' roots and an optimised tree, whose folded
// tuples come back as constants.
func TestRoundTripModes(t *testing.T) {
	ts := newThread()
	for _, c := range []struct {
		src  string
		mode parser.Mode
		name string
	}{
		{"a if b else (c, d)", parser.Eval, "eval"},
		{"x = 1", parser.Single, "single"},
		{"(int, *str) -> bool", parser.FuncType, "func_type"},
	} {
		orig, err := parser.Parse([]byte(c.src), "<t>", c.mode)
		if err != nil {
			t.Fatal(err)
		}
		obj, err := pyast.ToPython(ts, orig)
		if err != nil {
			t.Fatal(err)
		}
		back, err := pyast.FromPython(ts, obj, c.name)
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		if want, got := ast.Dump(orig, true), ast.Dump(back, true); want != got {
			t.Errorf("%s:\nwant %s\ngot  %s", c.src, want, got)
		}
		if _, err := pyast.FromPython(ts, obj, "exec"); c.name != "exec" && err == nil {
			t.Errorf("%s: a %s root was accepted for exec", c.src, c.name)
		}
	}
}
