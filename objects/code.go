package objects

// CodeType is the type of code objects.
var CodeType = newType("code", ObjectType)

// Code is a compiled code object: the instruction stream with its inline caches and everything
// a frame needs to run it.
type Code struct {
	// Name and Qualname are co_name and co_qualname.
	Name, Qualname string
	// Filename is co_filename; FirstLineno is co_firstlineno.
	Filename    string
	FirstLineno int
	// Instrs is the instruction stream: code units whose low byte is the opcode and high byte
	// the oparg, each instruction followed by its inline-cache units. The interpreter rewrites
	// it in place as it specializes.
	Instrs []uint16
	// Consts and Names are co_consts and co_names.
	Consts []Object
	Names  []*Str
	// NLocalsplus counts the fast locals, cells and free variables that precede the value
	// stack in a frame; StackSize is the most the value stack holds (co_stacksize).
	NLocalsplus int
	StackSize   int
	// LocalsplusNames names the fast locals, cells and free variables in order.
	LocalsplusNames []string
	// NFreeVars counts the free variables, the last entries of the locals.
	NFreeVars int
	// ExceptionTable is co_exceptiontable, in CPython's encoding (see exctable.go).
	ExceptionTable []byte
	// ArgCount counts the positional parameters, positional-only ones included
	// (co_argcount); PosOnlyArgCount the positional-only ones; KwOnlyArgCount the
	// keyword-only ones. The parameters are the first locals, in that order, followed by
	// *args and **kwargs when Flags has CodeVarargs and CodeVarkeywords.
	ArgCount, PosOnlyArgCount, KwOnlyArgCount int
	// Flags is co_flags.
	Flags CodeFlags
	// LocalsplusKinds holds a LocalKind for each entry of LocalsplusNames
	// (co_localspluskinds).
	LocalsplusKinds []byte
	// LineTable is co_linetable, in CPython's location-table encoding (see
	// linetable.go).
	LineTable []byte
	// lines caches each code unit's line (-1 for none), decoded from LineTable on first
	// use by LineOf: tracing asks for it at every instruction.
	lines []int32
}

// The LocalKind bits of LocalsplusKinds, with CPython's values.
const (
	// LocalHidden marks a local of an inlined comprehension.
	LocalHidden = 0x10
	// LocalFast marks an ordinary fast local (a co_varnames entry).
	LocalFast = 0x20
	// LocalCell marks a local that lives in a cell (co_cellvars).
	LocalCell = 0x40
	// LocalFree marks a free variable (co_freevars).
	LocalFree = 0x80
)

// CodeFlags are the bits of co_flags, with CPython's values.
type CodeFlags uint32

// The co_flags bits.
const (
	CodeOptimized           CodeFlags = 0x1
	CodeNewLocals           CodeFlags = 0x2
	CodeVarargs             CodeFlags = 0x4
	CodeVarkeywords         CodeFlags = 0x8
	CodeNested              CodeFlags = 0x10
	CodeGenerator           CodeFlags = 0x20
	CodeNoFree              CodeFlags = 0x40
	CodeCoroutine           CodeFlags = 0x80
	CodeIterableCoroutine   CodeFlags = 0x100
	CodeAsyncGenerator      CodeFlags = 0x200
	CodeHasDocstring        CodeFlags = 0x4000000
	CodeMethod              CodeFlags = 0x8000000
	CodeFutureAnnotations   CodeFlags = 0x1000000
	CodeFutureGeneratorStop CodeFlags = 0x800000
)

// IsFreeVar reports whether local index i is a free variable (a cell of an enclosing scope).
func (c *Code) IsFreeVar(i int) bool { return i >= c.NLocalsplus-c.NFreeVars }

// Type returns CodeType.
func (*Code) Type() *Type { return CodeType }
