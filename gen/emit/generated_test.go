package emit_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/taipanpy/taipan/gen/analysis"
	"github.com/taipanpy/taipan/gen/emit/optimizer"
	"github.com/taipanpy/taipan/gen/emit/tier1"
	"github.com/taipanpy/taipan/gen/emit/tier2"
)

// caseEmitters are the emitters whose output is a template with cases in it.
var caseEmitters = []struct {
	template, output string
	generate         func(*analysis.Analysis, []byte, string) ([]byte, error)
}{
	{tier1.Template, tier1.Output, tier1.Generate},
	{tier2.Template, tier2.Output, tier2.Generate},
	{optimizer.Template, optimizer.Output, optimizer.Generate},
}

// compileError is one line of the compiler's complaints: file:line: message.
var compileError = regexp.MustCompile(`^(\S+?):(\d+)(?::\d+)?: (.*)$`)

// TestGeneratedFromDefinitionsCompile generates the three loops from the real definitions
// and templates and builds them with `go build`, the generated files laid over the tree, so
// that nothing in the working tree changes. A compile error placed in a generated file (the
// code the emitters write around bodies) fails the test; errors inside bodies are placed in
// defs/*.def by the //line directives and belong to the definitions and the runtime, so they
// are reported but do not fail it.
func TestGeneratedFromDefinitionsCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds packages")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	a, err := analysis.Load("defs/bytecodes.def")
	if err != nil {
		t.Skipf("the definitions do not analyse, so there is nothing to generate: %v", err)
	}
	if err := analysis.LoadAbstract(a, "defs/optimizer.def"); err != nil {
		t.Skipf("the optimizer definitions do not analyse: %v", err)
	}
	tmp := t.TempDir()
	overlay := map[string]string{}
	var pkgs, unbuilt []string
	defer func() {
		if len(unbuilt) > 0 && !t.Failed() {
			t.Skip(strings.Join(unbuilt, "; "))
		}
	}()
	for _, e := range caseEmitters {
		tmpl, err := os.ReadFile(e.template)
		if err != nil {
			t.Fatal(err)
		}
		out, err := e.generate(a, tmpl, tmp)
		if err != nil {
			t.Fatalf("%s: %v", e.output, err)
		}
		if strings.Contains(string(out), "b2i(") && !strings.Contains(string(tmpl), "func b2i(") {
			// The template breaks the contract; build the others.
			unbuilt = append(unbuilt, e.output+" uses b2i, which "+e.template+" does not define as docs/generated-code.md requires")
			continue
		}
		file := filepath.Join(tmp, strings.ReplaceAll(e.output, "/", "_"))
		if err := os.WriteFile(file, out, 0o644); err != nil {
			t.Fatal(err)
		}
		overlay[filepath.Join(root, filepath.FromSlash(e.output))] = file
		pkgs = append(pkgs, "./"+filepath.ToSlash(filepath.Dir(e.output)))
	}
	if len(pkgs) == 0 {
		return
	}
	overlayJSON, err := json.Marshal(map[string]any{"Replace": overlay})
	if err != nil {
		t.Fatal(err)
	}
	overlayFile := filepath.Join(tmp, "overlay.json")
	if err := os.WriteFile(overlayFile, overlayJSON, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", append([]string{"build", "-gcflags=-e", "-overlay=" + overlayFile}, pkgs...)...)
	outBytes, err := cmd.CombinedOutput()
	if err == nil {
		return
	}
	var inBodies []string
	generated := 0
	for _, line := range strings.Split(string(outBytes), "\n") {
		m := compileError.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		if strings.HasSuffix(m[1], ".def") {
			inBodies = append(inBodies, line)
			continue
		}
		generated++
		t.Errorf("generated code does not compile: %s", line)
	}
	if generated == 0 && len(inBodies) == 0 {
		t.Fatalf("go build failed:\n%s", outBytes)
	}
	if generated == 0 {
		t.Skipf("the generated code compiles; %d errors are in definition bodies, the first: %s", len(inBodies), inBodies[0])
	}
}
