package selectmod

import (
	"syscall"

	"github.com/taipanpy/taipan/modules/internal/fdwait"
	"github.com/taipanpy/taipan/objects"
)

// fdSetSize is FD_SETSIZE: select() takes no larger descriptor, as CPython's.
const fdSetSize = 1024

// selectFunc is select(rlist, wlist, xlist, timeout=None, /). The wait is done with ppoll,
// which gives the same answers for descriptors select() accepts.
func selectFunc(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("select", len(args), 3, 4); err != nil {
		return nil, err
	}
	var timeoutArg objects.Object
	if len(args) == 4 {
		timeoutArg = args[3]
	}
	timeout, _, err := secondsTimeout(ts, timeoutArg, 1e9, "timeout must be a float or None")
	if err != nil {
		return nil, err
	}
	if timeout < -1 || (timeoutArg != nil && timeoutArg != objects.None && timeout < 0) {
		return nil, objects.Errorf(objects.ValueErrorType, "timeout must be non-negative")
	}
	var objs [3][]objects.Object
	var fdsOf [3][]int
	for k := 0; k < 3; k++ {
		items, err := objects.IterableItems(ts, args[k])
		if err != nil {
			if e, ok := err.(*objects.BaseException); ok && e.Type() == objects.TypeErrorType {
				return nil, objects.Errorf(objects.TypeErrorType, "arguments 1-3 must be sequences")
			}
			return nil, err
		}
		objs[k] = items
		fdsOf[k] = make([]int, len(items))
		for i, o := range items {
			fd, err := FileDescriptor(ts, o)
			if err != nil {
				return nil, err
			}
			if fd >= fdSetSize {
				return nil, objects.Errorf(objects.ValueErrorType, "filedescriptor out of range in select()")
			}
			fdsOf[k][i] = fd
		}
	}
	masks := [3]int16{fdwait.POLLIN, fdwait.POLLOUT, fdwait.POLLPRI}
	index := map[int]int{}
	var pfds []fdwait.PollFd
	for k := 0; k < 3; k++ {
		for _, fd := range fdsOf[k] {
			i, ok := index[fd]
			if !ok {
				i = len(pfds)
				index[fd] = i
				pfds = append(pfds, fdwait.PollFd{Fd: int32(fd)})
			}
			pfds[i].Events |= masks[k]
		}
	}
	if _, err := fdwait.PollRetry(ts, pfds, timeout); err != nil {
		return nil, osError(err)
	}
	for _, p := range pfds {
		if p.Revents&fdwait.POLLNVAL != 0 {
			return nil, osError(syscall.EBADF)
		}
	}
	ready := [3]int16{fdwait.POLLIN | fdwait.POLLHUP | fdwait.POLLERR, fdwait.POLLOUT | fdwait.POLLERR, fdwait.POLLPRI}
	out := make([]objects.Object, 3)
	for k := 0; k < 3; k++ {
		var got []objects.Object
		for i, fd := range fdsOf[k] {
			if pfds[index[fd]].Revents&ready[k] != 0 {
				got = append(got, objs[k][i])
			}
		}
		out[k] = objects.NewList(got)
	}
	return objects.NewTuple(out), nil
}
