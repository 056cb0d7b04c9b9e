package objects

import (
	"syscall"
	"unicode"
	"unicode/utf8"
)

// OSError: its errno, strerror and filename members, the choice of subclass by errno
// (OSError(2, ...) is a FileNotFoundError), and its str.

// OSError's members, in layout order.
const (
	osErrno = iota
	osStrerror
	osFilename
	osFilename2
	osWritten
)

// errnoClasses maps errno values to the OSError subclass OSError(errno, ...) makes, as
// CPython's errnomap.
// (EWOULDBLOCK is EAGAIN on the systems Taipan runs on.)
var errnoClasses = map[syscall.Errno]*Type{
	syscall.EAGAIN:       BlockingIOErrorType,
	syscall.EALREADY:     BlockingIOErrorType,
	syscall.EINPROGRESS:  BlockingIOErrorType,
	syscall.EPIPE:        BrokenPipeErrorType,
	syscall.ESHUTDOWN:    BrokenPipeErrorType,
	syscall.ECHILD:       ChildProcessErrorType,
	syscall.ECONNABORTED: ConnectionAbortedErrorType,
	syscall.ECONNREFUSED: ConnectionRefusedErrorType,
	syscall.ECONNRESET:   ConnectionResetErrorType,
	syscall.EEXIST:       FileExistsErrorType,
	syscall.ENOENT:       FileNotFoundErrorType,
	syscall.EISDIR:       IsADirectoryErrorType,
	syscall.ENOTDIR:      NotADirectoryErrorType,
	syscall.EINTR:        InterruptedErrorType,
	syscall.EACCES:       PermissionErrorType,
	syscall.EPERM:        PermissionErrorType,
	syscall.ESRCH:        ProcessLookupErrorType,
	syscall.ETIMEDOUT:    TimeoutErrorType,
}

var _ = defineSpec(OSErrorType, &excSpec{
	members: []excMember{
		{name: "errno"}, {name: "strerror"}, {name: "filename"}, {name: "filename2"},
		{name: "characters_written", get: getCharactersWritten, set: setCharactersWritten},
	},
	new:  newOSError,
	init: func(ts *Thread, e *BaseException, args []Object, kw []kwArg) error { return nil },
	str:  osErrorStr,
})

// newOSError is OSError.__new__: with two to five arguments they are errno, strerror,
// filename, winerror (ignored off Windows) and filename2, and args keeps only the first
// two when a filename is given; OSError itself becomes the subclass its errno maps to.
func newOSError(ts *Thread, cls *Type, args []Object, kw []kwArg) (*BaseException, error) {
	if len(kw) > 0 {
		return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", cls.Name)
	}
	var errno, strerror, filename, filename2 Object
	if n := len(args); n >= 2 && n <= 5 {
		errno, strerror = args[0], args[1]
		if n >= 3 {
			filename = args[2]
		}
		if n == 5 {
			filename2 = args[4]
		}
	}
	if cls == OSErrorType {
		if i, ok := errno.(*Int); ok {
			if v, small := i.Int64(); small {
				if sub := errnoClasses[syscall.Errno(v)]; sub != nil && v >= 0 {
					cls = sub
				}
			}
		}
	}
	e := newBareException(cls, append([]Object(nil), args...))
	e.fields = make([]Object, 5)
	if filename != nil && filename != None {
		if _, isNum := filename.(*Int); cls == BlockingIOErrorType && isNum {
			n, err := Index(ts, filename)
			if err != nil {
				return nil, err
			}
			e.fields[osWritten] = n
		} else {
			e.fields[osFilename] = filename
			if filename2 != nil && filename2 != None {
				e.fields[osFilename2] = filename2
			}
			e.args = e.args[:2]
		}
	}
	e.fields[osErrno] = errno
	e.fields[osStrerror] = strerror
	return e, nil
}

func osErrorStr(ts *Thread, e *BaseException) (*Str, error) {
	var b strBuilder
	// A member never set differs from one set to None here, as NULL does from None in C.
	set := func(i int) bool { return i < len(e.fields) && e.fields[i] != nil }
	errno, strerror := e.field(osErrno), e.field(osStrerror)
	switch {
	case set(osFilename):
		b.text("[Errno ").str(ts, errno).text("] ").str(ts, strerror).text(": ").repr(ts, e.fields[osFilename])
		if set(osFilename2) {
			b.text(" -> ").repr(ts, e.fields[osFilename2])
		}
	case set(osErrno) && set(osStrerror):
		b.text("[Errno ").str(ts, errno).text("] ").str(ts, strerror)
	default:
		return baseStr(ts, e)
	}
	return b.result()
}

// strBuilder assembles a message from text and the str() and repr() of objects, keeping
// the first error.
type strBuilder struct {
	buf []byte
	err error
}

func (b *strBuilder) text(s string) *strBuilder {
	b.buf = append(b.buf, s...)
	return b
}

func (b *strBuilder) str(ts *Thread, o Object) *strBuilder {
	if b.err == nil {
		s, err := StrOf(ts, o)
		if err != nil {
			b.err = err
			return b
		}
		b.buf = append(b.buf, s.value...)
	}
	return b
}

func (b *strBuilder) repr(ts *Thread, o Object) *strBuilder {
	if b.err == nil {
		s, err := Repr(ts, o)
		if err != nil {
			b.err = err
			return b
		}
		b.buf = append(b.buf, s.value...)
	}
	return b
}

func (b *strBuilder) result() (*Str, error) {
	if b.err != nil {
		return nil, b.err
	}
	return NewStr(string(b.buf)), nil
}

func getCharactersWritten(e *BaseException) (Object, error) {
	if v := e.fields; v == nil || v[osWritten] == nil {
		return nil, NewException(AttributeErrorType, NewStr("characters_written"))
	}
	return e.fields[osWritten], nil
}

func setCharactersWritten(ts *Thread, e *BaseException, v Object) error {
	if e.fields == nil {
		e.fields = make([]Object, 5)
	}
	if v == nil {
		if e.fields[osWritten] == nil {
			return NewException(AttributeErrorType, NewStr("characters_written"))
		}
		e.fields[osWritten] = nil
		return nil
	}
	n, err := Index(ts, v)
	if err != nil {
		return err
	}
	e.fields[osWritten] = n
	return nil
}

// NewOSError returns the OSError for a failed system call: the subclass its errno maps to,
// with errno, the system's message as strerror, and the file names when given ("" for
// none), as PyErr_SetFromErrnoWithFilenameObjects does.
func NewOSError(errno syscall.Errno, filename, filename2 string) *BaseException {
	args := []Object{NewInt(int64(errno)), NewStr(Strerror(errno))}
	if filename != "" {
		args = append(args, NewStr(filename))
		if filename2 != "" {
			args = append(args, None, NewStr(filename2))
		}
	}
	return NewException(OSErrorType, args...)
}

// Strerror returns the system's message for errno as C's strerror spells it ("No such file
// or directory"); Go's table holds the same messages without the capital letter.
func Strerror(errno syscall.Errno) string {
	s := errno.Error()
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
