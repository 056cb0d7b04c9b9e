package socket

import (
	"syscall"
	"time"

	"github.com/taipanpy/taipan/modules/internal/fdwait"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// call runs f, a system call on the socket, as CPython's sock_call_ex. With a timeout it
// first waits for the descriptor to be ready (for writing when writing), up to the time left,
// and again when f finds it was not after all; a blocking socket's call runs without the
// global interpreter lock, and on the main thread only once the descriptor is ready, so that
// a signal can interrupt the wait. A call a signal interrupts is retried once the handlers
// ran. It returns the TimeoutError when the time is up.
func (s *Socket) call(ts *objects.Thread, writing bool, f func() error) error {
	return s.callUntil(ts, writing, s.deadline(), f)
}

// deadline returns the time the socket's timeout ends, zero without a timeout.
func (s *Socket) deadline() time.Time {
	if s.timeout > 0 {
		return time.Now().Add(s.timeout)
	}
	return time.Time{}
}

func (s *Socket) callUntil(ts *objects.Thread, writing bool, deadline time.Time, f func() error) error {
	timeout := s.timeout
	onMain := func() bool {
		t := vm.ThreadOf(ts)
		return t == t.Interp.MainThread()
	}
	for {
		if s.fd < 0 {
			return osError(syscall.EBADF)
		}
		if timeout > 0 || (timeout < 0 && onMain()) {
			wait := time.Duration(-1)
			if timeout > 0 {
				if wait = time.Until(deadline); wait <= 0 {
					return errTimedOut()
				}
			}
			var ev int16 = fdwait.POLLIN
			if writing {
				ev = fdwait.POLLOUT
			}
			n, err := fdwait.Poll(ts, []fdwait.PollFd{{Fd: int32(s.fd), Events: ev}}, wait)
			if err == syscall.EINTR {
				if err := ts.CheckEvalBreaker(); err != nil {
					return err
				}
				continue
			}
			if err != nil {
				return osError(err)
			}
			if n == 0 {
				return errTimedOut()
			}
		}
		var err error
		if timeout < 0 {
			vm.AllowThreads(ts, func() { err = f() })
		} else {
			err = f()
		}
		switch {
		case err == nil:
			return nil
		case err == syscall.EINTR:
			if err := ts.CheckEvalBreaker(); err != nil {
				return err
			}
			continue
		case timeout > 0 && err == syscall.EAGAIN:
			continue
		}
		return osError(err)
	}
}

// allow runs f without the global interpreter lock.
func allow(ts *objects.Thread, f func()) { vm.AllowThreads(ts, f) }
