package time

import (
	"syscall"
	"unsafe"
)

// The clocks of clock_gettime(2), which Go's time package does not expose.
const (
	clockRealtime         = 0
	clockMonotonic        = 1
	clockProcessCPUTimeID = 2
	clockThreadCPUTimeID  = 3
	clockMonotonicRaw     = 4
	clockBoottime         = 7
	clockTAI              = 11
)

// clockConstants are the CLOCK_* names the module exports.
var clockConstants = []struct {
	name string
	id   int
}{
	{"CLOCK_BOOTTIME", clockBoottime},
	{"CLOCK_MONOTONIC", clockMonotonic},
	{"CLOCK_MONOTONIC_RAW", clockMonotonicRaw},
	{"CLOCK_PROCESS_CPUTIME_ID", clockProcessCPUTimeID},
	{"CLOCK_REALTIME", clockRealtime},
	{"CLOCK_TAI", clockTAI},
	{"CLOCK_THREAD_CPUTIME_ID", clockThreadCPUTimeID},
}

// clockGettime reads clock id in nanoseconds.
func clockGettime(id int) (int64, syscall.Errno) {
	var t syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, uintptr(id), uintptr(unsafe.Pointer(&t)), 0); e != 0 {
		return 0, e
	}
	return t.Nano(), 0
}

// clockGetres returns clock id's resolution in nanoseconds.
func clockGetres(id int) (int64, syscall.Errno) {
	var t syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETRES, uintptr(id), uintptr(unsafe.Pointer(&t)), 0); e != 0 {
		return 0, e
	}
	return t.Nano(), 0
}

// clockSettime sets clock id to ns nanoseconds.
func clockSettime(id int, ns int64) syscall.Errno {
	t := syscall.NsecToTimespec(ns)
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_SETTIME, uintptr(id), uintptr(unsafe.Pointer(&t)), 0); e != 0 {
		return e
	}
	return 0
}
