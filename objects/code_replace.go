package objects

import (
	"encoding/binary"
	"math"
)

// code.replace(**changes) and code.__replace__: a copy of a code object with some co_*
// attributes changed, as tools that rewrite code (and copy.replace) use it.

// codeReplaceParams are replace()'s keyword-only parameters, in CPython's order.
var codeReplaceParams = []string{"co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
	"co_nlocals", "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts",
	"co_names", "co_varnames", "co_freevars", "co_cellvars", "co_filename", "co_name",
	"co_qualname", "co_linetable", "co_exceptiontable"}

var codeReplaceArgs = ArgParser{FuncName: "replace", Params: codeReplaceParams}

// Replace returns a copy of c with the attributes named by kwnames set to the values that
// follow the (absent) positional arguments in args.
func (c *Code) Replace(ts *Thread, args []Object, kwnames *Tuple) (*Code, error) {
	if len(args) > kwnames.Len() {
		return nil, Errorf(TypeErrorType, "replace() takes no positional arguments")
	}
	var vals [18]Object
	if err := codeReplaceArgs.Parse(args, kwnames, vals[:]); err != nil {
		return nil, err
	}
	n := *c
	n.lines = nil // the line table may change
	n.LocalsplusNames = append([]string(nil), c.LocalsplusNames...)
	ints := map[string]*int{"co_argcount": &n.ArgCount, "co_posonlyargcount": &n.PosOnlyArgCount,
		"co_kwonlyargcount": &n.KwOnlyArgCount, "co_stacksize": &n.StackSize, "co_firstlineno": &n.FirstLineno}
	for i, name := range codeReplaceParams {
		v := vals[i]
		if v == nil {
			continue
		}
		if p, ok := ints[name]; ok || name == "co_nlocals" || name == "co_flags" {
			idx, err := Index(ts, v)
			if err != nil {
				return nil, err
			}
			x, fits := idx.Int64()
			if !fits || x < -1<<31 || x >= 1<<31 {
				return nil, Errorf(OverflowErrorType, "Python int too large to convert to C int")
			}
			switch {
			case ok:
				*p = int(x)
			case name == "co_flags":
				n.Flags = CodeFlags(x)
			}
			continue
		}
		switch name {
		case "co_filename", "co_name", "co_qualname":
			s, ok := v.(*Str)
			if !ok {
				return nil, replaceArgError(name, "str", v)
			}
			switch name {
			case "co_filename":
				n.Filename = s.value
			case "co_name":
				n.Name = s.value
			default:
				n.Qualname = s.value
			}
		case "co_code", "co_linetable", "co_exceptiontable":
			b, ok := v.(*Bytes)
			if !ok {
				return nil, replaceArgError(name, "bytes", v)
			}
			data := append([]byte(nil), b.Value()...)
			switch name {
			case "co_code":
				if len(data)%2 != 0 {
					return nil, Errorf(ValueErrorType, "code: co_code is malformed")
				}
				n.Instrs = make([]uint16, len(data)/2)
				for j := range n.Instrs {
					n.Instrs[j] = binary.LittleEndian.Uint16(data[2*j:])
				}
			case "co_linetable":
				n.LineTable = data
			default:
				n.ExceptionTable = data
			}
		default:
			t, ok := v.(*Tuple)
			if !ok {
				return nil, replaceArgError(name, "tuple", v)
			}
			if name == "co_consts" {
				n.Consts = append([]Object(nil), t.items...)
				continue
			}
			names := make([]string, len(t.items))
			for j, it := range t.items {
				s, ok := it.(*Str)
				if !ok {
					return nil, Errorf(SystemErrorType, "non-string found in code slot")
				}
				names[j] = s.value
			}
			if name == "co_names" {
				n.Names = make([]*Str, len(names))
				for j, s := range names {
					n.Names[j] = NewStr(s)
				}
				continue
			}
			if err := n.renameLocals(name, names); err != nil {
				return nil, err
			}
		}
	}
	return &n, nil
}

// renameLocals gives the locals of one kind (co_varnames, co_cellvars or co_freevars) new
// names; the frame layout stays, so the count must too.
func (c *Code) renameLocals(attr string, names []string) error {
	bits := map[string]byte{"co_varnames": LocalFast, "co_cellvars": LocalCell, "co_freevars": LocalFree}[attr]
	have := c.namesOfKind(bits).Len()
	if len(names) < have {
		return Errorf(ValueErrorType, "code: %s is too small", attr)
	}
	if len(names) > have {
		return Errorf(ValueErrorType, "code: %s is too large", attr)
	}
	k := 0
	for i := range c.LocalsplusNames {
		if i < len(c.LocalsplusKinds) && c.LocalsplusKinds[i]&bits != 0 {
			c.LocalsplusNames[i] = names[k]
			k++
		}
	}
	return nil
}

func replaceArgError(name, want string, v Object) error {
	return Errorf(TypeErrorType, "replace() argument '%s' must be %s, not %s", name, want, v.Type().Name)
}

func init() {
	replace := func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		return self.(*Code).Replace(ts, args, kwnames)
	}
	CodeType.Methods = append(CodeType.Methods,
		MethodDef{Name: "replace", Flags: MethFastcall | MethKeywords, Func: replace,
			Doc: "Return a copy of the code object with new values for the specified fields."},
		MethodDef{Name: "__replace__", Flags: MethFastcall | MethKeywords, Func: replace,
			Doc: "The same as replace()."})
}

// codeEqual compares code objects as CPython's code_richcompare does: everything that makes
// them run differently, but not co_qualname or co_filename.
func codeEqual(ts *Thread, a, b *Code) (bool, error) {
	if a.Name != b.Name || a.ArgCount != b.ArgCount || a.PosOnlyArgCount != b.PosOnlyArgCount ||
		a.KwOnlyArgCount != b.KwOnlyArgCount || a.Flags != b.Flags || a.FirstLineno != b.FirstLineno ||
		len(a.Instrs) != len(b.Instrs) || len(a.Consts) != len(b.Consts) || len(a.Names) != len(b.Names) ||
		string(a.LineTable) != string(b.LineTable) || string(a.ExceptionTable) != string(b.ExceptionTable) ||
		len(a.LocalsplusNames) != len(b.LocalsplusNames) {
		return false, nil
	}
	for i := range a.Instrs {
		if a.Instrs[i] != b.Instrs[i] {
			return false, nil
		}
	}
	for i := range a.Names {
		if a.Names[i].value != b.Names[i].value {
			return false, nil
		}
	}
	for i := range a.LocalsplusNames {
		if a.LocalsplusNames[i] != b.LocalsplusNames[i] {
			return false, nil
		}
	}
	for i := range a.Consts {
		if eq, err := constsEqual(ts, a.Consts[i], b.Consts[i]); err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// constsEqual compares constants as _PyCode_ConstantKey keys do: of the same type and equal,
// so that 1, 1.0 and True differ, as do 0.0 and -0.0.
func constsEqual(ts *Thread, x, y Object) (bool, error) {
	if x.Type() != y.Type() {
		return false, nil
	}
	switch xv := x.(type) {
	case *Float:
		return math.Float64bits(xv.value) == math.Float64bits(y.(*Float).value), nil
	case *Tuple:
		yv := y.(*Tuple)
		if len(xv.items) != len(yv.items) {
			return false, nil
		}
		for i := range xv.items {
			if eq, err := constsEqual(ts, xv.items[i], yv.items[i]); err != nil || !eq {
				return false, err
			}
		}
		return true, nil
	}
	return Equal(ts, x, y)
}

func init() {
	t := CodeType
	t.Slots.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*Code)
		y, ok := b.(*Code)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		eq, err := codeEqual(ts, x, y)
		if err != nil {
			return nil, err
		}
		return NewBool(eq == (op == CmpEQ)), nil
	}
	t.Slots.Hash = func(ts *Thread, o Object) (int64, error) {
		c := o.(*Code)
		h := NewStr(c.Name).Hash()
		for _, v := range []int{c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, int(c.Flags), c.FirstLineno, len(c.Instrs), len(c.Consts)} {
			h = h*1000003 ^ int64(v)
		}
		if h == -1 {
			h = -2
		}
		return h, nil
	}
}
