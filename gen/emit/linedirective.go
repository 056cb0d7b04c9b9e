package emit

import (
	"fmt"
	"strconv"
	"strings"
)

// LineDirective is the //line comment that makes the next line report itself as line of
// file. It must start in column 1, so it is always emitted on a line of its own.
func LineDirective(file string, line int) string {
	return fmt.Sprintf("//line %s:%d", file, line)
}

// ReturnDirective is the directive that follows a body to point positions back into the
// generated file at path. Its line number is a placeholder until FixReturnDirectives knows
// the final layout (a zero line would be rejected by the parser, so it is 1).
func ReturnDirective(path string) string {
	return LineDirective(path, 1)
}

// FixReturnDirectives rewrites every //line directive naming path so that it announces the
// real number of the line after it. Formatting moves lines but never moves a //line comment
// off column 1, so this runs last; it changes no line count.
func FixReturnDirectives(src []byte, path string) []byte {
	prefix := "//line " + path + ":"
	lines := strings.SplitAfter(string(src), "\n")
	var b strings.Builder
	b.Grow(len(src) + len(src)/50)
	for i, l := range lines {
		if rest, ok := strings.CutPrefix(l, prefix); ok {
			num := strings.TrimRight(rest, "\n")
			if _, err := strconv.Atoi(num); err == nil {
				// Line i (0-based) is this directive; the next line is number i+2.
				b.WriteString(prefix)
				b.WriteString(strconv.Itoa(i + 2))
				if strings.HasSuffix(l, "\n") {
					b.WriteByte('\n')
				}
				continue
			}
		}
		b.WriteString(l)
	}
	return []byte(b.String())
}
