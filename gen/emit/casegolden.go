package emit

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/taipanpy/taipan/gen/analysis"
)

// RunCaseGoldens runs the golden files in dir through a cases emitter: each file's
// input.def section (and optimizer.def, when it has one) is analysed as defs/bytecodes.def
// (and defs/optimizer.def) and cases writes the output for genPath, inside dir's
// template.go.tmpl.
func RunCaseGoldens(t *testing.T, dir, genPath string, update bool, cases CasesFunc) {
	t.Helper()
	tmpl, err := os.ReadFile(filepath.Join(dir, "template.go.tmpl"))
	if err != nil {
		t.Fatal(err)
	}
	RunGoldens(t, dir, tmpl, genPath, update, func(g *Golden) (string, error) {
		src, ok := g.Section("input.def")
		if !ok {
			t.Fatal("no input.def section")
		}
		a, err := analysis.AnalyzeSource("defs/bytecodes.def", src)
		if err != nil {
			return "", err
		}
		if abs, ok := g.Section("optimizer.def"); ok {
			if err := analysis.AnalyzeAbstractSource(a, "defs/optimizer.def", abs); err != nil {
				return "", err
			}
		}
		return cases(a, genPath)
	})
}
