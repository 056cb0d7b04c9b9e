package parser

import (
	"strconv"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/tokenizer"
)

// expectColon consumes the ':' that opens a block, reporting CPython's "expected ':'" when
// the line ends instead.
func (p *parser) expectColon() bool {
	if p.accept(tokenizer.COLON) {
		return true
	}
	if p.at(tokenizer.NEWLINE) && !p.failed() {
		t := p.tok()
		p.errorOnToken("expected ':'", t)
	}
	return false
}

// forceColon is CPython's `&&':'`: anything but a colon here is "expected ':'", reported on
// the token found instead.
func (p *parser) forceColon() bool {
	if p.accept(tokenizer.COLON) {
		return true
	}
	if !p.failed() && !p.noInvalid {
		p.errorOnToken("expected ':'", p.tok())
	}
	return false
}

// block parses `NEWLINE INDENT statements DEDENT | simple_stmts`. what and line describe the
// statement that owns the block, for the error when the indented block is missing.
func (p *parser) block(what string, line int) []ast.Stmt {
	if !p.at(tokenizer.NEWLINE) {
		return p.simpleStmts()
	}
	p.next()
	if !p.at(tokenizer.INDENT) {
		if !p.failed() {
			t := p.tok()
			p.errorAt("IndentationError", "expected an indented block after "+what+" on line "+strconv.Itoa(line), t.Start, t.End)
		}
		return nil
	}
	p.next()
	var body []ast.Stmt
	for !p.at(tokenizer.DEDENT) && !p.at(tokenizer.ENDMARKER) {
		s := p.statement()
		if s == nil {
			return nil
		}
		body = append(body, s...)
	}
	p.accept(tokenizer.DEDENT)
	return body
}

// elseBlock parses an optional `'else' ':' block`.
func (p *parser) elseBlock() ([]ast.Stmt, bool) {
	if !p.atKeyword("else") {
		return nil, true
	}
	t := p.next()
	if !p.forceColon() {
		return nil, false
	}
	b := p.block("'else' statement", t.Start.Line)
	return b, b != nil
}

// ifStmt parses `'if' named_expression ':' block (elif_stmt | [else_block])`; it also parses
// elif chains, which become nested If nodes starting at their `elif`.
func (p *parser) ifStmt() ast.Stmt {
	start := p.start()
	kw := p.next()
	test := p.namedExpression()
	if test == nil || !p.expectColon() {
		return nil
	}
	body := p.block("'"+kw.Text+"' statement", kw.Start.Line)
	if body == nil {
		return nil
	}
	s := &ast.If{Test: test, Body: body}
	if p.atKeyword("elif") {
		e := p.ifStmt()
		if e == nil {
			return nil
		}
		s.Orelse = []ast.Stmt{e}
	} else {
		orelse, ok := p.elseBlock()
		if !ok {
			return nil
		}
		s.Orelse = orelse
	}
	s.Range = p.span(start)
	return s
}

// whileStmt parses `'while' named_expression ':' block [else_block]`.
func (p *parser) whileStmt() ast.Stmt {
	start := p.start()
	kw := p.next()
	test := p.namedExpression()
	if test == nil || !p.expectColon() {
		return nil
	}
	body := p.block("'while' statement", kw.Start.Line)
	if body == nil {
		return nil
	}
	orelse, ok := p.elseBlock()
	if !ok {
		return nil
	}
	return &ast.While{Range: p.span(start), Test: test, Body: body, Orelse: orelse}
}

// forStmt parses `'for' star_targets 'in' star_expressions ':' block [else_block]`; start is
// where the statement began (at `async` for async for).
func (p *parser) forStmt(start tokenizer.Pos, async bool) ast.Stmt {
	kw := p.next()
	target := p.starTargets()
	if target == nil || !p.acceptKeyword("in") {
		return nil
	}
	iter := p.starExpressions()
	if iter == nil || !p.expectColon() {
		return nil
	}
	body := p.block("'for' statement", kw.Start.Line)
	if body == nil {
		return nil
	}
	orelse, ok := p.elseBlock()
	if !ok {
		return nil
	}
	if async {
		return &ast.AsyncFor{Range: p.span(start), Target: target, Iter: iter, Body: body, Orelse: orelse}
	}
	return &ast.For{Range: p.span(start), Target: target, Iter: iter, Body: body, Orelse: orelse}
}

// withItem parses `expression ['as' star_target]`.
func (p *parser) withItem() *ast.WithItem {
	e := p.expression()
	if e == nil {
		return nil
	}
	item := &ast.WithItem{ContextExpr: e}
	if p.acceptKeyword("as") {
		if item.OptionalVars = p.starTarget(); item.OptionalVars == nil {
			return nil
		}
		switch p.tok().Kind {
		case tokenizer.COMMA, tokenizer.RPAR, tokenizer.COLON, tokenizer.NEWLINE:
		default:
			return nil
		}
	}
	return item
}

// withStmt parses both forms of the with statement: parenthesised items
// `'with' '(' with_item (',' with_item)* [','] ')' ':'` and plain `'with' with_item, ... ':'`.
func (p *parser) withStmt(start tokenizer.Pos, async bool) ast.Stmt {
	kw := p.next()
	var items []*ast.WithItem
	if p.at(tokenizer.LPAR) {
		save, saveLevel, saveErr := p.pos, p.level, p.err
		p.next()
		p.level++
		for !p.at(tokenizer.RPAR) {
			it := p.withItem()
			if it == nil {
				items = nil
				break
			}
			items = append(items, it)
			if !p.accept(tokenizer.COMMA) {
				break
			}
		}
		if items != nil && p.expectClose(tokenizer.RPAR) && p.at(tokenizer.COLON) {
			// parenthesised form
		} else {
			items = nil
			p.pos, p.level = save, saveLevel
			if p.tokErr == nil {
				p.err = saveErr
			}
		}
	}
	if items == nil {
		for {
			it := p.withItem()
			if it == nil {
				return nil
			}
			items = append(items, it)
			if !p.accept(tokenizer.COMMA) {
				break
			}
		}
	}
	if !p.expectColon() {
		return nil
	}
	body := p.block("'with' statement", kw.Start.Line)
	if body == nil {
		return nil
	}
	if async {
		return &ast.AsyncWith{Range: p.span(start), Items: items, Body: body}
	}
	return &ast.With{Range: p.span(start), Items: items, Body: body}
}

// tryStmt parses try/except/else/finally and try/except*.
func (p *parser) tryStmt() ast.Stmt {
	start := p.start()
	kw := p.next()
	if !p.forceColon() {
		return nil
	}
	body := p.block("'try' statement", kw.Start.Line)
	if body == nil {
		return nil
	}
	var handlers []ast.ExceptHandlerNode
	star := false
	for p.atKeyword("except") {
		hStart := p.start()
		ek := p.next()
		isStar := p.accept(tokenizer.STAR)
		if len(handlers) > 0 && isStar != star {
			p.errorOnToken("cannot have both 'except' and 'except*' on the same 'try'", ek)
			return nil
		}
		star = isStar
		h := &ast.ExceptHandler{}
		if !isStar && p.at(tokenizer.NEWLINE) {
			p.expectColon()
			return nil
		}
		if !p.at(tokenizer.COLON) {
			if h.Type = p.expression(); h.Type == nil {
				return nil
			}
			if p.at(tokenizer.COMMA) {
				save := p.pos
				p.next()
				saveErr := p.err
				more := p.expressions()
				if more != nil && (p.at(tokenizer.COLON) || p.atKeyword("as")) {
					tr := h.Type.Span()
					mr := more.Span()
					if p.acceptKeyword("as") && p.atName() {
						t := p.next()
						mr = &ast.Range{EndLineno: t.End.Line, EndColOffset: t.End.Col}
					}
					p.err = saveErr
					p.errorLC("SyntaxError", "multiple exception types must be parenthesized", tr.Lineno, tr.ColOffset, mr.EndLineno, mr.EndColOffset)
					return nil
				}
				p.err = saveErr
				p.pos = save
				return nil
			}
			if p.acceptKeyword("as") {
				if h.Name = p.name(); h.Name == "" {
					return nil
				}
			}
		} else if isStar {
			p.errorOnToken("expected one or more exception types", p.tok())
			return nil
		}
		if !p.expectColon() {
			return nil
		}
		what := "'except' statement"
		if isStar {
			what = "'except*' statement"
		}
		if h.Body = p.block(what, ek.Start.Line); h.Body == nil {
			return nil
		}
		h.Range = p.span(hStart)
		handlers = append(handlers, h)
	}
	orelse, ok := p.elseBlock()
	if !ok {
		return nil
	}
	var finalbody []ast.Stmt
	if p.atKeyword("finally") {
		fk := p.next()
		if !p.forceColon() {
			return nil
		}
		if finalbody = p.block("'finally' statement", fk.Start.Line); finalbody == nil {
			return nil
		}
	}
	if handlers == nil && finalbody == nil {
		if !p.failed() {
			t := p.tok()
			p.errorOnToken("expected 'except' or 'finally' block", t)
		}
		return nil
	}
	if star {
		return &ast.TryStar{Range: p.span(start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: finalbody}
	}
	return &ast.Try{Range: p.span(start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: finalbody}
}

// decorated parses `('@' named_expression NEWLINE)+` and the def or class that follows.
func (p *parser) decorated() ast.Stmt {
	var decorators []ast.Expr
	for p.accept(tokenizer.AT) {
		d := p.namedExpression()
		if d == nil || !p.accept(tokenizer.NEWLINE) {
			return nil
		}
		decorators = append(decorators, d)
	}
	switch {
	case p.atKeyword("def"):
		return p.funcDef(decorators, p.start(), false)
	case p.atKeyword("class"):
		return p.classDef(decorators)
	case p.atKeyword("async"):
		return p.asyncStmt(decorators)
	}
	return nil
}

// asyncStmt parses `async def`, `async for` and `async with`.
func (p *parser) asyncStmt(decorators []ast.Expr) ast.Stmt {
	start := p.start()
	p.next()
	switch {
	case p.atKeyword("def"):
		return p.funcDef(decorators, start, true)
	case decorators != nil:
		return nil
	case p.atKeyword("for"):
		return p.forStmt(start, true)
	case p.atKeyword("with"):
		return p.withStmt(start, true)
	}
	return nil
}

// funcDef parses `'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' block`.
func (p *parser) funcDef(decorators []ast.Expr, start tokenizer.Pos, async bool) ast.Stmt {
	kw := p.next()
	name := p.name()
	if name == "" {
		return nil
	}
	var typeParams []ast.TypeParam
	if p.at(tokenizer.LSQB) {
		if typeParams = p.typeParams(); typeParams == nil {
			return nil
		}
	}
	if !p.accept(tokenizer.LPAR) {
		if !p.failed() && !p.noInvalid {
			p.errorOnToken("expected '('", p.tok())
		}
		return nil
	}
	p.level++
	args := p.parameters(tokenizer.RPAR, true)
	if args == nil || !p.expectClose(tokenizer.RPAR) {
		return nil
	}
	var returns ast.Expr
	if p.at(tokenizer.RARROW) {
		arrow := p.pos
		p.next()
		if returns = p.expression(); returns == nil {
			if !p.failed() {
				// The optional annotation did not match, so the colon is expected at '->'.
				p.pos = arrow
				p.forceColon()
			}
			return nil
		}
	}
	if !p.forceColon() {
		return nil
	}
	body := p.block("function definition", kw.Start.Line)
	if body == nil {
		return nil
	}
	r := p.span(start)
	if async {
		return &ast.AsyncFunctionDef{Range: r, Name: name, Args: args, Body: body, DecoratorList: decorators, Returns: returns, TypeParams: typeParams}
	}
	return &ast.FunctionDef{Range: r, Name: name, Args: args, Body: body, DecoratorList: decorators, Returns: returns, TypeParams: typeParams}
}

// classDef parses `'class' NAME [type_params] ['(' [arguments] ')'] ':' block`.
func (p *parser) classDef(decorators []ast.Expr) ast.Stmt {
	start := p.start()
	kw := p.next()
	name := p.name()
	if name == "" {
		return nil
	}
	s := &ast.ClassDef{Name: name, DecoratorList: decorators}
	if p.at(tokenizer.LSQB) {
		if s.TypeParams = p.typeParams(); s.TypeParams == nil {
			return nil
		}
	}
	if p.at(tokenizer.LPAR) {
		c, ok := p.call(start, nil).(*ast.Call)
		if !ok || c == nil {
			return nil
		}
		s.Bases, s.Keywords = c.Args, c.Keywords
	}
	if !p.expectColon() {
		return nil
	}
	if s.Body = p.block("class definition", kw.Start.Line); s.Body == nil {
		return nil
	}
	s.Range = p.span(start)
	return s
}
