package io

import (
	"errors"
	goio "io"
	"os"
	"syscall"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// The standard streams: sys.stdin, sys.stdout and sys.stderr are made as CPython's start-up
// makes them, TextIOWrapper objects over buffered FileIO objects on descriptors 0, 1 and 2,
// or on the Go streams an embedder gave in their place.

// StdConfig gives the Go streams behind sys.stdin, sys.stdout and sys.stderr (nil for the
// process's own) and whether output is unbuffered (-u).
type StdConfig struct {
	Stdin          goio.Reader
	Stdout, Stderr goio.Writer
	Unbuffered     bool
}

// goStreamFD marks a FileIO over a Go stream as open; it is never a real descriptor, so a
// system call reaching it by mistake fails instead of touching another file.
const goStreamFD = 1 << 30

// goStream is a Go reader or writer standing in for a descriptor.
type goStream struct {
	r goio.Reader
	w goio.Writer
}

func (g *goStream) read(ts *objects.Thread, p []byte) (int, bool, error) {
	if g.r == nil {
		return 0, false, objects.NewOSError(syscall.EBADF, "", "")
	}
	for {
		var n int
		var err error
		vm.AllowThreads(ts, func() { n, err = g.r.Read(p) })
		if n > 0 || len(p) == 0 {
			return n, false, nil
		}
		if errors.Is(err, goio.EOF) {
			return 0, false, nil
		}
		if err != nil {
			return 0, false, objects.Errorf(objects.OSErrorType, "%s", err.Error())
		}
	}
}

func (g *goStream) write(ts *objects.Thread, p []byte) (int, bool, error) {
	if g.w == nil {
		return 0, false, objects.NewOSError(syscall.EBADF, "", "")
	}
	var n int
	var err error
	vm.AllowThreads(ts, func() { n, err = g.w.Write(p) })
	if err != nil {
		return n, false, objects.Errorf(objects.OSErrorType, "%s", err.Error())
	}
	return n, false, nil
}

// StdStreams returns sys.stdin, sys.stdout and sys.stderr made with m, this interpreter's
// _io module: each a TextIOWrapper (encoding UTF-8, newline '\n', mode 'r' or 'w') over a
// BufferedReader or BufferedWriter (the FileIO itself for unbuffered output) over a FileIO
// named '<stdin>', '<stdout>' or '<stderr>' that does not close its descriptor. stdout is
// line-buffered on a terminal and stderr always; stderr's errors are backslashreplace.
func StdStreams(ts *objects.Thread, m *objects.Module, cfg StdConfig) (stdin, stdout, stderr objects.Object, err error) {
	cls := func(name string) *objects.Type {
		t, _ := m.Dict.GetStr(objects.NewStr(name)).(*objects.Type)
		return t
	}
	fileIOCls, textCls := cls("FileIO"), cls("TextIOWrapper")
	readerCls, writerCls := cls("BufferedReader"), cls("BufferedWriter")
	if fileIOCls == nil || textCls == nil || readerCls == nil || writerCls == nil {
		return nil, nil, nil, objects.Errorf(objects.RuntimeErrorType, "_io is incomplete")
	}
	in, out, errw := cfg.Stdin, cfg.Stdout, cfg.Stderr
	if in == nil {
		in = os.Stdin
	}
	if out == nil {
		out = os.Stdout
	}
	if errw == nil {
		errw = os.Stderr
	}
	newStream := func(name string, fd int, gs *goStream, write bool, errors string) (objects.Object, error) {
		f := &fileIO{fd: fd, seekable: -1, blksize: defaultBufferSize, ready: true, gs: gs}
		if gs != nil {
			f.fd = goStreamFD
		} else if st := (syscall.Stat_t{}); syscall.Fstat(fd, &st) == nil && st.Blksize > 1 {
			f.blksize = int(st.Blksize)
		}
		if gs == nil {
			// A descriptor the process was started without gives None, as in CPython.
			var st syscall.Stat_t
			if syscall.Fstat(fd, &st) != nil {
				return objects.None, nil
			}
		}
		mode := "r"
		if write {
			f.writable, mode = true, "w"
		} else {
			f.readable = true
		}
		raw := &object{cls: fileIOCls, impl: f}
		raw.setAttr("name", objects.NewStr(name))
		tty := gs == nil && isatty(fd)
		var buffer objects.Object = raw
		if !write || !cfg.Unbuffered {
			bufCls := readerCls
			if write {
				bufCls = writerCls
			}
			var err error
			if buffer, err = objects.Call(ts, bufCls, []objects.Object{raw, objects.NewInt(int64(f.blksize))}, nil); err != nil {
				return nil, err
			}
		}
		lineBuffering := !cfg.Unbuffered && (tty || name == "<stderr>")
		text, err := objects.Call(ts, textCls, []objects.Object{buffer, objects.NewStr("utf-8"), objects.NewStr(errors),
			objects.NewStr("\n"), objects.NewBool(lineBuffering), objects.NewBool(cfg.Unbuffered)}, nil)
		if err != nil {
			return nil, err
		}
		text.(*object).setAttr("mode", objects.NewStr(mode))
		return text, nil
	}
	stream := func(v any, fd int, write bool) (int, *goStream) {
		if f, ok := v.(*os.File); ok {
			return int(f.Fd()), nil
		}
		if write {
			return fd, &goStream{w: v.(goio.Writer)}
		}
		return fd, &goStream{r: v.(goio.Reader)}
	}
	fd, gs := stream(in, 0, false)
	if stdin, err = newStream("<stdin>", fd, gs, false, "strict"); err != nil {
		return
	}
	fd, gs = stream(out, 1, true)
	if stdout, err = newStream("<stdout>", fd, gs, true, "strict"); err != nil {
		return
	}
	fd, gs = stream(errw, 2, true)
	stderr, err = newStream("<stderr>", fd, gs, true, "backslashreplace")
	return
}
