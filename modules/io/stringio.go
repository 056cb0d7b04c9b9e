package io

import (
	"strings"
	"unicode/utf8"

	"github.com/taipanpy/taipan/objects"
)

// stringIO is the state of a StringIO: its text as code points and the position, which may
// lie past the end (writing there pads with NULs). newline handling follows CPython: with
// newline None, written '\r\n' and '\r' become '\n'; with ” nothing is translated but lines
// end at any of them; '\r' and '\r\n' replace written '\n'.
type stringIO struct {
	buf    []rune
	pos    int
	closed bool
	ready  bool
	// readUniversal: lines end at '\r', '\n' or '\r\n'; readTranslate: the decoder turns them
	// into '\n' on the way in.
	readUniversal, readTranslate bool
	readNL, writeNL              string
	decoder                      *nlDecoder
}

var stringIOInitParser = objects.ArgParser{FuncName: "StringIO", Params: []string{"initial_value", "newline"}, MaxPos: 2}

func errClosedNoDot() error {
	return objects.Errorf(objects.ValueErrorType, "I/O operation on closed file")
}

// stringIOOf returns the open StringIO state of o.
func stringIOOf(o *object) (*stringIO, error) {
	st, ok := o.impl.(*stringIO)
	if !ok || !st.ready {
		return nil, errUninitialized()
	}
	if st.closed {
		return nil, errClosedNoDot()
	}
	return st, nil
}

func stringIOMethod(name string, flags objects.MethodFlags, f func(ts *objects.Thread, st *stringIO, args []objects.Object) (objects.Object, error)) objects.MethodDef {
	return method(name, flags, func(ts *objects.Thread, o *object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		st, err := stringIOOf(o)
		if err != nil {
			return nil, err
		}
		return f(ts, st, args)
	})
}

// newlineArg checks a newline argument: None (returned as ok == false) or one of the legal
// strings.
func newlineArg(ts *objects.Thread, v objects.Object) (nl string, given bool, err error) {
	if v == nil || v == objects.None {
		return "", false, nil
	}
	str, ok := v.(*objects.Str)
	if !ok {
		return "", false, objects.Errorf(objects.TypeErrorType, "newline must be str or None, not %s", v.Type().Name)
	}
	switch str.Value() {
	case "", "\n", "\r", "\r\n":
		return str.Value(), true, nil
	}
	r, err := objects.Repr(ts, str)
	if err != nil {
		return "", false, err
	}
	return "", false, objects.Errorf(objects.ValueErrorType, "illegal newline value: %s", r.Value())
}

func (st *stringIO) write(text string) (int, error) {
	if st.decoder != nil {
		text = st.decoder.decodeText(text, true)
	}
	if st.writeNL != "" && st.writeNL != "\n" {
		text = strings.ReplaceAll(text, "\n", st.writeNL)
	}
	var rs []rune
	if utf8.ValidString(text) {
		rs = []rune(text)
	} else {
		rs = objects.NewStr(text).Runes()
	}
	n := len(rs)
	if n == 0 {
		return 0, nil
	}
	end := st.pos + n
	if end > maxAlloc/4 {
		return 0, errNoMemory()
	}
	if end > len(st.buf) {
		if st.pos > len(st.buf) {
			st.buf = append(st.buf, make([]rune, st.pos-len(st.buf))...)
		}
		st.buf = append(st.buf[:st.pos], rs...)
	} else {
		copy(st.buf[st.pos:], rs)
	}
	st.pos = end
	return n, nil
}

// lineEnd returns the end of the line starting at the position, limited to limit code
// points when limit >= 0.
func (st *stringIO) lineEnd(limit int) int {
	start := st.pos
	end := len(st.buf)
	if limit >= 0 && start+limit < end {
		end = start + limit
	}
	for i := start; i < end; i++ {
		c := st.buf[i]
		switch {
		case st.readTranslate:
			if c == '\n' {
				return i + 1
			}
		case st.readUniversal:
			if c == '\n' {
				return i + 1
			}
			if c == '\r' {
				if i+1 < end && st.buf[i+1] == '\n' {
					return i + 2
				}
				return i + 1
			}
		default:
			nl := []rune(st.readNL)
			if c == nl[0] && i+len(nl) <= end && string(st.buf[i:i+len(nl)]) == st.readNL {
				return i + len(nl)
			}
		}
	}
	return end
}

func (st *stringIO) readline(limit int) objects.Object {
	if st.pos >= len(st.buf) {
		return objects.NewStr("")
	}
	end := st.lineEnd(limit)
	line := objects.NewStrFromRunes(st.buf[st.pos:end])
	st.pos = end
	return line
}

func (s *state) stringIOSpec() classSpec {
	trueMethod := func(name string) objects.MethodDef {
		return stringIOMethod(name, objects.MethNoArgs, func(*objects.Thread, *stringIO, []objects.Object) (objects.Object, error) {
			return objects.True, nil
		})
	}
	return classSpec{name: "StringIO", base: s.textIOBase, doc: "Text I/O implementation using an in-memory buffer.\n\nThe initial_value argument sets the value of object.  The newline\nargument is like the one of TextIOWrapper's constructor.",
		newImpl: func() any { return &stringIO{} },
		iterNext: func(ts *objects.Thread, o *object) (objects.Object, error) {
			st, err := stringIOOf(o)
			if err != nil {
				return nil, err
			}
			if o.cls != s.stringIO {
				// A subclass's readline decides what a line is.
				line, err := call(ts, o, "readline")
				if err != nil {
					return nil, err
				}
				str, ok := line.(*objects.Str)
				if !ok {
					return nil, objects.Errorf(objects.OSErrorType, "readline() should have returned a str object, not '%s'", line.Type().Name)
				}
				if str.Len() == 0 {
					return nil, nil
				}
				return line, nil
			}
			line := st.readline(-1)
			if line.(*objects.Str).Len() == 0 {
				return nil, nil
			}
			return line, nil
		},
		methods: []objects.MethodDef{
			method("__init__", objects.MethFastcall|objects.MethKeywords, func(ts *objects.Thread, o *object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				a, err := parse(&stringIOInitParser, args, kwnames)
				if err != nil {
					return nil, err
				}
				nlObj := a[1]
				if nlObj == nil {
					nlObj = objects.NewStr("\n")
				}
				nl, given, err := newlineArg(ts, nlObj)
				if err != nil {
					return nil, err
				}
				var initial *objects.Str
				if a[0] != nil && a[0] != objects.None {
					v, ok := a[0].(*objects.Str)
					if !ok {
						return nil, objects.Errorf(objects.TypeErrorType, "initial_value must be str or None, not %s", a[0].Type().Name)
					}
					initial = v
				}
				st := &stringIO{ready: true, readNL: nl}
				st.readUniversal = !given || nl == ""
				st.readTranslate = !given
				if given && nl != "" && nl[0] == '\r' {
					st.writeNL = nl
				}
				if st.readUniversal {
					st.decoder = &nlDecoder{translate: st.readTranslate}
				}
				if initial != nil {
					if _, err := st.write(initial.Value()); err != nil {
						return nil, err
					}
					st.pos = 0
				}
				o.impl = st
				return none()
			}),
			stringIOMethod("getvalue", objects.MethNoArgs, func(_ *objects.Thread, st *stringIO, _ []objects.Object) (objects.Object, error) {
				return objects.NewStrFromRunes(st.buf), nil
			}),
			stringIOMethod("read", objects.MethFastcall, func(ts *objects.Thread, st *stringIO, args []objects.Object) (objects.Object, error) {
				n, err := optSize(ts, "read", args)
				if err != nil {
					return nil, err
				}
				if st.pos >= len(st.buf) {
					return objects.NewStr(""), nil
				}
				end := len(st.buf)
				if n >= 0 && st.pos+n < end {
					end = st.pos + n
				}
				r := objects.NewStrFromRunes(st.buf[st.pos:end])
				st.pos = end
				return r, nil
			}),
			stringIOMethod("readline", objects.MethFastcall, func(ts *objects.Thread, st *stringIO, args []objects.Object) (objects.Object, error) {
				n, err := optSize(ts, "readline", args)
				if err != nil {
					return nil, err
				}
				return st.readline(n), nil
			}),
			stringIOMethod("write", objects.MethO, func(ts *objects.Thread, st *stringIO, args []objects.Object) (objects.Object, error) {
				str, ok := args[0].(*objects.Str)
				if !ok {
					return nil, objects.Errorf(objects.TypeErrorType, "string argument expected, got '%s'", args[0].Type().Name)
				}
				n := str.Len()
				if _, err := st.write(str.Value()); err != nil {
					return nil, err
				}
				return objects.NewInt(int64(n)), nil
			}),
			stringIOMethod("seek", objects.MethFastcall, func(ts *objects.Thread, st *stringIO, args []objects.Object) (objects.Object, error) {
				pos, whence, err := seekArgs(ts, args)
				if err != nil {
					return nil, err
				}
				switch {
				case whence < 0 || whence > 2:
					return nil, objects.Errorf(objects.ValueErrorType, "Invalid whence (%d, should be 0, 1 or 2)", whence)
				case pos < 0 && whence == 0:
					return nil, objects.Errorf(objects.ValueErrorType, "Negative seek position %d", pos)
				case whence != 0 && pos != 0:
					return nil, objects.Errorf(objects.OSErrorType, "Can't do nonzero cur-relative seeks")
				}
				switch whence {
				case 1:
					pos = st.pos
				case 2:
					pos = len(st.buf)
				}
				st.pos = pos
				return objects.NewInt(int64(pos)), nil
			}),
			stringIOMethod("tell", objects.MethNoArgs, func(_ *objects.Thread, st *stringIO, _ []objects.Object) (objects.Object, error) {
				return objects.NewInt(int64(st.pos)), nil
			}),
			stringIOMethod("truncate", objects.MethFastcall, func(ts *objects.Thread, st *stringIO, args []objects.Object) (objects.Object, error) {
				if err := objects.CheckPositional("truncate", len(args), 0, 1); err != nil {
					return nil, err
				}
				size := st.pos
				if len(args) == 1 && args[0] != objects.None {
					var err error
					if size, err = sizeArg(ts, args[0]); err != nil {
						return nil, err
					}
					if size < 0 {
						return nil, objects.Errorf(objects.ValueErrorType, "Negative size value %d", size)
					}
				}
				if size < len(st.buf) {
					st.buf = st.buf[:size]
				}
				return objects.NewInt(int64(size)), nil
			}),
			trueMethod("readable"), trueMethod("writable"), trueMethod("seekable"),
			method("close", objects.MethNoArgs, func(_ *objects.Thread, o *object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				if st, ok := o.impl.(*stringIO); ok {
					st.closed = true
					st.buf = nil
				}
				return none()
			}),
			method("__setstate__", objects.MethO, func(ts *objects.Thread, o *object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				st, ok := args[0].(*objects.Tuple)
				if !ok || st.Len() < 4 {
					return nil, objects.Errorf(objects.TypeErrorType, "_io.StringIO.__setstate__ argument should be 4-tuple, got %s", args[0].Type().Name)
				}
				if cur, ok := o.impl.(*stringIO); ok && cur.closed {
					return nil, errClosedNoDot()
				}
				items := st.Items()
				if _, err := call(ts, o, "__init__", items[0], items[1]); err != nil {
					return nil, err
				}
				cur, err := stringIOOf(o)
				if err != nil {
					return nil, err
				}
				// The saved value is already translated: it is restored as it is.
				cur.buf = nil
				if v, ok := items[0].(*objects.Str); ok {
					cur.buf = v.Runes()
				}
				if _, ok := items[2].(*objects.Int); !ok {
					return nil, objects.Errorf(objects.TypeErrorType, "third item of state must be an integer, got %s", items[2].Type().Name)
				}
				pos, err := intArg(ts, items[2])
				if err != nil {
					return nil, err
				}
				if pos < 0 {
					return nil, objects.Errorf(objects.ValueErrorType, "position value cannot be negative")
				}
				if err := restoreDict(ts, o, items[3], "fourth"); err != nil {
					return nil, err
				}
				cur.pos = pos
				return none()
			}),
			method("__getstate__", objects.MethNoArgs, func(_ *objects.Thread, o *object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				st, err := stringIOOf(o)
				if err != nil {
					return nil, err
				}
				var nl objects.Object = objects.None
				if !st.readTranslate {
					nl = objects.NewStr(st.readNL)
				}
				var d objects.Object = objects.None
				if o.dict != nil {
					d = o.dict.Copy()
				}
				return objects.NewTuple([]objects.Object{objects.NewStrFromRunes(st.buf), nl, objects.NewInt(int64(st.pos)), d}), nil
			}),
		},
		getsets: []objects.GetSetDef{
			getter("closed", func(_ *objects.Thread, o *object) (objects.Object, error) {
				st, ok := o.impl.(*stringIO)
				if !ok || !st.ready {
					return nil, errUninitialized()
				}
				return objects.NewBool(st.closed), nil
			}),
			getter("line_buffering", func(_ *objects.Thread, o *object) (objects.Object, error) {
				if _, err := stringIOOf(o); err != nil {
					return nil, err
				}
				return objects.False, nil
			}),
			getter("newlines", func(_ *objects.Thread, o *object) (objects.Object, error) {
				st, err := stringIOOf(o)
				if err != nil {
					return nil, err
				}
				if st.decoder == nil {
					return objects.None, nil
				}
				return newlinesValue(st.decoder.seen), nil
			}),
		},
	}
}
