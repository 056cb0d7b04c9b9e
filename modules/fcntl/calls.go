package fcntl

import (
	"syscall"
	"unsafe"

	"github.com/taipanpy/taipan/modules/internal/cconv"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// fcntl(fd, cmd, arg=0, /): arg is an int passed as is, or a str or read-only bytes copied
// into a buffer whose contents after the call are returned.
func fcntl(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("fcntl", len(args), 2, 3); err != nil {
		return nil, err
	}
	fd, err := cconv.Fildes(ts, args[0])
	if err != nil {
		return nil, err
	}
	code, err := cconv.Int(ts, args[1])
	if err != nil {
		return nil, err
	}
	var intArg uint64
	if len(args) == 3 {
		if data, ok := readOnlyData(ts, args[2]); ok {
			if len(data) > bufSize {
				return nil, objects.Errorf(objects.ValueErrorType, "fcntl string arg too long")
			}
			var buf [bufSize]byte
			copy(buf[:], data)
			p := uintptr(unsafe.Pointer(&buf[0]))
			if nb, ok := nonBlockingLock[code]; ok {
				// A lock request that waits, made interruptible.
				if err := lockWait(ts, func() syscall.Errno {
					_, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(nb), p)
					return e
				}, fcntlBusy); err != nil {
					return nil, err
				}
				return objects.NewBytes(buf[:len(data)]), nil
			}
			if _, err := retrying(ts, func() (uintptr, syscall.Errno) {
				r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(code), p)
				return r, e
			}); err != nil {
				return nil, err
			}
			return objects.NewBytes(buf[:len(data)]), nil
		}
		if intArg, err = cconv.Bits(ts, args[2], 32); err != nil {
			return nil, err
		}
	}
	r, err := retrying(ts, func() (uintptr, syscall.Errno) {
		r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(code), uintptr(int32(uint32(intArg))))
		return r, e
	})
	if err != nil {
		return nil, err
	}
	return objects.NewInt(int64(int32(r))), nil
}

// ioctl(fd, request, arg=0, mutate_flag=True, /): arg is an int passed as is, a writable
// buffer the system fills (in place when mutate_flag is true, the result then being the
// call's return value), or a str or bytes copied into a buffer whose contents after the call
// are returned.
func ioctl(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("ioctl", len(args), 2, 4); err != nil {
		return nil, err
	}
	fd, err := cconv.Fildes(ts, args[0])
	if err != nil {
		return nil, err
	}
	code, err := cconv.Bits(ts, args[1], 64)
	if err != nil {
		return nil, err
	}
	mutate := true
	if len(args) == 4 {
		if mutate, err = objects.IsTrue(ts, args[3]); err != nil {
			return nil, err
		}
	}
	call := func(arg uintptr) (uintptr, error) {
		var r uintptr
		var e syscall.Errno
		vm.AllowThreads(ts, func() { r, _, e = syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(code), arg) })
		if e != 0 {
			return 0, objects.NewOSError(e, "", "")
		}
		return r, nil
	}
	if len(args) >= 3 {
		arg := args[2]
		if mem, ok := writableMemory(arg); ok {
			if mutate {
				if len(mem) > bufSize {
					// Too big to copy: the system writes into the object's memory itself.
					var p uintptr
					if len(mem) > 0 {
						p = uintptr(unsafe.Pointer(&mem[0]))
					}
					r, err := call(p)
					if err != nil {
						return nil, err
					}
					return objects.NewInt(int64(int32(r))), nil
				}
				var buf [bufSize + 1]byte
				copy(buf[:], mem)
				r, err := call(uintptr(unsafe.Pointer(&buf[0])))
				copy(mem, buf[:len(mem)])
				if err != nil {
					return nil, err
				}
				return objects.NewInt(int64(int32(r))), nil
			}
			if len(mem) > bufSize {
				return nil, objects.Errorf(objects.ValueErrorType, "ioctl string arg too long")
			}
			var buf [bufSize + 1]byte
			n := copy(buf[:], mem)
			if _, err := call(uintptr(unsafe.Pointer(&buf[0]))); err != nil {
				return nil, err
			}
			return objects.NewBytes(buf[:n]), nil
		}
		if data, ok := anyData(ts, arg); ok {
			if len(data) > bufSize {
				return nil, objects.Errorf(objects.ValueErrorType, "ioctl string arg too long")
			}
			var buf [bufSize + 1]byte
			copy(buf[:], data)
			if _, err := call(uintptr(unsafe.Pointer(&buf[0]))); err != nil {
				return nil, err
			}
			return objects.NewBytes(buf[:len(data)]), nil
		}
		v, err := cconv.IntFormat(ts, arg)
		if err != nil {
			return nil, err
		}
		r, err := call(uintptr(int32(v)))
		if err != nil {
			return nil, err
		}
		return objects.NewInt(int64(int32(r))), nil
	}
	r, err := call(0)
	if err != nil {
		return nil, err
	}
	return objects.NewInt(int64(int32(r))), nil
}

// flock(fd, operation, /)
func flock(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("flock", len(args), 2, 2); err != nil {
		return nil, err
	}
	fd, err := cconv.Fildes(ts, args[0])
	if err != nil {
		return nil, err
	}
	op, err := cconv.Int(ts, args[1])
	if err != nil {
		return nil, err
	}
	if op&(syscall.LOCK_SH|syscall.LOCK_EX) != 0 && op&syscall.LOCK_NB == 0 {
		if err := lockWait(ts, func() syscall.Errno {
			_, _, e := syscall.Syscall(syscall.SYS_FLOCK, uintptr(fd), uintptr(op|syscall.LOCK_NB), 0)
			return e
		}, flockBusy); err != nil {
			return nil, err
		}
		return objects.None, nil
	}
	if _, err := retrying(ts, func() (uintptr, syscall.Errno) {
		r, _, e := syscall.Syscall(syscall.SYS_FLOCK, uintptr(fd), uintptr(op), 0)
		return r, e
	}); err != nil {
		return nil, err
	}
	return objects.None, nil
}

// lockf(fd, cmd, len=0, start=0, whence=0, /): a record lock through fcntl(), cmd being
// one of LOCK_UN, LOCK_SH and LOCK_EX, maybe with LOCK_NB.
func lockf(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("lockf", len(args), 2, 5); err != nil {
		return nil, err
	}
	fd, err := cconv.Fildes(ts, args[0])
	if err != nil {
		return nil, err
	}
	code, err := cconv.Int(ts, args[1])
	if err != nil {
		return nil, err
	}
	var lenObj, startObj objects.Object
	whence := 0
	if len(args) > 2 {
		lenObj = args[2]
	}
	if len(args) > 3 {
		startObj = args[3]
	}
	if len(args) > 4 {
		if whence, err = cconv.Int(ts, args[4]); err != nil {
			return nil, err
		}
	}
	var lk syscall.Flock_t
	switch {
	case code == syscall.LOCK_UN:
		lk.Type = syscall.F_UNLCK
	case code&syscall.LOCK_SH != 0:
		lk.Type = syscall.F_RDLCK
	case code&syscall.LOCK_EX != 0:
		lk.Type = syscall.F_WRLCK
	default:
		return nil, objects.Errorf(objects.ValueErrorType, "unrecognized lockf argument")
	}
	if startObj != nil {
		if lk.Start, err = cconv.Long(ts, startObj); err != nil {
			return nil, err
		}
	}
	if lenObj != nil {
		if lk.Len, err = cconv.Long(ts, lenObj); err != nil {
			return nil, err
		}
	}
	lk.Whence = int16(whence)
	setlk := func() syscall.Errno {
		_, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_SETLK, uintptr(unsafe.Pointer(&lk)))
		return e
	}
	if code&syscall.LOCK_NB == 0 && lk.Type != syscall.F_UNLCK {
		// F_SETLKW, made interruptible.
		if err := lockWait(ts, setlk, fcntlBusy); err != nil {
			return nil, err
		}
		return objects.None, nil
	}
	if _, err := retrying(ts, func() (uintptr, syscall.Errno) { return 0, setlk() }); err != nil {
		return nil, err
	}
	return objects.None, nil
}
