// Package socket is CPython's _socket module: BSD sockets over the system calls of Go's
// syscall package, with CPython's timeouts (a non-blocking descriptor and a wait for it),
// blocking calls made without the global interpreter lock, and name resolution through Go's
// resolver.
package socket

import (
	"errors"
	"math"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _socket module.
var Module = vm.BuiltinModule{Name: "_socket", Init: initModule}

var moduleAttr = []objects.TypeAttr{{Name: "__module__", Value: objects.NewStr("_socket")}}

// The exception classes socket.herror and socket.gaierror, made on first import and shared
// by every interpreter.
var (
	excOnce              sync.Once
	herrorType, gaiError *objects.Type
	excErr               error
)

// defaultTimeout is getdefaulttimeout() in nanoseconds, -1 for None.
var defaultTimeout atomic.Int64

func init() { defaultTimeout.Store(-1) }

func makeExceptions(ts *objects.Thread) error {
	excOnce.Do(func() {
		mk := func(name string) *objects.Type {
			ns := objects.NewDict()
			ns.SetStr(objects.NewStr("__module__"), objects.NewStr("socket"))
			t, err := objects.NewClass(ts, objects.TypeType, name, []objects.Object{objects.OSErrorType}, ns)
			if err != nil {
				excErr = err
			}
			return t
		}
		herrorType = mk("herror")
		gaiError = mk("gaierror")
	})
	return excErr
}

func initModule(ts *objects.Thread, m *objects.Module) error {
	if err := makeExceptions(ts); err != nil {
		return err
	}
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	set("__doc__", objects.NewStr("Implementation module for socket operations.\n\nSee the socket module for documentation."))
	set("socket", socketType)
	set("SocketType", socketType)
	set("error", objects.OSErrorType)
	set("timeout", objects.TimeoutErrorType)
	set("herror", herrorType)
	set("gaierror", gaiError)
	set("has_ipv6", objects.True)
	for _, c := range constants {
		set(c.name, objects.NewInt(c.value))
	}
	for i := range functions {
		set(functions[i].Name, objects.NewBuiltinFunction(&functions[i], m))
	}
	return nil
}

var functions = []objects.MethodDef{
	{Name: "socketpair", Flags: objects.MethFastcall, Func: socketpairFunc},
	{Name: "getaddrinfo", Flags: objects.MethFastcall | objects.MethKeywords, Func: getaddrinfoFunc},
	{Name: "getnameinfo", Flags: objects.MethFastcall, Func: getnameinfoFunc},
	{Name: "gethostname", Flags: objects.MethNoArgs, Func: gethostnameFunc},
	{Name: "gethostbyname", Flags: objects.MethFastcall, Func: gethostbynameFunc},
	{Name: "gethostbyname_ex", Flags: objects.MethFastcall, Func: gethostbynameExFunc},
	{Name: "gethostbyaddr", Flags: objects.MethFastcall, Func: gethostbyaddrFunc},
	{Name: "getservbyname", Flags: objects.MethFastcall, Func: getservbynameFunc},
	{Name: "getservbyport", Flags: objects.MethFastcall, Func: getservbyportFunc},
	{Name: "getprotobyname", Flags: objects.MethFastcall, Func: getprotobynameFunc},
	{Name: "inet_aton", Flags: objects.MethFastcall, Func: inetAton},
	{Name: "inet_ntoa", Flags: objects.MethFastcall, Func: inetNtoa},
	{Name: "inet_pton", Flags: objects.MethFastcall, Func: inetPton},
	{Name: "inet_ntop", Flags: objects.MethFastcall, Func: inetNtop},
	{Name: "htons", Flags: objects.MethO, Func: swap16("htons")},
	{Name: "ntohs", Flags: objects.MethO, Func: swap16("ntohs")},
	{Name: "htonl", Flags: objects.MethO, Func: swap32("htonl")},
	{Name: "ntohl", Flags: objects.MethO, Func: swap32("ntohl")},
	{Name: "getdefaulttimeout", Flags: objects.MethNoArgs, Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
		return timeoutObject(time.Duration(defaultTimeout.Load())), nil
	}},
	{Name: "setdefaulttimeout", Flags: objects.MethO, Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		d, err := parseTimeout(ts, args[0])
		if err != nil {
			return nil, err
		}
		defaultTimeout.Store(int64(d))
		return objects.None, nil
	}},
	{Name: "dup", Flags: objects.MethO, Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		fd, err := fdArg(ts, args[0])
		if err != nil {
			return nil, err
		}
		nfd, err := dupCloexec(fd)
		if err != nil {
			return nil, osError(err)
		}
		return objects.NewInt(int64(nfd)), nil
	}},
	{Name: "close", Flags: objects.MethO, Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		fd, err := fdArg(ts, args[0])
		if err != nil {
			return nil, err
		}
		if err := syscall.Close(fd); err != nil && err != syscall.ECONNRESET {
			return nil, osError(err)
		}
		return objects.None, nil
	}},
}

// dupCloexec duplicates fd, the copy closed on exec.
func dupCloexec(fd int) (int, error) {
	nfd, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_DUPFD_CLOEXEC, 0)
	if e != 0 {
		return -1, e
	}
	return int(nfd), nil
}

// osError is the OSError of a failed system call.
func osError(err error) error {
	if _, ok := err.(*objects.BaseException); ok {
		return err
	}
	var e syscall.Errno
	if !errors.As(err, &e) {
		e = syscall.EIO
	}
	return objects.NewOSError(e, "", "")
}

// errTimedOut is the TimeoutError of an operation that outlived the socket's timeout.
func errTimedOut() error {
	return objects.NewException(objects.TimeoutErrorType, objects.NewStr("timed out"))
}

// intArg converts an argument to a C int.
func intArg(ts *objects.Thread, o objects.Object) (int, error) {
	if _, ok := o.(*objects.Float); ok {
		return 0, objects.Errorf(objects.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	n, ok := i.Int64()
	if !ok || n > math.MaxInt32 || n < math.MinInt32 {
		if ok && n > 0 || !ok && i.Sign() > 0 {
			return 0, objects.Errorf(objects.OverflowErrorType, "signed integer is greater than maximum")
		}
		return 0, objects.Errorf(objects.OverflowErrorType, "signed integer is less than minimum")
	}
	return int(n), nil
}

// fdArg reads a file descriptor argument.
func fdArg(ts *objects.Thread, o objects.Object) (int, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	n, ok := i.Int64()
	if !ok || n > math.MaxInt32 || n < math.MinInt32 {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(n), nil
}

// parseTimeout reads a timeout in seconds: None is -1 (no timeout), as socket_parse_timeout.
func parseTimeout(ts *objects.Thread, o objects.Object) (time.Duration, error) {
	if o == objects.None {
		return -1, nil
	}
	var v float64
	if f, ok := o.(*objects.Float); ok {
		v = f.Value()
		if math.IsNaN(v) {
			return 0, objects.Errorf(objects.ValueErrorType, "Invalid value NaN (not a number)")
		}
	} else {
		i, err := objects.Index(ts, o)
		if err != nil {
			return 0, err
		}
		n, ok := i.Int64()
		if !ok || n > math.MaxInt64/1_000_000_000 || n < math.MinInt64/1_000_000_000 {
			return 0, objects.Errorf(objects.OverflowErrorType, "timestamp too large to convert to C PyTime_t")
		}
		v = float64(n)
	}
	if v < 0 {
		return 0, objects.Errorf(objects.ValueErrorType, "Timeout value out of range")
	}
	ns := math.Ceil(v * 1e9)
	if ns >= math.MaxInt64 {
		return 0, objects.Errorf(objects.OverflowErrorType, "timestamp too large to convert to C PyTime_t")
	}
	return time.Duration(ns), nil
}

// timeoutObject returns a timeout as gettimeout() shows it.
func timeoutObject(d time.Duration) objects.Object {
	if d < 0 {
		return objects.None
	}
	return objects.NewFloat(d.Seconds())
}
