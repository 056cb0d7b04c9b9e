package taipan

import (
	"strings"

	"github.com/taipanpy/taipan/compile"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/parser"
	"github.com/taipanpy/taipan/vm"
)

// Interactive runs statements typed at a prompt in the __main__ module, as CPython's
// interactive mode does: each complete statement is compiled in 'single' mode, whose
// expression values go to sys.displayhook.
type Interactive struct {
	i       *Interpreter
	globals *objects.Dict
}

// NewInteractive returns an interactive session on the __main__ module (made when the
// interpreter has run no program yet).
func (i *Interpreter) NewInteractive() *Interactive {
	m, ok := i.interp.Modules.GetStr(objects.NewStr("__main__")).(*objects.Module)
	if !ok {
		m = i.newMainModule("<stdin>", false, nil)
	}
	// sys.ps1 and sys.ps2 exist only once interactive mode starts, which programs test for.
	if sys, ok := i.interp.Modules.GetStr(objects.NewStr("sys")).(*objects.Module); ok {
		for name, prompt := range map[string]string{"ps1": ">>> ", "ps2": "... "} {
			if sys.Dict.GetStr(objects.NewStr(name)) == nil {
				sys.Dict.SetStr(objects.NewStr(name), objects.NewStr(prompt))
			}
		}
	}
	return &Interactive{i: i, globals: m.Dict}
}

// Push runs source, the lines typed so far for one statement. It reports more when the
// statement is not complete yet (another line is needed), and exit with the status when the
// statement raised SystemExit; other exceptions are printed and the session goes on.
func (s *Interactive) Push(source string) (more, exit bool, status int) {
	if needsMoreLines(source) {
		return true, false, 0
	}
	ts := &s.i.thread.Thread
	code, err := compile.Source([]byte(source+"\n"), "<stdin>", parser.Single,
		compile.Options{Optimize: s.i.optimize, Warn: vm.SyntaxWarner(ts, "<stdin>")})
	if err != nil {
		if incomplete(err) {
			return true, false, 0
		}
		s.i.uncaught(vm.CompileError(err))
		return false, false, 0
	}
	if _, err := s.i.RunCode(code, s.globals); err != nil {
		exc := vm.AsException(err)
		if exc.Type().IsSubtype(objects.SystemExitType) {
			return false, true, s.i.systemExit(exc)
		}
		s.i.uncaught(err)
		s.i.keyboardInterrupt = false // an interrupted statement does not end the session
	}
	s.i.Flush()
	return false, false, 0
}

// needsMoreLines reports whether a block statement is still open: its header or a later line
// was typed, and the empty line that ends it was not.
func needsMoreLines(source string) bool {
	lines := strings.Split(source, "\n")
	first := strings.TrimRight(lines[0], " \t")
	last := lines[len(lines)-1]
	block := strings.HasSuffix(first, ":") || strings.HasPrefix(first, "@")
	return block && len(lines) > 1 && strings.TrimSpace(last) != "" || block && len(lines) == 1
}

// incomplete reports whether a compile error only says the input ended too soon.
func incomplete(err error) bool {
	msg := err.Error()
	for _, s := range []string{"was never closed", "unterminated triple-quoted string",
		"expected an indented block", "unexpected EOF", "incomplete input"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// Prompt returns sys.ps1, or sys.ps2 for a continuation line, as str() shows them.
func (i *Interpreter) Prompt(continuation bool) string {
	name, dflt := "ps1", ">>> "
	if continuation {
		name, dflt = "ps2", "... "
	}
	s, ok := i.interp.Modules.GetStr(objects.NewStr("sys")).(*objects.Module)
	if !ok {
		return dflt
	}
	v := s.Dict.GetStr(objects.NewStr(name))
	if v == nil {
		return dflt
	}
	str, err := objects.StrOf(&i.thread.Thread, v)
	if err != nil {
		return dflt
	}
	return str.Value()
}
