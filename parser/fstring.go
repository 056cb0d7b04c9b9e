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
		if !p.failed() && p.atKeyword("lambda") == false {
			t := p.tok()
			if t.Kind == tokenizer.EXCLAMATION || t.Kind == tokenizer.RBRACE || t.Kind == tokenizer.COLON {
				p.errorOnToken("f-string: valid expression required before '"+t.Text+"'", t)
			}
		}
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
	fv := &ast.FormattedValue{Value: value, Conversion: -1}
	if p.at(tokenizer.EXCLAMATION) {
		bang := p.next()
		t := p.tok()
		if t.Kind != tokenizer.NAME {
			p.errorOnToken("f-string: missing conversion character", t)
			return nil
		}
		if t.Start.Offset != bang.End.Offset {
			p.errorOnToken("f-string: conversion type must come right after the exclamanation mark", t)
			return nil
		}
		switch t.Text {
		case "s", "r", "a":
			fv.Conversion = int(t.Text[0])
		default:
			p.errorOnToken("f-string: invalid conversion character '"+t.Text+"': expected 's', 'r', or 'a'", t)
			return nil
		}
		p.next()
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
				if !p.failed() {
					p.errorOnToken("f-string: expecting '}'", t)
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
	p.next()
	p.level--
	if len(parts) > 0 && fv.Conversion == -1 && fv.FormatSpec == nil {
		fv.Conversion = 'r'
	}
	fv.Range = p.span(lbrace.Start)
	return append(parts, strPart{expr: fv})
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
