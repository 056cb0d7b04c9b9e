package dsl

import (
	"io"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// The markers that frame the parsed region of a definition file.
const (
	BeginMarker = "// BEGIN BYTECODES //"
	EndMarker   = "// END BYTECODES //"
)

// Token types produced by the lexer.
const (
	tokIdent lexer.TokenType = -(iota + 2)
	tokInt
	tokPunct
	tokExpr // a Go expression inside [...] or if (...), kept as raw text
	tokType // a Go type after ':', kept as raw text
	tokBody // a balanced {...} body, braces included
)

// definition is the participle lexer.Definition for the DSL. Lexing runs once before
// parsing (so lexical errors keep their own messages); Lex repeats it on the same text.
type definition struct{}

func (definition) Symbols() map[string]lexer.TokenType {
	return map[string]lexer.TokenType{
		"EOF": lexer.EOF, "Ident": tokIdent, "Int": tokInt, "Punct": tokPunct,
		"Expr": tokExpr, "Type": tokType, "Body": tokBody,
	}
}

func (definition) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	toks, lerr := Lex(filename, string(src))
	if lerr != nil {
		return nil, lerr
	}
	return &tokenStream{toks: toks}, nil
}

type tokenStream struct {
	toks []lexer.Token
	i    int
}

func (s *tokenStream) Next() (lexer.Token, error) {
	t := s.toks[s.i]
	if s.i < len(s.toks)-1 {
		s.i++
	}
	return t, nil
}

// scanner walks the source, tracking line and column.
type scanner struct {
	file      string
	src       string
	off       int
	end       int
	line, col int
	toks      []lexer.Token
}

// Lex splits the marked region of a definition file into tokens, ending with EOF. Bodies,
// array sizes, conditions and types are single tokens holding their raw text.
func Lex(file, src string) ([]lexer.Token, *Error) {
	begin := strings.Index(src, BeginMarker)
	if begin < 0 {
		return nil, Errorf(Pos{File: file, Line: 1, Col: 1}, "start marker %q not found", BeginMarker)
	}
	s := &scanner{file: file, src: src, line: 1, col: 1, end: len(src)}
	s.advance(begin + len(BeginMarker))
	if e := strings.Index(src[s.off:], EndMarker); e >= 0 {
		s.end = s.off + e
	}
	if err := s.run(); err != nil {
		return nil, err
	}
	s.toks = append(s.toks, lexer.Token{Type: lexer.EOF, Pos: s.position()})
	return s.toks, nil
}

func (s *scanner) position() lexer.Position {
	return lexer.Position{Filename: s.file, Offset: s.off, Line: s.line, Column: s.col}
}

func (s *scanner) pos() Pos { return Pos{File: s.file, Line: s.line, Col: s.col, Offset: s.off} }

// advance moves n bytes forward.
func (s *scanner) advance(n int) {
	for i := 0; i < n && s.off < len(s.src); i++ {
		if s.src[s.off] == '\n' {
			s.line++
			s.col = 1
		} else {
			s.col++
		}
		s.off++
	}
}

func (s *scanner) emit(typ lexer.TokenType, start lexer.Position, text string) {
	s.toks = append(s.toks, lexer.Token{Type: typ, Value: text, Pos: start})
}

func (s *scanner) last() string {
	if len(s.toks) == 0 {
		return ""
	}
	return s.toks[len(s.toks)-1].Value
}

func isLetter(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// skipSpace skips white space and comments; it reports an unterminated block comment.
func (s *scanner) skipSpace() *Error {
	for s.off < s.end {
		c := s.src[s.off]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			s.advance(1)
		case strings.HasPrefix(s.src[s.off:], "//"):
			n := strings.IndexByte(s.src[s.off:], '\n')
			if n < 0 {
				n = len(s.src) - s.off
			}
			s.advance(n)
		case strings.HasPrefix(s.src[s.off:], "/*"):
			n := strings.Index(s.src[s.off+2:], "*/")
			if n < 0 {
				return Errorf(s.pos(), "comment is never closed")
			}
			s.advance(n + 4)
		default:
			return nil
		}
	}
	return nil
}

func (s *scanner) run() *Error {
	for {
		if err := s.skipSpace(); err != nil {
			return err
		}
		if s.off >= s.end {
			return nil
		}
		start := s.position()
		c := s.src[s.off]
		switch {
		case isLetter(c):
			n := 1
			for s.off+n < s.end && (isLetter(s.src[s.off+n]) || isDigit(s.src[s.off+n])) {
				n++
			}
			word := s.src[s.off : s.off+n]
			s.advance(n)
			s.emit(tokIdent, start, word)
			if word == "if" {
				if err := s.condition(); err != nil {
					return err
				}
			}
		case isDigit(c):
			n := 1
			for s.off+n < s.end && (isDigit(s.src[s.off+n]) || isLetter(s.src[s.off+n])) {
				n++
			}
			s.emit(tokInt, start, s.src[s.off:s.off+n])
			s.advance(n)
		case c == '-' && s.off+1 < s.end && s.src[s.off+1] == '-':
			s.advance(2)
			s.emit(tokPunct, start, "--")
		case c == '{' && s.last() == ")":
			n, err := s.balanced(s.off, '{', '}')
			if err != nil {
				return err
			}
			s.emit(tokBody, start, s.src[s.off:s.off+n])
			s.advance(n)
		case c == '[':
			s.advance(1)
			s.emit(tokPunct, start, "[")
			if err := s.rawUntilClose('[', ']'); err != nil {
				return err
			}
		case c == ':':
			s.advance(1)
			s.emit(tokPunct, start, ":")
			s.goType()
		case c == '/':
			s.advance(1)
			s.emit(tokPunct, start, "/")
			if err := s.skipSpace(); err != nil {
				return err
			}
			if s.off >= s.end || !isDigit(s.src[s.off]) {
				return Errorf(s.pos(), "expected an integer size after \"/\"")
			}
		case strings.IndexByte("(),=+;{}|", c) >= 0:
			s.advance(1)
			s.emit(tokPunct, start, string(c))
		default:
			return Errorf(s.pos(), "unexpected character %q", c)
		}
	}
}

// condition lexes the raw Go condition of `if (cond)`, if a parenthesis follows.
func (s *scanner) condition() *Error {
	if err := s.skipSpace(); err != nil {
		return err
	}
	if s.off >= s.end || s.src[s.off] != '(' {
		return Errorf(s.pos(), "expected a condition in parentheses after if")
	}
	start := s.position()
	s.advance(1)
	s.emit(tokPunct, start, "(")
	return s.rawUntilClose('(', ')')
}

// rawUntilClose emits the text up to the bracket closing an already consumed open
// bracket as one Expr token (if not blank), then the closing bracket.
func (s *scanner) rawUntilClose(open, close byte) *Error {
	n, err := s.balanced(s.off-1, open, close)
	if err != nil {
		return err
	}
	inner := s.src[s.off : s.off+n-2]
	if strings.TrimSpace(inner) == "" {
		what := "a condition"
		if open == '[' {
			what = "an array size"
		}
		return Errorf(s.pos(), "expected %s between %q and %q", what, string(open), string(close))
	}
	if strings.TrimSpace(inner) != "" {
		lead := len(inner) - len(strings.TrimLeft(inner, " \t\r\n"))
		s.advance(lead)
		start := s.position()
		s.emit(tokExpr, start, strings.TrimSpace(inner))
		s.advance(len(inner) - lead)
	} else {
		s.advance(len(inner))
	}
	start := s.position()
	s.advance(1)
	s.emit(tokPunct, start, string(close))
	return nil
}

// goType emits a Go type after ':' as one Type token: the text up to a ',', ')' or '--'
// outside brackets, or up to the keyword `if`.
func (s *scanner) goType() {
	for s.off < s.end && (s.src[s.off] == ' ' || s.src[s.off] == '\t') {
		s.advance(1)
	}
	start := s.position()
	depth := 0
	i := s.off
loop:
	for ; i < s.end; i++ {
		c := s.src[i]
		switch {
		case c == '(' || c == '[' || c == '{':
			depth++
		case (c == ')' || c == ']' || c == '}') && depth > 0:
			depth--
		case depth == 0 && (c == ',' || c == ')' || c == '\n' || strings.HasPrefix(s.src[i:], "--")):
			break loop
		case depth == 0 && strings.HasPrefix(s.src[i:], "if") && i > s.off &&
			(s.src[i-1] == ' ' || s.src[i-1] == '\t') && (i+2 >= s.end || !isLetter(s.src[i+2]) && !isDigit(s.src[i+2])):
			break loop
		}
	}
	text := strings.TrimSpace(s.src[s.off:i])
	if text != "" {
		s.emit(tokType, start, text)
	}
	s.advance(len(strings.TrimRight(s.src[s.off:i], " \t")))
}

// balanced returns the length of the bracketed text starting at src[from] == open,
// skipping Go strings, runes, raw strings and comments.
func (s *scanner) balanced(from int, open, close byte) (int, *Error) {
	depth := 0
	i := from
	for i < s.end {
		c := s.src[i]
		switch {
		case c == open:
			depth++
		case c == close:
			depth--
			if depth == 0 {
				return i + 1 - from, nil
			}
		case c == '"' || c == '\'':
			j := i + 1
			for j < s.end && s.src[j] != c && s.src[j] != '\n' {
				if s.src[j] == '\\' {
					j++
				}
				j++
			}
			if j >= s.end || s.src[j] != c {
				return 0, Errorf(s.posAt(i), "string or rune literal is never closed")
			}
			i = j
		case c == '`':
			j := strings.IndexByte(s.src[i+1:s.end], '`')
			if j < 0 {
				return 0, Errorf(s.posAt(i), "raw string is never closed")
			}
			i += j + 1
		case strings.HasPrefix(s.src[i:s.end], "//"):
			j := strings.IndexByte(s.src[i:s.end], '\n')
			if j < 0 {
				j = s.end - i
			}
			i += j - 1
		case strings.HasPrefix(s.src[i:s.end], "/*"):
			j := strings.Index(s.src[i+2:s.end], "*/")
			if j < 0 {
				return 0, Errorf(s.posAt(i), "comment is never closed")
			}
			i += j + 3
		}
		i++
	}
	return 0, Errorf(s.posAt(from), "unbalanced %q: no matching %q before the end of the definitions", string(open), string(close))
}

// posAt returns the position of byte offset off, which is at or after the scanner's.
func (s *scanner) posAt(off int) Pos {
	p := s.pos()
	for i := s.off; i < off; i++ {
		if s.src[i] == '\n' {
			p.Line++
			p.Col = 1
		} else {
			p.Col++
		}
	}
	p.Offset = off
	return p
}
