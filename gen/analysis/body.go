package analysis

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"strings"
)

// bodyPrefix wraps a body so go/parser reads it as a function's statements; offsets in
// the parsed file minus its length are offsets in the body text.
const bodyPrefix = "package p; func _() {"

// bodyInfo is what scanning a body yields beyond the model's Body fields.
type bodyInfo struct {
	file     *ast.File
	block    *ast.BlockStmt
	fset     *token.FileSet
	gotos    []string                // labels of goto statements
	calls    []*ast.CallExpr         // every call, in source order
	selTexts map[string]bool         // every selector chain rendered as text, e.g. frame.Code.Consts
	declared map[string]token.Pos    // names declared with := or var
	assigned map[string]bool         // names assigned with = or :=, or whose address is taken
	forms    map[*ast.CallExpr]*Form // calls that are special forms
	asserts  map[string]bool         // types named in type assertions, e.g. *objects.Cell
}

// scanBody parses the body's Go statements and fills in body's Forms, Idents, AlwaysExits
// and EndsWithEvalBreaker.
func scanBody(body *Body) (*bodyInfo, error) {
	fset := token.NewFileSet()
	src := bodyPrefix + body.Text + "\n}"
	f, err := parser.ParseFile(fset, "", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		if list, ok := err.(scanner.ErrorList); ok && len(list) > 0 {
			off := list[0].Pos.Offset - len(bodyPrefix)
			if off < 0 {
				off = 0
			}
			if off > len(body.Text) {
				off = len(body.Text)
			}
			return nil, errorAt(body.PosAt(off), "body is not valid Go: %s", list[0].Msg)
		}
		return nil, errorAt(body.Pos, "body is not valid Go: %v", err)
	}
	fn := f.Decls[0].(*ast.FuncDecl)
	info := &bodyInfo{
		file: f, block: fn.Body, fset: fset,
		selTexts: map[string]bool{}, declared: map[string]token.Pos{}, assigned: map[string]bool{},
		forms: map[*ast.CallExpr]*Form{}, asserts: map[string]bool{},
	}
	off := func(p token.Pos) int { return fset.Position(p).Offset - len(bodyPrefix) }
	body.Idents = map[string]bool{}
	stmtCalls := map[*ast.CallExpr]bool{}
	fieldNames := map[*ast.Ident]bool{}
	var lastCall *ast.CallExpr
	if n := len(fn.Body.List); n > 0 {
		if es, ok := fn.Body.List[n-1].(*ast.ExprStmt); ok {
			lastCall, _ = es.X.(*ast.CallExpr)
		}
	}
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ExprStmt:
			if c, ok := n.X.(*ast.CallExpr); ok {
				stmtCalls[c] = true
			}
		case *ast.SelectorExpr:
			if t := selectorText(n); t != "" {
				info.selTexts[t] = true
			}
			fieldNames[n.Sel] = true
		case *ast.Ident:
			if !fieldNames[n] {
				body.Idents[n.Name] = true
			}
		case *ast.BranchStmt:
			if n.Tok == token.GOTO && n.Label != nil {
				info.gotos = append(info.gotos, n.Label.Name)
			}
			return false
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					info.assigned[id.Name] = true
					if n.Tok == token.DEFINE {
						if _, seen := info.declared[id.Name]; !seen {
							info.declared[id.Name] = id.Pos()
						}
					}
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				info.declared[id.Name] = id.Pos()
				if len(n.Values) > 0 {
					info.assigned[id.Name] = true
				}
			}
		case *ast.UnaryExpr:
			if id, ok := n.X.(*ast.Ident); ok && n.Op == token.AND {
				info.assigned[id.Name] = true
			}
		case *ast.CallExpr:
			info.calls = append(info.calls, n)
		case *ast.TypeAssertExpr:
			if n.Type != nil {
				s, e := off(n.Type.Pos()), off(n.Type.End())
				info.asserts[body.Text[s:e]] = true
			}
		}
		return true
	})
	for _, c := range info.calls {
		id, ok := c.Fun.(*ast.Ident)
		if !ok {
			continue
		}
		kind, ok := formByName[id.Name]
		if !ok {
			if id.Name == "DECREF_INPUTS" {
				return nil, errorAt(body.PosAt(off(c.Pos())), "DECREF_INPUTS has no place in Taipan: there is no reference counting, so inputs need no release")
			}
			continue
		}
		form := Form{Kind: kind, Start: off(c.Pos()), End: off(c.End()), Statement: stmtCalls[c], Last: c == lastCall}
		for _, a := range c.Args {
			s, e := off(a.Pos()), off(a.End())
			form.Args = append(form.Args, body.Text[s:e])
			form.ArgRanges = append(form.ArgRanges, [2]int{s, e})
		}
		if err := checkForm(body, &form); err != nil {
			return nil, err
		}
		body.Forms = append(body.Forms, form)
		info.forms[c] = &body.Forms[len(body.Forms)-1]
	}
	body.AlwaysExits = alwaysExits(fn.Body.List)
	body.EndsWithEvalBreaker = lastCall != nil && isFormCall(lastCall, CheckEvalBreaker)
	return info, nil
}

var formByName = func() map[string]FormKind {
	m := map[string]FormKind{}
	for k, n := range FormNames {
		m[n] = k
	}
	return m
}()

// formArity is the number of arguments each form takes.
var formArity = map[FormKind]int{
	ErrorIf: 2, ErrorNoPop: 0, DeoptIf: 1, ExitIf: 1, SyncSP: 0, CheckEvalBreaker: 0,
	GoToInstruction: 1, Dispatch: 0, JumpBy: 1,
}

func checkForm(body *Body, f *Form) error {
	pos := body.PosAt(f.Start)
	if n := formArity[f.Kind]; len(f.Args) != n {
		return errorAt(pos, "%s takes %d argument%s, not %d", f.Kind, n, plural(n), len(f.Args))
	}
	if !f.Statement && f.Kind != JumpBy {
		return errorAt(pos, "%s must be a statement of its own", f.Kind)
	}
	if f.Kind == ErrorIf && !isIdent(f.Args[1]) {
		return errorAt(body.PosAt(f.ArgRanges[1][0]), "the second argument of ERROR_IF must be a label name, not %q", f.Args[1])
	}
	if f.Kind == GoToInstruction && !isIdent(f.Args[0]) {
		return errorAt(body.PosAt(f.ArgRanges[0][0]), "GO_TO_INSTRUCTION needs an instruction name, not %q", f.Args[0])
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

func isFormCall(c *ast.CallExpr, k FormKind) bool {
	id, ok := c.Fun.(*ast.Ident)
	return ok && id.Name == FormNames[k]
}

// alwaysExits reports whether a statement list never completes normally: its last
// statement is a goto, return, continue, panic, DISPATCH(), GO_TO_INSTRUCTION(...) or
// ERROR_NO_POP(), a block that always exits, or an if/else or switch whose every branch does.
func alwaysExits(list []ast.Stmt) bool {
	if len(list) == 0 {
		return false
	}
	switch s := list[len(list)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok == token.GOTO || s.Tok == token.CONTINUE
	case *ast.ExprStmt:
		c, ok := s.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := c.Fun.(*ast.Ident)
		return ok && (id.Name == "panic" || id.Name == "DISPATCH" || id.Name == "GO_TO_INSTRUCTION" || id.Name == "ERROR_NO_POP")
	case *ast.BlockStmt:
		return alwaysExits(s.List)
	case *ast.LabeledStmt:
		return alwaysExits([]ast.Stmt{s.Stmt})
	case *ast.IfStmt:
		if s.Else == nil || !alwaysExits(s.Body.List) {
			return false
		}
		return alwaysExits([]ast.Stmt{s.Else})
	}
	return false
}

// selectorText renders a selector chain of identifiers (a.b.c), or "" for anything else.
func selectorText(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		if x := selectorText(e.X); x != "" {
			return x + "." + e.Sel.Name
		}
	}
	return ""
}

// calleeText renders the function a call invokes, as a selector chain, or "".
func calleeText(c *ast.CallExpr) string { return selectorText(c.Fun) }

// lastName returns the final element of a dotted name.
func lastName(s string) string {
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return s[i+1:]
	}
	return s
}
