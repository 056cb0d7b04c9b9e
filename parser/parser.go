// Package parser turns Python 3.13 source into Taipan's AST (package ast).
//
// The parser is hand-written recursive descent that follows CPython 3.13's PEG grammar
// (Grammar/python.gram). Tokens come from package tokenizer and are kept in a slice, so the
// few places where the grammar needs to try an alternative and back off (match statements,
// parenthesised with items, keyword arguments) only move an index.
//
// Failures do not unwind with panics: a parse function returns nil when its rule does not
// match, and a definite error is recorded once in parser.err, after which every rule returns
// nil quickly. Errors are *tokenizer.SyntaxError values carrying CPython's messages and
// positions.
package parser

import (
	"fmt"
	"runtime/debug"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/tokenizer"
)

// Mode selects the start rule, as the mode argument of Python's compile() does.
type Mode int

const (
	// Exec parses a module (a sequence of statements).
	Exec Mode = iota
	// Eval parses a single expression.
	Eval
	// Single parses one interactive statement.
	Single
	// FuncType parses a function type comment such as "(int, str) -> bool".
	FuncType
)

// maxDepth bounds the nesting of rules so that hostile input cannot exhaust the Go stack;
// CPython has a similar limit (MAXSTACK) and reports the same message.
const maxDepth = 4000

// Warning is a SyntaxWarning the parser found (an invalid escape sequence in a literal).
type Warning struct {
	// Msg is the message; Lineno the line it is reported on.
	Msg    string
	Lineno int
}

// Parse parses src, the text of a file named filename, in the given mode.
func Parse(src []byte, filename string, mode Mode) (mod ast.Mod, err error) {
	mod, _, err = ParseWarn(src, filename, mode)
	return mod, err
}

// ParseWarn is Parse that also returns the SyntaxWarnings found, in source order.
func ParseWarn(src []byte, filename string, mode Mode) (mod ast.Mod, warnings []Warning, err error) {
	p := newParser(src, filename)
	defer func() {
		// A last resort: an internal failure becomes an error instead of crashing the host.
		if r := recover(); r != nil {
			mod = nil
			err = fmt.Errorf("internal parser error on %s: %v\n%s", filename, r, debug.Stack())
		}
	}()
	p.evalMode = mode == Eval
	switch mode {
	case Eval:
		mod = p.evalInput()
	case Single:
		mod = p.singleInput()
	case FuncType:
		mod = p.funcTypeInput()
	default:
		mod = p.fileInput()
	}
	if p.err == nil && mod == nil {
		p.genericError()
	}
	p.checkRestOfSource()
	for _, w := range p.tz.Warnings() {
		p.warn(w.Offset, w.Lineno, w.Msg)
	}
	if p.err != nil {
		return nil, p.warnings, p.err
	}
	return mod, p.warnings, nil
}

// warn records a SyntaxWarning about the token starting at offset, once however often
// speculative parsing reads the token.
func (p *parser) warn(offset, lineno int, msg string) {
	if p.warned == nil {
		p.warned = map[int]bool{}
	}
	if p.warned[offset] {
		return
	}
	p.warned[offset] = true
	p.warnings = append(p.warnings, Warning{Msg: msg, Lineno: lineno})
}

// parser holds the state of one parse.
type parser struct {
	src      []byte
	filename string
	tz       *tokenizer.Tokenizer
	toks     []tokenizer.Token
	pos      int   // index of the current token in toks
	tokErr   error // the tokenizer's error, reported when the parser reaches it
	err      *tokenizer.SyntaxError
	depth    int
	// warnings are the SyntaxWarnings found; warned the tokens they are about.
	warnings []Warning
	warned   map[int]bool
	// noInvalid is set while parsing speculatively for an error message, like CPython's
	// *_without_invalid rules, so nested error checks do not fire.
	noInvalid bool
	// evalMode is set when parsing for eval(), whose last line has no implicit newline.
	evalMode   bool
	inFString  int   // replacement fields open around the current token
	level      int   // open brackets around the current token, for bracket-only messages
	lineStarts []int // byte offset of each line start, built on the first error
	// skipSourceCheck marks errors that CPython reports without tokenizing the rest of the
	// input first (unexpected indent and unindent).
	skipSourceCheck bool
	// inFuncType and similar context flags would go here; async and await are plain keywords
	// in 3.13, so the parser needs no such state.
}

func newParser(src []byte, filename string) *parser {
	return &parser{
		src:      src,
		filename: filename,
		tz:       tokenizer.New(src, filename, tokenizer.Options{}),
		toks:     make([]tokenizer.Token, 0, len(src)/4+16),
	}
}

// fill makes toks[i] available, reading from the tokenizer as needed. After a tokenizer
// error it records the error and pads with ENDMARKER so every rule stops.
func (p *parser) fill(i int) {
	for len(p.toks) <= i {
		if p.tokErr != nil {
			p.appendEnd()
			continue
		}
		t, err := p.tz.Next()
		if err != nil {
			p.tokErr = err
			if p.err == nil {
				if se, ok := err.(*tokenizer.SyntaxError); ok {
					p.err = se
				} else {
					p.err = &tokenizer.SyntaxError{Type: "SyntaxError", Msg: err.Error(), Filename: p.filename}
				}
			}
			p.appendEnd()
			continue
		}
		p.toks = append(p.toks, t)
	}
}

func (p *parser) appendEnd() {
	var at tokenizer.Pos
	if n := len(p.toks); n > 0 {
		at = p.toks[n-1].End
	}
	p.toks = append(p.toks, tokenizer.Token{Kind: tokenizer.ENDMARKER, Start: at, End: at})
}

// tok returns the current token.
func (p *parser) tok() *tokenizer.Token {
	if p.pos >= len(p.toks) {
		p.fill(p.pos)
	}
	return &p.toks[p.pos]
}

// peekAt returns the token n places after the current one.
func (p *parser) peekAt(n int) *tokenizer.Token {
	if p.pos+n >= len(p.toks) {
		p.fill(p.pos + n)
	}
	return &p.toks[p.pos+n]
}

// next consumes the current token and returns it.
func (p *parser) next() *tokenizer.Token {
	t := p.tok()
	if t.Kind != tokenizer.ENDMARKER {
		p.pos++
	}
	return t
}

// at reports whether the current token has kind k.
func (p *parser) at(k tokenizer.Kind) bool { return p.tok().Kind == k }

// accept consumes the current token if it has kind k.
func (p *parser) accept(k tokenizer.Kind) bool {
	if p.tok().Kind == k {
		p.pos++
		return true
	}
	return false
}

// atKeyword reports whether the current token is the keyword kw.
func (p *parser) atKeyword(kw string) bool {
	t := p.tok()
	return t.Kind == tokenizer.NAME && t.Text == kw
}

// acceptKeyword consumes the keyword kw if it is the current token.
func (p *parser) acceptKeyword(kw string) bool {
	if p.atKeyword(kw) {
		p.pos++
		return true
	}
	return false
}

// failed reports whether a definite error has been recorded.
func (p *parser) failed() bool { return p.err != nil }

// enter guards recursion depth; callers must call leave when it returns true.
func (p *parser) enter() bool {
	p.depth++
	if p.depth > maxDepth {
		if p.err == nil {
			t := p.tok()
			p.errorAt("SyntaxError", "too many nested parentheses", t.Start, t.End)
		}
		return false
	}
	return true
}

func (p *parser) leave() { p.depth-- }

// start returns the start position of the current token, the start of any node whose rule
// begins here.
func (p *parser) start() tokenizer.Pos { return p.tok().Start }

// lastEnd is the end of the last consumed token that is not NEWLINE, INDENT, DEDENT or
// ENDMARKER: CPython's end position for the node of the rule just parsed.
func (p *parser) lastEnd() tokenizer.Pos {
	for i := p.pos - 1; i >= 0; i-- {
		switch p.toks[i].Kind {
		case tokenizer.NEWLINE, tokenizer.INDENT, tokenizer.DEDENT, tokenizer.ENDMARKER:
			continue
		}
		return p.toks[i].End
	}
	return tokenizer.Pos{Line: 1}
}

// span is the range from start to the end of the last consumed token.
func (p *parser) span(start tokenizer.Pos) ast.Range {
	end := p.lastEnd()
	return ast.Range{Lineno: start.Line, ColOffset: start.Col, EndLineno: end.Line, EndColOffset: end.Col}
}

// tokRange is the range of a single token.
func tokRange(t *tokenizer.Token) ast.Range {
	return ast.Range{Lineno: t.Start.Line, ColOffset: t.Start.Col, EndLineno: t.End.Line, EndColOffset: t.End.Col}
}

// keywords are the hard keywords of Python 3.13; they never parse as names.
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true, "def": true,
	"del": true, "elif": true, "else": true, "except": true, "finally": true, "for": true,
	"from": true, "global": true, "if": true, "import": true, "in": true, "is": true,
	"lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true, "raise": true,
	"return": true, "try": true, "while": true, "with": true, "yield": true,
}

// atName reports whether the current token is a NAME that is not a keyword.
func (p *parser) atName() bool {
	t := p.tok()
	return t.Kind == tokenizer.NAME && !keywords[t.Text]
}

// name consumes a NAME that is not a keyword and returns it normalised, or "" if the current
// token is not one.
func (p *parser) name() string {
	if !p.atName() {
		return ""
	}
	return normalizeName(p.next().Text)
}
