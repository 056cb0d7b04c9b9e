package assemble

import (
	"fmt"

	"github.com/taipanpy/taipan/compile/flowgraph"
	"github.com/taipanpy/taipan/objects"
)

// MakeCode optimises and assembles u and the units nested in its constants
// into a code object.
func MakeCode(u *Unit) (*objects.Code, error) {
	if u.Seq == nil {
		return nil, fmt.Errorf("assemble: unit %s has no instructions", u.Name)
	}
	consts := newConstTable(u.Consts)
	nparams := u.ArgCount + u.KwOnlyArgCount
	if u.Flags&objects.CodeVarargs != 0 {
		nparams++
	}
	if u.Flags&objects.CodeVarkeywords != 0 {
		nparams++
	}
	p := &flowgraph.Params{
		Varnames: u.Varnames, Cellvars: u.Cellvars, Freevars: u.Freevars,
		NParams: nparams, FirstLineno: u.FirstLineno,
		Generator: u.Flags&(objects.CodeGenerator|objects.CodeCoroutine|objects.CodeAsyncGenerator) != 0,
	}
	res, err := flowgraph.Optimize(u.Seq, consts, p)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", u.Qualname, err)
	}
	offsets, err := resolveJumps(res.Instrs)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", u.Qualname, err)
	}
	code := &objects.Code{
		Name: u.Name, Qualname: u.Qualname, Filename: u.Filename, FirstLineno: u.FirstLineno,
		Instrs:         emitCode(res.Instrs, offsets[len(res.Instrs)]),
		StackSize:      res.StackDepth,
		ExceptionTable: exceptionTable(res.Instrs, offsets),
		LineTable:      locationTable(res.Instrs, u.FirstLineno),
		ArgCount:       u.ArgCount, PosOnlyArgCount: u.PosOnlyArgCount, KwOnlyArgCount: u.KwOnlyArgCount,
		Flags: u.Flags,
	}
	code.Consts = make([]objects.Object, len(consts.items))
	for i, c := range consts.items {
		if code.Consts[i], err = constObject(c, u.Filename); err != nil {
			return nil, err
		}
	}
	code.Names = make([]*objects.Str, len(u.Names))
	for i, n := range u.Names {
		code.Names[i] = objects.NewStr(n)
	}
	code.LocalsplusNames, code.LocalsplusKinds = localsplus(u)
	code.NLocalsplus = len(code.LocalsplusNames)
	if code.NLocalsplus != res.NLocalsplus {
		return nil, fmt.Errorf("assemble: %s: %d frame slots for %d names", u.Qualname, res.NLocalsplus, code.NLocalsplus)
	}
	code.NFreeVars = len(u.Freevars)
	return code, nil
}

// localsplus names the frame slots and their kinds: the locals (a local
// that is also a cell stays in its slot), then the other cells, then the
// free variables.
func localsplus(u *Unit) ([]string, []byte) {
	var names []string
	var kinds []byte
	isCell := make(map[string]bool, len(u.Cellvars))
	for _, c := range u.Cellvars {
		isCell[c] = true
	}
	isVar := make(map[string]bool, len(u.Varnames))
	for _, v := range u.Varnames {
		isVar[v] = true
		k := byte(objects.LocalFast)
		if isCell[v] {
			k |= objects.LocalCell
		}
		if u.Hidden[v] {
			k |= objects.LocalHidden
		}
		names, kinds = append(names, v), append(kinds, k)
	}
	for _, c := range u.Cellvars {
		if isVar[c] {
			continue
		}
		k := byte(objects.LocalCell)
		if u.Hidden[c] {
			k |= objects.LocalHidden
		}
		names, kinds = append(names, c), append(kinds, k)
	}
	for _, f := range u.Freevars {
		names, kinds = append(names, f), append(kinds, objects.LocalFree)
	}
	return names, kinds
}
