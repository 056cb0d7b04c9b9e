package emit

import (
	"bytes"
	"go/format"
	"go/parser"
	"go/token"
	"slices"
	"strconv"

	"golang.org/x/tools/go/ast/astutil"
)

// dropUnusedImports removes the imports of src that its code does not use, so that a template
// may import every package its cases might need. Without type information an unnamed import is
// taken to be named after the last element of its path, as Go convention has it; blank and dot
// imports are kept.
func dropUnusedImports(src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "", src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	changed := false
	// Deleting an import edits file.Imports, so walk a copy.
	for _, imp := range slices.Clone(file.Imports) {
		ipath, err := strconv.Unquote(imp.Path.Value)
		if err != nil || astutil.UsesImport(file, ipath) {
			continue
		}
		name := ""
		if imp.Name != nil {
			name = imp.Name.Name
		}
		if astutil.DeleteNamedImport(fset, file, name, ipath) {
			changed = true
		}
	}
	if !changed {
		return src, nil
	}
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, file); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
