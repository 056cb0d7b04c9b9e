package parser

import (
	"strconv"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/tokenizer"
)

// tryMatchStmt parses a match statement if the soft keyword `match` starts one here; it
// returns ok=false, having consumed nothing, when `match` is an ordinary name.
func (p *parser) tryMatchStmt() (ast.Stmt, bool) {
	save, saveLevel, saveErr := p.pos, p.level, p.err
	start := p.start()
	kw := p.next()
	var subject ast.Expr
	if p.canStartExpression() {
		subject = p.subjectExpr()
	}
	if subject != nil && p.at(tokenizer.NEWLINE) && p.err == saveErr && !p.noInvalid && !continuesName(p.toks[save+1].Kind) {
		// `match x` alone on a line cannot be an expression statement either.
		p.errorOnToken("expected ':'", p.tok())
		return nil, true
	}
	if subject == nil || !p.at(tokenizer.COLON) || p.err != saveErr {
		p.pos, p.level = save, saveLevel
		if p.tokErr == nil {
			p.err = saveErr
		}
		return nil, false
	}
	p.next()
	if !p.accept(tokenizer.NEWLINE) {
		return nil, true
	}
	if !p.at(tokenizer.INDENT) {
		t := p.tok()
		p.errorAt("IndentationError", "expected an indented block after 'match' statement on line "+strconv.Itoa(kw.Start.Line), t.Start, t.End)
		return nil, true
	}
	p.next()
	m := &ast.Match{Subject: subject}
	for !p.at(tokenizer.DEDENT) && !p.at(tokenizer.ENDMARKER) {
		c := p.caseBlock()
		if c == nil {
			return nil, true
		}
		m.Cases = append(m.Cases, c)
	}
	if m.Cases == nil {
		return nil, true
	}
	p.accept(tokenizer.DEDENT)
	m.Range = p.span(start)
	return m, true
}

// continuesName reports whether a token of kind k after the name `match` could make
// `match ...` an ordinary expression (a call, subscript or binary operation).
func continuesName(k tokenizer.Kind) bool {
	switch k {
	case tokenizer.LPAR, tokenizer.LSQB, tokenizer.MINUS, tokenizer.PLUS, tokenizer.STAR:
		return true
	}
	return false
}

// subjectExpr parses `star_named_expression ',' star_named_expressions? | named_expression`.
func (p *parser) subjectExpr() ast.Expr {
	start := p.start()
	first := p.starNamedExpression()
	if first == nil {
		return nil
	}
	if !p.at(tokenizer.COMMA) {
		if _, ok := first.(*ast.Starred); ok {
			return nil
		}
		return first
	}
	elts := []ast.Expr{first}
	for p.accept(tokenizer.COMMA) {
		if p.at(tokenizer.COLON) {
			break
		}
		e := p.starNamedExpression()
		if e == nil {
			return nil
		}
		elts = append(elts, e)
	}
	return &ast.Tuple{Range: p.span(start), Elts: elts, Ctx: ast.Load{}}
}

// caseBlock parses `"case" patterns ['if' named_expression] ':' block`.
func (p *parser) caseBlock() *ast.MatchCase {
	if !p.atKeyword("case") {
		return nil
	}
	kw := p.next()
	pat := p.patterns()
	if pat == nil {
		return nil
	}
	c := &ast.MatchCase{Pattern: pat}
	if p.acceptKeyword("if") {
		if c.Guard = p.namedExpression(); c.Guard == nil {
			return nil
		}
	}
	if !p.expectColon() {
		return nil
	}
	if c.Body = p.block("'case' statement", kw.Start.Line); c.Body == nil {
		return nil
	}
	return c
}

// patterns parses `open_sequence_pattern | pattern`.
func (p *parser) patterns() ast.Pattern {
	start := p.start()
	first := p.maybeStarPattern()
	if first == nil {
		return nil
	}
	if !p.at(tokenizer.COMMA) {
		if _, ok := first.(*ast.MatchStar); ok {
			return nil
		}
		return first
	}
	pats := []ast.Pattern{first}
	for p.accept(tokenizer.COMMA) {
		if p.at(tokenizer.COLON) || p.atKeyword("if") {
			break
		}
		q := p.maybeStarPattern()
		if q == nil {
			return nil
		}
		pats = append(pats, q)
	}
	return &ast.MatchSequence{Range: p.span(start), Patterns: pats}
}

// maybeStarPattern parses `'*' (capture | '_') | pattern`.
func (p *parser) maybeStarPattern() ast.Pattern {
	if !p.at(tokenizer.STAR) {
		return p.pattern()
	}
	start := p.start()
	p.next()
	if !p.atName() {
		return nil
	}
	n := p.name()
	if n == "_" {
		n = ""
	}
	return &ast.MatchStar{Range: p.span(start), Name: n}
}

// pattern parses `or_pattern ['as' NAME]`.
func (p *parser) pattern() ast.Pattern {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	start := p.start()
	orp := p.orPattern()
	if orp == nil || !p.atKeyword("as") {
		return orp
	}
	p.next()
	t := p.tok()
	if !p.atName() {
		return nil
	}
	n := p.name()
	if n == "_" {
		p.errorOnToken("cannot use '_' as a target", t)
		return nil
	}
	if p.at(tokenizer.DOT) || p.at(tokenizer.LPAR) || p.at(tokenizer.EQUAL) {
		return nil
	}
	return &ast.MatchAs{Range: p.span(start), Pattern: orp, Name: n}
}

// orPattern parses `closed_pattern ('|' closed_pattern)*`.
func (p *parser) orPattern() ast.Pattern {
	start := p.start()
	first := p.closedPattern()
	if first == nil || !p.at(tokenizer.VBAR) {
		return first
	}
	pats := []ast.Pattern{first}
	for p.accept(tokenizer.VBAR) {
		q := p.closedPattern()
		if q == nil {
			return nil
		}
		pats = append(pats, q)
	}
	return &ast.MatchOr{Range: p.span(start), Patterns: pats}
}

// closedPattern parses literal, capture, wildcard, value, group, sequence, mapping and class
// patterns.
func (p *parser) closedPattern() ast.Pattern {
	start := p.start()
	t := p.tok()
	switch t.Kind {
	case tokenizer.NUMBER, tokenizer.MINUS, tokenizer.STRING, tokenizer.FSTRING_START:
		e := p.literalExpr()
		if e == nil {
			return nil
		}
		return &ast.MatchValue{Range: p.span(start), Value: e}
	case tokenizer.NAME:
		switch t.Text {
		case "None":
			p.next()
			return &ast.MatchSingleton{Range: tokRange(t), Value: ast.NoneType{}}
		case "True":
			p.next()
			return &ast.MatchSingleton{Range: tokRange(t), Value: ast.Bool(true)}
		case "False":
			p.next()
			return &ast.MatchSingleton{Range: tokRange(t), Value: ast.Bool(false)}
		}
		if !p.atName() {
			return nil
		}
		if n := p.peekAt(1).Kind; n != tokenizer.DOT && n != tokenizer.LPAR {
			name := p.name()
			if n == tokenizer.EQUAL {
				return nil
			}
			if name == "_" {
				return &ast.MatchAs{Range: p.span(start)}
			}
			return &ast.MatchAs{Range: p.span(start), Name: name}
		}
		var e ast.Expr = &ast.Name{Range: tokRange(t), Id: p.name(), Ctx: ast.Load{}}
		for p.at(tokenizer.DOT) {
			p.next()
			if !p.atName() {
				return nil
			}
			attr := p.name()
			e = &ast.Attribute{Range: p.span(start), Value: e, Attr: attr, Ctx: ast.Load{}}
		}
		if p.at(tokenizer.LPAR) {
			return p.classPattern(start, e)
		}
		return &ast.MatchValue{Range: p.span(start), Value: e}
	case tokenizer.LPAR:
		p.next()
		p.level++
		if p.at(tokenizer.RPAR) {
			p.expectClose(tokenizer.RPAR)
			return &ast.MatchSequence{Range: p.span(start)}
		}
		first := p.maybeStarPattern()
		if first == nil {
			return nil
		}
		if p.at(tokenizer.RPAR) {
			if _, star := first.(*ast.MatchStar); !star {
				p.expectClose(tokenizer.RPAR)
				return first
			}
		}
		pats := []ast.Pattern{first}
		for p.accept(tokenizer.COMMA) {
			if p.at(tokenizer.RPAR) {
				break
			}
			q := p.maybeStarPattern()
			if q == nil {
				return nil
			}
			pats = append(pats, q)
		}
		if !p.expectClose(tokenizer.RPAR) {
			return nil
		}
		return &ast.MatchSequence{Range: p.span(start), Patterns: pats}
	case tokenizer.LSQB:
		p.next()
		p.level++
		var pats []ast.Pattern
		for !p.at(tokenizer.RSQB) {
			q := p.maybeStarPattern()
			if q == nil {
				return nil
			}
			pats = append(pats, q)
			if !p.accept(tokenizer.COMMA) {
				break
			}
		}
		if !p.expectClose(tokenizer.RSQB) {
			return nil
		}
		return &ast.MatchSequence{Range: p.span(start), Patterns: pats}
	case tokenizer.LBRACE:
		return p.mappingPattern()
	}
	return nil
}

// literalExpr parses a literal usable in patterns: a signed number, a complex literal
// `real ± imag`, strings, None, True or False.
func (p *parser) literalExpr() ast.Expr {
	start := p.start()
	t := p.tok()
	switch t.Kind {
	case tokenizer.STRING, tokenizer.FSTRING_START:
		e := p.strings()
		if _, ok := e.(*ast.JoinedStr); ok {
			p.errorOnNode("patterns may only match literals and attribute lookups", e)
			return nil
		}
		return e
	case tokenizer.NAME:
		switch t.Text {
		case "None", "True", "False":
			return p.atom()
		}
		return nil
	}
	real := p.signedNumber()
	if real == nil {
		return nil
	}
	if !p.at(tokenizer.PLUS) && !p.at(tokenizer.MINUS) {
		return real
	}
	var op ast.Operator = ast.Add{}
	if p.next().Kind == tokenizer.MINUS {
		op = ast.Sub{}
	}
	if !p.at(tokenizer.NUMBER) {
		return nil
	}
	nt := p.next()
	v := p.parseNumber(nt)
	if v == nil {
		return nil
	}
	imag := &ast.Constant{Range: tokRange(nt), Value: v}
	if _, ok := v.(ast.Complex); !ok {
		p.errorOnNode("imaginary number required in complex literal", imag)
		return nil
	}
	if c, ok := real.(*ast.Constant); ok {
		if _, isComplex := c.Value.(ast.Complex); isComplex {
			p.errorOnNode("real number required in complex literal", real)
			return nil
		}
	}
	return &ast.BinOp{Range: p.span(start), Left: real, Op: op, Right: imag}
}

// signedNumber parses `NUMBER | '-' NUMBER`.
func (p *parser) signedNumber() ast.Expr {
	start := p.start()
	neg := p.accept(tokenizer.MINUS)
	if !p.at(tokenizer.NUMBER) {
		return nil
	}
	nt := p.next()
	v := p.parseNumber(nt)
	if v == nil {
		return nil
	}
	var e ast.Expr = &ast.Constant{Range: tokRange(nt), Value: v}
	if neg {
		e = &ast.UnaryOpExpr{Range: p.span(start), Op: ast.USub{}, Operand: e}
	}
	return e
}

// mappingPattern parses `'{' [items] ['**' NAME] [','] '}'`.
func (p *parser) mappingPattern() ast.Pattern {
	start := p.start()
	p.next()
	p.level++
	m := &ast.MatchMapping{}
	for !p.at(tokenizer.RBRACE) {
		if p.accept(tokenizer.DOUBLESTAR) {
			// pattern_capture_target: a name other than _.
			if p.atName() && p.tok().Text == "_" {
				return nil
			}
			if m.Rest = p.name(); m.Rest == "" {
				return nil
			}
			p.accept(tokenizer.COMMA)
			break
		}
		var key ast.Expr
		if p.atName() {
			kStart := p.start()
			key = &ast.Name{Range: tokRange(p.tok()), Id: p.name(), Ctx: ast.Load{}}
			if !p.at(tokenizer.DOT) {
				return nil
			}
			for p.accept(tokenizer.DOT) {
				if !p.atName() {
					return nil
				}
				attr := p.name()
				key = &ast.Attribute{Range: p.span(kStart), Value: key, Attr: attr, Ctx: ast.Load{}}
			}
		} else if key = p.literalExpr(); key == nil {
			return nil
		}
		if !p.accept(tokenizer.COLON) {
			return nil
		}
		v := p.pattern()
		if v == nil {
			return nil
		}
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, v)
		if !p.accept(tokenizer.COMMA) {
			break
		}
	}
	if !p.expectClose(tokenizer.RBRACE) {
		return nil
	}
	m.Range = p.span(start)
	return m
}

// classPattern parses the argument patterns of `Cls(p, ..., name=p, ...)`.
func (p *parser) classPattern(start tokenizer.Pos, cls ast.Expr) ast.Pattern {
	p.next()
	p.level++
	c := &ast.MatchClass{Cls: cls}
	for !p.at(tokenizer.RPAR) {
		if p.atName() && p.peekAt(1).Kind == tokenizer.EQUAL {
			c.KwdAttrs = append(c.KwdAttrs, p.name())
			p.next()
			v := p.pattern()
			if v == nil {
				return nil
			}
			c.KwdPatterns = append(c.KwdPatterns, v)
		} else {
			v := p.pattern()
			if v == nil {
				return nil
			}
			if len(c.KwdAttrs) > 0 {
				p.errorOnNode("positional patterns follow keyword patterns", v)
				return nil
			}
			c.Patterns = append(c.Patterns, v)
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
