package taipan

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/taipanpy/taipan/compile"
	"github.com/taipanpy/taipan/internal/caretparse"
	"github.com/taipanpy/taipan/internal/stdlibnames"
	"github.com/taipanpy/taipan/internal/suggest"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/parser"
	"github.com/taipanpy/taipan/vm"
)

// RunMain runs src, the text of the program filename, as the __main__ module, as `python
// FILE` and `python -c` do, and returns the process's exit status: 0 when it finishes, the
// SystemExit code when it exits, 1 after printing an uncaught exception (or a SyntaxError)
// to sys.stderr as CPython does. isFile says whether filename names a file, which sets
// __file__.
func (i *Interpreter) RunMain(src []byte, filename string, isFile bool) int {
	return i.runMain(src, filename, isFile, nil)
}

// runMain runs src as __main__; pkg is its __package__ (nil for None: a script or -c).
func (i *Interpreter) runMain(src []byte, filename string, isFile bool, pkg *string) int {
	code, err := compile.Source(src, filename, parser.Exec, compile.Options{Optimize: i.optimize,
		Warn: vm.SyntaxWarner(&i.thread.Thread, filename)})
	if err != nil {
		return i.uncaught(vm.CompileError(err))
	}
	g := i.newMainModule(filename, isFile, pkg).Dict
	if _, err = i.RunCode(code, g); err != nil {
		return i.uncaught(err)
	}
	return 0
}

// newMainModule makes the __main__ module a program runs in and records it in sys.modules.
func (i *Interpreter) newMainModule(filename string, isFile bool, pkg *string) *objects.Module {
	main := objects.NewModule("__main__")
	g := main.Dict
	g.SetStr(objects.NewStr("__builtins__"), i.builtinsModule())
	for _, name := range []string{"__doc__", "__package__", "__loader__", "__spec__"} {
		g.SetStr(objects.NewStr(name), objects.None)
	}
	if pkg != nil {
		g.SetStr(objects.NewStr("__package__"), objects.NewStr(*pkg))
	}
	if isFile {
		g.SetStr(objects.NewStr("__file__"), objects.NewStr(filename))
		g.SetStr(objects.NewStr("__cached__"), objects.None)
	}
	i.interp.Modules.SetStr(objects.NewStr("__main__"), main)
	return main
}

// builtinsModule returns the interpreter's builtins module.
func (i *Interpreter) builtinsModule() objects.Object {
	if m := i.interp.Modules.GetStr(objects.NewStr("builtins")); m != nil {
		return m
	}
	return objects.None
}

// uncaught handles an exception that left the main module, as CPython's
// _PyErr_PrintEx does: SystemExit ends the process with its code; anything else is printed
// with its traceback, and the status is 1.
func (i *Interpreter) uncaught(err error) int {
	ts := &i.thread.Thread
	exc := vm.AsException(err)
	if exc.Type().IsSubtype(objects.SystemExitType) {
		return i.systemExit(exc)
	}
	if exc.Type().IsSubtype(objects.KeyboardInterruptType) {
		i.keyboardInterrupt = true
	}
	i.Flush()
	if hook := i.userExcepthook(); hook != nil {
		var tb objects.Object = objects.None
		if t := exc.Traceback(); t != nil {
			tb = t
		}
		_, err := objects.Call(ts, hook, []objects.Object{exc.Type(), exc, tb}, nil)
		if err == nil {
			return 1
		}
		i.Flush()
		i.writeStderr("Error in sys.excepthook:\n" + i.formatter(ts).Format(ts, vm.AsException(err)) +
			"\nOriginal exception was:\n" + i.formatter(ts).Format(ts, exc))
		return 1
	}
	i.writeStderr(i.formatter(ts).Format(ts, exc))
	return 1
}

// userExcepthook returns sys.excepthook when the program replaced it, nil while it is still
// sys.__excepthook__ (which prints as the interpreter does) or is missing.
func (i *Interpreter) userExcepthook() objects.Object {
	s, ok := i.interp.Modules.GetStr(objects.NewStr("sys")).(*objects.Module)
	if !ok {
		return nil
	}
	hook := s.Dict.GetStr(objects.NewStr("excepthook"))
	if hook == nil || hook == objects.None || hook == s.Dict.GetStr(objects.NewStr("__excepthook__")) {
		return nil
	}
	return hook
}

// systemExit gives SystemExit's exit status: None is 0, an int is itself, anything else is
// printed to stderr and gives 1.
func (i *Interpreter) systemExit(exc *objects.BaseException) int {
	code := exc.SystemExitCode()
	switch c := code.(type) {
	case nil:
		return 0
	case *objects.Int:
		if v, ok := c.Int64(); ok {
			return int(v)
		}
		return -1
	}
	if code == objects.None {
		return 0
	}
	i.Flush()
	s, err := objects.StrOf(&i.thread.Thread, code)
	if err == nil {
		i.writeStderr(s.Value() + "\n")
	}
	return 1
}

// writeStderr writes text to sys.stderr, or the process's stderr when sys.stderr is unusable.
func (i *Interpreter) writeStderr(text string) {
	ts := &i.thread.Thread
	if s, ok := i.interp.Modules.GetStr(objects.NewStr("sys")).(*objects.Module); ok {
		if f := s.Dict.GetStr(objects.NewStr("stderr")); f != nil && f != objects.None {
			if _, err := objects.CallMethod(ts, f, "write", objects.NewStr(text)); err == nil {
				objects.CallMethod(ts, f, "flush")
				return
			}
		}
	}
	fmt.Fprint(os.Stderr, text)
}

// formatter prints tracebacks with what the interpreter knows: each entry's frame and
// position, and source lines read from the files. ts is the thread printing, which runs
// whatever Python code the suggestions need.
func (i *Interpreter) formatter(ts *objects.Thread) *objects.TracebackFormatter {
	return &objects.TracebackFormatter{
		Frame:        frameSummary,
		Line:         newLineCache().line,
		Parser:       caretparse.Parser{},
		Suggest:      func(e *objects.BaseException) string { return i.suggestion(ts, e) },
		StdlibModule: i.isStdlibModule,
	}
}

// frameSummary describes a traceback entry: the file, function and source position of the
// instruction it records.
func frameSummary(tb *objects.Traceback) objects.FrameSummary {
	f, ok := tb.Frame.(*vm.Frame)
	if !ok {
		return objects.FrameSummary{Filename: "?", Name: "?", Lineno: tb.Lineno, Colno: -1, EndColno: -1}
	}
	s := objects.FrameSummary{Filename: f.Code.Filename, Name: f.Code.Name, Lineno: -1, Colno: -1, EndColno: -1}
	if positions := f.Code.Positions(); tb.Lasti/2 < len(positions) {
		p := positions[tb.Lasti/2]
		s.Lineno, s.EndLineno, s.Colno, s.EndColno = p.Lineno, p.EndLineno, p.ColOffset, p.EndColOffset
	}
	return s
}

// lineCache reads source files for tracebacks, once each, as linecache does.
type lineCache struct{ files map[string][]string }

func newLineCache() *lineCache { return &lineCache{files: map[string][]string{}} }

// line returns line lineno of filename without its line ending, "" when it cannot be read.
func (c *lineCache) line(filename string, lineno int) string {
	lines, ok := c.files[filename]
	if !ok {
		if data, err := os.ReadFile(filename); err == nil {
			lines = strings.Split(string(data), "\n")
		}
		c.files[filename] = lines
	}
	if lineno < 1 || lineno > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[lineno-1], "\r")
}

// suggestion proposes what a NameError's or AttributeError's wrong name probably meant, as
// CPython 3.13's traceback module does: for an attribute, the names dir() gives for the object
// (underscored ones only when the wrong name is underscored); for a name, the innermost frame's
// locals, globals and builtins, or "self.name" when the frame's self has that attribute.
func (i *Interpreter) suggestion(ts *objects.Thread, e *objects.BaseException) string {
	name, ok := e.Attr("name").(*objects.Str)
	if !ok {
		return ""
	}
	wrong := name.Value()
	switch {
	case e.Type().IsSubtype(objects.AttributeErrorType):
		obj := e.Attr("obj")
		if obj == nil || obj == objects.None {
			return ""
		}
		listing, found, err := objects.CallSpecial(ts, obj, objects.NewStr("__dir__"))
		if !found || err != nil {
			return ""
		}
		items, err := objects.IterableItems(ts, listing)
		if err != nil {
			return ""
		}
		var names []string
		for _, it := range items {
			if s, ok := it.(*objects.Str); ok && (strings.HasPrefix(wrong, "_") || !strings.HasPrefix(s.Value(), "_")) {
				names = append(names, s.Value())
			}
		}
		sort.Strings(names)
		return suggest.Closest(names, wrong)
	case e.Type().IsSubtype(objects.NameErrorType):
		tb := e.Traceback()
		if tb == nil {
			return ""
		}
		for tb.Next != nil {
			tb = tb.Next
		}
		f, ok := tb.Frame.(*vm.Frame)
		if !ok {
			return ""
		}
		locals, err := f.LocalsMapping(ts)
		if err != nil {
			return ""
		}
		var names []string
		var self objects.Object
		if d, ok := locals.(*objects.Dict); ok {
			names = dictNames(d)
			self = d.GetStr(objects.NewStr("self"))
		}
		if self != nil {
			if _, err := objects.GetAttr(ts, self, name); err == nil {
				return "self." + wrong
			}
		}
		names = append(names, dictNames(f.Globals)...)
		names = append(names, dictNames(f.Builtins)...)
		return suggest.Closest(names, wrong)
	}
	return ""
}

// dictNames lists a namespace's str keys in order.
func dictNames(d *objects.Dict) []string {
	var names []string
	if d != nil {
		d.Items(func(k, _ objects.Object) bool {
			if s, ok := k.(*objects.Str); ok {
				names = append(names, s.Value())
			}
			return true
		})
	}
	return names
}

// isStdlibModule reports whether name is a standard library module (sys.stdlib_module_names),
// for "Did you forget to import 'name'?".
func (i *Interpreter) isStdlibModule(name string) bool { return stdlibnames.Contains(name) }
