package vm

import "github.com/taipanpy/taipan/objects"

// UnknownOpcode is the error for an instruction the loop has no case for: a compiler or
// specializer bug, reported as SystemError rather than a crash.
func UnknownOpcode(frame *Frame, op int) error {
	return objects.Errorf(objects.SystemErrorType, "%s: unknown opcode %d at offset %d",
		frame.Code.Qualname, op, frame.InstrPtr*2)
}

// UnboundLocal is the error for reading a fast local that has no value.
func UnboundLocal(frame *Frame, index int) error {
	return objects.Errorf(objects.UnboundLocalType,
		"cannot access local variable '%s' where it is not associated with a value",
		localName(frame.Code, index))
}

// localName names fast local index for messages.
func localName(code *objects.Code, index int) string {
	if index < len(code.LocalsplusNames) {
		return code.LocalsplusNames[index]
	}
	return "#" + objects.NewInt(int64(index)).String()
}

// UnknownUop is the error for a uop the tier-2 executor has no case for: a projection bug,
// reported as SystemError rather than a crash.
func UnknownUop(frame *Frame, uop int) error {
	return objects.Errorf(objects.SystemErrorType, "%s: unknown uop %d in trace",
		frame.Code.Qualname, uop)
}

// AsException returns err as the Python exception the interpreter propagates: Python
// exceptions as they are, any other Go error (a runtime bug) as a SystemError naming it.
func AsException(err error) *objects.BaseException {
	if exc, ok := err.(*objects.BaseException); ok {
		return exc
	}
	if err == nil {
		return objects.Errorf(objects.SystemErrorType, "error return without exception set")
	}
	return objects.Errorf(objects.SystemErrorType, "%v", err)
}
