package posix

import (
	"encoding/binary"
	"syscall"
	"unsafe"

	"github.com/taipanpy/taipan/objects"
)

var waitidResultDesc = objects.StructSeqDesc{
	Name:      "posix.waitid_result",
	Doc:       "waitid_result: Result from waitid.\n\nThis object may be accessed either as a tuple of\n  (si_pid, si_uid, si_signo, si_status, si_code),\nor via the attributes si_pid, si_uid, and so on.\n\nSee os.waitid for more information.",
	Fields:    fields("si_pid", "", "si_uid", "", "si_signo", "", "si_status", "", "si_code", ""),
	NSequence: 5,
}

var waitidResultType = objects.NewStructSeqType(&waitidResultDesc)

// waitid is waitid(idtype, id, options): the child's siginfo as a waitid_result, or None
// when WNOHANG finds no child that changed state.
func waitid(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
	v, err := int64Args(ts, a)
	if err != nil {
		return nil, err
	}
	// siginfo_t: si_signo, si_errno, si_code (int32 each), padding, then for SIGCHLD
	// si_pid, si_uid and si_status (int32 each).
	var info [128]byte
	err = blocking(ts, func() error {
		_, _, e := syscall.Syscall6(syscall.SYS_WAITID, uintptr(v[0]), uintptr(v[1]), uintptr(unsafe.Pointer(&info)), uintptr(v[2]), 0, 0)
		return errnoErr(e)
	})
	if err != nil {
		return nil, posixError(err)
	}
	field := func(off int) objects.Object {
		return objects.NewInt(int64(int32(binary.NativeEndian.Uint32(info[off:]))))
	}
	pid := binary.NativeEndian.Uint32(info[16:])
	if pid == 0 {
		return objects.None, nil
	}
	uid := objects.NewInt(int64(binary.NativeEndian.Uint32(info[20:])))
	return objects.NewStructSeq(waitidResultType, []objects.Object{field(16), uid, field(0), field(24), field(8)}), nil
}
