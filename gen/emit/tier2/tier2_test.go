package tier2

import (
	"flag"
	"os"
	"testing"

	"github.com/taipanpy/taipan/gen/analysis"
	"github.com/taipanpy/taipan/gen/emit"
)

var update = flag.Bool("update", false, "rewrite the golden files with the generated output")

func TestGolden(t *testing.T) {
	tmpl, err := os.ReadFile("testdata/template.go.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	emit.RunGoldens(t, "testdata", tmpl, Output, *update, func(g *emit.Golden) (string, error) {
		src, ok := g.Section("input.def")
		if !ok {
			t.Fatal("no input.def section")
		}
		a, err := analysis.AnalyzeSource("defs/bytecodes.def", src)
		if err != nil {
			return "", err
		}
		return Cases(a, Output)
	})
}
