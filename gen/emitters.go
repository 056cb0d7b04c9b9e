package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/taipanpy/taipan/gen/analysis"
	"github.com/taipanpy/taipan/gen/emit/metadata"
	"github.com/taipanpy/taipan/gen/emit/optimizer"
	"github.com/taipanpy/taipan/gen/emit/tier1"
	"github.com/taipanpy/taipan/gen/emit/tier2"
)

// inputs is what every emitter receives.
type inputs struct {
	a *analysis.Analysis
	// templates holds the defs/*.go.tmpl files by base name, e.g. "tier1.go.tmpl".
	templates map[string][]byte
	// outDir is the output root; check is set when nothing will be written.
	outDir string
	check  bool
}

// emitter produces some of the generated files, keyed by their slash-separated path under
// the output root (e.g. "opcode/opcode.go").
type emitter struct {
	name string
	run  func(in *inputs) (map[string][]byte, error)
}

// emitters lists every output of the generator. An emitter that needs a template is
// skipped while the template does not exist.
var emitters = []emitter{
	{"metadata", func(in *inputs) (map[string][]byte, error) { return metadata.Generate(in.a) }},
	{"tier1", templated("tier1.go.tmpl", tier1.Output, tier1.Generate)},
	{"tier2", templated("tier2.go.tmpl", tier2.Output, tier2.Generate)},
	{"optimizer", templated("optimizer.go.tmpl", optimizer.Output, optimizer.Generate)},
}

// templated adapts a case emitter that splices cases into a template. output is the
// emitter's path relative to the repository root (internal/generated/...).
func templated(tmpl, output string, gen func(a *analysis.Analysis, tmpl []byte, brokenDir string) ([]byte, error)) func(in *inputs) (map[string][]byte, error) {
	return func(in *inputs) (map[string][]byte, error) {
		t, ok := in.templates[tmpl]
		if !ok {
			return nil, nil
		}
		rel := strings.TrimPrefix(output, "internal/generated/")
		broken := filepath.Join(in.outDir, filepath.Dir(filepath.FromSlash(rel)))
		if in.check {
			broken = os.TempDir()
		}
		data, err := gen(in.a, t, broken)
		if err != nil {
			return nil, err
		}
		return map[string][]byte{rel: data}, nil
	}
}
