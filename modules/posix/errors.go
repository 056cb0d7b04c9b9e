package posix

import (
	"errors"
	"syscall"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// errnoOf returns the errno of a failed system call (EIO when err carries none).
func errnoOf(err error) syscall.Errno {
	var e syscall.Errno
	if errors.As(err, &e) {
		return e
	}
	return syscall.EIO
}

// osError returns the OSError subclass for err with the given file names (nil for none), as
// PyErr_SetFromErrnoWithFilenameObjects.
func osError(err error, filename, filename2 objects.Object) error {
	if _, ok := err.(*objects.BaseException); ok {
		return err
	}
	e := errnoOf(err)
	args := []objects.Object{objects.NewInt(int64(e)), objects.NewStr(objects.Strerror(e))}
	if filename != nil {
		args = append(args, filename)
		if filename2 != nil {
			args = append(args, objects.None, filename2)
		}
	}
	return objects.NewException(objects.OSErrorType, args...)
}

// posixError is the OSError of a call that names no file.
func posixError(err error) error { return osError(err, nil, nil) }

// blocking runs a system call that may wait for long (opening a FIFO, a read, a write, a
// wait for a child), again while a signal interrupts it (EINTR), running the signals'
// handlers in between as CPython does: an exception one raises ends the call. It is where
// such calls are to give up the interpreter lock while they wait.
func blocking(ts *objects.Thread, f func() error) error {
	for {
		var err error
		vm.AllowThreads(ts, func() { err = f() })
		if err != syscall.EINTR {
			return err
		}
		if err := ts.CheckEvalBreaker(); err != nil {
			return err
		}
	}
}

// retry calls f again while it fails with EINTR, as CPython does for the calls a signal may
// interrupt.
func retry(f func() error) error {
	for {
		err := f()
		if err != syscall.EINTR {
			return err
		}
	}
}
