package parser

import (
	"bytes"
	"strings"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/tokenizer"
)

// fstring parses FSTRING_START (FSTRING_MIDDLE | replacement_field)* FSTRING_END into its
// pieces. It returns nil only after recording an error.
func (p *parser) fstring() []strPart {
	startTok := p.next()
	raw := strings.ContainsAny(startTok.Text, "rR")
	parts := []strPart{}
	for {
		t := p.tok()
		switch t.Kind {
		case tokenizer.FSTRING_MIDDLE:
			p.next()
			v, ok := p.decodeFStringText(t, raw)
			if !ok {
				return nil
			}
			parts = append(parts, strPart{value: v, r: tokRange(t)})
		case tokenizer.LBRACE:
			fp := p.replacementField(raw)
			if fp == nil {
				return nil
			}
			parts = append(parts, fp...)
		case tokenizer.FSTRING_END:
			p.next()
			return parts
		default:
			if !p.failed() {
				p.errorOnToken("f-string: expecting '}'", t)
			}
			return nil
		}
	}
}

// decodeFStringText decodes literal f-string text: doubled braces become single ones and,
// unless raw, escapes are resolved.
func (p *parser) decodeFStringText(t *tokenizer.Token, raw bool) (string, bool) {
	text := t.Text
	if strings.Contains(text, "{{") || strings.Contains(text, "}}") {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "{{", "{"), "}}", "}")
	}
	return p.decodeLiteral(text, false, raw, t)
}

// replacementField parses `'{' (yield_expr | star_expressions) ['='] ['!' NAME] [':' spec] '}'`;
// with '=' it yields the debug text as a literal piece before the FormattedValue.
func (p *parser) replacementField(raw bool) []strPart {
	lbrace := p.next()
	p.level++
	p.inFString++
	defer func() { p.inFString-- }()
	if !p.enter() {
		return nil
	}
	defer p.leave()
	var value ast.Expr
	switch {
	case p.at(tokenizer.RBRACE), p.at(tokenizer.EXCLAMATION), p.at(tokenizer.COLON), p.at(tokenizer.EQUAL):
		t := p.tok()
		p.errorOnToken("f-string: valid expression required before '"+t.Text+"'", t)
		return nil
	case p.atKeyword("yield"):
		value = p.yieldExpr()
	default:
		value = p.starExpressions()
	}
	if value == nil {
		p.fieldExpressionError(lbrace)
		return nil
	}
	var parts []strPart
	if p.at(tokenizer.EQUAL) {
		p.next()
		after := p.tok()
		text := stripComments(p.src[lbrace.End.Offset:after.Start.Offset])
		parts = append(parts, strPart{value: text, r: ast.Range{
			Lineno: lbrace.End.Line, ColOffset: lbrace.End.Col, EndLineno: after.Start.Line, EndColOffset: after.Start.Col,
		}})
	}
	msg := "f-string: expecting '=', or '!', or ':', or '}'"
	if len(parts) > 0 {
		msg = "f-string: expecting '!', or ':', or '}'"
	}
	if !p.expectFieldPart(msg, len(parts) == 0, true, true) {
		return nil
	}
	fv := &ast.FormattedValue{Value: value, Conversion: -1}
	// The conversion's letter is checked once the field is complete, as CPython checks it in
	// the action of the whole replacement field: an unclosed field reports that first.
	var conv *tokenizer.Token
	if p.at(tokenizer.EXCLAMATION) {
		bang := p.next()
		t := p.tok()
		switch {
		case t.Kind == tokenizer.RBRACE || t.Kind == tokenizer.COLON:
			p.errorOnToken("f-string: missing conversion character", t)
			return nil
		case t.Kind != tokenizer.NAME:
			p.errorOnToken("f-string: invalid conversion character", t)
			return nil
		}
		if t.Start.Offset != bang.End.Offset {
			p.errorOnToken("f-string: conversion type must come right after the exclamanation mark", bang)
			return nil
		}
		conv = t
		p.next()
		if !p.expectFieldPart("f-string: expecting ':' or '}'", false, false, true) {
			return nil
		}
	}
	if p.at(tokenizer.COLON) {
		colon := p.next()
		var spec []strPart
		for !p.at(tokenizer.RBRACE) {
			t := p.tok()
			switch t.Kind {
			case tokenizer.FSTRING_MIDDLE:
				p.next()
				v, ok := p.decodeFStringText(t, raw)
				if !ok {
					return nil
				}
				spec = append(spec, strPart{value: v, r: tokRange(t)})
			case tokenizer.LBRACE:
				fp := p.replacementField(raw)
				if fp == nil {
					return nil
				}
				spec = append(spec, fp...)
			default:
				if !p.failed() && !p.noInvalid {
					p.errorOnToken("f-string: expecting '}', or format specs", t)
				}
				return nil
			}
		}
		fv.FormatSpec = &ast.JoinedStr{Range: p.span(colon.Start), Values: joinParts(spec)}
	}
	if !p.at(tokenizer.RBRACE) {
		if !p.failed() {
			p.errorOnToken("f-string: expecting '}'", p.tok())
		}
		return nil
	}
	if conv != nil {
		switch conv.Text {
		case "s", "r", "a":
			fv.Conversion = int(conv.Text[0])
		default:
			p.errorOnToken("f-string: invalid conversion character '"+conv.Text+"': expected 's', 'r', or 'a'", conv)
			return nil
		}
	}
	p.next()
	p.level--
	if len(parts) > 0 && fv.Conversion == -1 && fv.FormatSpec == nil {
		fv.Conversion = 'r'
	}
	fv.Range = p.span(lbrace.Start)
	return append(parts, strPart{expr: fv})
}

// expectFieldPart checks the token after a replacement field's expression (or its '=' or
// conversion) against what may follow there, reporting CPython's invalid_replacement_field
// message on it otherwise. eq, bang and colon say which of '=', '!' and ':' are still allowed.
func (p *parser) expectFieldPart(msg string, eq, bang, colon bool) bool {
	switch t := p.tok(); {
	case t.Kind == tokenizer.RBRACE, colon && t.Kind == tokenizer.COLON,
		bang && t.Kind == tokenizer.EXCLAMATION, eq && t.Kind == tokenizer.EQUAL:
		return true
	}
	if p.failed() || p.noInvalid {
		return false
	}
	p.errorOnToken(msg, p.tok())
	return false
}

// fieldExpressionError reports why a replacement field's expression did not parse. CPython
// backtracks to the longest expression that does: when none does, the error is on the token
// after '{'; otherwise it is on the token ending that prefix, usually the operator left
// without its right operand.
func (p *parser) fieldExpressionError(lbrace *tokenizer.Token) {
	if p.failed() || p.noInvalid {
		return
	}
	first := lbrace
	for i := p.pos - 1; i >= 0; i-- {
		if &p.toks[i] == lbrace || p.toks[i].Start == lbrace.Start {
			if i+1 < len(p.toks) {
				first = &p.toks[i+1]
			}
			break
		}
	}
	if first == lbrace {
		return
	}
	if first.Kind == tokenizer.NAME && first.Text == "lambda" {
		// The ':' of `lambda x: ...` starts the format spec: CPython's invalid_expression
		// says why.
		p.errorOnToken("f-string: lambda expressions are not allowed without parentheses", first)
		return
	}
	if !p.prefixCanParse(first) {
		p.errorOnToken("f-string: expecting a valid expression after '{'", first)
		return
	}
	at := p.tok()
	if p.pos > 0 && isOperatorToken(p.toks[p.pos-1].Kind) {
		at = &p.toks[p.pos-1]
	}
	p.errorOnToken("f-string: expecting '=', or '!', or ':', or '}'", at)
}

// prefixCanParse reports whether some expression starts at token t (an index into toks):
// it must be able to start one, and a prefix operator needs an operand after it.
func (p *parser) prefixCanParse(t *tokenizer.Token) bool {
	save := p.pos
	defer func() { p.pos = save }()
	for i := range p.toks {
		if &p.toks[i] == t {
			p.pos = i
			break
		}
	}
	for {
		if !p.canStartExpression() {
			return false
		}
		switch k := p.tok(); {
		case k.Kind == tokenizer.STAR, k.Kind == tokenizer.MINUS, k.Kind == tokenizer.PLUS,
			k.Kind == tokenizer.TILDE, k.Kind == tokenizer.NAME && (k.Text == "not" || k.Text == "await"):
			p.next()
			if t := p.tok(); t.Kind == tokenizer.NAME && t.Text == "lambda" {
				return false // a lambda is no operand of a prefix operator
			}
		default:
			return true
		}
	}
}

// isOperatorToken reports whether k is a binary operator or another token that needs
// something after it.
func isOperatorToken(k tokenizer.Kind) bool {
	switch k {
	case tokenizer.PLUS, tokenizer.MINUS, tokenizer.STAR, tokenizer.SLASH, tokenizer.DOUBLESLASH,
		tokenizer.PERCENT, tokenizer.AT, tokenizer.DOUBLESTAR, tokenizer.VBAR, tokenizer.AMPER,
		tokenizer.CIRCUMFLEX, tokenizer.LEFTSHIFT, tokenizer.RIGHTSHIFT, tokenizer.LESS,
		tokenizer.GREATER, tokenizer.EQEQUAL, tokenizer.NOTEQUAL, tokenizer.LESSEQUAL,
		tokenizer.GREATEREQUAL, tokenizer.DOT:
		return true
	}
	return false
}

// stripComments removes `# ...` comments from the source text of a debug replacement field
// (`{expr=}`), keeping line breaks and any '#' inside string literals.
func stripComments(src []byte) string {
	if !bytes.Contains(src, []byte("#")) {
		return string(src)
	}
	out := make([]byte, 0, len(src))
	var quote byte
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case quote != 0:
			if c == '\\' && i+1 < len(src) {
				out = append(out, c, src[i+1])
				i++
				continue
			}
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			if i < len(src) {
				out = append(out, '\n')
			}
			continue
		}
		out = append(out, c)
	}
	return string(out)
}
