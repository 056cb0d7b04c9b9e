package objects

import "encoding/binary"

// The attributes of code objects (co_name, co_varnames, co_code ...), as Python code sees them.

// namesOfKind returns the names of the locals whose kind has any of the given bits, in order:
// co_varnames are the fast locals, co_cellvars the cells, co_freevars the free variables.
var varnameFromOpargArgs = ArgParser{FuncName: "_varname_from_oparg", Params: []string{"oparg"}, MinPos: 1, MaxPos: 1}

func (c *Code) namesOfKind(bits byte) *Tuple {
	var names []Object
	for i, n := range c.LocalsplusNames {
		if i < len(c.LocalsplusKinds) && c.LocalsplusKinds[i]&bits != 0 {
			names = append(names, NewStr(n))
		}
	}
	return NewTuple(names)
}

// codeBytes returns co_code: the instruction stream as bytes, little-endian code units.
func (c *Code) codeBytes() *Bytes {
	b := make([]byte, 0, 2*len(c.Instrs))
	for _, u := range c.Instrs {
		b = binary.LittleEndian.AppendUint16(b, u)
	}
	return NewBytes(b)
}

func codeGet(f func(c *Code) Object) func(ts *Thread, o Object) (Object, error) {
	return func(ts *Thread, o Object) (Object, error) { return f(o.(*Code)), nil }
}

func intOf(v int) Object { return NewInt(int64(v)) }

func init() {
	t := CodeType
	t.GetSets = append(t.GetSets,
		GetSetDef{Name: "co_name", Get: codeGet(func(c *Code) Object { return NewStr(c.Name) })},
		GetSetDef{Name: "co_qualname", Get: codeGet(func(c *Code) Object { return NewStr(c.Qualname) })},
		GetSetDef{Name: "co_filename", Get: codeGet(func(c *Code) Object { return NewStr(c.Filename) })},
		GetSetDef{Name: "co_firstlineno", Get: codeGet(func(c *Code) Object { return intOf(c.FirstLineno) })},
		GetSetDef{Name: "co_argcount", Get: codeGet(func(c *Code) Object { return intOf(c.ArgCount) })},
		GetSetDef{Name: "co_posonlyargcount", Get: codeGet(func(c *Code) Object { return intOf(c.PosOnlyArgCount) })},
		GetSetDef{Name: "co_kwonlyargcount", Get: codeGet(func(c *Code) Object { return intOf(c.KwOnlyArgCount) })},
		GetSetDef{Name: "co_nlocals", Get: codeGet(func(c *Code) Object { return intOf(c.namesOfKind(LocalFast).Len()) })},
		GetSetDef{Name: "co_stacksize", Get: codeGet(func(c *Code) Object { return intOf(c.StackSize) })},
		GetSetDef{Name: "co_flags", Get: codeGet(func(c *Code) Object { return intOf(int(c.Flags)) })},
		GetSetDef{Name: "co_consts", Get: codeGet(func(c *Code) Object { return NewTuple(c.Consts) })},
		GetSetDef{Name: "co_names", Get: codeGet(func(c *Code) Object {
			names := make([]Object, len(c.Names))
			for i, n := range c.Names {
				names[i] = n
			}
			return NewTuple(names)
		})},
		GetSetDef{Name: "co_varnames", Get: codeGet(func(c *Code) Object { return c.namesOfKind(LocalFast) })},
		GetSetDef{Name: "co_cellvars", Get: codeGet(func(c *Code) Object { return c.namesOfKind(LocalCell) })},
		GetSetDef{Name: "co_freevars", Get: codeGet(func(c *Code) Object { return c.namesOfKind(LocalFree) })},
		GetSetDef{Name: "co_code", Get: codeGet(func(c *Code) Object { return c.codeBytes() })},
		GetSetDef{Name: "co_linetable", Get: codeGet(func(c *Code) Object { return NewBytes(c.LineTable) })},
		GetSetDef{Name: "co_exceptiontable", Get: codeGet(func(c *Code) Object { return NewBytes(c.ExceptionTable) })},
	)
	t.Methods = append(t.Methods,
		MethodDef{Name: "co_lines", Flags: MethNoArgs,
			Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
				var items []Object
				for _, r := range self.(*Code).Lines() {
					line := Object(None)
					if r.Line >= 0 {
						line = intOf(r.Line)
					}
					items = append(items, NewTuple([]Object{intOf(r.Start * 2), intOf(r.End * 2), line}))
				}
				return GetIter(ts, NewList(items))
			}},
		// _varname_from_oparg names the local an instruction's oparg indexes, which dis uses.
		MethodDef{Name: "_varname_from_oparg", Flags: MethFastcall | MethKeywords,
			Func: func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
				var a [1]Object
				if err := varnameFromOpargArgs.Parse(args, kwnames, a[:]); err != nil {
					return nil, err
				}
				i, err := Index(ts, a[0])
				if err != nil {
					return nil, err
				}
				n, ok := i.Int64()
				names := self.(*Code).LocalsplusNames
				if !ok || n < 0 || n >= int64(len(names)) {
					return nil, Errorf(IndexErrorType, "tuple index out of range")
				}
				return NewStr(names[n]), nil
			}},
		MethodDef{Name: "co_positions", Flags: MethNoArgs,
			Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
				var items []Object
				orNone := func(v int) Object {
					if v < 0 {
						return None
					}
					return intOf(v)
				}
				for _, p := range self.(*Code).Positions() {
					items = append(items, NewTuple([]Object{orNone(p.Lineno), orNone(p.EndLineno), orNone(p.ColOffset), orNone(p.EndColOffset)}))
				}
				return GetIter(ts, NewList(items))
			}},
	)
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		c := o.(*Code)
		return NewStr("<code object " + c.Name + " at " + addressOf(c) + ", file \"" + c.Filename + "\", line " + intOf(c.FirstLineno).(*Int).String() + ">"), nil
	}
}
