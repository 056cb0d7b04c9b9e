package parser

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/tokenizer"
)

// parameters parses a def's parameter list (up to the closing parenthesis, end RPAR, with
// annotations) or a lambda's (up to the colon, end COLON, without).
func (p *parser) parameters(end tokenizer.Kind, annotations bool) *ast.Arguments {
	args := &ast.Arguments{}
	var positional []*ast.Arg
	sawDefault, sawSlash, sawStar := false, false, false
	for !p.at(end) {
		t := p.tok()
		switch t.Kind {
		case tokenizer.SLASH:
			switch {
			case sawSlash:
				p.errorOnToken("/ may appear only once", t)
				return nil
			case sawStar:
				p.errorOnToken("/ must be ahead of *", t)
				return nil
			case len(positional) == 0:
				p.errorOnToken("at least one argument must precede /", t)
				return nil
			}
			p.next()
			args.Posonlyargs, positional, sawSlash = positional, nil, true
		case tokenizer.STAR:
			if sawStar {
				p.errorOnToken("* argument may appear only once", t)
				return nil
			}
			p.next()
			sawStar = true
			if p.at(tokenizer.COMMA) || p.at(end) {
				if p.at(end) || p.peekAt(1).Kind == end || p.peekAt(1).Kind == tokenizer.DOUBLESTAR {
					p.errorOnToken("named arguments must follow bare *", t)
					return nil
				}
				break
			}
			a := p.param(annotations, true)
			if a == nil {
				return nil
			}
			if p.at(tokenizer.EQUAL) {
				p.errorOnToken("var-positional argument cannot have default value", p.tok())
				return nil
			}
			args.Vararg = a
		case tokenizer.DOUBLESTAR:
			p.next()
			a := p.param(annotations, false)
			if a == nil {
				return nil
			}
			if p.at(tokenizer.EQUAL) {
				p.errorOnToken("var-keyword argument cannot have default value", p.tok())
				return nil
			}
			args.Kwarg = a
			p.accept(tokenizer.COMMA)
			if !p.at(end) {
				if p.canStartTarget() || p.at(tokenizer.DOUBLESTAR) || p.at(tokenizer.SLASH) {
					p.errorOnToken("arguments cannot follow var-keyword argument", p.tok())
				}
				return nil
			}
			args.Args = positional
			return args
		default:
			a := p.param(annotations, false)
			if a == nil {
				return nil
			}
			if p.accept(tokenizer.EQUAL) {
				d := p.expression()
				if d == nil {
					return nil
				}
				if sawStar {
					args.KwDefaults = append(args.KwDefaults, d)
				} else {
					args.Defaults = append(args.Defaults, d)
					sawDefault = true
				}
			} else if sawStar {
				args.KwDefaults = append(args.KwDefaults, nil)
			} else if sawDefault {
				p.errorOnNode("parameter without a default follows parameter with a default", a)
				return nil
			}
			if sawStar {
				args.Kwonlyargs = append(args.Kwonlyargs, a)
			} else {
				positional = append(positional, a)
			}
		}
		if !p.accept(tokenizer.COMMA) {
			break
		}
	}
	args.Args = positional
	return args
}

// param parses `NAME [':' expression]`; a var-positional annotation may be starred.
func (p *parser) param(annotations, starAnnotation bool) *ast.Arg {
	start := p.start()
	if !p.atName() {
		return nil
	}
	a := &ast.Arg{Arg: p.name()}
	if annotations && p.accept(tokenizer.COLON) {
		if starAnnotation && p.at(tokenizer.STAR) {
			a.Annotation = p.starExpression()
		} else {
			a.Annotation = p.expression()
		}
		if a.Annotation == nil {
			return nil
		}
	}
	a.Range = p.span(start)
	return a
}
