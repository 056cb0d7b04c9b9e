package objects

import (
	"strconv"
	"strings"
)

// Printing an exception as CPython 3.13 does (Lib/traceback.py's TracebackException, which
// sys.excepthook uses): the chain of causes and contexts oldest first, each with its
// traceback and its "Type: message" line and notes, and exception groups drawn as boxes.

// FrameSummary describes one frame of a traceback as the interpreter knows it.
type FrameSummary struct {
	// Filename is co_filename, Name co_name.
	Filename, Name string
	// Lineno and EndLineno are the lines of the failing instruction (EndLineno 0 means
	// Lineno); Colno and EndColno are its UTF-8 byte columns, -1 when unknown.
	Lineno, EndLineno int
	Colno, EndColno   int
}

// TracebackFormatter renders exceptions. The interpreter supplies what only it knows: the
// frame behind each traceback entry and the lines of source files.
type TracebackFormatter struct {
	// Frame describes the frame of a traceback entry; nil prints no frames.
	Frame func(tb *Traceback) FrameSummary
	// Line returns line lineno (1-based) of a file without its line ending, "" when unknown
	// (linecache.getline); nil shows no source.
	Line func(filename string, lineno int) string
	// Parser places the carets under source lines; nil draws carets without anchors.
	Parser SourceParser
	// Suggest returns the name to propose for a NameError, AttributeError or ImportError
	// ("Did you mean: 'x'?"), "" for none; nil proposes nothing.
	Suggest func(e *BaseException) string
	// StdlibModule reports whether a NameError's name is a standard module, for "Did you
	// forget to import 'x'?"; nil means no name is.
	StdlibModule func(name string) bool
	// Colorize adds ANSI colours as CPython does on a terminal.
	Colorize bool
	// MaxGroupWidth and MaxGroupDepth limit the drawing of exception groups; 0 means
	// CPython's defaults, 15 and 10.
	MaxGroupWidth, MaxGroupDepth int
}

// The ANSI sequences of Lib/_colorize.py.
const (
	ansiReset       = "\x1b[0m"
	ansiRed         = "\x1b[31m"
	ansiBoldRed     = "\x1b[1;31m"
	ansiMagenta     = "\x1b[35m"
	ansiBoldMagenta = "\x1b[1;35m"
)

const (
	causeMessage   = "\nThe above exception was the direct cause of the following exception:\n\n"
	contextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n"
	// recursiveCutoff is how many repeats of one frame line are shown before they are
	// summarised.
	recursiveCutoff = 3
)

// tbException is an exception captured for printing (TracebackException).
type tbException struct {
	typeName        string
	str             string
	noteLines       []string
	stack           []FrameSummary
	syntax          *syntaxLocation
	suppressContext bool
	cause, context  *tbException
	exceptions      []*tbException
}

// syntaxLocation holds what a SyntaxError prints above its message.
type syntaxLocation struct {
	filename          Object
	lineno, endLineno Object
	text              Object
	offset, endOffset Object
	msg               Object
}

// Format returns the text CPython prints for exc: its chain, tracebacks, message, notes and
// group members. Python code run to get strs and reprs may fail; the failure is printed in
// CPython's words instead.
func (f *TracebackFormatter) Format(ts *Thread, exc *BaseException) string {
	te := f.capture(ts, exc)
	var b strings.Builder
	ctx := &printContext{}
	f.format(&b, te, ctx, true)
	return b.String()
}

// FormatExceptionOnly returns the last lines of the traceback of exc: "Type: message" (for a
// SyntaxError the location first) and its notes.
func (f *TracebackFormatter) FormatExceptionOnly(ts *Thread, exc *BaseException) string {
	te := f.newTBException(ts, exc)
	var b strings.Builder
	for _, l := range f.exceptionOnly(te, 0) {
		b.WriteString(l)
	}
	return b.String()
}

// capture builds the tree of tbExceptions for exc, visiting causes, contexts and group
// members in CPython's order so that an exception met twice is shown where CPython shows it.
func (f *TracebackFormatter) capture(ts *Thread, exc *BaseException) *tbException {
	seen := map[*BaseException]bool{exc: true}
	root := f.newTBException(ts, exc)
	type pending struct {
		te *tbException
		e  *BaseException
	}
	queue := []pending{{root, exc}}
	for len(queue) > 0 {
		p := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		e := p.e
		if c := e.cause; c != nil && !seen[c] {
			seen[c] = true
			p.te.cause = f.newTBException(ts, c)
		}
		if c := e.context; c != nil && !seen[c] {
			seen[c] = true
			p.te.context = f.newTBException(ts, c)
		}
		var members []*BaseException
		if e.IsGroup() {
			members = e.GroupExceptions()
			for _, x := range members {
				seen[x] = true
				p.te.exceptions = append(p.te.exceptions, f.newTBException(ts, x))
			}
		}
		if p.te.cause != nil {
			queue = append(queue, pending{p.te.cause, e.cause})
		}
		if p.te.context != nil {
			queue = append(queue, pending{p.te.context, e.context})
		}
		for i, x := range members {
			queue = append(queue, pending{p.te.exceptions[i], x})
		}
	}
	return root
}

// newTBException captures one exception without its chain.
func (f *TracebackFormatter) newTBException(ts *Thread, e *BaseException) *tbException {
	te := &tbException{
		typeName:        exceptionTypeName(e.Type()),
		str:             safeStr(ts, e, "exception", false),
		noteLines:       noteLines(ts, e.Notes()),
		suppressContext: e.suppressContext,
	}
	if f.Frame != nil {
		for tb := e.traceback; tb != nil; tb = tb.Next {
			te.stack = append(te.stack, f.Frame(tb))
		}
	}
	t := e.Type()
	switch {
	case t.IsSubtype(SyntaxErrorType):
		te.syntax = &syntaxLocation{
			filename: e.field(syntaxFilename), lineno: e.field(syntaxLineno),
			endLineno: e.field(syntaxEndLineno), text: e.field(syntaxText),
			offset: e.field(syntaxOffset), endOffset: e.field(syntaxEndOffset), msg: e.field(syntaxMsg),
		}
	case t.IsSubtype(ImportErrorType) && e.memberValue("name_from") != None,
		(t.IsSubtype(NameErrorType) || t.IsSubtype(AttributeErrorType)) && e.memberValue("name") != None:
		suggestion := ""
		if f.Suggest != nil {
			suggestion = f.Suggest(e)
		}
		if suggestion != "" {
			te.str += ". Did you mean: '" + suggestion + "'?"
		}
		if name, ok := e.memberValue("name").(*Str); ok && t.IsSubtype(NameErrorType) &&
			f.StdlibModule != nil && f.StdlibModule(name.value) {
			if suggestion != "" {
				te.str += " Or did you forget to import '" + name.value + "'?"
			} else {
				te.str += ". Did you forget to import '" + name.value + "'?"
			}
		}
	}
	return te
}

// noteLines renders __notes__ as the lines printed after the message: each note's str
// when it is a sequence other than a str, else its repr.
func noteLines(ts *Thread, notes Object) []string {
	if notes == nil || notes == None {
		return nil
	}
	if _, isStr := notes.(*Str); !isStr && isSequence(notes) {
		if items, err := IterableItems(ts, notes); err == nil {
			var lines []string
			for _, n := range items {
				lines = append(lines, strings.Split(safeStr(ts, n, "note", false), "\n")...)
			}
			return lines
		}
	}
	return []string{safeStr(ts, notes, "__notes__", true)}
}

// exceptionTypeName is how a traceback names a class: its qualified name, prefixed by its
// module unless that is builtins or __main__.
func exceptionTypeName(t *Type) string {
	name := t.QualName()
	mod := "builtins"
	if t.Dict != nil {
		if m, ok := t.Dict.GetStr(NewStr("__module__")).(*Str); ok {
			mod = m.value
		} else if t.IsHeapType() {
			mod = "<unknown>"
		}
	}
	if i := strings.LastIndexByte(t.Name, '.'); i >= 0 && !t.IsHeapType() {
		mod, name = t.Name[:i], t.Name[i+1:]
	}
	if mod == "builtins" || mod == "__main__" {
		return name
	}
	return mod + "." + name
}

// safeStr returns str(o) (repr(o) when repr is set), or CPython's placeholder when that
// fails.
func safeStr(ts *Thread, o Object, what string, repr bool) string {
	var s *Str
	var err error
	fn := "str"
	if repr {
		fn = "repr"
		s, err = Repr(ts, o)
	} else {
		s, err = StrOf(ts, o)
	}
	if err != nil {
		return "<" + what + " " + fn + "() failed>"
	}
	return s.value
}

// printContext is the state of printing nested groups (_ExceptionPrintContext).
type printContext struct {
	groupDepth int
	needClose  bool
}

func (c *printContext) indent() string { return strings.Repeat(" ", 2*c.groupDepth) }

// emit writes text with every line indented for the current group depth and marked with
// the margin character ("|", or "+" on a group's first line).
func (c *printContext) emit(b *strings.Builder, text string, margin byte) {
	prefix := c.indent()
	if c.groupDepth > 0 {
		if margin == 0 {
			margin = '|'
		}
		prefix += string(margin) + " "
	}
	for _, line := range splitLinesKeepEnds(text) {
		b.WriteString(prefix)
		b.WriteString(line)
	}
}

func (f *TracebackFormatter) maxWidth() int {
	if f.MaxGroupWidth > 0 {
		return f.MaxGroupWidth
	}
	return 15
}

func (f *TracebackFormatter) maxDepth() int {
	if f.MaxGroupDepth > 0 {
		return f.MaxGroupDepth
	}
	return 10
}

// format writes te and, with chain, the exceptions chained to it (TracebackException.format).
func (f *TracebackFormatter) format(b *strings.Builder, te *tbException, ctx *printContext, chain bool) {
	type link struct {
		msg string
		te  *tbException
	}
	var output []link
	if chain {
		for e := te; e != nil; {
			var msg string
			var next *tbException
			switch {
			case e.cause != nil:
				msg, next = causeMessage, e.cause
			case e.context != nil && !e.suppressContext:
				msg, next = contextMessage, e.context
			}
			output = append(output, link{msg, e})
			e = next
		}
	} else {
		output = append(output, link{"", te})
	}
	for i := len(output) - 1; i >= 0; i-- {
		msg, e := output[i].msg, output[i].te
		if msg != "" {
			ctx.emit(b, msg, 0)
		}
		switch {
		case e.exceptions == nil:
			if len(e.stack) > 0 {
				ctx.emit(b, "Traceback (most recent call last):\n", 0)
				ctx.emit(b, f.formatStack(e.stack), 0)
			}
			ctx.emit(b, strings.Join(f.exceptionOnly(e, 0), ""), 0)
		case ctx.groupDepth > f.maxDepth():
			ctx.emit(b, "... (max_group_depth is "+strconv.Itoa(f.maxDepth())+")\n", 0)
		default:
			f.formatGroup(b, e, ctx, chain)
		}
	}
}

// formatGroup draws an exception group: its traceback and message, then each member in a
// numbered box.
func (f *TracebackFormatter) formatGroup(b *strings.Builder, e *tbException, ctx *printContext, chain bool) {
	topLevel := ctx.groupDepth == 0
	if topLevel {
		ctx.groupDepth++
	}
	if len(e.stack) > 0 {
		margin := byte(0)
		if topLevel {
			margin = '+'
		}
		ctx.emit(b, "Exception Group Traceback (most recent call last):\n", margin)
		ctx.emit(b, f.formatStack(e.stack), 0)
	}
	ctx.emit(b, strings.Join(f.exceptionOnly(e, 0), ""), 0)
	width := f.maxWidth()
	n := len(e.exceptions)
	if n > width {
		n = width + 1
	}
	ctx.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			ctx.needClose = true // the closing line may be drawn by a nested group
		}
		truncated := i >= width
		title := strconv.Itoa(i + 1)
		if truncated {
			title = "..."
		}
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		b.WriteString(ctx.indent() + lead + "+---------------- " + title + " ----------------\n")
		ctx.groupDepth++
		if !truncated {
			f.format(b, e.exceptions[i], ctx, chain)
		} else {
			remaining := len(e.exceptions) - width
			plural := ""
			if remaining > 1 {
				plural = "s"
			}
			ctx.emit(b, "and "+strconv.Itoa(remaining)+" more exception"+plural+"\n", 0)
		}
		if last && ctx.needClose {
			b.WriteString(ctx.indent() + "+------------------------------------\n")
			ctx.needClose = false
		}
		ctx.groupDepth--
	}
	if topLevel {
		ctx.groupDepth = 0
	}
}

// exceptionOnly returns the lines after the traceback: the message line (or a SyntaxError's
// location and message) and the notes, indented for nested display at depth.
func (f *TracebackFormatter) exceptionOnly(te *tbException, depth int) []string {
	indent := strings.Repeat(" ", 3*depth)
	var lines []string
	if te.syntax == nil {
		final := f.finalLine(te.typeName, te.str)
		if depth > 0 {
			for _, l := range strings.Split(final, "\n") {
				lines = append(lines, indent+l+"\n")
			}
		} else {
			lines = append(lines, final+"\n")
		}
	} else {
		for _, l := range f.syntaxErrorLines(te) {
			lines = append(lines, indent+l)
		}
	}
	for _, l := range te.noteLines {
		lines = append(lines, indent+l+"\n")
	}
	return lines
}

// finalLine is "Type: message", or "Type" for an empty message.
func (f *TracebackFormatter) finalLine(typeName, msg string) string {
	if f.Colorize {
		if msg == "" {
			return ansiBoldMagenta + typeName + ansiReset
		}
		return ansiBoldMagenta + typeName + ansiReset + ": " + ansiMagenta + msg + ansiReset
	}
	if msg == "" {
		return typeName
	}
	return typeName + ": " + msg
}

// splitLinesKeepEnds splits s after each "\n", keeping the line ends.
func splitLinesKeepEnds(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}
