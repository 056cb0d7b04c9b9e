package posix

import (
	"runtime"
	"strings"
	"syscall"
	"unsafe"

	"github.com/taipanpy/taipan/objects"
)

// Extended attributes: getxattr, setxattr, listxattr and removexattr on a name (following a
// final symlink or not) or a descriptor.

// xattrCalls are the system calls of one operation: by name, by name without following,
// by descriptor.
type xattrCalls struct{ path, link, fd uintptr }

var (
	getxattrCalls    = xattrCalls{syscall.SYS_GETXATTR, syscall.SYS_LGETXATTR, syscall.SYS_FGETXATTR}
	setxattrCalls    = xattrCalls{syscall.SYS_SETXATTR, syscall.SYS_LSETXATTR, syscall.SYS_FSETXATTR}
	listxattrCalls   = xattrCalls{syscall.SYS_LISTXATTR, syscall.SYS_LLISTXATTR, syscall.SYS_FLISTXATTR}
	removexattrCalls = xattrCalls{syscall.SYS_REMOVEXATTR, syscall.SYS_LREMOVEXATTR, syscall.SYS_FREMOVEXATTR}
)

// xattrCall makes one of the calls for p (passed as a name or a descriptor, as the call
// takes it) with up to four further arguments.
func xattrCall(calls xattrCalls, p path, follow bool, a1, a2, a3, a4 uintptr) (int, error) {
	nr := calls.path
	var target uintptr
	var keep *byte
	switch {
	case p.isFd:
		nr, target = calls.fd, uintptr(p.fd)
	default:
		if !follow {
			nr = calls.link
		}
		b, err := syscall.BytePtrFromString(p.name)
		if err != nil {
			return 0, err
		}
		keep, target = b, uintptr(unsafe.Pointer(b))
	}
	r, _, e := syscall.Syscall6(nr, target, a1, a2, a3, a4, 0)
	runtime.KeepAlive(keep)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// bytesPtr returns the address of b's first byte (0 for an empty b).
func bytesPtr(b []byte) uintptr {
	if len(b) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&b[0]))
}

// xattrName converts an attribute name argument.
func xattrName(ts *objects.Thread, o objects.Object, fn string) (string, error) {
	p, err := toPath(ts, o, pathOpts{fn: fn, arg: "attribute"})
	if err != nil {
		return "", err
	}
	return p.name, nil
}

// withSize retries a call that fills a buffer, growing it while the attribute grows.
func withSize(call func(buf []byte) (int, error)) ([]byte, error) {
	for size := 128; ; size *= 4 {
		buf := make([]byte, size)
		n, err := call(buf)
		if err == syscall.ERANGE && size < 1<<20 {
			continue
		}
		if err != nil {
			return nil, err
		}
		return buf[:n], nil
	}
}

func (s *state) xattrFunctions() []objects.MethodDef {
	// target converts the path and follow_symlinks arguments.
	target := func(ts *objects.Thread, fn string, pathArg, followArg objects.Object, nullable bool) (path, bool, error) {
		p, err := toPath(ts, pathArg, pathOpts{fn: fn, arg: "path", allowFd: true, nullable: nullable})
		if err != nil {
			return path{}, false, err
		}
		follow, err := truth(ts, followArg, true)
		if err != nil {
			return path{}, false, err
		}
		if p.isFd && !follow {
			return path{}, false, objects.Errorf(objects.ValueErrorType, "%s: cannot use fd and follow_symlinks together", fn)
		}
		return p, follow, nil
	}
	fail := func(err error, p path) error {
		if p.none {
			return osError(err, nil, nil)
		}
		return osError(err, p.obj, nil)
	}
	return []objects.MethodDef{
		def("getxattr", []string{"path", "attribute", "follow_symlinks"}, 0, 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, follow, err := target(ts, "getxattr", a[0], a[2], false)
			if err != nil {
				return nil, err
			}
			name, err := xattrName(ts, a[1], "getxattr")
			if err != nil {
				return nil, err
			}
			attr, err := syscall.BytePtrFromString(name)
			if err != nil {
				return nil, err
			}
			value, err := withSize(func(buf []byte) (int, error) {
				return xattrCall(getxattrCalls, p, follow, uintptr(unsafe.Pointer(attr)), bytesPtr(buf), uintptr(len(buf)), 0)
			})
			if err != nil {
				return nil, fail(err, p)
			}
			return objects.NewBytes(value), nil
		}),
		def("setxattr", []string{"path", "attribute", "value", "flags", "follow_symlinks"}, 0, 3, 4, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, follow, err := target(ts, "setxattr", a[0], a[4], false)
			if err != nil {
				return nil, err
			}
			name, err := xattrName(ts, a[1], "setxattr")
			if err != nil {
				return nil, err
			}
			value, err := bytesArg(a[2])
			if err != nil {
				return nil, err
			}
			flags := 0
			if a[3] != nil {
				if flags, err = intArg(ts, a[3]); err != nil {
					return nil, err
				}
			}
			attr, err := syscall.BytePtrFromString(name)
			if err != nil {
				return nil, err
			}
			_, err = xattrCall(setxattrCalls, p, follow, uintptr(unsafe.Pointer(attr)), bytesPtr(value), uintptr(len(value)), uintptr(flags))
			runtime.KeepAlive(value)
			if err != nil {
				return nil, fail(err, p)
			}
			return objects.None, nil
		}),
		def("listxattr", []string{"path", "follow_symlinks"}, 0, 0, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, follow, err := target(ts, "listxattr", a[0], a[1], true)
			if err != nil {
				return nil, err
			}
			list, err := withSize(func(buf []byte) (int, error) {
				return xattrCall(listxattrCalls, p, follow, bytesPtr(buf), uintptr(len(buf)), 0, 0)
			})
			if err != nil {
				return nil, fail(err, p)
			}
			var names []objects.Object
			for _, n := range strings.Split(string(list), "\x00") {
				if n == "" {
					continue
				}
				v, err := fsDecode(ts, n)
				if err != nil {
					return nil, err
				}
				names = append(names, v)
			}
			return objects.NewList(names), nil
		}),
		def("removexattr", []string{"path", "attribute", "follow_symlinks"}, 0, 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, follow, err := target(ts, "removexattr", a[0], a[2], false)
			if err != nil {
				return nil, err
			}
			name, err := xattrName(ts, a[1], "removexattr")
			if err != nil {
				return nil, err
			}
			attr, err := syscall.BytePtrFromString(name)
			if err != nil {
				return nil, err
			}
			if _, err := xattrCall(removexattrCalls, p, follow, uintptr(unsafe.Pointer(attr)), 0, 0, 0); err != nil {
				return nil, fail(err, p)
			}
			return objects.None, nil
		}),
	}
}
