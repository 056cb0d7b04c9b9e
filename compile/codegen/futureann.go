package codegen

import "github.com/taipanpy/taipan/ast"

// annexpr pushes an annotation under `from __future__ import annotations`:
// its source text, which is never evaluated (CPython's compiler_visit_annexpr).
func (c *compiler) annexpr(e ast.Expr) {
	text, ok := unparse(e)
	if !ok {
		c.unsupported(e, ast.PythonName(e)+" expressions in annotations under from __future__ import annotations")
		return
	}
	c.loadConst(strConst(text), locOf(e))
}
