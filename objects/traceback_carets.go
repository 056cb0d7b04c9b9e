package objects

import (
	"strings"
	"unicode"
)

// Where the carets go. CPython's traceback module parses the failing segment of source to
// find a binary operator, a subscript's brackets or a call's parentheses; the parser lives
// above this package, so the interpreter hands it in as a SourceParser.

// SourceParser parses source text for the traceback formatter.
type SourceParser interface {
	// ExpressionShape parses "(\n" + segment + "\n)" as a module, as the traceback module
	// does, and describes its single expression statement; ok is false when it does not
	// parse or is something else.
	ExpressionShape(segment string) (shape ExprShape, ok bool)
	// StatementShape parses src as a module and describes its first statement.
	StatementShape(src string) (shape StmtShape, ok bool)
}

// ExprKind names the expressions whose parts the carets tell apart.
type ExprKind int

// The expression kinds.
const (
	ExprOther ExprKind = iota
	ExprBinOp
	ExprSubscript
	ExprCall
)

// SourcePos is a position in parsed text: a 1-based line (as the parser counts it) and a
// UTF-8 byte column.
type SourcePos struct{ Line, Col int }

// ExprShape is the parse of a segment.
type ExprShape struct {
	Kind ExprKind
	// LeftEnd is the end of a binary operation's left operand, a subscript's value or a
	// call's function; RightStart is the start of a binary operation's right operand; End
	// is the end of the whole expression.
	LeftEnd, RightStart, End SourcePos
}

// StmtShape describes a statement for the rule that a call filling its whole line gets no
// carets.
type StmtShape struct {
	// Empty is set when the source holds no statement at all.
	Empty bool
	// Call is set when the statement is `return f(...)` with f a name, or `x = call(...)`
	// with a single name target; CallStart and CallEnd are the call's position.
	Call               bool
	CallStart, CallEnd SourcePos
}

// anchors are the caret anchors of a segment (_Anchors): lines are 0-based lines of the
// segment, offsets character columns.
type anchors struct {
	leftEndLine, leftEndOffset       int
	rightStartLine, rightStartOffset int
}

// caretAnchors finds where the ^ part of the carets starts and ends within segment.
func (f *TracebackFormatter) caretAnchors(segment string) (anchors, bool) {
	if f.Parser == nil || segment == "" {
		return anchors{}, false
	}
	shape, ok := f.Parser.ExpressionShape(segment)
	if !ok || shape.Kind == ExprOther {
		return anchors{}, false
	}
	lines := strings.Split(segment, "\n")
	a, ok := anchorsFor(lines, shape)
	return a, ok
}

// anchorsFor computes the anchors from the parse (_extract_caret_anchors_from_line_segment).
func anchorsFor(segLines []string, shape ExprShape) (a anchors, ok bool) {
	lines := make([][]rune, len(segLines))
	for i, l := range segLines {
		lines[i] = []rune(l)
	}
	valid := func(line, col int) bool { return line >= 0 && line < len(lines) && col >= 0 && col < len(lines[line]) }
	// nextValid moves past line ends to the next character; it fails past the segment.
	nextValid := func(line, col int) (int, int, bool) {
		for line < len(lines) && col >= len(lines[line]) {
			col = 0
			line++
		}
		return line, col, valid(line, col)
	}
	// position converts a parse position (the segment starts on line 2 of the parsed text)
	// to a segment line and character column.
	position := func(p SourcePos) (int, int) {
		line := p.Line - 2
		if line < 0 || line >= len(lines) {
			return line, 0
		}
		return line, byteToCharOffset(segLines[line], p.Col)
	}
	// advanceUntil moves to the next character satisfying stop, skipping the rest of a line
	// at a backslash or #.
	advanceUntil := func(line, col int, stop func(rune) bool) (int, int, bool) {
		for {
			if !valid(line, col) {
				return line, col, false
			}
			ch := lines[line][col]
			var ok bool
			switch {
			case ch == '\\' || ch == '#':
				line, col, ok = nextValid(line+1, 0)
			case !stop(ch):
				line, col, ok = nextValid(line, col+1)
			default:
				return line, col, true
			}
			if !ok {
				return line, col, false
			}
		}
	}
	switch shape.Kind {
	case ExprBinOp:
		line, col := position(shape.LeftEnd)
		line, col, ok := nextValid(line, col)
		if !ok {
			return a, false
		}
		line, col, ok = advanceUntil(line, col, func(c rune) bool { return !unicode.IsSpace(c) && c != ')' })
		if !ok {
			return a, false
		}
		// The operator is one or two characters, before the right operand.
		right := col + 1
		rLine, rCol := position(shape.RightStart)
		if right < len(lines[line]) && (rLine > line || right < rCol) {
			if ch := lines[line][right]; !unicode.IsSpace(ch) && ch != '\\' && ch != '#' {
				right++
			}
		}
		return anchors{line, col, line, right}, true
	case ExprSubscript, ExprCall:
		open := '['
		if shape.Kind == ExprCall {
			open = '('
		}
		line, col := position(shape.LeftEnd)
		line, col, ok := nextValid(line, col)
		if !ok {
			return a, false
		}
		line, col, ok = advanceUntil(line, col, func(c rune) bool { return c == open })
		if !ok {
			return a, false
		}
		endLine, endCol := position(shape.End)
		return anchors{line, col, endLine, endCol}, true
	}
	return a, false
}

// shouldShowCarets decides whether a caret line says anything (_should_show_carets): not
// for a call that is a whole `return f(...)` or `x = f(...)` statement, and otherwise only
// when the range has anchors or does not cover all of its lines.
func (f *TracebackFormatter) shouldShowCarets(start, end int, lines [][]rune, haveAnchors bool) bool {
	if f.Parser != nil {
		strs := make([]string, len(lines))
		for i, l := range lines {
			strs[i] = string(l)
		}
		if shape, ok := f.Parser.StatementShape(strings.Join(strs, "\n")); ok {
			if shape.Empty {
				return false
			}
			// CPython compares the call's byte columns with these character offsets.
			if shape.Call && shape.CallStart.Line == 1 && shape.CallEnd.Line == len(lines) &&
				shape.CallStart.Col == start && shape.CallEnd.Col == end {
				return false
			}
		}
	}
	if haveAnchors {
		return true
	}
	first, last := lines[0], lines[len(lines)-1]
	if strings.TrimSpace(string(first[:min(start, len(first))])) != "" {
		return true
	}
	if end < len(last) && strings.TrimSpace(string(last[end:])) != "" {
		return true
	}
	return false
}
