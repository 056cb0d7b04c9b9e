package posix

import (
	"strconv"
	"syscall"
	"unsafe"

	"github.com/taipanpy/taipan/objects"
)

// Pseudo-terminals: the master is /dev/ptmx, its slave /dev/pts/N.

func ioctlInt(fd int, req uintptr, arg *int32) error {
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, uintptr(unsafe.Pointer(arg)))
	return errnoErr(e)
}

// ptsname returns the slave of master fd.
func ptsname(fd int) (string, error) {
	var n int32
	if err := ioctlInt(fd, syscall.TIOCGPTN, &n); err != nil {
		return "", err
	}
	return "/dev/pts/" + strconv.Itoa(int(n)), nil
}

func unlockpt(fd int) error {
	var unlock int32
	return ioctlInt(fd, syscall.TIOCSPTLCK, &unlock)
}

func (s *state) ptyFunctions() []objects.MethodDef {
	fdThen := func(name string, f func(fd int) (objects.Object, error)) objects.MethodDef {
		return posDef(name, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			return f(fd)
		})
	}
	return []objects.MethodDef{
		noArgs("openpty", func(ts *objects.Thread) (objects.Object, error) {
			master, err := syscall.Open("/dev/ptmx", syscall.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
			if err != nil {
				return nil, posixError(err)
			}
			name, err := ptsname(master)
			if err == nil {
				err = unlockpt(master)
			}
			var slave int
			if err == nil {
				slave, err = syscall.Open(name, syscall.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
			}
			if err != nil {
				syscall.Close(master)
				return nil, posixError(err)
			}
			return objects.NewTuple([]objects.Object{objects.NewInt(int64(master)), objects.NewInt(int64(slave))}), nil
		}),
		fdThen("posix_openpt", func(flags int) (objects.Object, error) {
			fd, err := syscall.Open("/dev/ptmx", flags|syscall.O_CLOEXEC, 0)
			if err != nil {
				return nil, posixError(err)
			}
			return objects.NewInt(int64(fd)), nil
		}),
		fdThen("grantpt", func(fd int) (objects.Object, error) {
			// With devpts the slave already belongs to the caller; only check the master.
			if _, err := ptsname(fd); err != nil {
				if err == syscall.ENOTTY {
					err = syscall.EINVAL
				}
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		fdThen("unlockpt", func(fd int) (objects.Object, error) {
			if err := unlockpt(fd); err != nil {
				if err == syscall.ENOTTY {
					err = syscall.EINVAL
				}
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		fdThen("ptsname", func(fd int) (objects.Object, error) {
			name, err := ptsname(fd)
			if err != nil {
				return nil, posixError(err)
			}
			return objects.NewStr(name), nil
		}),
	}
}
