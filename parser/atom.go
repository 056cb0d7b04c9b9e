package parser

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/tokenizer"
)

// atom parses names, literals and bracketed displays.
func (p *parser) atom() ast.Expr {
	t := p.tok()
	switch t.Kind {
	case tokenizer.NAME:
		switch t.Text {
		case "True":
			p.next()
			return &ast.Constant{Range: tokRange(t), Value: ast.Bool(true)}
		case "False":
			p.next()
			return &ast.Constant{Range: tokRange(t), Value: ast.Bool(false)}
		case "None":
			p.next()
			return &ast.Constant{Range: tokRange(t), Value: ast.NoneType{}}
		}
		if keywords[t.Text] {
			return nil
		}
		p.next()
		return &ast.Name{Range: tokRange(t), Id: normalizeName(t.Text), Ctx: ast.Load{}}
	case tokenizer.NUMBER:
		p.next()
		v := p.parseNumber(t)
		if v == nil {
			return nil
		}
		return &ast.Constant{Range: tokRange(t), Value: v}
	case tokenizer.STRING, tokenizer.FSTRING_START:
		return p.strings()
	case tokenizer.ELLIPSIS:
		p.next()
		return &ast.Constant{Range: tokRange(t), Value: ast.EllipsisType{}}
	case tokenizer.LPAR, tokenizer.LSQB, tokenizer.LBRACE:
		if !p.enter() {
			return nil
		}
		defer p.leave()
		switch t.Kind {
		case tokenizer.LPAR:
			return p.parenthesized()
		case tokenizer.LSQB:
			return p.listDisplay()
		}
		return p.braceDisplay()
	}
	return nil
}

// parenthesized parses a tuple, a parenthesised group, a yield or a generator expression.
func (p *parser) parenthesized() ast.Expr {
	start := p.start()
	open := p.next()
	p.level++
	if p.at(tokenizer.RPAR) {
		p.next()
		p.level--
		return &ast.Tuple{Range: p.span(start), Ctx: ast.Load{}}
	}
	if p.atKeyword("yield") {
		y := p.yieldExpr()
		if y == nil || !p.expectClose(tokenizer.RPAR) {
			return nil
		}
		return y
	}
	if p.invalidStar() {
		return nil
	}
	first := p.starNamedExpression()
	if first == nil {
		return nil
	}
	if p.atFor() {
		if _, ok := first.(*ast.Starred); ok {
			p.starredComprehension(first)
			return nil
		}
		gens := p.forIfClauses()
		if gens == nil || !p.expectClose(tokenizer.RPAR) {
			return nil
		}
		return &ast.GeneratorExp{Range: p.span(start), Elt: first, Generators: gens}
	}
	if p.at(tokenizer.RPAR) {
		p.next()
		p.level--
		if s, ok := first.(*ast.Starred); ok {
			p.errorOnNode("cannot use starred expression here", s)
			return nil
		}
		return first
	}
	if !p.at(tokenizer.COMMA) {
		p.unclosedHint(open)
		return nil
	}
	elts := []ast.Expr{first}
	for p.accept(tokenizer.COMMA) {
		if p.at(tokenizer.RPAR) {
			break
		}
		e := p.starNamedExpression()
		if e == nil {
			return nil
		}
		elts = append(elts, e)
	}
	if !p.expectClose(tokenizer.RPAR) {
		p.unclosedHint(open)
		return nil
	}
	return &ast.Tuple{Range: p.span(start), Elts: elts, Ctx: ast.Load{}}
}

// starredComprehension reports `[*x for x in y]` (invalid_comprehension) once the clauses
// after the starred element parse.
func (p *parser) starredComprehension(first ast.Expr) {
	if p.forIfClauses() != nil && !p.noInvalid {
		p.errorOnNode("iterable unpacking cannot be used in comprehension", first)
	}
}

// unparenthesizedTarget reports `[x, y for x in z]` (invalid_comprehension): the target
// spans from first to end, once the clauses that follow parse.
func (p *parser) unparenthesizedTarget(first ast.Expr, end tokenizer.Pos) {
	if p.forIfClauses() != nil && !p.noInvalid {
		r := first.Span()
		p.errorLC("SyntaxError", "did you forget parentheses around the comprehension target?", r.Lineno, r.ColOffset, end.Line, end.Col)
	}
}

// unclosedHint is called where a closing bracket was expected; CPython leaves such cases to
// the generic error, so nothing is recorded here yet.
func (p *parser) unclosedHint(open *tokenizer.Token) {}

// atFor reports whether a comprehension clause starts here.
func (p *parser) atFor() bool {
	if p.atKeyword("for") {
		return true
	}
	return p.atKeyword("async") && p.peekAt(1).Kind == tokenizer.NAME && p.peekAt(1).Text == "for"
}

// listDisplay parses a list display or a list comprehension.
func (p *parser) listDisplay() ast.Expr {
	start := p.start()
	p.next()
	p.level++
	if p.at(tokenizer.RSQB) {
		p.next()
		p.level--
		return &ast.List{Range: p.span(start), Ctx: ast.Load{}}
	}
	if p.invalidStar() {
		return nil
	}
	first := p.starNamedExpression()
	if first == nil {
		return nil
	}
	if p.atFor() {
		if _, ok := first.(*ast.Starred); ok {
			p.starredComprehension(first)
			return nil
		}
		gens := p.forIfClauses()
		if gens == nil || !p.expectClose(tokenizer.RSQB) {
			return nil
		}
		return &ast.ListComp{Range: p.span(start), Elt: first, Generators: gens}
	}
	elts := []ast.Expr{first}
	for {
		comma := p.tok()
		if !p.accept(tokenizer.COMMA) {
			break
		}
		if p.at(tokenizer.RSQB) {
			break
		}
		if p.atFor() {
			p.unparenthesizedTarget(first, comma.End)
			return nil
		}
		e := p.starNamedExpression()
		if e == nil {
			return nil
		}
		elts = append(elts, e)
	}
	if p.atFor() && len(elts) > 1 {
		last := elts[len(elts)-1].Span()
		p.unparenthesizedTarget(first, tokenizer.Pos{Line: last.EndLineno, Col: last.EndColOffset})
		return nil
	}
	if !p.expectClose(tokenizer.RSQB) {
		return nil
	}
	return &ast.List{Range: p.span(start), Elts: elts, Ctx: ast.Load{}}
}

// braceDisplay parses a dict or set display or comprehension.
func (p *parser) braceDisplay() ast.Expr {
	start := p.start()
	p.next()
	p.level++
	if p.at(tokenizer.RBRACE) {
		p.next()
		p.level--
		return &ast.Dict{Range: p.span(start)}
	}
	var keys, values []ast.Expr
	if p.at(tokenizer.DOUBLESTAR) {
		stars := p.next()
		v := p.bitwiseOr()
		if v == nil {
			return nil
		}
		if p.atFor() {
			// invalid_dict_comprehension
			if p.forIfClauses() != nil && !p.noInvalid {
				p.errorOnToken("dict unpacking cannot be used in dict comprehension", stars)
			}
			return nil
		}
		keys, values = append(keys, nil), append(values, v)
	} else {
		if p.invalidStar() {
			return nil
		}
		first := p.starNamedExpression()
		if first == nil {
			return nil
		}
		if !p.at(tokenizer.COLON) {
			return p.setRest(start, first)
		}
		if _, ok := first.(*ast.Starred); ok {
			return nil
		}
		colon := p.next()
		v := p.dictValue(colon)
		if v == nil {
			return nil
		}
		if p.atFor() {
			gens := p.forIfClauses()
			if gens == nil || !p.expectClose(tokenizer.RBRACE) {
				return nil
			}
			return &ast.DictComp{Range: p.span(start), Key: first, Value: v, Generators: gens}
		}
		keys, values = append(keys, first), append(values, v)
	}
	for p.accept(tokenizer.COMMA) {
		if p.at(tokenizer.RBRACE) {
			break
		}
		if p.accept(tokenizer.DOUBLESTAR) {
			v := p.bitwiseOr()
			if v == nil {
				return nil
			}
			keys, values = append(keys, nil), append(values, v)
			continue
		}
		k := p.expression()
		if k == nil || !p.at(tokenizer.COLON) {
			return nil
		}
		v := p.dictValue(p.next())
		if v == nil {
			return nil
		}
		keys, values = append(keys, k), append(values, v)
	}
	if !p.expectClose(tokenizer.RBRACE) {
		return nil
	}
	return &ast.Dict{Range: p.span(start), Keys: keys, Values: values}
}

// setRest finishes a set display or set comprehension whose first element is parsed.
func (p *parser) setRest(start tokenizer.Pos, first ast.Expr) ast.Expr {
	if p.atFor() {
		if _, ok := first.(*ast.Starred); ok {
			p.starredComprehension(first)
			return nil
		}
		gens := p.forIfClauses()
		if gens == nil || !p.expectClose(tokenizer.RBRACE) {
			return nil
		}
		return &ast.SetComp{Range: p.span(start), Elt: first, Generators: gens}
	}
	elts := []ast.Expr{first}
	for {
		comma := p.tok()
		if !p.accept(tokenizer.COMMA) {
			break
		}
		if p.at(tokenizer.RBRACE) {
			break
		}
		if p.atFor() {
			p.unparenthesizedTarget(first, comma.End)
			return nil
		}
		e := p.starNamedExpression()
		if e == nil {
			return nil
		}
		elts = append(elts, e)
	}
	if p.atFor() && len(elts) > 1 {
		last := elts[len(elts)-1].Span()
		p.unparenthesizedTarget(first, tokenizer.Pos{Line: last.EndLineno, Col: last.EndColOffset})
		return nil
	}
	if !p.expectClose(tokenizer.RBRACE) {
		return nil
	}
	return &ast.Set{Range: p.span(start), Elts: elts}
}

// forIfClauses parses one or more `[async] for targets in disjunction (if disjunction)*`.
func (p *parser) forIfClauses() []*ast.Comprehension {
	var gens []*ast.Comprehension
	for p.atFor() {
		isAsync := 0
		if p.acceptKeyword("async") {
			isAsync = 1
		}
		p.next() // for
		target := p.starTargets()
		if target == nil {
			return nil
		}
		if !p.acceptKeyword("in") {
			return nil
		}
		iter := p.disjunction()
		if iter == nil {
			return nil
		}
		c := &ast.Comprehension{Target: target, Iter: iter, IsAsync: isAsync}
		for p.acceptKeyword("if") {
			cond := p.disjunction()
			if cond == nil {
				return nil
			}
			c.Ifs = append(c.Ifs, cond)
		}
		gens = append(gens, c)
	}
	return gens
}

// yieldExpr parses `'yield' 'from' expression | 'yield' [star_expressions]`.
func (p *parser) yieldExpr() ast.Expr {
	start := p.start()
	p.next()
	if p.acceptKeyword("from") {
		v := p.expression()
		if v == nil {
			return nil
		}
		return &ast.YieldFrom{Range: p.span(start), Value: v}
	}
	var v ast.Expr
	if p.canStartExpression() {
		if v = p.starExpressions(); v == nil {
			return nil
		}
	}
	return &ast.Yield{Range: p.span(start), Value: v}
}

// call parses the argument list of a call whose callee f started at start.
func (p *parser) call(start tokenizer.Pos, f ast.Expr) ast.Expr {
	open := p.next()
	p.level++
	c := &ast.Call{Func: f}
	sawKeyword, sawDoubleStar := false, false
	for !p.at(tokenizer.RPAR) {
		argStart := p.start()
		switch {
		case p.at(tokenizer.DOUBLESTAR):
			p.next()
			v := p.expression()
			if v == nil {
				return nil
			}
			c.Keywords = append(c.Keywords, &ast.Keyword{Range: p.span(argStart), Value: v})
			sawDoubleStar = true
		case p.at(tokenizer.STAR):
			if p.invalidStar() {
				return nil
			}
			starIdx := p.pos
			p.next()
			inner := p.expression()
			if inner == nil {
				return nil
			}
			v := &ast.Starred{Range: p.span(argStart), Value: inner, Ctx: ast.Load{}}
			if p.atFor() {
				p.starredComprehension(v)
				return nil
			}
			if sawDoubleStar {
				p.syntaxError("iterable argument unpacking follows keyword argument unpacking", p.toks[starIdx-1].Start, p.lastEnd())
				return nil
			}
			c.Args = append(c.Args, v)
		case p.atName() && p.peekAt(1).Kind == tokenizer.EQUAL:
			t := p.next()
			eq := p.next()
			v := p.expression()
			if v == nil {
				return nil
			}
			if p.atFor() {
				// invalid_kwarg: `f(a = i for i in x)`
				if p.forIfClauses() != nil && !p.noInvalid {
					p.syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t.Start, eq.End)
				}
				return nil
			}
			c.Keywords = append(c.Keywords, &ast.Keyword{Range: p.span(argStart), Arg: normalizeName(t.Text), Value: v})
			sawKeyword = true
		default:
			v := p.namedExpr(false)
			if v == nil {
				return nil
			}
			if p.atFor() {
				gens := p.forIfClauses()
				if gens == nil {
					return nil
				}
				if len(c.Args) > 0 || len(c.Keywords) > 0 || !p.at(tokenizer.RPAR) {
					g := &ast.GeneratorExp{Range: p.span(argStart), Elt: v, Generators: gens}
					if p.at(tokenizer.RPAR) || p.at(tokenizer.COMMA) {
						p.errorOnNode("Generator expression must be parenthesized", g)
					}
					return nil
				}
				p.next()
				p.level--
				g := &ast.GeneratorExp{Range: p.span(open.Start), Elt: v, Generators: gens}
				c.Args = append(c.Args, g)
				c.Range = p.span(start)
				return c
			}
			if p.at(tokenizer.EQUAL) {
				p.invalidKeywordTarget(v)
				return nil
			}
			// CPython reports these at the furthest token read, the one after the argument.
			if sawDoubleStar {
				p.errorOnToken("positional argument follows keyword argument unpacking", p.tok())
				return nil
			}
			if sawKeyword {
				p.errorOnToken("positional argument follows keyword argument", p.tok())
				return nil
			}
			c.Args = append(c.Args, v)
		}
		if !p.accept(tokenizer.COMMA) {
			break
		}
	}
	if !p.expectClose(tokenizer.RPAR) {
		return nil
	}
	c.Range = p.span(start)
	return c
}

// invalidKeywordTarget reports `f(expr=value)` where expr is not a name.
func (p *parser) invalidKeywordTarget(v ast.Expr) {
	eq := p.tok()
	switch e := v.(type) {
	case *ast.Constant:
		switch e.Value.(type) {
		case ast.Bool, ast.NoneType:
			r := e.Span()
			p.errorLC("SyntaxError", "cannot assign to "+exprName(v), r.Lineno, r.ColOffset, eq.End.Line, eq.End.Col)
			return
		}
	}
	r := v.Span()
	p.errorLC("SyntaxError", `expression cannot contain assignment, perhaps you meant "=="?`, r.Lineno, r.ColOffset, eq.End.Line, eq.End.Col)
}

// dictValue parses the value after a dict key's colon, reporting a missing one as CPython does.
func (p *parser) dictValue(colon *tokenizer.Token) ast.Expr {
	if p.at(tokenizer.RBRACE) || p.at(tokenizer.COMMA) {
		p.errorOnToken("expression expected after dictionary key and ':'", colon)
		return nil
	}
	return p.expression()
}
