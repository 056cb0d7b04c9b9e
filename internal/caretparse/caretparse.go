// Package caretparse gives the traceback formatter of package objects the parses it needs to
// place carets under source lines, from Taipan's parser (the role ast.parse plays in
// CPython's traceback module).
package caretparse

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/parser"
)

// Parser implements objects.SourceParser.
type Parser struct{}

var _ objects.SourceParser = Parser{}

func pos(line, col int) objects.SourcePos { return objects.SourcePos{Line: line, Col: col} }

func end(e ast.Positioned) objects.SourcePos {
	r := e.Span()
	return pos(r.EndLineno, r.EndColOffset)
}

// ExpressionShape parses the segment in parentheses, as the traceback module does, so that
// an expression spanning lines parses.
func (Parser) ExpressionShape(segment string) (objects.ExprShape, bool) {
	mod, err := parser.Parse([]byte("(\n"+segment+"\n)"), "<segment>", parser.Exec)
	if err != nil {
		return objects.ExprShape{}, false
	}
	m, ok := mod.(*ast.Module)
	if !ok || len(m.Body) != 1 {
		return objects.ExprShape{}, false
	}
	st, ok := m.Body[0].(*ast.ExprStmt)
	if !ok {
		return objects.ExprShape{}, true
	}
	switch e := st.Value.(type) {
	case *ast.BinOp:
		r := e.Right.Span()
		return objects.ExprShape{Kind: objects.ExprBinOp, LeftEnd: end(e.Left),
			RightStart: pos(r.Lineno, r.ColOffset), End: end(e)}, true
	case *ast.Subscript:
		return objects.ExprShape{Kind: objects.ExprSubscript, LeftEnd: end(e.Value), End: end(e)}, true
	case *ast.Call:
		return objects.ExprShape{Kind: objects.ExprCall, LeftEnd: end(e.Func), End: end(e)}, true
	}
	return objects.ExprShape{}, true
}

// StatementShape parses src as a module and describes its first statement.
func (Parser) StatementShape(src string) (objects.StmtShape, bool) {
	mod, err := parser.Parse([]byte(src), "<lines>", parser.Exec)
	if err != nil {
		return objects.StmtShape{}, false
	}
	m, ok := mod.(*ast.Module)
	if !ok {
		return objects.StmtShape{}, false
	}
	if len(m.Body) == 0 {
		return objects.StmtShape{Empty: true}, true
	}
	var call *ast.Call
	switch s := m.Body[0].(type) {
	case *ast.Return:
		if c, ok := s.Value.(*ast.Call); ok {
			if _, isName := c.Func.(*ast.Name); isName {
				call = c
			}
		}
	case *ast.Assign:
		if c, ok := s.Value.(*ast.Call); ok && len(s.Targets) == 1 {
			if _, isName := s.Targets[0].(*ast.Name); isName {
				call = c
			}
		}
	}
	if call == nil {
		return objects.StmtShape{}, true
	}
	r := call.Span()
	return objects.StmtShape{Call: true, CallStart: pos(r.Lineno, r.ColOffset), CallEnd: pos(r.EndLineno, r.EndColOffset)}, true
}
