package objects

import (
	"os"
	"strconv"
	"strings"
)

// Exceptions nothing can catch (raised by a weak reference callback or a __del__ method) are
// reported as CPython's PyErr_WriteUnraisable does: to sys.unraisablehook when the program
// set one, else as "Exception ignored in: <object>" and the traceback on sys.stderr.

// UnraisableHookArgsType is the type of the argument of sys.unraisablehook, a struct
// sequence of exc_type, exc_value, exc_traceback, err_msg and object.
var UnraisableHookArgsType = newType("UnraisableHookArgs", TupleType)

var unraisableFields = [...]string{"exc_type", "exc_value", "exc_traceback", "err_msg", "object"}

func init() {
	t := UnraisableHookArgsType
	t.Flags |= TypeFinal
	t.Doc = "UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook."
	t.Slots.New = nil
	for i, name := range unraisableFields {
		t.GetSets = append(t.GetSets, GetSetDef{Name: name, Get: func(ts *Thread, o Object) (Object, error) {
			return o.(*Tuple).items[i], nil
		}})
	}
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		var b strings.Builder
		b.WriteString("UnraisableHookArgs(")
		for i, v := range o.(*Tuple).items {
			r, err := Repr(ts, v)
			if err != nil {
				return nil, err
			}
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(unraisableFields[i] + "=" + r.value)
		}
		b.WriteString(")")
		return NewStr(b.String()), nil
	}
}

// newUnraisableHookArgs returns the argument of sys.unraisablehook for exc raised in obj.
func newUnraisableHookArgs(exc *BaseException, msg, obj Object) *Tuple {
	var tb Object = None
	if t := exc.Traceback(); t != nil {
		tb = t
	}
	return &Tuple{items: []Object{exc.Type(), exc, tb, orNone(msg), orNone(obj)}, ext: &Extension{Class: UnraisableHookArgsType}}
}

// WriteUnraisable reports err, raised where no one can catch it, in obj (the callback or
// method that raised it), as PyErr_WriteUnraisable does.
func WriteUnraisable(ts *Thread, err error, obj Object) { writeUnraisableVia(ts, err, nil, obj) }

// WriteUnraisableMessage reports err with a message instead of an object, as
// PyErr_FormatUnraisable does ("Exception ignored in atexit callback <function f ...>").
func WriteUnraisableMessage(ts *Thread, err error, msg string) {
	writeUnraisableVia(ts, err, NewStr(msg), None)
}

// writeUnraisableVia hands the report to sys.unraisablehook when the program set one.
func writeUnraisableVia(ts *Thread, err error, msg, obj Object) {
	exc := asException(err)
	sys, _ := importModule(ts, "sys")
	var hook Object
	if m, ok := sys.(*Module); ok {
		hook = m.Dict.GetStr(NewStr("unraisablehook"))
	}
	if b, ok := hook.(*BuiltinFunction); hook == nil || hook == None || ok && b.Def == &unraisableHookDef {
		writeUnraisable(ts, exc, msg, obj)
		return
	}
	if _, err := Call(ts, hook, []Object{newUnraisableHookArgs(exc, msg, obj)}, nil); err != nil {
		writeUnraisable(ts, asException(err), NewStr("Exception ignored in sys.unraisablehook"), hook)
	}
}

// asException returns err as an exception.
func asException(err error) *BaseException {
	if exc, ok := err.(*BaseException); ok {
		return exc
	}
	return Errorf(SystemErrorType, "%v", err)
}

// unraisableHookDef is sys.unraisablehook's default, sys.__unraisablehook__.
var unraisableHookDef = MethodDef{Name: "unraisablehook", Flags: MethO,
	Doc: "Handle an unraisable exception.\n\nThe unraisable argument has the following attributes:\n\n* exc_type: Exception type.\n* exc_value: Exception value, can be None.\n* exc_traceback: Exception traceback, can be None.\n* err_msg: Error message, can be None.\n* object: Object causing the exception, can be None.",
	Func: func(ts *Thread, _ Object, args []Object, _ *Tuple) (Object, error) {
		a, ok := args[0].(*Tuple)
		if !ok || a.Type() != UnraisableHookArgsType {
			return nil, Errorf(TypeErrorType, "sys.unraisablehook argument type must be UnraisableHookArgs")
		}
		exc, ok := a.items[1].(*BaseException)
		if !ok {
			return None, nil
		}
		writeUnraisable(ts, exc, a.items[3], a.items[4])
		return None, nil
	}}

// NewUnraisableHook returns a new sys.unraisablehook function, the default one.
func NewUnraisableHook(module *Module) Object { return NewBuiltinFunction(&unraisableHookDef, module) }

// writeUnraisable is the default hook: it writes the report on sys.stderr, if there is one.
func writeUnraisable(ts *Thread, exc *BaseException, msg, obj Object) {
	var b strings.Builder
	if obj != nil && obj != None {
		if m, ok := msg.(*Str); ok {
			b.WriteString(m.value + ": ")
		} else {
			b.WriteString("Exception ignored in: ")
		}
		if r, err := Repr(ts, obj); err == nil {
			b.WriteString(r.value)
		} else {
			b.WriteString("<object repr() failed>")
		}
		b.WriteString("\n")
	} else if m, ok := msg.(*Str); ok {
		b.WriteString(m.value + ":\n")
	}
	if tb := exc.Traceback(); tb != nil {
		b.WriteString("Traceback (most recent call last):\n")
		lines := map[string][]string{}
		for ; tb != nil; tb = tb.Next {
			writeTracebackEntry(&b, tb, lines)
		}
	}
	t := exc.Type()
	if mod := t.moduleName(); mod != "builtins" && mod != "__main__" && mod != "" {
		b.WriteString(mod + ".")
	}
	b.WriteString(t.QualName())
	if s, err := StrOf(ts, exc); err == nil {
		b.WriteString(": " + s.value)
	} else {
		b.WriteString(": <exception str() failed>")
	}
	b.WriteString("\n")
	writeStderr(ts, b.String())
}

// writeTracebackEntry writes one entry as CPython's C traceback printer does: its place and
// its source line, without carets.
func writeTracebackEntry(b *strings.Builder, tb *Traceback, files map[string][]string) {
	filename, name := "???", "???"
	if f, ok := tb.Frame.(codeFrame); ok {
		c := f.FrameCode()
		filename, name = c.Filename, c.Name
	}
	lineno := tb.lineno()
	b.WriteString("  File \"" + filename + "\", line " + strconv.Itoa(lineno) + ", in " + name + "\n")
	lines, ok := files[filename]
	if !ok {
		if data, err := os.ReadFile(filename); err == nil {
			lines = strings.Split(string(data), "\n")
		}
		files[filename] = lines
	}
	if lineno >= 1 && lineno <= len(lines) {
		if line := strings.TrimSpace(lines[lineno-1]); line != "" {
			b.WriteString("    " + line + "\n")
		}
	}
}

// writeStderr writes s on sys.stderr and flushes it; without a usable sys.stderr the
// report is lost, as in CPython.
func writeStderr(ts *Thread, s string) {
	sys, err := importModule(ts, "sys")
	if err != nil {
		return
	}
	m, ok := sys.(*Module)
	if !ok {
		return
	}
	// What the program printed before comes first, as CPython's report shows it.
	if out := m.Dict.GetStr(NewStr("stdout")); out != nil && out != None {
		CallMethod(ts, out, "flush")
	}
	f := m.Dict.GetStr(NewStr("stderr"))
	if f == nil || f == None {
		return
	}
	if _, err := CallMethod(ts, f, "write", NewStr(s)); err == nil {
		CallMethod(ts, f, "flush")
	}
}
