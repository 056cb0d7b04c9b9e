package io

import (
	"strings"

	"github.com/taipanpy/taipan/objects"
)

var (
	openParser     = objects.ArgParser{FuncName: "open", Params: []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, MinPos: 1, MaxPos: 8}
	openCodeParser = objects.ArgParser{FuncName: "open_code", Params: []string{"path"}, MinPos: 1, MaxPos: 1}
)

func (s *state) functions() []objects.MethodDef {
	return []objects.MethodDef{
		{Name: "open", Flags: objects.MethFastcall | objects.MethKeywords, Func: s.openFunc, Doc: openDoc},
		{Name: "open_code", Flags: objects.MethFastcall | objects.MethKeywords, Doc: "Opens the provided file with the intent to import the contents.\n\nThis may perform extra validation beyond open(), but is otherwise interchangeable\nwith calling open(path, 'rb').",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				a, err := parse(&openCodeParser, args, kwnames)
				if err != nil {
					return nil, err
				}
				if _, ok := a[0].(*objects.Str); !ok {
					return nil, objects.Errorf(objects.TypeErrorType, "open_code() argument 'path' must be str, not %s", a[0].Type().Name)
				}
				return s.open(ts, a[0], "rb", -1, nil, nil, nil, true, nil)
			}},
		{Name: "text_encoding", Flags: objects.MethFastcall | objects.MethKeywords, Doc: "A helper function to choose the text encoding.\n\nWhen encoding is not None, this function returns it.\nOtherwise, this function returns the default text encoding\n(i.e. \"locale\" or \"utf-8\" depends on UTF-8 mode).\n\nThis function emits an EncodingWarning if encoding is None and\nsys.flags.warn_default_encoding is true.\n\nThis can be used in APIs with an encoding=None parameter.\nHowever, please consider using encoding=\"utf-8\" for new APIs.",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				if err := checkArgCount("text_encoding", args, kwnames, 1, 2); err != nil {
					return nil, err
				}
				if len(args) == 2 {
					if _, err := intArg(ts, args[1]); err != nil {
						return nil, err
					}
				}
				if args[0] == objects.None {
					return objects.NewStr("locale"), nil
				}
				return args[0], nil
			}},
	}
}

func (s *state) openFunc(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	a, err := parse(&openParser, args, kwnames)
	if err != nil {
		return nil, err
	}
	mode := "r"
	if a[1] != nil {
		m, ok := a[1].(*objects.Str)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "open() argument 'mode' must be str, not %s", a[1].Type().Name)
		}
		mode = m.Value()
	}
	buffering := -1
	if a[2] != nil {
		if _, ok := a[2].(*objects.Float); ok {
			return nil, objects.Errorf(objects.TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		if buffering, err = intArg(ts, a[2]); err != nil {
			return nil, err
		}
	}
	var strs [3]*string
	for i, name := range []string{"encoding", "errors", "newline"} {
		v, given, err := optStrArg("open", name, a[3+i])
		if err != nil {
			return nil, err
		}
		if given {
			strs[i] = &v
		}
	}
	closefd := true
	if a[6] != nil {
		if closefd, err = objects.IsTrue(ts, a[6]); err != nil {
			return nil, err
		}
	}
	return s.open(ts, a[0], mode, buffering, strs[0], strs[1], strs[2], closefd, a[7])
}

// open is open(): the FileIO, wrapped in the buffered class the mode asks for, wrapped in a
// TextIOWrapper unless the mode is binary.
func (s *state) open(ts *objects.Thread, file objects.Object, mode string, buffering int, encoding, errors, newline *string, closefd bool, opener objects.Object) (objects.Object, error) {
	// A path object is opened by the path it stands for, which becomes the file's name.
	switch file.(type) {
	case *objects.Int, *objects.Float, *objects.Str, *objects.Bytes:
	default:
		if file.Type().Slots.Index == nil {
			p, _, err := fspath(ts, file)
			if err != nil {
				return nil, err
			}
			file = p
		}
	}
	var creating, reading, writing, appending, updating, text, binary bool
	for i, c := range mode {
		var flag *bool
		switch c {
		case 'x':
			flag = &creating
		case 'r':
			flag = &reading
		case 'w':
			flag = &writing
		case 'a':
			flag = &appending
		case '+':
			flag = &updating
		case 't':
			flag = &text
		case 'b':
			flag = &binary
		}
		if flag == nil || strings.ContainsRune(mode[i+1:], c) {
			return nil, objects.Errorf(objects.ValueErrorType, "invalid mode: '%s'", mode)
		}
		*flag = true
	}
	rawMode := ""
	for _, f := range []struct {
		on bool
		c  string
	}{{creating, "x"}, {reading, "r"}, {writing, "w"}, {appending, "a"}, {updating, "+"}} {
		if f.on {
			rawMode += f.c
		}
	}
	count := 0
	for _, b := range []bool{creating, reading, writing, appending} {
		if b {
			count++
		}
	}
	switch {
	case text && binary:
		return nil, objects.Errorf(objects.ValueErrorType, "can't have text and binary mode at once")
	case count > 1:
		return nil, objects.Errorf(objects.ValueErrorType, "must have exactly one of create/read/write/append mode")
	case binary && encoding != nil:
		return nil, objects.Errorf(objects.ValueErrorType, "binary mode doesn't take an encoding argument")
	case binary && errors != nil:
		return nil, objects.Errorf(objects.ValueErrorType, "binary mode doesn't take an errors argument")
	case binary && newline != nil:
		return nil, objects.Errorf(objects.ValueErrorType, "binary mode doesn't take a newline argument")
	}
	if opener == nil {
		opener = objects.None
	}
	raw, err := objects.Call(ts, s.fileIO, []objects.Object{file, objects.NewStr(rawMode), objects.NewBool(closefd), opener}, nil)
	if err != nil {
		return nil, err
	}
	result := raw
	fail := func(err error) (objects.Object, error) {
		call(ts, result, "close")
		return nil, err
	}
	lineBuffering := false
	if buffering < 0 {
		tty, err := callBool(ts, raw, "isatty")
		if err != nil {
			return fail(err)
		}
		if tty {
			lineBuffering = true
		}
	}
	if buffering == 1 {
		buffering, lineBuffering = -1, true
	}
	if buffering < 0 {
		bs, err := objects.GetAttr(ts, raw, objects.NewStr("_blksize"))
		if err != nil {
			return fail(err)
		}
		if buffering, err = intArg(ts, bs); err != nil {
			return fail(err)
		}
	}
	if buffering < 0 {
		return fail(objects.Errorf(objects.ValueErrorType, "invalid buffering size"))
	}
	if buffering == 0 {
		if !binary {
			return fail(objects.Errorf(objects.ValueErrorType, "can't have unbuffered text I/O"))
		}
		return raw, nil
	}
	var cls *objects.Type
	switch {
	case updating:
		cls = s.bufferedRandom
	case creating || writing || appending:
		cls = s.bufferedWriter
	case reading:
		cls = s.bufferedReader
	default:
		return fail(objects.Errorf(objects.ValueErrorType, "unknown mode: '%s'", mode))
	}
	buffer, err := objects.Call(ts, cls, []objects.Object{raw, objects.NewInt(int64(buffering))}, nil)
	if err != nil {
		return fail(err)
	}
	result = buffer
	if binary {
		return buffer, nil
	}
	strOrNone := func(p *string) objects.Object {
		if p == nil {
			return objects.None
		}
		return objects.NewStr(*p)
	}
	wrapper, err := objects.Call(ts, s.textIOWrapper, []objects.Object{buffer, strOrNone(encoding), strOrNone(errors), strOrNone(newline), objects.NewBool(lineBuffering)}, nil)
	if err != nil {
		return fail(err)
	}
	result = wrapper
	wrapper.(*object).setAttr("mode", objects.NewStr(mode))
	return wrapper, nil
}

const openDoc = "Open file and return a stream.  Raise OSError upon failure.\n\nfile is either a text or byte string giving the name (and the path\nif the file isn't in the current working directory) of the file to\nbe opened or an integer file descriptor of the file to be\nwrapped. (If a file descriptor is given, it is closed when the\nreturned I/O object is closed, unless closefd is set to False.)\n\nmode is an optional string that specifies the mode in which the file\nis opened. It defaults to 'r' which means open for reading in text\nmode.  Other common values are 'w' for writing (truncating the file if\nit already exists), 'x' for creating and writing to a new file, and\n'a' for appending (which on some Unix systems, means that all writes\nappend to the end of the file regardless of the current seek position).\nIn text mode, if encoding is not specified the encoding used is platform\ndependent: locale.getencoding() is called to get the current locale encoding.\n(For reading and writing raw bytes use binary mode and leave encoding\nunspecified.)"
