package posix

import (
	"syscall"

	"github.com/taipanpy/taipan/objects"
)

// Vectored I/O (readv, writev) and the advice and allocation calls on descriptors.

// bufferItems returns the items of readv's or writev's buffers argument.
func bufferItems(ts *objects.Thread, o objects.Object, fn string) ([]objects.Object, error) {
	switch o.(type) {
	case *objects.Str, *objects.Bytes, *objects.ByteArray, *objects.Tuple, *objects.List:
	default:
		if o.Type().Slots.Iter == nil {
			return nil, objects.Errorf(objects.TypeErrorType, "%s() arg 2 must be a sequence", fn)
		}
	}
	return objects.IterableItems(ts, o)
}

func (s *state) vectorFunctions() []objects.MethodDef {
	return []objects.MethodDef{
		posDef("writev", 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			items, err := bufferItems(ts, a[1], "writev")
			if err != nil {
				return nil, err
			}
			var data []byte
			for _, it := range items {
				b, err := bytesArg(it)
				if err != nil {
					return nil, err
				}
				data = append(data, b...)
			}
			var n int
			err = blocking(ts, func() (e error) {
				n, e = syscall.Write(fd, data)
				return e
			})
			if err != nil {
				return nil, posixError(err)
			}
			return objects.NewInt(int64(n)), nil
		}),
		posDef("readv", 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			items, err := bufferItems(ts, a[1], "readv")
			if err != nil {
				return nil, err
			}
			bufs := make([][]byte, len(items))
			total := 0
			for i, it := range items {
				mem, ok := objects.WritableBuffer(it)
				switch {
				case ok:
					bufs[i] = mem
				case objects.IsBytesLike(it):
					return nil, objects.Errorf(objects.BufferErrorType, "Object is not writable.")
				default:
					return nil, objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", it.Type().Name)
				}
				total += len(bufs[i])
			}
			// One read fills the buffers in order, as readv(2) would.
			tmp := make([]byte, total)
			var n int
			err = blocking(ts, func() (e error) {
				n, e = syscall.Read(fd, tmp)
				return e
			})
			if err != nil {
				return nil, posixError(err)
			}
			rest := tmp[:n]
			for _, b := range bufs {
				rest = rest[copy(b, rest):]
			}
			return objects.NewInt(int64(n)), nil
		}),
		posDef("posix_fallocate", 3, 3, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			v, err := int64Args(ts, a)
			if err != nil {
				return nil, err
			}
			if err := blocking(ts, func() error { return syscall.Fallocate(int(v[0]), 0, v[1], v[2]) }); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		posDef("posix_fadvise", 4, 4, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			v, err := int64Args(ts, a)
			if err != nil {
				return nil, err
			}
			if _, _, e := syscall.Syscall6(syscall.SYS_FADVISE64, uintptr(v[0]), uintptr(v[1]), uintptr(v[2]), uintptr(v[3]), 0, 0); e != 0 {
				return nil, posixError(e)
			}
			return objects.None, nil
		}),
	}
}

// int64Args converts integer arguments.
func int64Args(ts *objects.Thread, a []objects.Object) ([]int64, error) {
	out := make([]int64, len(a))
	for i, o := range a {
		v, err := int64Arg(ts, o)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}
