package fcntl

import (
	"syscall"
	"time"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Go's signal handlers restart interrupted system calls, so a lock request that blocks in
// the kernel (flock without LOCK_NB, F_SETLKW) would not end when a signal with a Python
// handler arrives, as it does in CPython, where Ctrl-C stops the wait. Such a request is
// therefore made without blocking and tried again after a pause that grows to maxLockPause,
// the pause ending early when the thread is interrupted. What is lost is the kernel's
// deadlock detection (EDEADLK) and its queueing of waiters.

const maxLockPause = 50 * time.Millisecond

// nonBlockingLock maps the fcntl commands that wait for a lock to their forms that do not:
// F_SETLKW and F_OFD_SETLKW.
var nonBlockingLock = map[int]int{syscall.F_SETLKW: syscall.F_SETLK, 38: 37}

// lockWait makes the non-blocking form of a lock request with try until it gets the lock or
// fails for another reason than the lock being held (busy says which errors mean that).
func lockWait(ts *objects.Thread, try func() syscall.Errno, busy func(syscall.Errno) bool) error {
	t := vm.ThreadOf(ts)
	var finalizing <-chan struct{}
	if t != t.Interp.MainThread() {
		finalizing = t.Interp.Finalizing()
	}
	pause := time.Millisecond
	for {
		e := try()
		if e == 0 {
			return nil
		}
		if e == syscall.EINTR {
			if err := ts.CheckEvalBreaker(); err != nil {
				return err
			}
			continue
		}
		if !busy(e) {
			return objects.NewOSError(e, "", "")
		}
		interrupted := false
		vm.AllowThreads(ts, func() {
			timer := time.NewTimer(pause)
			defer timer.Stop()
			select {
			case <-timer.C:
			case <-t.Interrupted():
				interrupted = true
			case <-finalizing:
			}
		})
		if interrupted {
			if err := ts.CheckEvalBreaker(); err != nil {
				return err
			}
		}
		pause = min(2*pause, maxLockPause)
	}
}

// fcntlBusy reports whether F_SETLK failed because another process holds the lock.
func fcntlBusy(e syscall.Errno) bool { return e == syscall.EACCES || e == syscall.EAGAIN }

// flockBusy reports whether a LOCK_NB flock failed because the lock is held.
func flockBusy(e syscall.Errno) bool { return e == syscall.EWOULDBLOCK }
