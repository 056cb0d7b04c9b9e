package posix

import (
	"syscall"
	"unsafe"
)

// The *at system calls Go's syscall package lacks (or restricts), called directly.

const (
	atSymlinkNofollow = 0x100
	atRemovedir       = 0x200
	atSymlinkFollow   = 0x400
	atEaccess         = 0x200
	sysFaccessat2     = 439
	utimeNow          = (1 << 30) - 1
	utimeOmit         = (1 << 30) - 2
)

func errnoErr(e syscall.Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

func fstatat(dirfd int, name string, st *syscall.Stat_t, flags int) error {
	p, err := syscall.BytePtrFromString(name)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall6(sysFstatat, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(st)), uintptr(flags), 0, 0)
	return errnoErr(e)
}

func unlinkat(dirfd int, name string, flags int) error {
	p, err := syscall.BytePtrFromString(name)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall(syscall.SYS_UNLINKAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(flags))
	return errnoErr(e)
}

func linkat(olddirfd int, oldname string, newdirfd int, newname string, flags int) error {
	p1, err := syscall.BytePtrFromString(oldname)
	if err != nil {
		return err
	}
	p2, err := syscall.BytePtrFromString(newname)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall6(syscall.SYS_LINKAT, uintptr(olddirfd), uintptr(unsafe.Pointer(p1)), uintptr(newdirfd), uintptr(unsafe.Pointer(p2)), uintptr(flags), 0)
	return errnoErr(e)
}

func symlinkat(target string, dirfd int, name string) error {
	p1, err := syscall.BytePtrFromString(target)
	if err != nil {
		return err
	}
	p2, err := syscall.BytePtrFromString(name)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall(syscall.SYS_SYMLINKAT, uintptr(unsafe.Pointer(p1)), uintptr(dirfd), uintptr(unsafe.Pointer(p2)))
	return errnoErr(e)
}

func readlinkat(dirfd int, name string) (string, error) {
	p, err := syscall.BytePtrFromString(name)
	if err != nil {
		return "", err
	}
	for size := 256; ; size *= 2 {
		buf := make([]byte, size)
		n, _, e := syscall.Syscall6(syscall.SYS_READLINKAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(&buf[0])), uintptr(size), 0, 0)
		if e != 0 {
			return "", e
		}
		if int(n) < size {
			return string(buf[:n]), nil
		}
	}
}

func fchmodat(dirfd int, name string, mode uint32, flags int) error {
	p, err := syscall.BytePtrFromString(name)
	if err != nil {
		return err
	}
	if flags&atSymlinkNofollow != 0 {
		// As the C library does: a symlink's own mode cannot change on Linux, anything
		// else's can be changed by name.
		var st syscall.Stat_t
		if err := fstatat(dirfd, name, &st, atSymlinkNofollow); err != nil {
			return err
		}
		if st.Mode&syscall.S_IFMT == syscall.S_IFLNK {
			return syscall.EOPNOTSUPP
		}
	}
	_, _, e := syscall.Syscall(syscall.SYS_FCHMODAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(mode))
	return errnoErr(e)
}

func faccessat(dirfd int, name string, mode uint32, flags int) error {
	p, err := syscall.BytePtrFromString(name)
	if err != nil {
		return err
	}
	if flags != 0 {
		_, _, e := syscall.Syscall6(sysFaccessat2, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(mode), uintptr(flags), 0, 0)
		if e != syscall.ENOSYS {
			return errnoErr(e)
		}
	}
	_, _, e := syscall.Syscall(syscall.SYS_FACCESSAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(mode))
	return errnoErr(e)
}

// utimensat sets the times of a file; name "" with dirfd a descriptor means that file.
func utimensat(dirfd int, name string, ts *[2]syscall.Timespec, flags int) error {
	var p *byte
	if name != "" {
		var err error
		if p, err = syscall.BytePtrFromString(name); err != nil {
			return err
		}
	}
	_, _, e := syscall.Syscall6(syscall.SYS_UTIMENSAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(ts)), uintptr(flags), 0, 0)
	return errnoErr(e)
}

func getsid(pid int) (int, error) {
	r, _, e := syscall.RawSyscall(syscall.SYS_GETSID, uintptr(pid), 0, 0)
	return int(r), errnoErr(e)
}

func ioctlWinsize(fd int) (rows, cols uint16, err error) {
	var ws struct{ row, col, x, y uint16 }
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(syscall.TIOCGWINSZ), uintptr(unsafe.Pointer(&ws)))
	return ws.row, ws.col, errnoErr(e)
}

func isatty(fd int) bool {
	var t syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(syscall.TCGETS), uintptr(unsafe.Pointer(&t)))
	return e == 0
}

func fcntl(fd, cmd, arg int) (int, error) {
	r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(arg))
	return int(r), errnoErr(e)
}

func ptr(p *int32) uintptr { return uintptr(unsafe.Pointer(p)) }

// abort ends the process with SIGABRT, as C's abort: the Go runtime's own handler (which
// prints its goroutines) is first replaced by the default action.
func abort() {
	var action [4]uint64 // sa_handler SIG_DFL, no flags, restorer or mask
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(syscall.SIGABRT), uintptr(unsafe.Pointer(&action)), 0, 8, 0, 0)
	syscall.Kill(syscall.Getpid(), syscall.SIGABRT)
	// Should the signal be blocked, the status is still abort's.
	syscall.Exit(128 + int(syscall.SIGABRT))
}
