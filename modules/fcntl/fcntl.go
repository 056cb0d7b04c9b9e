// Package fcntl is CPython's fcntl module: fcntl(), ioctl(), flock() and lockf() on file
// descriptors, with the constants of Linux.
package fcntl

import (
	"syscall"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the fcntl module.
var Module = vm.BuiltinModule{Name: "fcntl", Init: initModule}

const moduleDoc = "This module performs file control and I/O control on file\ndescriptors.  It is an interface to the fcntl() and ioctl() Unix\nroutines.  File descriptors can be obtained with the fileno() method of\na file or socket object."

// bufSize is the most a string or buffer argument may hold when it is copied for the call:
// the system may write up to that much into the copy.
const bufSize = 1024

var functions = []objects.MethodDef{
	{Name: "fcntl", Flags: objects.MethFastcall, Func: fcntl, Doc: fcntlDoc},
	{Name: "ioctl", Flags: objects.MethFastcall, Func: ioctl, Doc: ioctlDoc},
	{Name: "flock", Flags: objects.MethFastcall, Func: flock, Doc: flockDoc},
	{Name: "lockf", Flags: objects.MethFastcall, Func: lockf, Doc: lockfDoc},
}

func initModule(ts *objects.Thread, m *objects.Module) error {
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	set("__doc__", objects.NewStr(moduleDoc))
	for i := range functions {
		set(functions[i].Name, objects.NewBuiltinFunction(&functions[i], m))
	}
	for _, c := range constants {
		set(c.name, objects.NewInt(c.value))
	}
	return nil
}

// retrying makes a system call that may block, without the interpreter lock, again while
// a signal interrupts it, unless a signal handler raises.
func retrying(ts *objects.Thread, call func() (uintptr, syscall.Errno)) (uintptr, error) {
	for {
		var r uintptr
		var e syscall.Errno
		vm.AllowThreads(ts, func() { r, e = call() })
		if e == 0 {
			return r, nil
		}
		if e != syscall.EINTR {
			return 0, objects.NewOSError(e, "", "")
		}
		if err := ts.CheckEvalBreaker(); err != nil {
			return 0, err
		}
	}
}

// strData returns the bytes of a str as UTF-8; ok is false for anything else and for a
// str that cannot be encoded, which the caller then reads as an int, as CPython does.
func strData(ts *objects.Thread, o objects.Object) (data string, ok bool) {
	s, isStr := o.(*objects.Str)
	if !isStr {
		return "", false
	}
	b, err := s.Encode(ts, "utf-8", "strict")
	if err != nil {
		return "", false
	}
	v, _ := objects.BytesLikeData(b)
	return v, true
}

// readOnlyData returns the bytes of an argument the "s#" format takes: a str or bytes.
func readOnlyData(ts *objects.Thread, o objects.Object) (string, bool) {
	if b, ok := o.(*objects.Bytes); ok {
		v, _ := objects.BytesLikeData(b)
		return v, true
	}
	return strData(ts, o)
}

// anyData returns the bytes of an argument the "s*" format takes: a str or any buffer.
func anyData(ts *objects.Thread, o objects.Object) (string, bool) {
	if data, ok := strData(ts, o); ok {
		return data, true
	}
	return bufferData(o)
}

// bufferData returns the contents of an object exporting a buffer.
func bufferData(o objects.Object) (string, bool) {
	if v, ok := objects.BytesLikeData(o); ok {
		return v, true
	}
	if e, ok := o.(objects.BufferExporter); ok {
		mem, _, _, _ := e.Buffer()
		return string(mem), true
	}
	return "", false
}

// writableMemory returns the memory of a writable buffer (bytearray, array, writable
// memoryview) that the system may fill.
func writableMemory(o objects.Object) ([]byte, bool) {
	if mem, ok := objects.WritableBuffer(o); ok {
		return mem, true
	}
	if e, ok := o.(objects.BufferExporter); ok {
		if mem, _, _, readonly := e.Buffer(); !readonly {
			return mem, true
		}
	}
	return nil, false
}
