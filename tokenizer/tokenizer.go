// Package tokenizer turns Python 3.13 source into tokens, following the
// behaviour of CPython's C tokenizer (Parser/lexer in CPython 3.13): the same
// token kinds, the same positions, the same SyntaxError, IndentationError and
// TabError messages, and PEP 701 f-strings tokenized in place.
//
// The tokenizer runs in two modes. The parser's mode yields exact operator
// kinds and skips comments and non-logical newlines. With
// Options.ExtraTokens it behaves like CPython's tokenize module: an initial
// ENCODING token, COMMENT and NL tokens, and OP for every operator.
package tokenizer

// Pos is a position in the source: Line is 1-based, Col is a 0-based offset
// in UTF-8 bytes within the line (CPython's AST convention) and Offset a
// byte offset in the whole decoded source (see Tokenizer.Source).
type Pos struct{ Line, Col, Offset int }

// Token is one token. Text is the exact source text of the token; for
// FSTRING_MIDDLE in the parser's mode that is the text as written, with
// doubled braces still doubled and escapes undecoded.
type Token struct {
	Kind       Kind
	Text       string
	Start, End Pos
}

// Options selects the tokenizer's mode.
type Options struct {
	// ExtraTokens makes the tokenizer behave like CPython's tokenize module:
	// it also yields COMMENT, NL and an initial ENCODING token, reports
	// operators as OP, and splits FSTRING_MIDDLE at doubled braces and
	// \N{...} escapes exactly as tokenize does. Without it (the parser's
	// mode) those tokens are skipped, operators carry their exact kind and
	// each literal run of an f-string is one FSTRING_MIDDLE.
	ExtraTokens bool
}

// Limits that CPython's tokenizer enforces, with the same values.
const (
	maxIndent            = 100 // MAXINDENT: indentation levels
	maxLevel             = 200 // MAXLEVEL: nested brackets
	maxFStringLevel      = 150 // MAXFSTRINGLEVEL: nested f-strings
	maxExprNesting       = 3   // MAX_EXPR_NESTING: nested replacement fields
	tabSize              = 8
	eof             byte = 0 // sentinel; the source never contains NUL
)

// bracket is an open bracket waiting for its closing partner.
type bracket struct {
	char      byte
	line, col int // col is a byte column, as CPython's parencolstack
	lineStart int
}

// fstringMode is the state of one f-string being tokenized, CPython's
// tokenizer_mode. While inExpr is set the tokenizer is inside a replacement
// field and scans ordinary tokens.
type fstringMode struct {
	inExpr         bool
	quote          byte
	quoteSize      int
	raw            bool
	start          int // offset of the FSTRING_START token
	startLine      int
	startLineStart int
	curlyDepth     int // open brackets of any kind inside the f-string
	exprStartDepth int // curlyDepth of the innermost replacement field, -1 outside
	inFormatSpec   bool
	debug          bool // a '=' was seen in the current replacement field
}

// Tokenizer produces the tokens of one source text. It is not safe for use
// by several goroutines at once.
type Tokenizer struct {
	src      []byte // decoded text, then an implicit newline if needed, then eof
	str      string // src as a string, so token texts are slices, not copies
	srcLen   int    // length of the real text, without the implicit newline and sentinel
	filename string
	extra    bool
	encoding string    // normalized encoding name for the ENCODING token
	warnings []Warning // SyntaxWarnings, reported by Warnings

	pos       int // cursor: offset of the next unread byte
	line      int // line of pos
	lineStart int // offset of the first byte of line
	// bufStart is where CPython's line buffer starts: the first line of
	// the current token, which a token spanning lines (a string, a
	// backslash continuation) keeps. CPython measures the column of a bad
	// line continuation from here.
	bufStart int

	atBOL          bool
	pendin         int // pending INDENT (>0) or DEDENT (<0) tokens
	indents        []int
	altIndents     []int
	brackets       []bracket
	modes          []fstringMode
	commentNewline bool

	sentEncoding bool
	done         bool
	err          error
}

// New returns a tokenizer over src. The encoding declaration and a UTF-8
// BOM are honoured and the text is decoded to UTF-8 before tokenizing; a
// decoding problem is reported by the first call to Next.
func New(src []byte, filename string, opts Options) *Tokenizer {
	t := &Tokenizer{
		filename:   filename,
		extra:      opts.ExtraTokens,
		line:       1,
		atBOL:      true,
		indents:    make([]int, 1, 8),
		altIndents: make([]int, 1, 8),
	}
	text, encoding, err := decodeSource(src, filename)
	t.encoding = encoding
	if err != nil {
		t.err = err
		text = nil
	}
	t.srcLen = len(text)
	// The buffer gets an implicit final newline, as CPython's tokenizer adds
	// one, and a NUL sentinel so that scanning needs no bounds checks.
	buf := make([]byte, len(text), len(text)+2)
	copy(buf, text)
	if n := len(buf); n > 0 && buf[n-1] != '\n' && buf[n-1] != '\r' {
		buf = append(buf, '\n')
	}
	t.src = append(buf, eof)
	t.str = string(t.src)
	return t
}

// Source returns the decoded UTF-8 text that token offsets index.
func (t *Tokenizer) Source() []byte { return t.src[:t.srcLen] }

// Encoding returns the normalized name of the source's encoding, as the
// tokenize module's ENCODING token spells it ("utf-8", "iso-8859-1", ...).
func (t *Tokenizer) Encoding() string { return t.encoding }

// Next returns the next token. After ENDMARKER it keeps returning
// ENDMARKER. Errors are *SyntaxError; once an error is returned every later
// call returns it again.
func (t *Tokenizer) Next() (Token, error) {
	if t.extra && !t.sentEncoding {
		t.sentEncoding = true
		if t.err == nil || t.encoding != "" {
			return Token{Kind: ENCODING, Text: t.encoding}, nil
		}
	}
	if t.err != nil {
		return Token{Kind: ERRORTOKEN, Start: t.here(), End: t.here()}, t.err
	}
	if t.done {
		p := t.here()
		return Token{Kind: ENDMARKER, Start: p, End: p}, nil
	}
	var tok Token
	var err error
	for {
		if n := len(t.modes); n > 0 && !t.modes[n-1].inExpr {
			tok, err = t.fstringToken(&t.modes[n-1])
		} else {
			tok, err = t.normalToken()
		}
		// The parser has no use for empty literal runs of an f-string.
		if err == nil && !t.extra && tok.Kind == FSTRING_MIDDLE && tok.Text == "" {
			continue
		}
		break
	}
	if err != nil {
		t.err = err
		return Token{Kind: ERRORTOKEN, Start: t.here(), End: t.here()}, err
	}
	if tok.Kind == ENDMARKER {
		t.done = true
	}
	if t.extra && tok.Kind.IsOperator() {
		tok.Kind = OP
	}
	return tok, nil
}

// here is the position of the cursor.
func (t *Tokenizer) here() Pos {
	return t.posAt(t.pos)
}

// posAt is the position of offset off, which lies on the current line.
func (t *Tokenizer) posAt(off int) Pos {
	p := Pos{Line: t.line, Col: off - t.lineStart, Offset: off}
	if off > t.srcLen {
		// Past the implicit final newline: offsets stay inside the text.
		p.Offset = t.srcLen
	}
	return p
}

// text is the source text between two offsets, clipped to the real text so
// that the implicit newline never shows.
func (t *Tokenizer) text(from, to int) string {
	if to > t.srcLen {
		to = t.srcLen
	}
	if from >= to {
		return ""
	}
	return t.str[from:to]
}

// token builds a token spanning from start to the cursor, both on the
// current line.
func (t *Tokenizer) token(kind Kind, start int) Token {
	return Token{Kind: kind, Text: t.text(start, t.pos), Start: t.posAt(start), End: t.here()}
}

// isNewlineByte reports whether c ends a line. A lone '\r' ends a line as
// in CPython, which translates it to '\n' when compiling.
func isNewlineByte(c byte) bool { return c == '\n' || c == '\r' }

// skipNewline consumes the line ending at the cursor ("\n", "\r\n" or "\r")
// and moves to the next line.
func (t *Tokenizer) skipNewline() {
	if t.src[t.pos] == '\r' && t.src[t.pos+1] == '\n' {
		t.pos++
	}
	t.pos++
	t.line++
	t.lineStart = t.pos
}

// newlineLen is the length of the line ending at off, 0 if there is none.
func (t *Tokenizer) newlineLen(off int) int {
	switch t.src[off] {
	case '\n':
		return 1
	case '\r':
		if t.src[off+1] == '\n' {
			return 2
		}
		return 1
	}
	return 0
}

// inFString reports whether the tokenizer is inside an f-string, and
// returns the innermost one.
func (t *Tokenizer) inFString() (*fstringMode, bool) {
	if n := len(t.modes); n > 0 {
		return &t.modes[n-1], true
	}
	return nil, false
}
