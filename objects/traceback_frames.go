package objects

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// The frame lines of a traceback (StackSummary.format and format_frame_summary): the file,
// line and function, the source lines of the failing instruction, and the carets under it.

// formatStack renders the frames oldest first, summarising runs of more than three repeats
// of one frame line.
func (f *TracebackFormatter) formatStack(stack []FrameSummary) string {
	var b strings.Builder
	var last *FrameSummary
	count := 0
	flush := func() {
		if count > recursiveCutoff {
			n := count - recursiveCutoff
			plural := ""
			if n > 1 {
				plural = "s"
			}
			b.WriteString("  [Previous line repeated " + strconv.Itoa(n) + " more time" + plural + "]\n")
		}
	}
	for i := range stack {
		fs := &stack[i]
		if last == nil || last.Filename != fs.Filename || last.Lineno != fs.Lineno || last.Name != fs.Name {
			flush()
			last = fs
			count = 0
		}
		count++
		if count > recursiveCutoff {
			continue
		}
		b.WriteString(f.formatFrame(fs))
	}
	flush()
	return b.String()
}

// formatFrame renders one frame.
func (f *TracebackFormatter) formatFrame(fs *FrameSummary) string {
	var b strings.Builder
	filename := fs.Filename
	if strings.HasPrefix(filename, "<stdin>-") {
		filename = "<stdin>"
	}
	lineno := strconv.Itoa(fs.Lineno)
	if f.Colorize {
		b.WriteString("  File " + ansiMagenta + "\"" + filename + "\"" + ansiReset + ", line " +
			ansiMagenta + lineno + ansiReset + ", in " + ansiMagenta + fs.Name + ansiReset + "\n")
	} else {
		b.WriteString("  File \"" + filename + "\", line " + lineno + ", in " + fs.Name + "\n")
	}
	if f.Line == nil {
		return b.String()
	}
	endLineno := fs.EndLineno
	if endLineno == 0 {
		endLineno = fs.Lineno
	}
	// The source lines of the instruction, each stripped of trailing white space.
	var original []string
	for n := fs.Lineno; n <= endLineno && n-fs.Lineno < 1000; n++ {
		original = append(original, strings.TrimRight(f.Line(fs.Filename, n), " \t\n\r\f\v"))
	}
	dedented := dedentLines(original)
	if strings.TrimSpace(strings.Join(dedented, "\n")) == "" {
		return b.String()
	}
	if fs.Colno < 0 || fs.EndColno < 0 {
		b.WriteString("    " + strings.TrimSpace(original[0]) + "\n")
		return b.String()
	}
	b.WriteString(f.sourceWithCarets(fs, original, dedented))
	return b.String()
}

// sourceWithCarets renders the significant source lines of an instruction and, where they
// say something, the carets under its range: ^ under the operator, the subscript or the
// call's arguments, ~ under the rest (format_frame_summary).
func (f *TracebackFormatter) sourceWithCarets(fs *FrameSummary, original, dedented []string) string {
	firstLine, lastLine := original[0], original[len(original)-1]
	start := byteToCharOffset(firstLine, fs.Colno)
	end := byteToCharOffset(lastLine, fs.EndColno)
	lines := make([][]rune, len(dedented))
	for i, l := range dedented {
		lines[i] = []rune(l)
	}
	dedent := utf8.RuneCountInString(firstLine) - len(lines[0])
	start = max(0, start-dedent)
	end = max(0, end-dedent)
	lastIdx := len(lines) - 1
	dpStart := displayWidth(lines[0], start)
	dpEnd := displayWidth(lines[lastIdx], end)

	// The segment of source the instruction covers.
	var all []rune
	for i, l := range lines {
		if i > 0 {
			all = append(all, '\n')
		}
		all = append(all, l...)
	}
	segEnd := len(all) - (len(lines[lastIdx]) - end)
	segment := ""
	if start <= len(all) && segEnd >= start && segEnd <= len(all) {
		segment = string(all[start:segEnd])
	} else if start <= len(all) && segEnd > len(all) {
		segment = string(all[start:])
	}

	anchors, haveAnchors := f.caretAnchors(segment)
	showCarets := f.shouldShowCarets(start, end, lines, haveAnchors)

	significant := map[int]bool{0: true, lastIdx: true}
	leftEnd, rightStart := 0, 0
	primary, secondary := '^', '^'
	if haveAnchors {
		leftEnd, rightStart = anchors.leftEndOffset, anchors.rightStartOffset
		if anchors.leftEndLine == 0 {
			leftEnd += start
		}
		if anchors.rightStartLine == 0 {
			rightStart += start
		}
		if anchors.leftEndLine < len(lines) {
			leftEnd = displayWidth(lines[anchors.leftEndLine], leftEnd)
		}
		if anchors.rightStartLine < len(lines) {
			rightStart = displayWidth(lines[anchors.rightStartLine], rightStart)
		}
		primary, secondary = '~', '^'
		for d := -1; d <= 1; d++ {
			significant[anchors.leftEndLine+d] = true
			significant[anchors.rightStartLine+d] = true
		}
	}
	delete(significant, -1)
	delete(significant, len(lines))

	var out []string
	outputLine := func(n int) {
		line := lines[n]
		out = append(out, string(line)+"\n")
		if !showCarets {
			return
		}
		numSpaces := len(line) - len([]rune(strings.TrimLeft(string(line), " \t\n\r\f\v")))
		numCarets := displayWidth(line, len(line))
		if n == lastIdx {
			numCarets = dpEnd
		}
		carets := make([]rune, numCarets)
		for col := range carets {
			switch {
			case col < numSpaces || (n == 0 && col < dpStart):
				carets[col] = ' '
			case haveAnchors &&
				(n > anchors.leftEndLine || (n == anchors.leftEndLine && col >= leftEnd)) &&
				(n < anchors.rightStartLine || (n == anchors.rightStartLine && col < rightStart)):
				carets[col] = secondary
			default:
				carets[col] = primary
			}
		}
		if f.Colorize {
			out[len(out)-1], carets = colorizeCarets(line, carets)
			out = append(out, string(carets)+"\n")
			return
		}
		out = append(out, string(carets)+"\n")
	}
	var sig []int
	for n := range significant {
		sig = append(sig, n)
	}
	sortInts(sig)
	for i, n := range sig {
		if i > 0 {
			switch diff := n - sig[i-1]; {
			case diff == 2:
				outputLine(n - 1)
			case diff > 2:
				out = append(out, "...<"+strconv.Itoa(diff-1)+" lines>...\n")
			}
		}
		outputLine(n)
	}
	// Dedent what was gathered once more and indent every line by four spaces.
	text := strings.Join(out, "")
	parts := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	parts = dedentLines(parts)
	var b strings.Builder
	for _, p := range parts {
		b.WriteString("    " + p + "\n")
	}
	return b.String()
}

// colorizeCarets paints the parts of a source line and of its caret line that the carets
// mark: ^ bold red, ~ red.
func colorizeCarets(line, carets []rune) (string, []rune) {
	var lb, cb strings.Builder
	n := max(len(line), len(carets))
	for i := 0; i < n; {
		var c rune
		if i < len(carets) {
			c = carets[i]
		}
		j := i
		for j < n && ((j < len(carets) && carets[j] == c) || (j >= len(carets) && c == 0)) {
			j++
		}
		seg := func(rs []rune, a, b int) string {
			a, b = min(a, len(rs)), min(b, len(rs))
			return string(rs[a:b])
		}
		ls, cs := seg(line, i, j), seg(carets, i, j)
		switch c {
		case '^':
			lb.WriteString(ansiBoldRed + ls + ansiReset)
			cb.WriteString(ansiBoldRed + cs + ansiReset)
		case '~':
			lb.WriteString(ansiRed + ls + ansiReset)
			cb.WriteString(ansiRed + cs + ansiReset)
		default:
			lb.WriteString(ls)
			cb.WriteString(cs)
		}
		i = j
	}
	return lb.String() + "\n", []rune(cb.String())
}

// byteToCharOffset converts a UTF-8 byte offset in s to a character offset, counting a
// character cut by the offset as one, as decoding with errors="replace" does.
func byteToCharOffset(s string, offset int) int {
	if offset > len(s) {
		offset = len(s)
	}
	if offset <= 0 {
		return 0
	}
	n := 0
	for i := 0; i < offset; {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}

// displayWidth is the width of the first offset characters of line on a terminal: two
// columns for East Asian wide and full-width characters.
func displayWidth(line []rune, offset int) int {
	if offset > len(line) {
		offset = len(line)
	}
	w := 0
	for _, r := range line[:max(offset, 0)] {
		if r < 0x80 {
			w++
			continue
		}
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			w += 2
		default:
			w++
		}
	}
	// The offset may point past the line's end (an exclusive end); count those columns too.
	return w
}

// dedentLines removes the leading white space all non-blank lines share, and makes blank
// lines empty, as textwrap.dedent does.
func dedentLines(lines []string) []string {
	margin, have := "", false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		indent := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		switch {
		case !have:
			margin, have = indent, true
		case strings.HasPrefix(indent, margin):
		case strings.HasPrefix(margin, indent):
			margin = indent
		default:
			i := 0
			for i < len(margin) && i < len(indent) && margin[i] == indent[i] {
				i++
			}
			margin = margin[:i]
		}
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			out[i] = ""
			continue
		}
		out[i] = strings.TrimPrefix(l, margin)
	}
	return out
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}
