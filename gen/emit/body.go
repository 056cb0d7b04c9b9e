package emit

import (
	"strings"

	"github.com/taipanpy/taipan/gen/analysis"
	"github.com/taipanpy/taipan/gen/dsl"
)

// Rewrite gives the Go text that replaces one special form in a body, without a trailing
// newline; it may span lines. An error should carry the form's position.
type Rewrite func(f analysis.Form) (string, error)

// BodyLines renders a uop's body with its special forms rewritten, framed by //line
// directives: one naming the definition line of the body's first statement, and after any
// rewrite that changes the line count, one naming the next line of the definition, so that
// every body line reports its place in the .def file. The last line returns to the generated
// file at genPath. filter, when not nil, rewrites the text between forms. A body of only white
// space gives no lines.
func BodyLines(body *analysis.Body, genPath string, rewrite Rewrite, filter func(string) string) ([]string, error) {
	if filter == nil {
		filter = func(s string) string { return s }
	}
	text := body.Text
	start := firstNonSpace(text, 0)
	if start == len(text) {
		return nil, nil
	}
	// Begin at the start of the first line that has code, keeping its indentation.
	start = strings.LastIndexByte(text[:start], '\n') + 1
	end := len(strings.TrimRight(text, " \t\r\n"))
	file := body.Pos.File

	var b strings.Builder
	b.WriteString(LineDirective(file, body.PosAt(start).Line))
	b.WriteByte('\n')
	at := start
	for _, f := range body.Forms {
		if f.Start < at || f.End > end {
			continue
		}
		repl, err := rewrite(f)
		if err != nil {
			return nil, err
		}
		b.WriteString(filter(text[at:f.Start]))
		b.WriteString(repl)
		at = f.End
		// A statement's own semicolon goes with it.
		if j := skipBlanks(text, at); j < end && text[j] == ';' {
			at = j + 1
		}
		spansLines := strings.Contains(repl, "\n") || strings.Contains(text[f.Start:f.End], "\n")
		if !spansLines {
			continue
		}
		rest := skipBlanks(text, at)
		if rest >= end {
			at = end
			break
		}
		if text[rest] == '\n' {
			// Nothing else on the form's line: resume at the next line.
			at = rest + 1
			next := firstNonSpace(text, at)
			if next >= end {
				at = end
				break
			}
			at = strings.LastIndexByte(text[:next], '\n') + 1
		}
		b.WriteByte('\n')
		b.WriteString(LineDirective(file, body.PosAt(at).Line))
		b.WriteByte('\n')
	}
	if at < end {
		b.WriteString(filter(text[at:end]))
	}
	lines := strings.Split(strings.TrimRight(b.String(), " \t\n"), "\n")
	return append(lines, ReturnDirective(genPath)), nil
}

// firstNonSpace returns the index of the first byte at or after i that is not white space.
func firstNonSpace(s string, i int) int {
	for i < len(s) && strings.IndexByte(" \t\r\n", s[i]) >= 0 {
		i++
	}
	return i
}

// skipBlanks returns the index of the first byte at or after i that is not a space or tab.
func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	return i
}

// FormError is an error about a form, positioned at it.
func FormError(body *analysis.Body, f analysis.Form, format string, args ...any) error {
	return dsl.Errorf(body.PosAt(f.Start), format, args...)
}

// PosError is an error at a definition's position.
func PosError(pos analysis.Pos, format string, args ...any) error {
	return dsl.Errorf(pos, format, args...)
}

// BodyUses reports whether any of the bodies refers to name.
func BodyUses(name string, bodies ...*analysis.Body) bool {
	for _, b := range bodies {
		if b.Uses(name) {
			return true
		}
	}
	return false
}
