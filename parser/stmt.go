package parser

import (
	"strings"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/tokenizer"
)

// fileInput parses `[statements] ENDMARKER`.
func (p *parser) fileInput() ast.Mod {
	var body []ast.Stmt
	for !p.at(tokenizer.ENDMARKER) {
		s := p.statement()
		if s == nil {
			return nil
		}
		body = append(body, s...)
	}
	if p.failed() {
		return nil
	}
	return &ast.Module{Body: body}
}

// evalInput parses `expressions NEWLINE* ENDMARKER`.
func (p *parser) evalInput() ast.Mod {
	e := p.expressions()
	if e == nil {
		return nil
	}
	for p.accept(tokenizer.NEWLINE) {
	}
	if !p.at(tokenizer.ENDMARKER) || p.failed() {
		return nil
	}
	return &ast.Expression{Body: e}
}

// singleInput parses one interactive statement: a compound statement, or simple statements
// on one line.
func (p *parser) singleInput() ast.Mod {
	if p.at(tokenizer.NEWLINE) || p.at(tokenizer.ENDMARKER) {
		p.accept(tokenizer.NEWLINE)
		return &ast.Interactive{}
	}
	s := p.statement()
	if s == nil || p.failed() {
		return nil
	}
	for p.accept(tokenizer.NEWLINE) {
	}
	if !p.at(tokenizer.ENDMARKER) {
		t := p.tok()
		p.errorOnToken("multiple statements found while compiling a single statement", t)
		return nil
	}
	return &ast.Interactive{Body: s}
}

// funcTypeInput parses `'(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER`.
func (p *parser) funcTypeInput() ast.Mod {
	if !p.accept(tokenizer.LPAR) {
		return nil
	}
	var argtypes []ast.Expr
	for !p.at(tokenizer.RPAR) {
		// `*args` and `**kwargs` types are kept as their bare expressions, as CPython does.
		if !p.accept(tokenizer.STAR) {
			p.accept(tokenizer.DOUBLESTAR)
		}
		e := p.expression()
		if e == nil {
			return nil
		}
		argtypes = append(argtypes, e)
		if !p.accept(tokenizer.COMMA) {
			break
		}
	}
	if !p.accept(tokenizer.RPAR) || !p.accept(tokenizer.RARROW) {
		return nil
	}
	ret := p.expression()
	if ret == nil {
		return nil
	}
	for p.accept(tokenizer.NEWLINE) {
	}
	if !p.at(tokenizer.ENDMARKER) || p.failed() {
		return nil
	}
	return &ast.FunctionType{Argtypes: argtypes, Returns: ret}
}

// statement parses one compound statement or one line of simple statements.
func (p *parser) statement() []ast.Stmt {
	if p.failed() {
		return nil
	}
	t := p.tok()
	if t.Kind == tokenizer.NAME {
		var s ast.Stmt
		handled := true
		switch t.Text {
		case "if":
			s = p.ifStmt()
		case "while":
			s = p.whileStmt()
		case "for":
			s = p.forStmt(t.Start, false)
		case "with":
			s = p.withStmt(t.Start, false)
		case "try":
			s = p.tryStmt()
		case "def":
			s = p.funcDef(nil, t.Start, false)
		case "class":
			s = p.classDef(nil)
		case "async":
			s = p.asyncStmt(nil)
		case "match":
			if m, ok := p.tryMatchStmt(); ok {
				s = m
			} else {
				handled = false
			}
		default:
			handled = false
		}
		if handled {
			if s == nil {
				return nil
			}
			return []ast.Stmt{s}
		}
	}
	if t.Kind == tokenizer.AT {
		s := p.decorated()
		if s == nil {
			return nil
		}
		return []ast.Stmt{s}
	}
	return p.simpleStmts()
}

// simpleStmts parses `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
func (p *parser) simpleStmts() []ast.Stmt {
	var out []ast.Stmt
	for {
		s := p.simpleStmt()
		if s == nil {
			return nil
		}
		out = append(out, s)
		if !p.accept(tokenizer.SEMI) || p.at(tokenizer.NEWLINE) {
			break
		}
	}
	if !p.accept(tokenizer.NEWLINE) {
		p.afterStatementError(out[len(out)-1])
		return nil
	}
	return out
}

// afterStatementError explains why a simple statement is followed by something unexpected.
func (p *parser) afterStatementError(last ast.Stmt) {
	if p.failed() {
		return
	}
	es, ok := last.(*ast.ExprStmt)
	if !ok {
		return
	}
	if n, ok := es.Value.(*ast.Name); ok && (n.Id == "print" || n.Id == "exec") && p.canStartExpression() {
		save := p.pos
		saveErr := p.err
		b := p.starExpressions()
		p.err = saveErr
		if b != nil {
			br := b.Span()
			p.errorLC("SyntaxError", "Missing parentheses in call to '"+n.Id+"'. Did you mean "+n.Id+"(...)?",
				n.Lineno, n.ColOffset, br.EndLineno, br.EndColOffset)
			return
		}
		p.pos = save
	}
}

// simpleStmt parses one simple statement.
func (p *parser) simpleStmt() ast.Stmt {
	t := p.tok()
	start := t.Start
	if t.Kind == tokenizer.NAME {
		switch t.Text {
		case "pass":
			p.next()
			return &ast.Pass{Range: p.span(start)}
		case "break":
			p.next()
			return &ast.Break{Range: p.span(start)}
		case "continue":
			p.next()
			return &ast.Continue{Range: p.span(start)}
		case "return":
			p.next()
			var v ast.Expr
			if p.canStartExpression() {
				if v = p.starExpressions(); v == nil {
					return nil
				}
			}
			return &ast.Return{Range: p.span(start), Value: v}
		case "raise":
			return p.raiseStmt()
		case "global", "nonlocal":
			return p.globalStmt()
		case "del":
			return p.delStmt()
		case "assert":
			p.next()
			test := p.expression()
			if test == nil {
				return nil
			}
			var msg ast.Expr
			if p.accept(tokenizer.COMMA) {
				if msg = p.expression(); msg == nil {
					return nil
				}
			}
			return &ast.Assert{Range: p.span(start), Test: test, Msg: msg}
		case "import":
			return p.importName()
		case "from":
			return p.importFrom()
		case "type":
			if n := p.peekAt(1); n.Kind == tokenizer.NAME && !keywords[n.Text] {
				return p.typeAlias()
			}
		}
	}
	return p.exprOrAssignment()
}

// augOperator maps augmented assignment tokens to their operators.
func augOperator(k tokenizer.Kind) ast.Operator {
	switch k {
	case tokenizer.PLUSEQUAL:
		return ast.Add{}
	case tokenizer.MINEQUAL:
		return ast.Sub{}
	case tokenizer.STAREQUAL:
		return ast.Mult{}
	case tokenizer.ATEQUAL:
		return ast.MatMult{}
	case tokenizer.SLASHEQUAL:
		return ast.Div{}
	case tokenizer.PERCENTEQUAL:
		return ast.ModOp{}
	case tokenizer.AMPEREQUAL:
		return ast.BitAnd{}
	case tokenizer.VBAREQUAL:
		return ast.BitOr{}
	case tokenizer.CIRCUMFLEXEQUAL:
		return ast.BitXor{}
	case tokenizer.LEFTSHIFTEQUAL:
		return ast.LShift{}
	case tokenizer.RIGHTSHIFTEQUAL:
		return ast.RShift{}
	case tokenizer.DOUBLESTAREQUAL:
		return ast.Pow{}
	case tokenizer.DOUBLESLASHEQUAL:
		return ast.FloorDiv{}
	}
	return nil
}

// rhs parses `yield_expr | star_expressions`, the right side of an assignment.
func (p *parser) rhs() ast.Expr {
	if p.atKeyword("yield") {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// exprOrAssignment parses an expression statement or any form of assignment.
func (p *parser) exprOrAssignment() ast.Stmt {
	start := p.start()
	parenthesized := p.at(tokenizer.LPAR)
	e := p.rhs()
	if e == nil {
		return nil
	}
	switch k := p.tok().Kind; {
	case k == tokenizer.COLON:
		return p.annAssign(start, e, parenthesized)
	case k == tokenizer.EQUAL:
		targets := []ast.Expr{e}
		var value ast.Expr
		for p.accept(tokenizer.EQUAL) {
			v := p.rhs()
			if v == nil {
				return nil
			}
			targets = append(targets, v)
		}
		value, targets = targets[len(targets)-1], targets[:len(targets)-1]
		for i, t := range targets {
			if validTarget(t, starTargets) {
				applyContext(t, ast.Store{})
				continue
			}
			bad := invalidTarget(t, starTargets)
			if bad == nil {
				bad = t
			}
			direct, eq := p.followedByEqual(bad)
			// CPython's hint comes from its named-expression rule, which sees the last target
			// directly followed by '='; an unparenthesised yield has its own message.
			if i == len(targets)-1 && eq && hintable(bad) && !(direct && isYield(bad)) {
				p.errorOnNode("cannot assign to "+exprName(bad)+" here. Maybe you meant '==' instead of '='?", bad)
				return nil
			}
			if isYield(t) {
				p.errorOnNode("assignment to yield expression not possible", t)
				return nil
			}
			p.errorOnNode("cannot assign to "+exprName(bad), bad)
			return nil
		}
		return &ast.Assign{Range: p.span(start), Targets: targets, Value: value}
	default:
		if op := augOperator(k); op != nil {
			switch e.(type) {
			case *ast.Name, *ast.Attribute, *ast.Subscript:
			default:
				p.errorOnNode("'"+exprName(e)+"' is an illegal expression for augmented assignment", e)
				return nil
			}
			p.next()
			v := p.rhs()
			if v == nil {
				return nil
			}
			applyContext(e, ast.Store{})
			return &ast.AugAssign{Range: p.span(start), Target: e, Op: op, Value: v}
		}
	}
	return &ast.ExprStmt{Range: p.span(start), Value: e}
}

func isYield(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Yield, *ast.YieldFrom:
		return true
	}
	return false
}

// followedByEqual reports whether the token after e's end, skipping closing parentheses, is
// '=' (eq), and whether no parenthesis had to be skipped (direct).
func (p *parser) followedByEqual(e ast.Expr) (direct, eq bool) {
	r := e.Span()
	for i := 0; i < p.pos; i++ {
		t := &p.toks[i]
		if t.Start.Line < r.EndLineno || t.Start.Line == r.EndLineno && t.Start.Col < r.EndColOffset {
			continue
		}
		direct = true
		for ; i < p.pos && p.toks[i].Kind == tokenizer.RPAR; i++ {
			direct = false
		}
		return direct, i < p.pos && p.toks[i].Kind == tokenizer.EQUAL
	}
	return false, false
}

// annAssign parses the rest of `target ':' expression ['=' annotated_rhs]`.
func (p *parser) annAssign(start tokenizer.Pos, target ast.Expr, parenthesized bool) ast.Stmt {
	simple := 0
	switch t := target.(type) {
	case *ast.Name:
		if !parenthesized {
			simple = 1
		}
	case *ast.Attribute, *ast.Subscript:
	case *ast.Tuple:
		p.errorOnNode("only single target (not tuple) can be annotated", t.Elts[0])
		return nil
	case *ast.List:
		p.errorOnNode("only single target (not list) can be annotated", t)
		return nil
	default:
		p.errorOnNode("illegal target for annotation", t)
		return nil
	}
	p.next()
	ann := p.expression()
	if ann == nil {
		return nil
	}
	var value ast.Expr
	if p.accept(tokenizer.EQUAL) {
		if value = p.rhs(); value == nil {
			return nil
		}
	}
	applyContext(target, ast.Store{})
	return &ast.AnnAssign{Range: p.span(start), Target: target, Annotation: ann, Value: value, Simple: simple}
}

// raiseStmt parses `'raise' [expression ['from' expression]]`.
func (p *parser) raiseStmt() ast.Stmt {
	start := p.start()
	p.next()
	s := &ast.Raise{}
	if p.canStartExpression() {
		if s.Exc = p.expression(); s.Exc == nil {
			return nil
		}
		if p.acceptKeyword("from") {
			if s.Cause = p.expression(); s.Cause == nil {
				return nil
			}
		}
	}
	s.Range = p.span(start)
	return s
}

// globalStmt parses `('global' | 'nonlocal') NAME (',' NAME)*`.
func (p *parser) globalStmt() ast.Stmt {
	start := p.start()
	kw := p.next().Text
	var names []string
	for {
		n := p.name()
		if n == "" {
			return nil
		}
		names = append(names, n)
		if !p.accept(tokenizer.COMMA) {
			break
		}
	}
	if kw == "global" {
		return &ast.Global{Range: p.span(start), Names: names}
	}
	return &ast.Nonlocal{Range: p.span(start), Names: names}
}

// delStmt parses `'del' del_targets`.
func (p *parser) delStmt() ast.Stmt {
	start := p.start()
	p.next()
	save, saveLevel := p.pos, p.level
	var targets []ast.Expr
	ok := true
	for {
		e := p.primary()
		if e == nil || !validTarget(e, delTargets) {
			ok = false
			break
		}
		targets = append(targets, e)
		if !p.accept(tokenizer.COMMA) || p.at(tokenizer.NEWLINE) || p.at(tokenizer.SEMI) {
			break
		}
	}
	if ok && (p.at(tokenizer.NEWLINE) || p.at(tokenizer.SEMI)) {
		for _, t := range targets {
			applyContext(t, ast.Del{})
		}
		return &ast.Delete{Range: p.span(start), Targets: targets}
	}
	if p.failed() {
		return nil
	}
	p.pos, p.level = save, saveLevel
	if e := p.starExpressions(); e != nil && !validTarget(e, delTargets) {
		p.reportInvalidTarget(e, delTargets)
	}
	return nil
}

// dottedName parses `NAME ('.' NAME)*`.
func (p *parser) dottedName() string {
	n := p.name()
	if n == "" {
		return ""
	}
	if !p.at(tokenizer.DOT) {
		return n
	}
	var b strings.Builder
	b.WriteString(n)
	for p.at(tokenizer.DOT) && p.peekAt(1).Kind == tokenizer.NAME {
		p.next()
		part := p.name()
		if part == "" {
			return ""
		}
		b.WriteByte('.')
		b.WriteString(part)
	}
	return b.String()
}

// importName parses `'import' dotted_as_names`.
func (p *parser) importName() ast.Stmt {
	start := p.start()
	p.next()
	var names []*ast.Alias
	for {
		aStart := p.start()
		n := p.dottedName()
		if n == "" {
			return nil
		}
		a := &ast.Alias{Name: n}
		if p.acceptKeyword("as") {
			if a.Asname = p.name(); a.Asname == "" {
				return nil
			}
		}
		a.Range = p.span(aStart)
		names = append(names, a)
		if !p.accept(tokenizer.COMMA) {
			break
		}
	}
	return &ast.Import{Range: p.span(start), Names: names}
}

// importFrom parses `'from' ('.' | '...')* [dotted_name] 'import' import_from_targets`.
func (p *parser) importFrom() ast.Stmt {
	start := p.start()
	p.next()
	level := 0
	for {
		if p.accept(tokenizer.DOT) {
			level++
		} else if p.accept(tokenizer.ELLIPSIS) {
			level += 3
		} else {
			break
		}
	}
	module := ""
	if !p.atKeyword("import") {
		if module = p.dottedName(); module == "" {
			return nil
		}
	}
	if !p.acceptKeyword("import") {
		return nil
	}
	s := &ast.ImportFrom{Module: module, Level: level}
	if p.at(tokenizer.STAR) {
		t := p.next()
		s.Names = []*ast.Alias{{Range: tokRange(t), Name: "*"}}
		s.Range = p.span(start)
		return s
	}
	paren := p.accept(tokenizer.LPAR)
	for {
		aStart := p.start()
		n := p.name()
		if n == "" {
			return nil
		}
		a := &ast.Alias{Name: n}
		if p.acceptKeyword("as") {
			if a.Asname = p.name(); a.Asname == "" {
				return nil
			}
		}
		a.Range = p.span(aStart)
		s.Names = append(s.Names, a)
		if !p.at(tokenizer.COMMA) {
			break
		}
		p.next()
		if paren && p.at(tokenizer.RPAR) {
			break
		}
		if !paren && p.at(tokenizer.NEWLINE) {
			p.errorOnToken("trailing comma not allowed without surrounding parentheses", p.tok())
			return nil
		}
	}
	if paren && !p.accept(tokenizer.RPAR) {
		return nil
	}
	s.Range = p.span(start)
	return s
}

// typeAlias parses `'type' NAME [type_params] '=' expression`.
func (p *parser) typeAlias() ast.Stmt {
	start := p.start()
	p.next()
	nt := p.next()
	name := &ast.Name{Range: tokRange(nt), Id: normalizeName(nt.Text), Ctx: ast.Store{}}
	var params []ast.TypeParam
	if p.at(tokenizer.LSQB) {
		if params = p.typeParams(); params == nil {
			return nil
		}
	}
	if !p.accept(tokenizer.EQUAL) {
		return nil
	}
	v := p.expression()
	if v == nil {
		return nil
	}
	return &ast.TypeAlias{Range: p.span(start), Name: name, TypeParams: params, Value: v}
}

// typeParams parses `'[' type_param (',' type_param)* [','] ']'`.
func (p *parser) typeParams() []ast.TypeParam {
	p.next()
	p.level++
	var params []ast.TypeParam
	for !p.at(tokenizer.RSQB) {
		start := p.start()
		var tp ast.TypeParam
		switch {
		case p.accept(tokenizer.STAR):
			n := p.name()
			if n == "" {
				return nil
			}
			if p.at(tokenizer.COLON) {
				colon := p.next()
				if p.expression() != nil {
					p.syntaxError("cannot use bound with TypeVarTuple", colon.Start, p.lastEnd())
				}
				return nil
			}
			v := &ast.TypeVarTuple{Name: n}
			if p.accept(tokenizer.EQUAL) {
				if v.DefaultValue = p.starExpression(); v.DefaultValue == nil {
					return nil
				}
			}
			v.Range = p.span(start)
			tp = v
		case p.accept(tokenizer.DOUBLESTAR):
			n := p.name()
			if n == "" {
				return nil
			}
			if p.at(tokenizer.COLON) {
				colon := p.next()
				if p.expression() != nil {
					p.syntaxError("cannot use bound with ParamSpec", colon.Start, p.lastEnd())
				}
				return nil
			}
			v := &ast.ParamSpec{Name: n}
			if p.accept(tokenizer.EQUAL) {
				if v.DefaultValue = p.expression(); v.DefaultValue == nil {
					return nil
				}
			}
			v.Range = p.span(start)
			tp = v
		default:
			n := p.name()
			if n == "" {
				return nil
			}
			v := &ast.TypeVar{Name: n}
			if p.accept(tokenizer.COLON) {
				if v.Bound = p.expression(); v.Bound == nil {
					return nil
				}
			}
			if p.accept(tokenizer.EQUAL) {
				if v.DefaultValue = p.expression(); v.DefaultValue == nil {
					return nil
				}
			}
			v.Range = p.span(start)
			tp = v
		}
		params = append(params, tp)
		if !p.accept(tokenizer.COMMA) {
			break
		}
	}
	if len(params) == 0 || !p.expectClose(tokenizer.RSQB) {
		return nil
	}
	return params
}
