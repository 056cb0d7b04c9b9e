package flowgraph

import (
	"fmt"

	"github.com/taipanpy/taipan/compile/instrseq"
)

// Params describes the code object whose instructions are optimised.
type Params struct {
	// Varnames, Cellvars and Freevars are the fast locals (parameters
	// first), the cells and the free variables; cell and free-variable
	// opargs index Cellvars followed by Freevars.
	Varnames, Cellvars, Freevars []string
	// NParams counts the parameters, *args and **kwargs included: they are
	// bound on entry, the other locals are not.
	NParams int
	// FirstLineno is co_firstlineno.
	FirstLineno int
	// Generator is set for generators, coroutines and async generators,
	// which start with RETURN_GENERATOR.
	Generator bool
}

// Instr is an instruction of the optimised code.
type Instr struct {
	Opcode, Oparg int
	Loc           instrseq.Location
	// Target is the index of the instruction a jump goes to, or -1.
	Target int
	// Handler is the index of the first instruction of the exception
	// handler covering this instruction, or -1; HandlerDepth is the stack
	// depth at the handler's entry (the exception included) and
	// HandlerLasti whether the handler wants the raising offset pushed.
	Handler, HandlerDepth int
	HandlerLasti          bool
}

// Result is the optimised code of one code object.
type Result struct {
	Instrs []Instr
	// StackDepth is co_stacksize.
	StackDepth int
	// NLocalsplus counts the frame slots for locals, cells and free
	// variables; cells of parameters share their parameter's slot.
	NLocalsplus int
}

// Optimize turns seq, whose jump opargs are instruction indices
// (Sequence.Resolve), into optimised real instructions (CPython's
// _PyCfg_OptimizeCodeUnit followed by _PyCfg_OptimizedCfgToInstructionSequence).
// consts is updated in place as tuples are folded and unused constants
// dropped.
func Optimize(seq *instrseq.Sequence, consts Consts, p *Params) (*Result, error) {
	if len(seq.Instrs) == 0 {
		return nil, fmt.Errorf("flowgraph: empty instruction sequence")
	}
	g, err := fromSequence(seq)
	if err != nil {
		return nil, err
	}
	g.markExceptHandlers()
	if err := g.labelExceptionTargets(); err != nil {
		return nil, err
	}
	if err := g.optimize(consts, p.FirstLineno); err != nil {
		return nil, err
	}
	g.removeUnusedConsts(consts)
	g.addChecksForUninitialized(len(p.Varnames), p.NParams)
	g.insertSuperinstructions()
	g.pushColdBlocksToEnd()
	g.resolveLineNumbers(p.FirstLineno)

	depth, err := g.stackDepth()
	if err != nil {
		return nil, err
	}
	fixed := cellFixedOffsets(p)
	g.insertPrefix(p, fixed)
	dropped := g.fixCellOffsets(p, fixed)
	g.convertPseudoOps()
	g.normalizeJumps()
	return &Result{
		Instrs:      g.linearize(),
		StackDepth:  depth,
		NLocalsplus: len(p.Varnames) + len(p.Cellvars) + len(p.Freevars) - dropped,
	}, nil
}
