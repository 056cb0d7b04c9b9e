package objects

import "fmt"

// The built-in exception and warning classes of Python 3.13, in the hierarchy of CPython's
// Objects/exceptions.c. Names ending in Type are the classes; a few older short names are
// kept as aliases below.
var (
	BaseExceptionType      = newType("BaseException", ObjectType)
	BaseExceptionGroupType = newType("BaseExceptionGroup", BaseExceptionType)
	GeneratorExitType      = newType("GeneratorExit", BaseExceptionType)
	KeyboardInterruptType  = newType("KeyboardInterrupt", BaseExceptionType)
	SystemExitType         = newType("SystemExit", BaseExceptionType)
	ExceptionType          = newType("Exception", BaseExceptionType)

	ArithmeticErrorType    = newType("ArithmeticError", ExceptionType)
	FloatingPointErrorType = newType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType      = newType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType  = newType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType     = newType("AssertionError", ExceptionType)
	AttributeErrorType     = newType("AttributeError", ExceptionType)
	BufferErrorType        = newType("BufferError", ExceptionType)
	EOFErrorType           = newType("EOFError", ExceptionType)
	// ExceptionGroupType derives from BaseExceptionGroup and Exception (its Bases are set
	// below).
	ExceptionGroupType          = newType("ExceptionGroup", BaseExceptionGroupType)
	ImportErrorType             = newType("ImportError", ExceptionType)
	ModuleNotFoundErrorType     = newType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType             = newType("LookupError", ExceptionType)
	IndexErrorType              = newType("IndexError", LookupErrorType)
	KeyErrorType                = newType("KeyError", LookupErrorType)
	MemoryErrorType             = newType("MemoryError", ExceptionType)
	NameErrorType               = newType("NameError", ExceptionType)
	UnboundLocalErrorType       = newType("UnboundLocalError", NameErrorType)
	OSErrorType                 = newType("OSError", ExceptionType)
	BlockingIOErrorType         = newType("BlockingIOError", OSErrorType)
	ChildProcessErrorType       = newType("ChildProcessError", OSErrorType)
	ConnectionErrorType         = newType("ConnectionError", OSErrorType)
	BrokenPipeErrorType         = newType("BrokenPipeError", ConnectionErrorType)
	ConnectionAbortedErrorType  = newType("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedErrorType  = newType("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType    = newType("ConnectionResetError", ConnectionErrorType)
	FileExistsErrorType         = newType("FileExistsError", OSErrorType)
	FileNotFoundErrorType       = newType("FileNotFoundError", OSErrorType)
	InterruptedErrorType        = newType("InterruptedError", OSErrorType)
	IsADirectoryErrorType       = newType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType      = newType("NotADirectoryError", OSErrorType)
	PermissionErrorType         = newType("PermissionError", OSErrorType)
	ProcessLookupErrorType      = newType("ProcessLookupError", OSErrorType)
	TimeoutErrorType            = newType("TimeoutError", OSErrorType)
	ReferenceErrorType          = newType("ReferenceError", ExceptionType)
	RuntimeErrorType            = newType("RuntimeError", ExceptionType)
	NotImplementedErrorType     = newType("NotImplementedError", RuntimeErrorType)
	PythonFinalizationErrorType = newType("PythonFinalizationError", RuntimeErrorType)
	RecursionErrorType          = newType("RecursionError", RuntimeErrorType)
	StopAsyncIterationType      = newType("StopAsyncIteration", ExceptionType)
	StopIterationType           = newType("StopIteration", ExceptionType)
	SyntaxErrorType             = newType("SyntaxError", ExceptionType)
	IndentationErrorType        = newType("IndentationError", SyntaxErrorType)
	TabErrorType                = newType("TabError", IndentationErrorType)
	IncompleteInputErrorType    = newType("_IncompleteInputError", SyntaxErrorType)
	SystemErrorType             = newType("SystemError", ExceptionType)
	TypeErrorType               = newType("TypeError", ExceptionType)
	ValueErrorType              = newType("ValueError", ExceptionType)
	UnicodeErrorType            = newType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType      = newType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType      = newType("UnicodeEncodeError", UnicodeErrorType)
	UnicodeTranslateErrorType   = newType("UnicodeTranslateError", UnicodeErrorType)

	WarningType                   = newType("Warning", ExceptionType)
	BytesWarningType              = newType("BytesWarning", WarningType)
	DeprecationWarningType        = newType("DeprecationWarning", WarningType)
	EncodingWarningType           = newType("EncodingWarning", WarningType)
	FutureWarningType             = newType("FutureWarning", WarningType)
	ImportWarningType             = newType("ImportWarning", WarningType)
	PendingDeprecationWarningType = newType("PendingDeprecationWarning", WarningType)
	ResourceWarningType           = newType("ResourceWarning", WarningType)
	RuntimeWarningType            = newType("RuntimeWarning", WarningType)
	SyntaxWarningType             = newType("SyntaxWarning", WarningType)
	UnicodeWarningType            = newType("UnicodeWarning", WarningType)
	UserWarningType               = newType("UserWarning", WarningType)
)

// Aliases: the short names the runtime used first, and Python's own aliases of OSError.
var (
	ArithmeticType       = ArithmeticErrorType
	ZeroDivisionType     = ZeroDivisionErrorType
	UnboundLocalType     = UnboundLocalErrorType
	IOErrorType          = OSErrorType
	EnvironmentErrorType = OSErrorType
)

// BuiltinExceptionNames lists the names under which builtins exposes the exception classes,
// aliases included, in CPython's order of definition.
var BuiltinExceptionNames = []string{}

// BuiltinExceptions maps each name of BuiltinExceptionNames to its class.
var BuiltinExceptions = map[string]*Type{}

func init() {
	for _, t := range builtinTypes {
		if t.IsSubtype(BaseExceptionType) {
			BuiltinExceptionNames = append(BuiltinExceptionNames, t.Name)
			BuiltinExceptions[t.Name] = t
		}
	}
	for _, alias := range []string{"IOError", "EnvironmentError"} {
		BuiltinExceptionNames = append(BuiltinExceptionNames, alias)
		BuiltinExceptions[alias] = OSErrorType
	}
	// Only the exceptions CPython gives fields of their own have a layout of their own: the
	// others can be combined as bases (class E(ArithmeticError, TypeError)).
	ownLayout := map[*Type]bool{BaseExceptionType: true, BaseExceptionGroupType: true,
		SystemExitType: true, AttributeErrorType: true, ImportErrorType: true, NameErrorType: true,
		OSErrorType: true, StopIterationType: true, SyntaxErrorType: true, UnicodeEncodeErrorType: true,
		UnicodeDecodeErrorType: true, UnicodeTranslateErrorType: true}
	for _, t := range BuiltinExceptions {
		if !ownLayout[t] {
			t.Flags |= TypeBaseLayout
		}
	}
}

// BaseException is a Python exception instance: an instance of BaseException or of any of
// its subclasses, built-in or defined in Python. It is also a Go error, so that runtime
// functions return Python exceptions the idiomatic way.
type BaseException struct {
	// typ is the built-in class the instance was made as; for an instance of a Python
	// subclass it is the nearest built-in base, and ext holds the class.
	typ *Type
	// ext holds the Python class of a subclass instance.
	ext *Extension
	// dict is the instance's __dict__, which every exception has (even one of a built-in
	// class), made on first use.
	dict *Dict
	args []Object
	// fields are the values of the class's members (StopIteration.value, OSError.errno,
	// ...), laid out by the class's excSpec; nil means None.
	fields []Object
	// traceback is __traceback__ (nil for None); cause and context are __cause__ and
	// __context__; suppressContext is __suppress_context__.
	traceback *Traceback
	// raised is set once the interpreter has raised the exception, so that its context is
	// recorded at the first raise and not again as it unwinds through callers.
	raised          bool
	cause, context  *BaseException
	suppressContext bool
}

// Type returns the exception's class.
func (e *BaseException) Type() *Type {
	if e.ext != nil {
		return e.ext.Class
	}
	return e.typ
}

// Error formats the exception as the last line of a traceback does, for Go callers.
func (e *BaseException) Error() string {
	name := e.Type().Name
	// The class's __str__ when types are ready; the built-in rule otherwise (Go callers
	// may format an exception before the runtime readied the types).
	str := e.Type().Slots.Str
	if str == nil {
		str = exceptionStr
	}
	s, err := str(nil, e)
	if err != nil {
		return name + ": <exception str() failed>"
	}
	if s.value == "" {
		return name
	}
	return name + ": " + s.value
}

// Args returns the exception's args; the caller must not modify them.
func (e *BaseException) Args() []Object { return e.args }

// SetArgs replaces the exception's args.
func (e *BaseException) SetArgs(args []Object) { e.args = append([]Object(nil), args...) }

// Cause returns __cause__, or nil.
func (e *BaseException) Cause() *BaseException { return e.cause }

// SetCause sets __cause__, as raise ... from does, which also sets __suppress_context__.
func (e *BaseException) SetCause(c *BaseException) {
	e.cause = c
	e.suppressContext = true
}

// Context returns __context__, or nil.
func (e *BaseException) Context() *BaseException { return e.context }

// SetContext sets __context__ (nil for None).
func (e *BaseException) SetContext(c *BaseException) { e.context = c }

// SuppressContext returns __suppress_context__.
func (e *BaseException) SuppressContext() bool { return e.suppressContext }

// SetSuppressContext sets __suppress_context__.
func (e *BaseException) SetSuppressContext(b bool) { e.suppressContext = b }

// Traceback returns __traceback__, or nil.
func (e *BaseException) Traceback() *Traceback { return e.traceback }

// SetTraceback sets __traceback__ (nil for None).
func (e *BaseException) SetTraceback(tb *Traceback) { e.traceback = tb }

// Raise records that the interpreter raised e: the first time, the exception being handled
// becomes its __context__ (SetRaiseContext). It reports whether this was the first raise.
func (e *BaseException) Raise(ts *Thread) bool {
	if e.raised {
		return false
	}
	e.raised = true
	SetRaiseContext(ts, e)
	return true
}

// Dict returns the instance's __dict__, creating it on first use.
func (e *BaseException) Dict() *Dict {
	if e.dict == nil {
		e.dict = NewDict()
	}
	return e.dict
}

// field returns the member at index i of the class's layout, None when unset.
func (e *BaseException) field(i int) Object {
	if i < len(e.fields) && e.fields[i] != nil {
		return e.fields[i]
	}
	return None
}

// setField sets the member at index i.
func (e *BaseException) setField(i int, v Object) {
	if i >= len(e.fields) {
		e.fields = append(e.fields, make([]Object, i+1-len(e.fields))...)
	}
	e.fields[i] = v
}

// NewException returns an exception of class t with the given args, as raising t(*args)
// from Go does, without running Python __init__ methods. Classes with members take them
// from the args as their constructors do when the args fit (StopIteration(v).value is v,
// OSError(2, msg) is a FileNotFoundError); args that do not fit are kept as they are.
func NewException(t *Type, args ...Object) *BaseException {
	e, err := newException(nil, t, args, nil)
	if err != nil {
		e = newBareException(t, args)
	}
	return e
}

// newBareException makes an instance of t with args and no members set.
func newBareException(t *Type, args []Object) *BaseException {
	e := &BaseException{typ: t, args: args}
	if b := builtinExceptionBase(t); b != t {
		e.typ = b
		e.ext = NewExtension(t)
	}
	return e
}

// builtinExceptionBase returns the nearest built-in exception class of t: t itself for a
// built-in class.
func builtinExceptionBase(t *Type) *Type {
	ensureSpecs()
	for c := t; c != nil; c = c.Base {
		if excSpecs[c] != nil {
			return c
		}
	}
	return BaseExceptionType
}

// Errorf returns an exception of type t whose single argument is the formatted message.
func Errorf(t *Type, format string, a ...any) *BaseException {
	return NewException(t, NewStr(fmt.Sprintf(format, a...)))
}

// IsException reports whether o is an exception instance of class t or a subclass of it.
func IsException(o Object, t *Type) bool {
	e, ok := o.(*BaseException)
	return ok && e.Type().IsSubtype(t)
}
