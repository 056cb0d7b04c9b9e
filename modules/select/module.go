// Package selectmod is CPython's select module: select(), poll and epoll objects, waiting
// for file descriptors without the global interpreter lock.
package selectmod

import (
	"errors"
	"math"
	"syscall"
	"time"

	"github.com/taipanpy/taipan/modules/internal/fdwait"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the select module.
var Module = vm.BuiltinModule{Name: "select", Init: initModule}

var moduleAttr = []objects.TypeAttr{{Name: "__module__", Value: objects.NewStr("select")}}

func initModule(ts *objects.Thread, m *objects.Module) error {
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	set("__doc__", objects.NewStr("This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors."))
	set("error", objects.OSErrorType)
	defs := []objects.MethodDef{
		{Name: "select", Flags: objects.MethFastcall, Func: selectFunc},
		{Name: "poll", Flags: objects.MethNoArgs, Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
			return &pollObject{fds: map[int32]int16{}}, nil
		}},
	}
	for i := range defs {
		set(defs[i].Name, objects.NewBuiltinFunction(&defs[i], m))
	}
	set("epoll", epollType)
	for _, c := range constants {
		set(c.name, objects.NewInt(c.value))
	}
	return nil
}

var constants = []struct {
	name  string
	value int64
}{
	{"POLLIN", fdwait.POLLIN}, {"POLLPRI", fdwait.POLLPRI}, {"POLLOUT", fdwait.POLLOUT},
	{"POLLERR", fdwait.POLLERR}, {"POLLHUP", fdwait.POLLHUP}, {"POLLNVAL", fdwait.POLLNVAL},
	{"POLLRDNORM", fdwait.POLLRDNORM}, {"POLLRDBAND", fdwait.POLLRDBAND},
	{"POLLWRNORM", fdwait.POLLWRNORM}, {"POLLWRBAND", fdwait.POLLWRBAND},
	{"POLLMSG", fdwait.POLLMSG}, {"POLLRDHUP", fdwait.POLLRDHUP},
	{"EPOLLIN", syscall.EPOLLIN}, {"EPOLLOUT", syscall.EPOLLOUT}, {"EPOLLPRI", syscall.EPOLLPRI},
	{"EPOLLERR", syscall.EPOLLERR}, {"EPOLLHUP", syscall.EPOLLHUP}, {"EPOLLET", 1 << 31},
	{"EPOLLONESHOT", syscall.EPOLLONESHOT}, {"EPOLLEXCLUSIVE", 1 << 28},
	{"EPOLLRDHUP", syscall.EPOLLRDHUP}, {"EPOLLRDNORM", syscall.EPOLLRDNORM},
	{"EPOLLRDBAND", syscall.EPOLLRDBAND}, {"EPOLLWRNORM", syscall.EPOLLWRNORM},
	{"EPOLLWRBAND", syscall.EPOLLWRBAND}, {"EPOLLMSG", syscall.EPOLLMSG},
	{"EPOLL_CLOEXEC", syscall.EPOLL_CLOEXEC},
	{"PIPE_BUF", 4096},
}

// FileDescriptor returns the file descriptor o stands for: an int, or the result of its
// fileno() method, as PyObject_AsFileDescriptor.
func FileDescriptor(ts *objects.Thread, o objects.Object) (int, error) {
	v := o
	if _, ok := o.(*objects.Int); !ok {
		meth, err := objects.GetAttr(ts, o, objects.NewStr("fileno"))
		if err != nil {
			if e, ok := err.(*objects.BaseException); ok && e.Type().IsSubtype(objects.AttributeErrorType) {
				return 0, objects.Errorf(objects.TypeErrorType, "argument must be an int, or have a fileno() method.")
			}
			return 0, err
		}
		if v, err = objects.Call(ts, meth, nil, nil); err != nil {
			return 0, err
		}
		if _, ok := v.(*objects.Int); !ok {
			return 0, objects.Errorf(objects.TypeErrorType, "fileno() returned a non-integer")
		}
	}
	n, ok := v.(*objects.Int).Int64()
	if !ok || n > math.MaxInt32 || n < math.MinInt32 {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
	}
	if n < 0 {
		return 0, objects.Errorf(objects.ValueErrorType, "file descriptor cannot be a negative integer (%d)", n)
	}
	return int(n), nil
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

// secondsTimeout converts a timeout in seconds (None: no limit) to a duration, rounding up
// as _PyTime_ROUND_TIMEOUT; negative is returned as is for the caller to judge. msg is the
// TypeError's message for other types.
func secondsTimeout(ts *objects.Thread, o objects.Object, scale float64, msg string) (time.Duration, bool, error) {
	if o == nil || o == objects.None {
		return -1, true, nil
	}
	var v float64
	switch x := o.(type) {
	case *objects.Float:
		v = x.Value()
		if math.IsNaN(v) {
			return 0, false, objects.Errorf(objects.ValueErrorType, "Invalid value NaN (not a number)")
		}
	default:
		if o.Type().Slots.Index == nil {
			return 0, false, objects.Errorf(objects.TypeErrorType, "%s", msg)
		}
		i, err := objects.Index(ts, o)
		if err != nil {
			return 0, false, err
		}
		n, ok := i.Int64()
		if !ok {
			return 0, false, objects.Errorf(objects.OverflowErrorType, "timeout doesn't fit into C timeval")
		}
		v = float64(n)
	}
	ns := math.Ceil(v * scale)
	if ns > math.MaxInt64/2 {
		return math.MaxInt64 / 2, false, nil
	}
	if ns < math.MinInt64/2 {
		return math.MinInt64 / 2, false, nil
	}
	return time.Duration(ns), false, nil
}
