package parser

import (
	"strings"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/tokenizer"
)

// strPart is one piece of an implicitly concatenated string: literal text (value) or a
// replacement field (expr), with the range CPython gives the piece.
type strPart struct {
	value string
	expr  ast.Expr
	r     ast.Range
}

// strings parses one or more adjacent STRING and f-string tokens into a Constant or, when an
// f-string is among them, a JoinedStr.
func (p *parser) strings() ast.Expr {
	start := p.start()
	var parts []strPart
	sawBytes, sawStr, sawF := false, false, false
	kind := ""
	for n := 0; ; n++ {
		t := p.tok()
		if t.Kind == tokenizer.STRING {
			p.next()
			prefix, body, quoteLen := splitString(t.Text)
			isBytes := strings.ContainsAny(prefix, "bB")
			raw := strings.ContainsAny(prefix, "rR")
			if n == 0 && strings.ContainsAny(prefix, "uU") {
				kind = "u"
			}
			if isBytes {
				sawBytes = true
			} else {
				sawStr = true
			}
			_ = quoteLen
			val, ok := p.decodeLiteral(body, isBytes, raw, t)
			if !ok {
				return nil
			}
			parts = append(parts, strPart{value: val, r: tokRange(t)})
			continue
		}
		if t.Kind == tokenizer.FSTRING_START {
			sawF, sawStr = true, true
			fparts := p.fstring()
			if fparts == nil && p.failed() {
				return nil
			}
			parts = append(parts, fparts...)
			continue
		}
		break
	}
	if sawBytes && sawStr {
		// CPython reports this at the token after the literals.
		p.errorOnToken("cannot mix bytes and nonbytes literals", p.tok())
		return nil
	}
	r := p.span(start)
	if !sawF {
		var b strings.Builder
		for _, pt := range parts {
			b.WriteString(pt.value)
		}
		if sawBytes {
			return &ast.Constant{Range: r, Value: ast.Bytes(b.String())}
		}
		return &ast.Constant{Range: r, Value: ast.Str(b.String()), Kind: kind}
	}
	return &ast.JoinedStr{Range: r, Values: joinParts(parts)}
}

// joinParts merges adjacent literal pieces into single Constants spanning from the first
// piece's start to the last one's end, dropping empty literals, as CPython does.
func joinParts(parts []strPart) []ast.Expr {
	var values []ast.Expr
	for i := 0; i < len(parts); {
		if parts[i].expr != nil {
			values = append(values, parts[i].expr)
			i++
			continue
		}
		j := i
		var b strings.Builder
		var lastNonEmpty = -1
		firstNonEmpty := -1
		for ; j < len(parts) && parts[j].expr == nil; j++ {
			if parts[j].value != "" {
				if firstNonEmpty < 0 {
					firstNonEmpty = j
				}
				lastNonEmpty = j
			}
			b.WriteString(parts[j].value)
		}
		if b.Len() > 0 {
			r := parts[firstNonEmpty].r
			e := parts[lastNonEmpty].r
			r.EndLineno, r.EndColOffset = e.EndLineno, e.EndColOffset
			values = append(values, &ast.Constant{Range: r, Value: ast.Str(b.String())})
		}
		i = j
	}
	return values
}

// splitString splits a string token into its prefix and the text between the quotes.
func splitString(text string) (prefix, body string, quoteLen int) {
	i := 0
	for i < len(text) && text[i] != '\'' && text[i] != '"' {
		i++
	}
	prefix = text[:i]
	rest := text[i:]
	quoteLen = 1
	if len(rest) >= 6 && (strings.HasPrefix(rest, `"""`) || strings.HasPrefix(rest, `'''`)) {
		quoteLen = 3
	}
	if len(rest) < 2*quoteLen {
		return prefix, "", quoteLen
	}
	return prefix, rest[quoteLen : len(rest)-quoteLen], quoteLen
}
