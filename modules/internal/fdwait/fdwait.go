// Package fdwait waits for file descriptors to become ready, for the select and _socket
// modules: the wait runs without the global interpreter lock and ends early when the thread
// is interrupted (a signal with a Python handler, _thread.interrupt_main), as CPython's
// waits end with EINTR.
package fdwait

import (
	"sync"
	"syscall"
	"time"
	"unsafe"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// PollFd is C's struct pollfd.
type PollFd struct {
	Fd      int32
	Events  int16
	Revents int16
}

// The poll events, as <poll.h> numbers them on Linux.
const (
	POLLIN     = 0x1
	POLLPRI    = 0x2
	POLLOUT    = 0x4
	POLLERR    = 0x8
	POLLHUP    = 0x10
	POLLNVAL   = 0x20
	POLLRDNORM = 0x40
	POLLRDBAND = 0x80
	POLLWRNORM = 0x100
	POLLWRBAND = 0x200
	POLLMSG    = 0x400
	POLLRDHUP  = 0x2000
)

// ppoll calls the system's ppoll; timeout < 0 waits forever.
func ppoll(fds []PollFd, timeout time.Duration) (int, error) {
	var p unsafe.Pointer
	if len(fds) > 0 {
		p = unsafe.Pointer(&fds[0])
	}
	var tsp unsafe.Pointer
	var spec syscall.Timespec
	if timeout >= 0 {
		spec = syscall.NsecToTimespec(int64(timeout))
		tsp = unsafe.Pointer(&spec)
	}
	n, _, e := syscall.Syscall6(syscall.SYS_PPOLL, uintptr(p), uintptr(len(fds)), uintptr(tsp), 0, 0, 0)
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}

// wakers are eventfds kept for reuse: a wait that may be interrupted adds one to its set and
// a goroutine writes to it when the thread is interrupted.
var wakers struct {
	mu   sync.Mutex
	free []int
}

func getWaker() (int, error) {
	wakers.mu.Lock()
	if n := len(wakers.free); n > 0 {
		fd := wakers.free[n-1]
		wakers.free = wakers.free[:n-1]
		wakers.mu.Unlock()
		return fd, nil
	}
	wakers.mu.Unlock()
	const efdCloexec, efdNonblock = 0x80000, 0x800
	fd, _, e := syscall.Syscall(syscall.SYS_EVENTFD2, 0, efdCloexec|efdNonblock, 0)
	if e != 0 {
		return -1, e
	}
	return int(fd), nil
}

func putWaker(fd int) {
	var buf [8]byte
	syscall.Read(fd, buf[:]) // empty it for the next wait
	wakers.mu.Lock()
	wakers.free = append(wakers.free, fd)
	wakers.mu.Unlock()
}

// Poll waits up to timeout (negative: without limit) for the events of fds, without the
// global interpreter lock, and returns how many have events. A wait of zero does not give up
// the lock. When the thread is interrupted meanwhile, Poll returns syscall.EINTR; so does a
// signal arriving on the thread itself.
func Poll(ts *objects.Thread, fds []PollFd, timeout time.Duration) (int, error) {
	if timeout == 0 {
		return ppoll(fds, 0)
	}
	t := vm.ThreadOf(ts)
	waker, err := getWaker()
	if err != nil {
		// Without a waker the wait still works; only an interrupt waits for it to end.
		var n int
		vm.AllowThreads(ts, func() { n, err = ppoll(fds, timeout) })
		return n, err
	}
	all := make([]PollFd, len(fds)+1)
	copy(all, fds)
	all[len(fds)] = PollFd{Fd: int32(waker), Events: POLLIN}
	var finalizing <-chan struct{}
	if t != t.Interp.MainThread() {
		finalizing = t.Interp.Finalizing()
	}
	intr := t.Interrupted()
	done := make(chan struct{})
	woke := make(chan bool, 1)
	go func() {
		one := [8]byte{1}
		select {
		case <-intr:
			syscall.Write(waker, one[:])
			woke <- true
		case <-finalizing:
			syscall.Write(waker, one[:])
			woke <- false
		case <-done:
			woke <- false
		}
	}()
	var n int
	vm.AllowThreads(ts, func() {
		n, err = ppoll(all, timeout)
		close(done)
		<-woke
	})
	copy(fds, all[:len(fds)])
	putWaker(waker)
	if err != nil {
		return 0, err
	}
	if all[len(fds)].Revents != 0 {
		n--
		if n == 0 {
			return 0, syscall.EINTR
		}
	}
	return n, nil
}

// PollRetry is Poll that, as PEP 475 asks, runs the signal handlers when the wait is
// interrupted and waits again for the time left: an exception a handler raises ends it.
func PollRetry(ts *objects.Thread, fds []PollFd, timeout time.Duration) (int, error) {
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	for {
		n, err := Poll(ts, fds, timeout)
		if err != syscall.EINTR {
			return n, err
		}
		if err := ts.CheckEvalBreaker(); err != nil {
			return 0, err
		}
		if timeout > 0 {
			timeout = time.Until(deadline)
			if timeout < 0 {
				timeout = 0
			}
		}
		for i := range fds {
			fds[i].Revents = 0
		}
	}
}

// WaitReadable blocks, without the interpreter lock, until fd has input when it is a pipe,
// terminal or socket in blocking mode, running signal handlers meanwhile. Go restarts a read
// that a signal interrupts, so the read itself would never return to let a Python handler
// run (and an exception it raises end the read), as CPython's EINTR handling does (PEP 475).
// Other descriptors return at once. An error is a handler's exception or an Errno.
func WaitReadable(ts *objects.Thread, fd int) error {
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil {
		return nil // the read reports it
	}
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFIFO, syscall.S_IFCHR, syscall.S_IFSOCK:
	default:
		return nil
	}
	fl, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFL, 0)
	if e != 0 || fl&syscall.O_NONBLOCK != 0 {
		return nil // a non-blocking read returns EAGAIN at once
	}
	_, err := PollRetry(ts, []PollFd{{Fd: int32(fd), Events: POLLIN}}, -1)
	return err
}
