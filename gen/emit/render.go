package emit

import "github.com/taipanpy/taipan/gen/analysis"

// CasesFunc writes the cases of one generated file; genPath is the file they will be part of.
type CasesFunc func(a *analysis.Analysis, genPath string) (string, error)

// RenderCases renders a cases file: the template tmpl (named templateName) with the cases
// cases writes, its header naming sources, or the first definition file when sources is
// nil. Output that is not valid Go is dumped in brokenDir (when not empty).
func RenderCases(a *analysis.Analysis, output, templateName string, tmpl []byte, brokenDir string, sources []string, cases CasesFunc) ([]byte, error) {
	text, err := cases(a, output)
	if err != nil {
		return nil, err
	}
	if sources == nil {
		sources = []string{"defs/bytecodes.def"}
		if len(a.Files) > 0 {
			sources = a.Files[:1]
		}
	}
	f := GoFile{Path: output, Sources: sources, Template: tmpl, TemplateName: templateName, BrokenDir: brokenDir}
	return f.Render(text)
}
