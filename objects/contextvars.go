package objects

// Context variables (PEP 567, CPython's Python/context.c): ContextVar, Token and Context. Each
// thread runs in a current Context, a mapping from variables to values; ContextVar.set changes
// the current one, Context.run makes another current for the length of a call. Contexts share
// their mapping until one of them changes, so copy_context() is cheap.

// ContextType, ContextVarType and TokenType are contextvars' types.
var (
	ContextType    = newType("_contextvars.Context", ObjectType)
	ContextVarType = newType("_contextvars.ContextVar", ObjectType)
	TokenType      = newType("_contextvars.Token", ObjectType)
	tokenMissing   = newType("Token.MISSING", ObjectType)
)

// tokenMissingValue is Token.MISSING, the old value of a variable that had none.
var tokenMissingValue Object = &singleton{typ: tokenMissing}

type singleton struct{ typ *Type }

func (s *singleton) Type() *Type { return s.typ }

// contextMap is a Context's mapping, shared by the contexts copied from one another until one
// of them writes.
type contextMap struct {
	keys   []*ContextVar
	values map[*ContextVar]Object
	shared bool
}

func (m *contextMap) get(v *ContextVar) Object {
	if m == nil {
		return nil
	}
	return m.values[v]
}

// with returns the mapping with v set to val (deleted when val is nil), copying it first when
// another context shares it.
func (m *contextMap) with(v *ContextVar, val Object) *contextMap {
	if m == nil {
		m = &contextMap{values: map[*ContextVar]Object{}}
	} else if m.shared {
		c := &contextMap{keys: append([]*ContextVar(nil), m.keys...), values: make(map[*ContextVar]Object, len(m.values))}
		for k, x := range m.values {
			c.values[k] = x
		}
		m = c
	}
	_, had := m.values[v]
	switch {
	case val == nil && had:
		delete(m.values, v)
		for i, k := range m.keys {
			if k == v {
				m.keys = append(m.keys[:i], m.keys[i+1:]...)
				break
			}
		}
	case val != nil:
		if !had {
			m.keys = append(m.keys, v)
		}
		m.values[v] = val
	}
	return m
}

func (m *contextMap) len() int {
	if m == nil {
		return 0
	}
	return len(m.keys)
}

// Context is a contextvars.Context.
type Context struct {
	vars    *contextMap
	entered bool
	prev    *Context
}

// Type returns ContextType.
func (*Context) Type() *Type { return ContextType }

// ContextVar is a contextvars.ContextVar.
type ContextVar struct {
	name *Str
	def  Object // nil: no default
}

// Type returns ContextVarType.
func (*ContextVar) Type() *Type { return ContextVarType }

// Token records what ContextVar.set replaced, for reset.
type Token struct {
	ctx  *Context
	v    *ContextVar
	old  Object // nil: the variable had no value
	used bool
}

// Type returns TokenType.
func (*Token) Type() *Type { return TokenType }

// CurrentContext returns the thread's current context, making an empty one the first time.
func (t *Thread) CurrentContext() *Context {
	if t.context == nil {
		t.context = &Context{entered: true}
	}
	return t.context
}

// CopyContext returns a copy of the current context (contextvars.copy_context()).
func CopyContext(ts *Thread) *Context {
	return copyOf(ts.CurrentContext())
}

func copyOf(c *Context) *Context {
	if c.vars != nil {
		c.vars.shared = true
	}
	return &Context{vars: c.vars}
}

// Run calls fn in the context c, as Context.run does.
func (c *Context) Run(ts *Thread, fn Object, args []Object, kwnames *Tuple) (Object, error) {
	if c.entered {
		r, _ := Repr(ts, c)
		return nil, Errorf(RuntimeErrorType, "cannot enter context: %s is already entered", r.value)
	}
	c.prev, c.entered = ts.CurrentContext(), true
	ts.context = c
	defer func() {
		ts.context, c.prev, c.entered = c.prev, nil, false
	}()
	return Call(ts, fn, args, kwnames)
}

// Get returns the variable's value in the current context: its default, or default when
// given, or a LookupError.
func (v *ContextVar) Get(ts *Thread, dflt Object) (Object, error) {
	if x := ts.CurrentContext().vars.get(v); x != nil {
		return x, nil
	}
	if dflt != nil {
		return dflt, nil
	}
	if v.def != nil {
		return v.def, nil
	}
	return nil, NewException(LookupErrorType, v)
}

// Set gives the variable a value in the current context.
func (v *ContextVar) Set(ts *Thread, val Object) *Token {
	ctx := ts.CurrentContext()
	tok := &Token{ctx: ctx, v: v, old: ctx.vars.get(v)}
	ctx.vars = ctx.vars.with(v, val)
	return tok
}

// Reset undoes the Set that made tok.
func (v *ContextVar) Reset(ts *Thread, o Object) error {
	tok, ok := o.(*Token)
	if !ok {
		return Errorf(TypeErrorType, "expected an instance of Token, got '%s'", o.Type().Name)
	}
	r, _ := Repr(ts, tok)
	switch {
	case tok.used:
		return Errorf(RuntimeErrorType, "%s has already been used once", r.value)
	case tok.v != v:
		return Errorf(ValueErrorType, "%s was created by a different ContextVar", r.value)
	case tok.ctx != ts.CurrentContext():
		return Errorf(ValueErrorType, "%s was created in a different Context", r.value)
	}
	tok.used = true
	tok.ctx.vars = tok.ctx.vars.with(v, tok.old)
	return nil
}

var contextVarArgs = ArgParser{FuncName: "ContextVar", Params: []string{"name", "default"}, MinPos: 1, MaxPos: 1}

func contextVarKey(o Object) (*ContextVar, error) {
	v, ok := o.(*ContextVar)
	if !ok {
		return nil, Errorf(TypeErrorType, "a ContextVar key was expected, got %s", reprOrType(o))
	}
	return v, nil
}

// reprOrType shows an object in an error message as CPython's %R does for simple values.
func reprOrType(o Object) string {
	if r, err := Repr(nil, o); err == nil {
		return r.value
	}
	return "<" + o.Type().Name + ">"
}

func contextItems(c *Context, f func(v *ContextVar, x Object) Object) *List {
	items := make([]Object, 0, c.vars.len())
	if c.vars != nil {
		for _, k := range c.vars.keys {
			items = append(items, f(k, c.vars.values[k]))
		}
	}
	return NewList(items)
}

func init() {
	t := ContextVarType
	t.Flags |= TypeFinal
	t.Attrs = append(t.Attrs, TypeAttr{Name: "__module__", Value: NewStr("_contextvars")})
	t.Slots.New = func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		var v [2]Object
		if err := contextVarArgs.Parse(args, kwnames, v[:]); err != nil {
			return nil, err
		}
		name, ok := v[0].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "context variable name must be a str")
		}
		return &ContextVar{name: name, def: v[1]}, nil
	}
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		v := o.(*ContextVar)
		nr, err := Repr(ts, v.name)
		if err != nil {
			return nil, err
		}
		s := "<ContextVar name=" + nr.value
		if v.def != nil {
			r, err := Repr(ts, v.def)
			if err != nil {
				return nil, err
			}
			s += " default=" + r.value
		}
		return NewStr(s + " at " + addressOf(o) + ">"), nil
	}
	t.GetSets = []GetSetDef{{Name: "name", Get: func(ts *Thread, o Object) (Object, error) { return o.(*ContextVar).name, nil }}}
	t.Methods = []MethodDef{
		{Name: "get", Flags: MethFastcall, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := CheckPositional("get", len(args), 0, 1); err != nil {
				return nil, err
			}
			var d Object
			if len(args) == 1 {
				d = args[0]
			}
			return self.(*ContextVar).Get(ts, d)
		}},
		{Name: "set", Flags: MethO, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			return self.(*ContextVar).Set(ts, args[0]), nil
		}},
		{Name: "reset", Flags: MethO, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			return None, self.(*ContextVar).Reset(ts, args[0])
		}},
		ClassGetItem,
	}

	k := TokenType
	k.Flags |= TypeFinal
	k.Attrs = append(k.Attrs, TypeAttr{Name: "__module__", Value: NewStr("_contextvars")},
		TypeAttr{Name: "MISSING", Value: tokenMissingValue})
	k.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		tok := o.(*Token)
		used := ""
		if tok.used {
			used = " used"
		}
		vr, err := Repr(ts, tok.v)
		if err != nil {
			return nil, err
		}
		return NewStr("<Token" + used + " var=" + vr.value + " at " + addressOf(o) + ">"), nil
	}
	k.GetSets = []GetSetDef{
		{Name: "var", Get: func(ts *Thread, o Object) (Object, error) { return o.(*Token).v, nil }},
		{Name: "old_value", Get: func(ts *Thread, o Object) (Object, error) {
			if old := o.(*Token).old; old != nil {
				return old, nil
			}
			return tokenMissingValue, nil
		}},
	}
	k.Methods = []MethodDef{ClassGetItem}
	tokenMissing.Flags |= TypeFinal
	tokenMissing.Slots.Repr = func(ts *Thread, o Object) (*Str, error) { return NewStr("<Token.MISSING>"), nil }

	c := ContextType
	c.Flags |= TypeFinal
	c.Attrs = append(c.Attrs, TypeAttr{Name: "__module__", Value: NewStr("_contextvars")}, TypeAttr{Name: "__hash__", Value: None})
	c.Slots.Hash = unhashable
	c.Slots.New = func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		if len(args) > 0 {
			return nil, Errorf(TypeErrorType, "Context() does not accept any arguments")
		}
		return &Context{}, nil
	}
	c.Slots.Len = func(ts *Thread, o Object) (int, error) { return o.(*Context).vars.len(), nil }
	c.Slots.GetItem = func(ts *Thread, o, key Object) (Object, error) {
		v, err := contextVarKey(key)
		if err != nil {
			return nil, err
		}
		if x := o.(*Context).vars.get(v); x != nil {
			return x, nil
		}
		return nil, NewException(KeyErrorType, key)
	}
	c.Slots.Contains = func(ts *Thread, o, key Object) (bool, error) {
		v, err := contextVarKey(key)
		if err != nil {
			return false, err
		}
		return o.(*Context).vars.get(v) != nil, nil
	}
	c.Slots.Iter = func(ts *Thread, o Object) (Object, error) {
		return GetIter(ts, contextItems(o.(*Context), func(v *ContextVar, _ Object) Object { return v }))
	}
	c.Slots.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*Context)
		y, ok := b.(*Context)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		eq := x.vars.len() == y.vars.len()
		if eq && x.vars != nil {
			for _, k := range x.vars.keys {
				other := y.vars.get(k)
				if other == nil {
					eq = false
					break
				}
				same, err := Equal(ts, x.vars.values[k], other)
				if err != nil {
					return nil, err
				}
				if !same {
					eq = false
					break
				}
			}
		}
		return NewBool(eq == (op == CmpEQ)), nil
	}
	c.Methods = []MethodDef{
		{Name: "run", Flags: MethFastcall | MethKeywords, Func: func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
			if len(args)-kwnames.Len() < 1 {
				return nil, Errorf(TypeErrorType, "run() missing 1 required positional argument")
			}
			return self.(*Context).Run(ts, args[0], args[1:], kwnames)
		}},
		{Name: "copy", Flags: MethNoArgs, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			return copyOf(self.(*Context)), nil
		}},
		{Name: "get", Flags: MethFastcall, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := CheckPositional("get", len(args), 1, 2); err != nil {
				return nil, err
			}
			v, err := contextVarKey(args[0])
			if err != nil {
				return nil, err
			}
			if x := self.(*Context).vars.get(v); x != nil {
				return x, nil
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return None, nil
		}},
		{Name: "keys", Flags: MethNoArgs, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			return contextItems(self.(*Context), func(v *ContextVar, _ Object) Object { return v }), nil
		}},
		{Name: "values", Flags: MethNoArgs, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			return contextItems(self.(*Context), func(_ *ContextVar, x Object) Object { return x }), nil
		}},
		{Name: "items", Flags: MethNoArgs, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			return contextItems(self.(*Context), func(v *ContextVar, x Object) Object { return NewTuple([]Object{v, x}) }), nil
		}},
	}
}
