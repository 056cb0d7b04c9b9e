package codegen

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/compile/symtable"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// PEP 695: a generic function, class or type alias is made inside a hidden function, "<generic
// parameters of NAME>", which creates the type parameters as its locals (so the body can close
// over them) and returns the finished object; the enclosing scope calls it at once.

// The CALL_INTRINSIC_1 and CALL_INTRINSIC_2 operands of type parameters (CPython's INTRINSIC_*).
const (
	intrinsicTypeVar          = 7
	intrinsicParamSpec        = 8
	intrinsicTypeVarTuple     = 9
	intrinsicSubscriptGeneric = 10
	intrinsicTypeAlias        = 11

	intrinsic2TypeVarWithBound       = 2
	intrinsic2TypeVarWithConstraints = 3
	intrinsic2SetFunctionTypeParams  = 4
	intrinsic2SetTypeParamDefault    = 5
)

// enterTypeParams opens the type-parameter scope of the generic statement s named name.
func (c *compiler) enterTypeParams(s ast.Node, name string, lineno int) *Unit {
	ste := c.lookupScope(s, symtable.RoleTypeParams)
	return c.enterScope("<generic parameters of "+name+">", ScopeTypeParams, ste, lineno)
}

// leaveTypeParams ends the type-parameter scope, whose code returns what is on its stack, and
// calls it with the nargs values below it on the enclosing scope's stack.
func (c *compiler) leaveTypeParams(u *Unit, nargs int, loc instrseq.Location) {
	u.ArgCount = nargs
	c.addop(opcode.RETURN_VALUE, 0, instrseq.NoLocation)
	c.exitScope()
	c.makeClosure(u, 0, loc)
	if nargs > 0 {
		// The arguments sit below the function: swapped under it, the first one is taken for
		// CALL's self slot, so CALL nargs-1 passes them all.
		c.addop(opcode.SWAP, nargs+1, loc)
		c.addop(opcode.CALL, nargs-1, loc)
	} else {
		c.addop(opcode.PUSH_NULL, 0, loc)
		c.addop(opcode.CALL, 0, loc)
	}
}

// typeParams creates the type parameters, stores each in its name and leaves their tuple.
func (c *compiler) typeParams(params []ast.TypeParam) {
	seenDefault := false
	for _, tp := range params {
		loc := locOf(tp)
		var name string
		var def ast.Expr
		starredDefault := false
		switch tp := tp.(type) {
		case *ast.TypeVar:
			name, def = tp.Name, tp.DefaultValue
			c.loadConst(strConst(name), loc)
			if tp.Bound != nil {
				c.boundOrDefault(tp.Bound, name, tp, symtable.RoleBody, false)
				op := intrinsic2TypeVarWithBound
				if _, ok := tp.Bound.(*ast.Tuple); ok {
					op = intrinsic2TypeVarWithConstraints
				}
				c.addop(opcode.CALL_INTRINSIC_2, op, loc)
			} else {
				c.addop(opcode.CALL_INTRINSIC_1, intrinsicTypeVar, loc)
			}
		case *ast.TypeVarTuple:
			name, def, starredDefault = tp.Name, tp.DefaultValue, true
			c.loadConst(strConst(name), loc)
			c.addop(opcode.CALL_INTRINSIC_1, intrinsicTypeVarTuple, loc)
		case *ast.ParamSpec:
			name, def = tp.Name, tp.DefaultValue
			c.loadConst(strConst(name), loc)
			c.addop(opcode.CALL_INTRINSIC_1, intrinsicParamSpec, loc)
		}
		if def != nil {
			seenDefault = true
			c.boundOrDefault(def, name, tp, symtable.RoleDefault, starredDefault)
			c.addop(opcode.CALL_INTRINSIC_2, intrinsic2SetTypeParamDefault, loc)
		} else if seenDefault {
			c.errorAt(loc, "non-default type parameter '"+name+"' follows default type parameter")
			return
		}
		c.addop(opcode.COPY, 1, loc)
		c.nameop(name, store, loc)
	}
	c.addop(opcode.BUILD_TUPLE, len(params), locOf(params[0]))
}

// boundOrDefault compiles a bound, constraints or default into the function that evaluates it
// lazily, and leaves that function.
func (c *compiler) boundOrDefault(e ast.Expr, name string, key ast.Node, role symtable.Role, allowStarred bool) {
	ste := c.lookupScope(key, role)
	u := c.enterScope(name, ScopeTypeParams, ste, e.Span().Lineno)
	loc := locOf(e)
	if s, ok := e.(*ast.Starred); ok && allowStarred {
		c.expr(s.Value)
		c.addop(opcode.UNPACK_SEQUENCE, 1, loc)
	} else {
		c.expr(e)
	}
	c.addop(opcode.RETURN_VALUE, 0, loc)
	c.addReturnAtEnd()
	c.exitScope()
	c.makeClosure(u, 0, loc)
}

// typeAlias compiles `type X[...] = value`: the value becomes a function evaluated on demand.
func (c *compiler) typeAlias(s *ast.TypeAlias) {
	loc := locOf(s)
	name := s.Name.(*ast.Name).Id
	var tp *Unit
	if len(s.TypeParams) > 0 {
		tp = c.enterTypeParams(s, name, loc.Lineno)
		c.loadConst(strConst(name), loc)
		c.typeParams(s.TypeParams)
	} else {
		c.loadConst(strConst(name), loc)
		c.loadConst(noneConst, loc)
	}
	ste := c.lookupScope(s, symtable.RoleBody)
	u := c.enterScope(name, ScopeFunction, ste, loc.Lineno)
	// None comes first among the constants, so the value cannot pass for a docstring.
	u.addConst(noneConst)
	c.expr(s.Value)
	c.addop(opcode.RETURN_VALUE, 0, loc)
	c.addop(opcode.RETURN_VALUE, 0, instrseq.NoLocation)
	c.exitScope()
	c.makeClosure(u, 0, loc)
	c.addop(opcode.BUILD_TUPLE, 3, loc)
	c.addop(opcode.CALL_INTRINSIC_1, intrinsicTypeAlias, loc)
	if tp != nil {
		c.leaveTypeParams(tp, 0, loc)
	}
	c.nameop(name, store, loc)
}

// genericClassCall finishes a generic class inside its type-parameter scope: Generic[*params]
// joins the bases, then __build_class__ is called.
func (c *compiler) genericClassCall(s *ast.ClassDef, loc instrseq.Location) {
	c.nameop(".type_params", load, loc)
	c.addop(opcode.CALL_INTRINSIC_1, intrinsicSubscriptGeneric, loc)
	c.nameop(".generic_base", store, loc)
	r := s.Range
	base := &ast.Name{Range: r, Id: ".generic_base", Ctx: &ast.Load{}}
	bases := append(append([]ast.Expr{}, s.Bases...), base)
	c.callHelper(loc, 2, bases, s.Keywords)
}
