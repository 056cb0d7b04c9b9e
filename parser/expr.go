package parser

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/tokenizer"
)

// starExpressions parses `star_expression (',' star_expression)* [',']`, a Tuple when a comma
// appears.
func (p *parser) starExpressions() ast.Expr {
	start := p.start()
	first := p.starExpression()
	if first == nil || !p.at(tokenizer.COMMA) {
		return first
	}
	elts := []ast.Expr{first}
	for p.accept(tokenizer.COMMA) {
		if !p.canStartExpression() {
			break
		}
		e := p.starExpression()
		if e == nil {
			return nil
		}
		elts = append(elts, e)
	}
	return &ast.Tuple{Range: p.span(start), Elts: elts, Ctx: ast.Load{}}
}

// starExpression parses `'*' bitwise_or | expression`.
func (p *parser) starExpression() ast.Expr {
	if p.at(tokenizer.STAR) {
		start := p.start()
		p.next()
		v := p.bitwiseOr()
		if v == nil {
			return nil
		}
		return &ast.Starred{Range: p.span(start), Value: v, Ctx: ast.Load{}}
	}
	return p.expression()
}

// invalidStar reports CPython's "Invalid star expression" on the token after a '*' that
// cannot start an expression, in the places where the grammar tries starred_expression
// (call arguments, subscripts, the first item of a bracket). It reports whether it did.
func (p *parser) invalidStar() bool {
	if !p.at(tokenizer.STAR) || p.noInvalid || p.failed() {
		return false
	}
	save := p.pos
	p.next()
	ok := p.canStartExpression() && !p.at(tokenizer.STAR)
	if !ok {
		p.errorOnToken("Invalid star expression", p.tok())
	}
	p.pos = save
	return !ok
}

// starNamedExpression parses `'*' bitwise_or | named_expression`.
func (p *parser) starNamedExpression() ast.Expr {
	if p.at(tokenizer.STAR) {
		start := p.start()
		p.next()
		v := p.bitwiseOr()
		if v == nil {
			return nil
		}
		return &ast.Starred{Range: p.span(start), Value: v, Ctx: ast.Load{}}
	}
	return p.namedExpression()
}

// expressions parses `expression (',' expression)* [',']`.
func (p *parser) expressions() ast.Expr {
	start := p.start()
	first := p.expression()
	if first == nil || !p.at(tokenizer.COMMA) {
		return first
	}
	elts := []ast.Expr{first}
	for p.accept(tokenizer.COMMA) {
		if !p.canStartExpression() {
			break
		}
		e := p.expression()
		if e == nil {
			return nil
		}
		elts = append(elts, e)
	}
	return &ast.Tuple{Range: p.span(start), Elts: elts, Ctx: ast.Load{}}
}

// namedExpression parses `NAME ':=' expression | expression !':='`.
func (p *parser) namedExpression() ast.Expr { return p.namedExpr(true) }

// namedExpr is namedExpression; checkEqual enables the "Maybe you meant '=='" messages for a
// following '=', which call arguments handle themselves.
func (p *parser) namedExpr(checkEqual bool) ast.Expr {
	start := p.start()
	if p.atName() && p.peekAt(1).Kind == tokenizer.COLONEQUAL {
		t := p.next()
		target := &ast.Name{Range: tokRange(t), Id: normalizeName(t.Text), Ctx: ast.Store{}}
		p.next()
		v := p.expression()
		if v == nil {
			return nil
		}
		return &ast.NamedExpr{Range: p.span(start), Target: target, Value: v}
	}
	e := p.expression()
	if e == nil {
		return nil
	}
	if checkEqual && p.at(tokenizer.EQUAL) && !p.noInvalid {
		p.equalInsteadOfEqEq(e)
		return nil
	}
	if p.at(tokenizer.COLONEQUAL) {
		p.errorOnNode("cannot use assignment expressions with "+exprName(e), e)
		return nil
	}
	return e
}

// expression parses a conditional expression, a disjunction or a lambda.
func (p *parser) expression() ast.Expr {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	if p.atKeyword("lambda") {
		return p.lambdef()
	}
	start := p.start()
	startIdx := p.pos
	body := p.disjunction()
	if body == nil {
		return nil
	}
	if !p.atKeyword("if") {
		p.checkMissingComma(body, startIdx)
		return body
	}
	p.next()
	test := p.disjunction()
	if test == nil {
		return nil
	}
	if !p.acceptKeyword("else") {
		if !p.at(tokenizer.COLON) {
			br := body.Span()
			tr := test.Span()
			p.errorLC("SyntaxError", "expected 'else' after 'if' expression", br.Lineno, br.ColOffset, tr.EndLineno, tr.EndColOffset)
		}
		return nil
	}
	orelse := p.expression()
	if orelse == nil {
		return nil
	}
	return &ast.IfExp{Range: p.span(start), Test: test, Body: body, Orelse: orelse}
}

// checkMissingComma reports CPython's "Perhaps you forgot a comma?" when, inside brackets,
// an expression is directly followed by another one. Like CPython it stays quiet when the
// first expression starts with a soft keyword or a name followed by a string, and for the
// legacy print and exec statements, which get their own message.
func (p *parser) checkMissingComma(a ast.Expr, startIdx int) {
	if p.level == 0 || p.noInvalid || p.failed() || !p.canStartExpression() || p.at(tokenizer.STAR) {
		return
	}
	if first := &p.toks[startIdx]; first.Kind == tokenizer.NAME {
		if softKeywords[first.Text] {
			return
		}
		if k := p.toks[startIdx+1].Kind; k == tokenizer.STRING || k == tokenizer.FSTRING_START {
			return
		}
	}
	if n, ok := a.(*ast.Name); ok && (n.Id == "print" || n.Id == "exec") {
		return
	}
	save := p.pos
	b := p.expressionNoErrors()
	p.pos = save
	if b == nil {
		return
	}
	ar, br := a.Span(), b.Span()
	p.errorLC("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", ar.Lineno, ar.ColOffset, br.EndLineno, br.EndColOffset)
}

// softKeywords are the names that are keywords only in some positions.
var softKeywords = map[string]bool{"match": true, "case": true, "type": true, "_": true}

// expressionNoErrors parses an expression speculatively, discarding any error it records.
func (p *parser) expressionNoErrors() ast.Expr {
	saveErr := p.err
	saveLevel := p.level
	saveNoInvalid := p.noInvalid
	p.noInvalid = true
	e := p.expression()
	p.noInvalid = saveNoInvalid
	if p.err != saveErr {
		if p.tokErr == nil || p.err != p.tokErr {
			p.err = saveErr
		}
		e = nil
	}
	p.level = saveLevel
	return e
}

// canStartExpression reports whether the current token can begin an expression.
func (p *parser) canStartExpression() bool {
	t := p.tok()
	switch t.Kind {
	case tokenizer.NUMBER, tokenizer.STRING, tokenizer.FSTRING_START, tokenizer.LPAR,
		tokenizer.LSQB, tokenizer.LBRACE, tokenizer.MINUS, tokenizer.PLUS, tokenizer.TILDE,
		tokenizer.ELLIPSIS, tokenizer.STAR:
		return true
	case tokenizer.NAME:
		if !keywords[t.Text] {
			return true
		}
		switch t.Text {
		case "True", "False", "None", "lambda", "not", "await":
			return true
		}
	}
	return false
}

// disjunction parses `conjunction ('or' conjunction)*`.
func (p *parser) disjunction() ast.Expr { return p.boolOp("or", ast.Or{}, p.conjunction) }

// conjunction parses `inversion ('and' inversion)*`.
func (p *parser) conjunction() ast.Expr { return p.boolOp("and", ast.And{}, p.inversion) }

// boolOp parses `operand (keyword operand)*`, a BoolOp when the keyword occurs.
func (p *parser) boolOp(keyword string, op ast.BoolOp, operand func() ast.Expr) ast.Expr {
	start := p.start()
	first := operand()
	if first == nil || !p.atKeyword(keyword) {
		return first
	}
	values := []ast.Expr{first}
	for p.acceptKeyword(keyword) {
		e := operand()
		if e == nil {
			return nil
		}
		values = append(values, e)
	}
	return &ast.BoolOpExpr{Range: p.span(start), Op: op, Values: values}
}

// inversion parses `'not' inversion | comparison`.
func (p *parser) inversion() ast.Expr {
	if p.atKeyword("not") {
		if !p.enter() {
			return nil
		}
		defer p.leave()
		start := p.start()
		p.next()
		operand := p.inversion()
		if operand == nil {
			return nil
		}
		return &ast.UnaryOpExpr{Range: p.span(start), Op: ast.Not{}, Operand: operand}
	}
	return p.comparison()
}

// compareOp consumes a comparison operator, returning nil if none is next.
func (p *parser) compareOp() ast.CmpOp {
	t := p.tok()
	switch t.Kind {
	case tokenizer.EQEQUAL:
		p.next()
		return ast.Eq{}
	case tokenizer.NOTEQUAL:
		if t.Text == "<>" {
			return nil
		}
		p.next()
		return ast.NotEq{}
	case tokenizer.LESS:
		p.next()
		return ast.Lt{}
	case tokenizer.LESSEQUAL:
		p.next()
		return ast.LtE{}
	case tokenizer.GREATER:
		p.next()
		return ast.Gt{}
	case tokenizer.GREATEREQUAL:
		p.next()
		return ast.GtE{}
	case tokenizer.NAME:
		switch t.Text {
		case "in":
			p.next()
			return ast.In{}
		case "is":
			p.next()
			if p.acceptKeyword("not") {
				return ast.IsNot{}
			}
			return ast.Is{}
		case "not":
			if n := p.peekAt(1); n.Kind == tokenizer.NAME && n.Text == "in" {
				p.next()
				p.next()
				return ast.NotIn{}
			}
		}
	}
	return nil
}

// comparison parses `bitwise_or (compare_op bitwise_or)*`.
func (p *parser) comparison() ast.Expr {
	start := p.start()
	left := p.bitwiseOr()
	if left == nil {
		return nil
	}
	var ops []ast.CmpOp
	var comparators []ast.Expr
	for {
		op := p.compareOp()
		if op == nil {
			break
		}
		right := p.bitwiseOr()
		if right == nil {
			return nil
		}
		ops = append(ops, op)
		comparators = append(comparators, right)
	}
	if ops == nil {
		return left
	}
	return &ast.Compare{Range: p.span(start), Left: left, Ops: ops, Comparators: comparators}
}

// binaryOperator maps the operator tokens of the binary precedence levels to AST operators.
func binaryOperator(k tokenizer.Kind) ast.Operator {
	switch k {
	case tokenizer.VBAR:
		return ast.BitOr{}
	case tokenizer.CIRCUMFLEX:
		return ast.BitXor{}
	case tokenizer.AMPER:
		return ast.BitAnd{}
	case tokenizer.LEFTSHIFT:
		return ast.LShift{}
	case tokenizer.RIGHTSHIFT:
		return ast.RShift{}
	case tokenizer.PLUS:
		return ast.Add{}
	case tokenizer.MINUS:
		return ast.Sub{}
	case tokenizer.STAR:
		return ast.Mult{}
	case tokenizer.SLASH:
		return ast.Div{}
	case tokenizer.DOUBLESLASH:
		return ast.FloorDiv{}
	case tokenizer.PERCENT:
		return ast.ModOp{}
	case tokenizer.AT:
		return ast.MatMult{}
	}
	return nil
}

// binaryLevel is one left-associative precedence level: which tokens it accepts.
type binaryLevel uint8

const (
	levelOr binaryLevel = iota
	levelXor
	levelAnd
	levelShift
	levelSum
	levelTerm
)

func (l binaryLevel) accepts(k tokenizer.Kind) bool {
	switch l {
	case levelOr:
		return k == tokenizer.VBAR
	case levelXor:
		return k == tokenizer.CIRCUMFLEX
	case levelAnd:
		return k == tokenizer.AMPER
	case levelShift:
		return k == tokenizer.LEFTSHIFT || k == tokenizer.RIGHTSHIFT
	case levelSum:
		return k == tokenizer.PLUS || k == tokenizer.MINUS
	}
	switch k {
	case tokenizer.STAR, tokenizer.SLASH, tokenizer.DOUBLESLASH, tokenizer.PERCENT, tokenizer.AT:
		return true
	}
	return false
}

// binary parses one left-associative level of binary operators.
func (p *parser) binary(l binaryLevel) ast.Expr {
	start := p.start()
	var left ast.Expr
	if l == levelTerm {
		left = p.factor()
	} else {
		left = p.binary(l + 1)
	}
	if left == nil {
		return nil
	}
	for l.accepts(p.tok().Kind) {
		op := binaryOperator(p.next().Kind)
		var right ast.Expr
		if l == levelTerm {
			right = p.factor()
		} else {
			right = p.binary(l + 1)
		}
		if right == nil {
			return nil
		}
		left = &ast.BinOp{Range: p.span(start), Left: left, Op: op, Right: right}
	}
	return left
}

// bitwiseOr parses the `|` level and everything tighter.
func (p *parser) bitwiseOr() ast.Expr { return p.binary(levelOr) }

// factor parses `('+' | '-' | '~') factor | power`.
func (p *parser) factor() ast.Expr {
	var op ast.UnaryOp
	switch p.tok().Kind {
	case tokenizer.PLUS:
		op = ast.UAdd{}
	case tokenizer.MINUS:
		op = ast.USub{}
	case tokenizer.TILDE:
		op = ast.Invert{}
	default:
		return p.power()
	}
	if !p.enter() {
		return nil
	}
	defer p.leave()
	start := p.start()
	p.next()
	operand := p.factor()
	if operand == nil {
		return nil
	}
	return &ast.UnaryOpExpr{Range: p.span(start), Op: op, Operand: operand}
}

// power parses `await_primary ['**' factor]`.
func (p *parser) power() ast.Expr {
	start := p.start()
	left := p.awaitPrimary()
	if left == nil || !p.at(tokenizer.DOUBLESTAR) {
		return left
	}
	p.next()
	right := p.factor()
	if right == nil {
		return nil
	}
	return &ast.BinOp{Range: p.span(start), Left: left, Op: ast.Pow{}, Right: right}
}

// awaitPrimary parses `'await' primary | primary`.
func (p *parser) awaitPrimary() ast.Expr {
	if p.atKeyword("await") {
		start := p.start()
		p.next()
		v := p.primary()
		if v == nil {
			return nil
		}
		return &ast.Await{Range: p.span(start), Value: v}
	}
	return p.primary()
}

// primary parses an atom followed by attribute, call and subscript trailers.
func (p *parser) primary() ast.Expr {
	start := p.start()
	e := p.atom()
	if e == nil {
		return nil
	}
	for {
		switch p.tok().Kind {
		case tokenizer.DOT:
			p.next()
			if !p.atName() {
				return nil
			}
			attr := p.name()
			e = &ast.Attribute{Range: p.span(start), Value: e, Attr: attr, Ctx: ast.Load{}}
		case tokenizer.LPAR:
			e = p.call(start, e)
		case tokenizer.LSQB:
			p.next()
			p.level++
			s := p.slices()
			if s == nil {
				return nil
			}
			if !p.expectClose(tokenizer.RSQB) {
				return nil
			}
			e = &ast.Subscript{Range: p.span(start), Value: e, Slice: s, Ctx: ast.Load{}}
		default:
			return e
		}
		if e == nil {
			return nil
		}
	}
}

// expectClose consumes a closing bracket of kind k and leaves the bracket level.
func (p *parser) expectClose(k tokenizer.Kind) bool {
	if !p.accept(k) {
		return false
	}
	p.level--
	return true
}

// slices parses the inside of a subscript: one slice, or a Tuple of slices and starred
// expressions.
func (p *parser) slices() ast.Expr {
	start := p.start()
	first := p.sliceItem()
	if first == nil {
		return nil
	}
	if !p.at(tokenizer.COMMA) {
		if _, starred := first.(*ast.Starred); starred {
			return &ast.Tuple{Range: p.span(start), Elts: []ast.Expr{first}, Ctx: ast.Load{}}
		}
		return first
	}
	elts := []ast.Expr{first}
	for p.accept(tokenizer.COMMA) {
		if p.at(tokenizer.RSQB) {
			break
		}
		e := p.sliceItem()
		if e == nil {
			return nil
		}
		elts = append(elts, e)
	}
	return &ast.Tuple{Range: p.span(start), Elts: elts, Ctx: ast.Load{}}
}

// sliceItem parses `[expression] ':' [expression] [':' [expression]] | named_expression`,
// or a starred expression.
func (p *parser) sliceItem() ast.Expr {
	start := p.start()
	if p.at(tokenizer.STAR) {
		if p.invalidStar() {
			return nil
		}
		return p.starExpression()
	}
	var lower, upper, step ast.Expr
	if !p.at(tokenizer.COLON) {
		lower = p.namedExpression()
		if lower == nil {
			return nil
		}
		if !p.at(tokenizer.COLON) {
			return lower
		}
		if _, isNamed := lower.(*ast.NamedExpr); isNamed {
			return nil
		}
	}
	p.next()
	if !p.at(tokenizer.COLON) && !p.at(tokenizer.COMMA) && !p.at(tokenizer.RSQB) {
		if upper = p.expression(); upper == nil {
			return nil
		}
	}
	if p.accept(tokenizer.COLON) {
		if !p.at(tokenizer.COMMA) && !p.at(tokenizer.RSQB) {
			if step = p.expression(); step == nil {
				return nil
			}
		}
	}
	return &ast.Slice{Range: p.span(start), Lower: lower, Upper: upper, Step: step}
}

// lambdef parses `'lambda' [lambda_params] ':' expression`.
func (p *parser) lambdef() ast.Expr {
	start := p.start()
	p.next()
	args := p.parameters(tokenizer.COLON, false)
	if args == nil {
		return nil
	}
	if !p.at(tokenizer.COLON) {
		return nil
	}
	colon := p.next()
	if p.inFString > 0 && (p.at(tokenizer.FSTRING_MIDDLE) || p.at(tokenizer.LBRACE)) {
		p.syntaxError("f-string: lambda expressions are not allowed without parentheses", start, colon.End)
		return nil
	}
	body := p.expression()
	if body == nil {
		return nil
	}
	return &ast.Lambda{Range: p.span(start), Args: args, Body: body}
}
