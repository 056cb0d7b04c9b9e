package selectmod

import (
	"sort"
	"syscall"

	"github.com/taipanpy/taipan/modules/internal/fdwait"
	"github.com/taipanpy/taipan/objects"
)

// pollObject is what select.poll() returns: a set of descriptors and the events each is
// watched for.
type pollObject struct {
	fds     map[int32]int16
	polling bool
}

// Type returns select.poll.
func (*pollObject) Type() *objects.Type { return pollType }

var pollType = objects.ReadyType(&objects.Type{
	Attrs: moduleAttr,
	Name:  "select.poll",
	Methods: []objects.MethodDef{
		{Name: "register", Flags: objects.MethFastcall, Func: pollRegister},
		{Name: "modify", Flags: objects.MethFastcall, Func: pollModify},
		{Name: "unregister", Flags: objects.MethO, Func: pollUnregister},
		{Name: "poll", Flags: objects.MethFastcall, Func: pollPoll},
	},
})

// eventMask reads an event mask argument, an unsigned short.
func eventMask(ts *objects.Thread, o objects.Object) (int16, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	n, ok := i.Int64()
	if !ok || n < 0 {
		if ok {
			return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large for C unsigned short")
		}
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large for C unsigned short")
	}
	if n > 0xffff {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large for C unsigned short")
	}
	return int16(uint16(n)), nil
}

func pollRegister(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("register", len(args), 1, 2); err != nil {
		return nil, err
	}
	fd, err := FileDescriptor(ts, args[0])
	if err != nil {
		return nil, err
	}
	mask := int16(fdwait.POLLIN | fdwait.POLLPRI | fdwait.POLLOUT)
	if len(args) == 2 {
		if mask, err = eventMask(ts, args[1]); err != nil {
			return nil, err
		}
	}
	self.(*pollObject).fds[int32(fd)] = mask
	return objects.None, nil
}

func pollModify(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("modify", len(args), 2, 2); err != nil {
		return nil, err
	}
	fd, err := FileDescriptor(ts, args[0])
	if err != nil {
		return nil, err
	}
	mask, err := eventMask(ts, args[1])
	if err != nil {
		return nil, err
	}
	p := self.(*pollObject)
	if _, ok := p.fds[int32(fd)]; !ok {
		return nil, osError(syscall.ENOENT)
	}
	p.fds[int32(fd)] = mask
	return objects.None, nil
}

func pollUnregister(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	fd, err := FileDescriptor(ts, args[0])
	if err != nil {
		return nil, err
	}
	p := self.(*pollObject)
	if _, ok := p.fds[int32(fd)]; !ok {
		return nil, objects.NewException(objects.KeyErrorType, args[0])
	}
	delete(p.fds, int32(fd))
	return objects.None, nil
}

// pollPoll is poll(timeout=None, /): timeout in milliseconds, None or negative for none.
func pollPoll(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("poll", len(args), 0, 1); err != nil {
		return nil, err
	}
	var arg objects.Object
	if len(args) == 1 {
		arg = args[0]
	}
	timeout, _, err := secondsTimeout(ts, arg, 1e6, "timeout must be an integer or None")
	if err != nil {
		return nil, err
	}
	if timeout < 0 {
		timeout = -1
	}
	p := self.(*pollObject)
	if p.polling {
		return nil, objects.Errorf(objects.RuntimeErrorType, "concurrent poll() invocation")
	}
	pfds := make([]fdwait.PollFd, 0, len(p.fds))
	for fd, ev := range p.fds {
		pfds = append(pfds, fdwait.PollFd{Fd: fd, Events: ev})
	}
	sort.Slice(pfds, func(i, j int) bool { return pfds[i].Fd < pfds[j].Fd })
	p.polling = true
	_, err = fdwait.PollRetry(ts, pfds, timeout)
	p.polling = false
	if err != nil {
		return nil, osError(err)
	}
	var out []objects.Object
	for _, f := range pfds {
		if f.Revents != 0 {
			out = append(out, objects.NewTuple([]objects.Object{objects.NewInt(int64(f.Fd)), objects.NewInt(int64(uint16(f.Revents)))}))
		}
	}
	return objects.NewList(out), nil
}
