package objects

import "fmt"

// The built-in exception types, as far as the runtime raises them so far.
var (
	BaseExceptionType  = newType("BaseException", ObjectType)
	ExceptionType      = newType("Exception", BaseExceptionType)
	TypeErrorType      = newType("TypeError", ExceptionType)
	NameErrorType      = newType("NameError", ExceptionType)
	UnboundLocalType   = newType("UnboundLocalError", NameErrorType)
	ArithmeticType     = newType("ArithmeticError", ExceptionType)
	ZeroDivisionType   = newType("ZeroDivisionError", ArithmeticType)
	OverflowErrorType  = newType("OverflowError", ArithmeticType)
	LookupErrorType    = newType("LookupError", ExceptionType)
	IndexErrorType     = newType("IndexError", LookupErrorType)
	RuntimeErrorType   = newType("RuntimeError", ExceptionType)
	RecursionErrorType = newType("RecursionError", RuntimeErrorType)
	SystemErrorType    = newType("SystemError", ExceptionType)
	ValueErrorType     = newType("ValueError", ExceptionType)
	AttributeErrorType = newType("AttributeError", ExceptionType)
	KeyErrorType       = newType("KeyError", LookupErrorType)
	StopIterationType  = newType("StopIteration", ExceptionType)
	AssertionErrorType = newType("AssertionError", ExceptionType)
)

// BaseException is a Python exception instance. It is also a Go error, so that runtime
// functions return Python exceptions the idiomatic way.
type BaseException struct {
	typ  *Type
	Args []Object
	// cause is __cause__ (raise ... from cause); suppressContext is __suppress_context__,
	// set by raise ... from.
	cause           *BaseException
	suppressContext bool
}

// SetCause sets __cause__, as raise ... from does, which also sets __suppress_context__.
func (e *BaseException) SetCause(c *BaseException) {
	e.cause = c
	e.suppressContext = true
}

// Cause returns __cause__, or nil.
func (e *BaseException) Cause() *BaseException { return e.cause }

// Type returns the exception's class.
func (e *BaseException) Type() *Type { return e.typ }

// Error formats the exception as the last line of a traceback does, for Go callers.
func (e *BaseException) Error() string {
	if len(e.Args) == 1 {
		if s, ok := e.Args[0].(*Str); ok {
			return e.typ.Name + ": " + s.Value()
		}
	}
	return e.typ.Name
}

// NewException returns an exception of type t with the given arguments.
func NewException(t *Type, args ...Object) *BaseException {
	return &BaseException{typ: t, Args: args}
}

// Errorf returns an exception of type t whose single argument is the formatted message.
func Errorf(t *Type, format string, a ...any) *BaseException {
	return NewException(t, NewStr(fmt.Sprintf(format, a...)))
}
