package objects

import (
	"strings"
	"testing"
)

// A fake interpreter for the object model's tests: Python functions whose "code" is a Go
// function, run through the thread's FunctionCaller as the interpreter would run bytecode.

type goBody func(ts *Thread, args []Object, kwnames *Tuple) (Object, error)

// testThread returns a thread whose FunctionCaller runs the Go body registered for a
// function's code name.
func testThread(bodies map[string]goBody) *Thread {
	ts := &Thread{}
	ts.SetFunctionCaller(func(ts *Thread, f *Function, args []Object, kwnames *Tuple) (Object, error) {
		body, ok := bodies[f.Code.Name]
		if !ok {
			return nil, Errorf(SystemErrorType, "no body for %s", f.Code.Name)
		}
		return body(ts, args, kwnames)
	})
	return ts
}

// testGlobals returns the globals of a module __main__ (made when first needed: hashing
// strs needs the slots set by init functions, which run after package variables are set).
func testGlobals() *Dict {
	d := NewDict()
	d.SetStr(NewStr("__name__"), NewStr("__main__"))
	return d
}

// pyFunc returns a Python function named name (qualified name qualname, default name).
func pyFunc(name, qualname string) *Function {
	if qualname == "" {
		qualname = name
	}
	return NewFunction(&Code{Name: name, Qualname: qualname}, testGlobals(), nil)
}

// class creates a class as a class statement in __main__ would: type(name, bases, ns) with
// ns holding __module__, __qualname__ and the given attributes.
func class(t *testing.T, ts *Thread, name string, bases []Object, attrs ...any) *Type {
	t.Helper()
	c, err := makeClass(ts, TypeType, name, bases, attrs...)
	if err != nil {
		t.Fatalf("class %s: %v", name, err)
	}
	return c
}

func makeClass(ts *Thread, meta *Type, name string, bases []Object, attrs ...any) (*Type, error) {
	ns := NewDict()
	ns.SetStr(NewStr("__module__"), NewStr("__main__"))
	ns.SetStr(NewStr("__qualname__"), NewStr(name))
	for i := 0; i+1 < len(attrs); i += 2 {
		ns.SetStr(NewStr(attrs[i].(string)), attrs[i+1].(Object))
	}
	r, err := Call(ts, meta, []Object{NewStr(name), NewTuple(bases), ns}, nil)
	if err != nil {
		return nil, err
	}
	return r.(*Type), nil
}

// show renders a value or an exception as CPython prints repr(value) or "Type: message",
// with addresses replaced by 0x..., so expectations can be copied from CPython's output.
func show(ts *Thread, v Object, err error) string {
	if err != nil {
		if e, ok := err.(*BaseException); ok {
			s, serr := StrOf(ts, e)
			if serr != nil {
				return e.Type().Name + ": <unprintable>"
			}
			if s.value == "" {
				return e.Type().Name
			}
			return e.Type().Name + ": " + s.value
		}
		return "Go error: " + err.Error()
	}
	r, rerr := Repr(ts, v)
	if rerr != nil {
		return "repr failed: " + show(ts, nil, rerr)
	}
	return maskAddresses(r.value)
}

// maskAddresses replaces hexadecimal addresses with 0x....
func maskAddresses(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, " at 0x")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i+6] + "...")
		s = s[i+6:]
		j := 0
		for j < len(s) && strings.ContainsRune("0123456789abcdef", rune(s[j])) {
			j++
		}
		s = s[j:]
	}
}

func getattr(ts *Thread, o Object, name string) (Object, error) { return GetAttr(ts, o, NewStr(name)) }

func str(s string) *Str { return NewStr(s) }

func kw(names ...string) *Tuple {
	items := make([]Object, len(names))
	for i, n := range names {
		items[i] = NewStr(n)
	}
	return NewTuple(items)
}

type caseResult struct {
	name string
	got  func() (Object, error)
	want string
}

func check(t *testing.T, ts *Thread, cases []caseResult) {
	t.Helper()
	for _, c := range cases {
		v, err := c.got()
		if got := show(ts, v, err); got != c.want {
			t.Errorf("%s:\n got  %s\n want %s", c.name, got, c.want)
		}
	}
}

// callAttr calls o.name(*args).
func callAttr(ts *Thread, o Object, name string, args ...Object) (Object, error) {
	f, err := getattr(ts, o, name)
	if err != nil {
		return nil, err
	}
	return Call(ts, f, args, nil)
}
