package selectmod

import (
	"syscall"
	"time"

	"github.com/taipanpy/taipan/modules/internal/fdwait"
	"github.com/taipanpy/taipan/objects"
)

// epollObject is a select.epoll: an epoll file descriptor, -1 once closed.
type epollObject struct {
	objects.Extensible
	fd int
}

// Type returns select.epoll or the instance's subclass.
func (e *epollObject) Type() *objects.Type { return e.ClassOr(epollType) }

var epollType = &objects.Type{Name: "select.epoll", Attrs: moduleAttr}

func init() {
	t := epollType
	t.Doc = "select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object\n\n  sizehint\n    The expected number of events to be registered.  It must be positive,\n    or -1 to use the default.  It is only used on older systems where\n    epoll_create1() is not available.\n  flags\n    Deprecated and completely ignored.  However, when supplied, its value\n    must be 0 or select.EPOLL_CLOEXEC, otherwise OSError is raised."
	t.Slots.New = epollNew
	t.Methods = []objects.MethodDef{
		{Name: "close", Flags: objects.MethNoArgs, Func: epollClose},
		{Name: "fileno", Flags: objects.MethNoArgs, Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			e := self.(*epollObject)
			if e.fd < 0 {
				return nil, errClosed()
			}
			return objects.NewInt(int64(e.fd)), nil
		}},
		{Name: "fromfd", Flags: objects.MethO | objects.MethClass, Func: epollFromFd},
		{Name: "register", Flags: objects.MethFastcall | objects.MethKeywords, Func: epollRegister},
		{Name: "modify", Flags: objects.MethFastcall | objects.MethKeywords, Func: epollModify},
		{Name: "unregister", Flags: objects.MethFastcall | objects.MethKeywords, Func: epollUnregister},
		{Name: "poll", Flags: objects.MethFastcall | objects.MethKeywords, Func: epollPoll},
		{Name: "__enter__", Flags: objects.MethNoArgs, Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			if self.(*epollObject).fd < 0 {
				return nil, errClosed()
			}
			return self, nil
		}},
		{Name: "__exit__", Flags: objects.MethFastcall, Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return epollClose(ts, self, nil, nil)
		}},
	}
	t.GetSets = []objects.GetSetDef{{Name: "closed", Doc: "True if the epoll handler is closed",
		Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
			return objects.NewBool(o.(*epollObject).fd < 0), nil
		}}}
	objects.ReadyType(t)
}

func errClosed() error {
	return objects.Errorf(objects.ValueErrorType, "I/O operation on closed epoll object")
}

var epollArgs = objects.ArgParser{FuncName: "epoll", Params: []string{"sizehint", "flags"}, MaxPos: 2}

func epollNew(ts *objects.Thread, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [2]objects.Object
	if err := epollArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	if v[0] != nil {
		n, err := intArg(ts, v[0])
		if err != nil {
			return nil, err
		}
		if n != -1 && n <= 0 {
			return nil, objects.Errorf(objects.ValueErrorType, "negative sizehint")
		}
	}
	if v[1] != nil {
		n, err := intArg(ts, v[1])
		if err != nil {
			return nil, err
		}
		if n != 0 && n != syscall.EPOLL_CLOEXEC {
			return nil, osError(syscall.EINVAL)
		}
	}
	fd, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
	if err != nil {
		return nil, osError(err)
	}
	e := &epollObject{fd: fd}
	e.Extend(cls, epollType)
	return e, nil
}

func epollFromFd(ts *objects.Thread, cls objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	fd, err := intArg(ts, args[0])
	if err != nil {
		return nil, err
	}
	e := &epollObject{fd: fd}
	if t, ok := cls.(*objects.Type); ok {
		e.Extend(t, epollType)
	}
	return e, nil
}

func epollClose(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	e := self.(*epollObject)
	if e.fd >= 0 {
		fd := e.fd
		e.fd = -1
		if err := syscall.Close(fd); err != nil {
			return nil, osError(err)
		}
	}
	return objects.None, nil
}

// intArg reads a C int argument.
func intArg(ts *objects.Thread, o objects.Object) (int, error) {
	if _, ok := o.(*objects.Float); ok {
		return 0, objects.Errorf(objects.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	n, ok := i.Int64()
	if !ok || n > 1<<31-1 || n < -1<<31 {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(n), nil
}

// maskArg reads an unsigned int event mask.
func maskArg(ts *objects.Thread, o objects.Object) (uint32, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	n, ok := i.Int64()
	if !ok || n > 1<<32-1 {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C unsigned long")
	}
	// CPython converts with a bitmask, so negative numbers wrap.
	return uint32(n), nil
}

var (
	registerArgs   = objects.ArgParser{FuncName: "register", Params: []string{"fd", "eventmask"}, MinPos: 1, MaxPos: 2}
	modifyArgs     = objects.ArgParser{FuncName: "modify", Params: []string{"fd", "eventmask"}, MinPos: 2, MaxPos: 2}
	unregisterArgs = objects.ArgParser{FuncName: "unregister", Params: []string{"fd"}, MinPos: 1, MaxPos: 1}
	epollPollArgs  = objects.ArgParser{FuncName: "poll", Params: []string{"timeout", "maxevents"}, MaxPos: 2}
)

// ctl runs epoll_ctl with op for the call's descriptor and mask.
func (e *epollObject) ctl(ts *objects.Thread, op int, fdArg, maskObj objects.Object, mask uint32) (objects.Object, error) {
	if e.fd < 0 {
		return nil, errClosed()
	}
	fd, err := FileDescriptor(ts, fdArg)
	if err != nil {
		return nil, err
	}
	if maskObj != nil {
		if mask, err = maskArg(ts, maskObj); err != nil {
			return nil, err
		}
	}
	ev := syscall.EpollEvent{Events: mask, Fd: int32(fd)}
	if err := syscall.EpollCtl(e.fd, op, fd, &ev); err != nil {
		return nil, osError(err)
	}
	return objects.None, nil
}

func epollRegister(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [2]objects.Object
	if err := registerArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	return self.(*epollObject).ctl(ts, syscall.EPOLL_CTL_ADD, v[0], v[1], syscall.EPOLLIN|syscall.EPOLLPRI|syscall.EPOLLOUT)
}

func epollModify(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [2]objects.Object
	if err := modifyArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	return self.(*epollObject).ctl(ts, syscall.EPOLL_CTL_MOD, v[0], v[1], 0)
}

func epollUnregister(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [1]objects.Object
	if err := unregisterArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	return self.(*epollObject).ctl(ts, syscall.EPOLL_CTL_DEL, v[0], nil, 0)
}

// epollPoll is poll(timeout=None, maxevents=-1): timeout in seconds, None or negative for
// none. The wait itself is a ppoll on the epoll descriptor, which can be interrupted; the
// events are then taken without waiting.
func epollPoll(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [2]objects.Object
	if err := epollPollArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	e := self.(*epollObject)
	if e.fd < 0 {
		return nil, errClosed()
	}
	timeout, _, err := secondsTimeout(ts, v[0], 1e9, "timeout must be an integer or None")
	if err != nil {
		return nil, err
	}
	if timeout < 0 {
		timeout = -1
	}
	maxevents := -1
	if v[1] != nil {
		if maxevents, err = intArg(ts, v[1]); err != nil {
			return nil, err
		}
	}
	if maxevents == -1 {
		maxevents = fdSetSize - 1
	} else if maxevents < 1 {
		return nil, objects.Errorf(objects.ValueErrorType, "maxevents must be greater than 0, got %d", maxevents)
	}
	events := make([]syscall.EpollEvent, maxevents)
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	var n int
	for {
		n, err = syscall.EpollWait(e.fd, events, 0)
		if err == syscall.EINTR {
			if err := ts.CheckEvalBreaker(); err != nil {
				return nil, err
			}
			continue
		}
		if err != nil {
			return nil, osError(err)
		}
		if n > 0 || timeout == 0 {
			break
		}
		pfd := []fdwait.PollFd{{Fd: int32(e.fd), Events: fdwait.POLLIN}}
		if _, err := fdwait.PollRetry(ts, pfd, timeout); err != nil {
			return nil, osError(err)
		}
		if e.fd < 0 {
			return nil, osError(syscall.EBADF)
		}
		if pfd[0].Revents == 0 {
			break
		}
		if timeout > 0 {
			if timeout = time.Until(deadline); timeout <= 0 {
				timeout = 0
			}
		}
	}
	out := make([]objects.Object, n)
	for i := 0; i < n; i++ {
		out[i] = objects.NewTuple([]objects.Object{objects.NewInt(int64(events[i].Fd)), objects.NewInt(int64(events[i].Events))})
	}
	return objects.NewList(out), nil
}
