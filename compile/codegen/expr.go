package codegen

import (
	"unicode/utf8"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/compile/symtable"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// The BINARY_OP operands (CPython's NB_*); the in-place forms add nbInplace.
const (
	nbAdd = iota
	nbAnd
	nbFloorDivide
	nbLshift
	nbMatrixMultiply
	nbMultiply
	nbRemainder
	nbOr
	nbPower
	nbRshift
	nbSubtract
	nbTrueDivide
	nbXor
	nbInplace
)

func binaryOparg(op ast.Operator, inplace bool) int {
	var n int
	switch op.(type) {
	case ast.Add:
		n = nbAdd
	case ast.Sub:
		n = nbSubtract
	case ast.Mult:
		n = nbMultiply
	case ast.MatMult:
		n = nbMatrixMultiply
	case ast.Div:
		n = nbTrueDivide
	case ast.ModOp:
		n = nbRemainder
	case ast.Pow:
		n = nbPower
	case ast.LShift:
		n = nbLshift
	case ast.RShift:
		n = nbRshift
	case ast.BitOr:
		n = nbOr
	case ast.BitXor:
		n = nbXor
	case ast.BitAnd:
		n = nbAnd
	case ast.FloorDiv:
		n = nbFloorDivide
	}
	if inplace {
		n += nbInplace
	}
	return n
}

func (c *compiler) exprs(es []ast.Expr) {
	for _, e := range es {
		c.expr(e)
	}
}

func (c *compiler) expr(e ast.Expr) {
	if c.err != nil {
		return
	}
	loc := locOf(e)
	switch e := e.(type) {
	case *ast.Constant:
		c.loadConst(ast.Value(e.Value), loc)
	case *folded:
		c.loadConst(e.value, loc)
	case *ast.Name:
		c.nameop(e.Id, ctxOf(e.Ctx), loc)
	case *ast.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
		c.addop(opcode.BINARY_OP, binaryOparg(e.Op, false), loc)
	case *ast.UnaryOpExpr:
		c.expr(e.Operand)
		switch e.Op.(type) {
		case ast.USub:
			c.addop(opcode.UNARY_NEGATIVE, 0, loc)
		case ast.Invert:
			c.addop(opcode.UNARY_INVERT, 0, loc)
		case ast.Not:
			c.addop(opcode.TO_BOOL, 0, loc)
			c.addop(opcode.UNARY_NOT, 0, loc)
		case ast.UAdd:
			c.addop(opcode.CALL_INTRINSIC_1, intrinsicUnaryPositive, loc)
		}
	case *ast.BoolOpExpr:
		c.boolOp(e)
	case *ast.Compare:
		c.compare(e)
	case *ast.IfExp:
		end, next := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, next, false)
		c.expr(e.Body)
		c.addjump(opcode.JUMP_NO_INTERRUPT, end, instrseq.NoLocation)
		c.useLabel(next)
		c.expr(e.Orelse)
		c.useLabel(end)
	case *ast.Call:
		c.call(e)
	case *ast.Attribute:
		if ctxOf(e.Ctx) == load {
			if call, ok := c.superCall(e); ok {
				c.superAttr(e, call, false)
				return
			}
		}
		c.expr(e.Value)
		aloc := attrLoc(loc, e)
		switch ctxOf(e.Ctx) {
		case load:
			c.addopName(opcode.LOAD_ATTR, e.Attr, aloc)
		case store:
			if c.forbiddenName(e.Attr, store, aloc) {
				return
			}
			c.recordStaticAttribute(e)
			c.addopName(opcode.STORE_ATTR, e.Attr, aloc)
		default:
			c.addopName(opcode.DELETE_ATTR, e.Attr, aloc)
		}
	case *ast.Subscript:
		c.subscript(e)
	case *ast.Slice:
		n := c.slice(e)
		c.addop(opcode.BUILD_SLICE, n, loc)
	case *ast.Tuple:
		switch ctxOf(e.Ctx) {
		case store:
			c.assignmentHelper(e.Elts, loc)
		case load:
			c.starunpack(e.Elts, loc, opcode.BUILD_LIST, opcode.LIST_APPEND, opcode.LIST_EXTEND, true)
		default:
			c.exprs(e.Elts)
		}
	case *ast.List:
		switch ctxOf(e.Ctx) {
		case store:
			c.assignmentHelper(e.Elts, loc)
		case load:
			c.starunpack(e.Elts, loc, opcode.BUILD_LIST, opcode.LIST_APPEND, opcode.LIST_EXTEND, false)
		default:
			c.exprs(e.Elts)
		}
	case *ast.Set:
		c.starunpack(e.Elts, loc, opcode.BUILD_SET, opcode.SET_ADD, opcode.SET_UPDATE, false)
	case *ast.Dict:
		c.dict(e)
	case *ast.Starred:
		if ctxOf(e.Ctx) == store {
			c.errorAt(loc, "starred assignment target must be in a list or tuple")
		} else {
			c.errorAt(loc, "can't use starred expression here")
		}
	case *ast.NamedExpr:
		// target := value: the value stays on the stack as the expression's result.
		c.expr(e.Value)
		c.addop(opcode.COPY, 1, loc)
		c.expr(e.Target)
	case *ast.Lambda:
		c.lambda(e)
	case *ast.JoinedStr:
		c.joinedStr(e)
	case *ast.FormattedValue:
		c.formattedValue(e)
	case *ast.ListComp:
		c.comprehension(e, compList, "<listcomp>", e.Generators, e.Elt, nil)
	case *ast.SetComp:
		c.comprehension(e, compSet, "<setcomp>", e.Generators, e.Elt, nil)
	case *ast.DictComp:
		c.comprehension(e, compDict, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *ast.GeneratorExp:
		c.comprehension(e, compGenexp, "<genexpr>", e.Generators, e.Elt, nil)
	case *ast.Yield:
		c.yieldExpr(e)
	case *ast.YieldFrom:
		c.yieldFromExpr(e)
	case *ast.Await:
		c.awaitExpr(e)
	default:
		c.unsupported(e, ast.PythonName(e)+" expressions")
	}
}

// attrLoc is the location of an attribute access: when the attribute is on
// a later line than its object, it starts at the attribute name, so that
// tracebacks point at it (CPython's update_start_location_to_match_attr).
func attrLoc(loc instrseq.Location, a *ast.Attribute) instrseq.Location {
	if loc.Lineno == a.EndLineno {
		return loc
	}
	loc.Lineno = a.EndLineno
	n := utf8.RuneCountInString(a.Attr)
	if n <= a.EndColOffset {
		loc.ColOffset = a.EndColOffset - n
	} else {
		loc.ColOffset, loc.EndColOffset = -1, -1
	}
	loc.EndLineno = max(loc.Lineno, loc.EndLineno)
	if loc.Lineno == loc.EndLineno {
		loc.EndColOffset = max(loc.ColOffset, loc.EndColOffset)
	}
	return loc
}

// recordStaticAttribute notes `self.x = ...` inside a class's methods for
// the class's __static_attributes__.
func (c *compiler) recordStaticAttribute(e *ast.Attribute) {
	n, ok := e.Value.(*ast.Name)
	if !ok || n.Id != "self" {
		return
	}
	for i := len(c.stack) - 1; i >= 0; i-- {
		if u := c.stack[i]; u.Kind == ScopeClass {
			if u.staticAttributes == nil {
				u.staticAttributes = map[string]bool{}
			}
			u.staticAttributes[e.Attr] = true
			return
		}
	}
}

func (c *compiler) boolOp(e *ast.BoolOpExpr) {
	loc := locOf(e)
	jump := opcode.POP_JUMP_IF_FALSE
	if _, or := e.Op.(ast.Or); or {
		jump = opcode.POP_JUMP_IF_TRUE
	}
	end := c.newLabel()
	n := len(e.Values) - 1
	for _, v := range e.Values[:n] {
		c.expr(v)
		c.addop(opcode.COPY, 1, loc)
		c.addop(opcode.TO_BOOL, 0, loc)
		c.addjump(jump, end, loc)
		c.addop(opcode.POP_TOP, 0, loc)
	}
	c.expr(e.Values[n])
	c.useLabel(end)
}

// compareOp emits one comparison. COMPARE_OP's oparg is the comparison in
// its high bits and, in its low four, the mask of results (<, >, ==, !=)
// that make it true.
func (c *compiler) compareOp(op ast.CmpOp, loc instrseq.Location) {
	switch op.(type) {
	case ast.Is:
		c.addop(opcode.IS_OP, 0, loc)
	case ast.IsNot:
		c.addop(opcode.IS_OP, 1, loc)
	case ast.In:
		c.addop(opcode.CONTAINS_OP, 0, loc)
	case ast.NotIn:
		c.addop(opcode.CONTAINS_OP, 1, loc)
	default:
		const lt, gt, eq, ne = 2, 4, 8, 1
		var cmp, mask int
		switch op.(type) {
		case ast.Lt:
			cmp, mask = 0, lt
		case ast.LtE:
			cmp, mask = 1, lt|eq
		case ast.Eq:
			cmp, mask = 2, eq
		case ast.NotEq:
			cmp, mask = 3, ne|lt|gt
		case ast.Gt:
			cmp, mask = 4, gt
		case ast.GtE:
			cmp, mask = 5, gt|eq
		}
		c.addop(opcode.COMPARE_OP, cmp<<5|mask, loc)
	}
}

// compare evaluates a comparison chain: a < b < c is a < b and b < c with b
// evaluated once.
func (c *compiler) compare(e *ast.Compare) {
	c.checkCompare(e)
	loc := locOf(e)
	c.expr(e.Left)
	n := len(e.Ops) - 1
	if n == 0 {
		c.expr(e.Comparators[0])
		c.compareOp(e.Ops[0], loc)
		return
	}
	cleanup := c.newLabel()
	for i := 0; i < n; i++ {
		c.expr(e.Comparators[i])
		c.addop(opcode.SWAP, 2, loc)
		c.addop(opcode.COPY, 2, loc)
		c.compareOp(e.Ops[i], loc)
		c.addop(opcode.COPY, 1, loc)
		c.addop(opcode.TO_BOOL, 0, loc)
		c.addjump(opcode.POP_JUMP_IF_FALSE, cleanup, loc)
		c.addop(opcode.POP_TOP, 0, loc)
	}
	c.expr(e.Comparators[n])
	c.compareOp(e.Ops[n], loc)
	end := c.newLabel()
	c.addjump(opcode.JUMP_NO_INTERRUPT, end, instrseq.NoLocation)
	c.useLabel(cleanup)
	c.addop(opcode.SWAP, 2, loc)
	c.addop(opcode.POP_TOP, 0, loc)
	c.useLabel(end)
}

// jumpIf jumps to next when e's truth equals cond, short-circuiting through
// not, and, or, conditional expressions and comparison chains.
func (c *compiler) jumpIf(e ast.Expr, next instrseq.Label, cond bool) {
	if c.err != nil {
		return
	}
	switch e := e.(type) {
	case *ast.UnaryOpExpr:
		if _, ok := e.Op.(ast.Not); ok {
			c.jumpIf(e.Operand, next, !cond)
			return
		}
	case *ast.BoolOpExpr:
		_, or := e.Op.(ast.Or)
		next2 := next
		if or != cond {
			next2 = c.newLabel()
		}
		n := len(e.Values) - 1
		for _, v := range e.Values[:n] {
			c.jumpIf(v, next2, or)
		}
		c.jumpIf(e.Values[n], next, cond)
		if next2 != next {
			c.useLabel(next2)
		}
		return
	case *ast.IfExp:
		end, next2 := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, next2, false)
		c.jumpIf(e.Body, next, cond)
		c.addjump(opcode.JUMP_NO_INTERRUPT, end, instrseq.NoLocation)
		c.useLabel(next2)
		c.jumpIf(e.Orelse, next, cond)
		c.useLabel(end)
		return
	case *ast.Compare:
		n := len(e.Ops) - 1
		if n > 0 {
			loc := locOf(e)
			cleanup := c.newLabel()
			c.expr(e.Left)
			for i := 0; i < n; i++ {
				c.expr(e.Comparators[i])
				c.addop(opcode.SWAP, 2, loc)
				c.addop(opcode.COPY, 2, loc)
				c.compareOp(e.Ops[i], loc)
				c.addop(opcode.TO_BOOL, 0, loc)
				c.addjump(opcode.POP_JUMP_IF_FALSE, cleanup, loc)
			}
			c.expr(e.Comparators[n])
			c.compareOp(e.Ops[n], loc)
			c.addop(opcode.TO_BOOL, 0, loc)
			c.addjump(popJumpIf(cond), next, loc)
			end := c.newLabel()
			c.addjump(opcode.JUMP_NO_INTERRUPT, end, instrseq.NoLocation)
			c.useLabel(cleanup)
			c.addop(opcode.POP_TOP, 0, loc)
			if !cond {
				c.addjump(opcode.JUMP_NO_INTERRUPT, next, instrseq.NoLocation)
			}
			c.useLabel(end)
			return
		}
	}
	c.expr(e)
	loc := locOf(e)
	c.addop(opcode.TO_BOOL, 0, loc)
	c.addjump(popJumpIf(cond), next, loc)
}

func popJumpIf(cond bool) int {
	if cond {
		return opcode.POP_JUMP_IF_TRUE
	}
	return opcode.POP_JUMP_IF_FALSE
}

func isTwoElementSlice(e ast.Expr) bool {
	s, ok := e.(*ast.Slice)
	return ok && s.Step == nil
}

// slice pushes a slice's parts (None for missing bounds) and returns how many.
func (c *compiler) slice(s *ast.Slice) int {
	loc := locOf(s)
	for _, part := range []ast.Expr{s.Lower, s.Upper} {
		if part != nil {
			c.expr(part)
		} else {
			c.loadConst(noneConst, loc)
		}
	}
	if s.Step != nil {
		c.expr(s.Step)
		return 3
	}
	return 2
}

func (c *compiler) subscript(e *ast.Subscript) {
	loc := locOf(e)
	ctx := ctxOf(e.Ctx)
	if ctx == load {
		c.checkSubscript(e.Value, e.Slice)
	}
	c.expr(e.Value)
	if isTwoElementSlice(e.Slice) && ctx != del {
		c.slice(e.Slice.(*ast.Slice))
		if ctx == load {
			c.addop(opcode.BINARY_SLICE, 0, loc)
		} else {
			c.addop(opcode.STORE_SLICE, 0, loc)
		}
		return
	}
	c.expr(e.Slice)
	c.addop([...]int{opcode.BINARY_SUBSCR, opcode.STORE_SUBSCR, opcode.DELETE_SUBSCR}[ctx], 0, loc)
}

// starunpack builds a tuple, list or set display, with *iterables unpacked
// into it (CPython's starunpack_helper).
func (c *compiler) starunpack(elts []ast.Expr, loc instrseq.Location, build, add, extend int, tuple bool) {
	n := len(elts)
	if n > 2 && allConst(elts) {
		folded := make(Tuple, n)
		for i, e := range elts {
			folded[i], _ = foldedValue(e)
		}
		if tuple {
			c.loadConst(folded, loc)
			return
		}
		c.addop(build, 0, loc)
		if add == opcode.SET_ADD {
			c.loadConst(FrozenSet(folded), loc)
		} else {
			c.loadConst(folded, loc)
		}
		c.addop(extend, 1, loc)
		return
	}
	big := n > stackUseGuideline
	seenStar := false
	for _, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			seenStar = true
			break
		}
	}
	if !seenStar && !big {
		c.exprs(elts)
		if tuple {
			build = opcode.BUILD_TUPLE
		}
		c.addop(build, n, loc)
		return
	}
	built := false
	if big {
		c.addop(build, 0, loc)
		built = true
	}
	for i, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			if !built {
				c.addop(build, i, loc)
				built = true
			}
			c.expr(s.Value)
			c.addop(extend, 1, loc)
		} else {
			c.expr(e)
			if built {
				c.addop(add, 1, loc)
			}
		}
	}
	if tuple {
		c.addop(opcode.CALL_INTRINSIC_1, intrinsicListToTuple, loc)
	}
}

func allConst(es []ast.Expr) bool {
	for _, e := range es {
		if _, ok := foldedValue(e); !ok {
			return false
		}
	}
	return true
}

// assignmentHelper unpacks the value on the stack into targets.
func (c *compiler) assignmentHelper(elts []ast.Expr, loc instrseq.Location) {
	n := len(elts)
	seenStar := false
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			if seenStar {
				c.errorAt(loc, "multiple starred expressions in assignment")
				return
			}
			if i >= 1<<8 || n-i-1 >= (1<<31-1)>>8 {
				c.errorAt(loc, "too many expressions in star-unpacking assignment")
				return
			}
			c.addop(opcode.UNPACK_EX, i+(n-i-1)<<8, loc)
			seenStar = true
		}
	}
	if !seenStar {
		c.addop(opcode.UNPACK_SEQUENCE, n, loc)
	}
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			c.expr(s.Value)
		} else {
			c.expr(e)
		}
	}
}

func (c *compiler) dict(e *ast.Dict) {
	loc := locOf(e)
	n := len(e.Values)
	haveDict := false
	elements := 0
	for i := 0; i < n; i++ {
		if e.Keys[i] == nil {
			if elements > 0 {
				c.subdict(e, i-elements, i)
				if haveDict {
					c.addop(opcode.DICT_UPDATE, 1, loc)
				}
				haveDict = true
				elements = 0
			}
			if !haveDict {
				c.addop(opcode.BUILD_MAP, 0, loc)
				haveDict = true
			}
			c.expr(e.Values[i])
			c.addop(opcode.DICT_UPDATE, 1, loc)
			continue
		}
		if elements*2 > stackUseGuideline {
			c.subdict(e, i-elements, i+1)
			if haveDict {
				c.addop(opcode.DICT_UPDATE, 1, loc)
			}
			haveDict = true
			elements = 0
		} else {
			elements++
		}
	}
	if elements > 0 {
		c.subdict(e, n-elements, n)
		if haveDict {
			c.addop(opcode.DICT_UPDATE, 1, loc)
		}
		haveDict = true
	}
	if !haveDict {
		c.addop(opcode.BUILD_MAP, 0, loc)
	}
}

func (c *compiler) subdict(e *ast.Dict, begin, end int) {
	loc := locOf(e)
	n := end - begin
	big := n*2 > stackUseGuideline
	if n > 1 && !big && allConst(e.Keys[begin:end]) {
		c.exprs(e.Values[begin:end])
		keys := make(Tuple, n)
		for i, k := range e.Keys[begin:end] {
			keys[i], _ = foldedValue(k)
		}
		c.loadConst(keys, loc)
		c.addop(opcode.BUILD_CONST_KEY_MAP, n, loc)
		return
	}
	if big {
		c.addop(opcode.BUILD_MAP, 0, loc)
	}
	for i := begin; i < end; i++ {
		c.expr(e.Keys[i])
		c.expr(e.Values[i])
		if big {
			c.addop(opcode.MAP_ADD, 1, loc)
		}
	}
	if !big {
		c.addop(opcode.BUILD_MAP, n, loc)
	}
}

// isImportOriginated reports whether e is a name the module binds by import;
// method calls on modules are not optimised.
func (c *compiler) isImportOriginated(e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	return ok && c.table.Top.Flags(n.Id)&symtable.DefImport != 0
}

func (c *compiler) call(e *ast.Call) {
	if !c.validateKeywords(e.Keywords) {
		return
	}
	if c.methodCall(e) {
		return
	}
	c.checkCaller(e.Func)
	c.expr(e.Func)
	c.addop(opcode.PUSH_NULL, 0, locOf(e.Func))
	c.callHelper(locOf(e), 0, e.Args, e.Keywords)
}

// methodCall compiles o.m(args) with LOAD_ATTR's method form, which avoids
// creating a bound method; it reports false when the call does not qualify.
func (c *compiler) methodCall(e *ast.Call) bool {
	meth, ok := e.Func.(*ast.Attribute)
	if !ok || ctxOf(meth.Ctx) != load || c.isImportOriginated(meth.Value) {
		return false
	}
	nargs, nkw := len(e.Args), len(e.Keywords)
	kwExtra := 0
	if nkw != 0 {
		kwExtra = 1
	}
	if nargs+nkw+kwExtra >= stackUseGuideline {
		return false
	}
	for _, a := range e.Args {
		if _, ok := a.(*ast.Starred); ok {
			return false
		}
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			return false
		}
	}
	loc := attrLoc(locOf(meth), meth)
	if call, ok := c.superCall(meth); ok {
		c.superAttr(meth, call, true)
	} else {
		c.expr(meth.Value)
		c.addopName(opcode.LOAD_METHOD, meth.Attr, loc)
	}
	c.exprs(e.Args)
	if nkw > 0 {
		for _, k := range e.Keywords {
			c.expr(k.Value)
		}
		c.kwNames(e.Keywords, loc)
		c.addop(opcode.CALL_KW, nargs+nkw, attrLoc(locOf(e), meth))
	} else {
		c.addop(opcode.CALL, nargs, attrLoc(locOf(e), meth))
	}
	return true
}

// kwNames loads the tuple of keyword names for CALL_KW.
func (c *compiler) kwNames(kws []*ast.Keyword, loc instrseq.Location) {
	names := make(Tuple, len(kws))
	for i, k := range kws {
		names[i] = strConst(k.Arg)
	}
	c.loadConst(names, loc)
}

// validateKeywords rejects a keyword argument given twice, and __debug__.
func (c *compiler) validateKeywords(kws []*ast.Keyword) bool {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		if c.forbiddenName(k.Arg, store, locOf(k)) {
			return false
		}
		for _, other := range kws[i+1:] {
			if other.Arg == k.Arg {
				c.errorAt(locOf(other), "keyword argument repeated: "+k.Arg)
				return false
			}
		}
	}
	return true
}

// callHelper pushes the arguments and emits the call; n arguments are on the
// stack already.
func (c *compiler) callHelper(loc instrseq.Location, n int, args []ast.Expr, kws []*ast.Keyword) {
	if !c.validateKeywords(kws) {
		return
	}
	simple := len(args)+len(kws)*2 <= stackUseGuideline
	for _, a := range args {
		if _, ok := a.(*ast.Starred); ok {
			simple = false
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			simple = false
		}
	}
	if !simple {
		c.callEx(loc, n, args, kws)
		return
	}
	c.exprs(args)
	if len(kws) > 0 {
		for _, k := range kws {
			c.expr(k.Value)
		}
		c.kwNames(kws, loc)
		c.addop(opcode.CALL_KW, n+len(args)+len(kws), loc)
		return
	}
	c.addop(opcode.CALL, n+len(args), loc)
}

// joinedStr builds an f-string from its parts: BUILD_STRING, or str.join
// over a list when there are too many parts to push at once.
func (c *compiler) joinedStr(e *ast.JoinedStr) {
	loc := locOf(e)
	n := len(e.Values)
	if n > stackUseGuideline {
		c.loadConst(strConst(""), loc)
		c.addopName(opcode.LOAD_METHOD, "join", loc)
		c.addop(opcode.BUILD_LIST, 0, loc)
		for _, v := range e.Values {
			c.expr(v)
			c.addop(opcode.LIST_APPEND, 1, loc)
		}
		c.addop(opcode.CALL, 1, loc)
		return
	}
	c.exprs(e.Values)
	switch {
	case n > 1:
		c.addop(opcode.BUILD_STRING, n, loc)
	case n == 0:
		c.loadConst(strConst(""), loc)
	}
}

// formattedValue formats one replacement field: CONVERT_VALUE for !s, !r or
// !a, then FORMAT_SIMPLE or, with a format spec, FORMAT_WITH_SPEC.
func (c *compiler) formattedValue(e *ast.FormattedValue) {
	c.expr(e.Value)
	loc := locOf(e)
	switch e.Conversion {
	case 's':
		c.addop(opcode.CONVERT_VALUE, 1, loc)
	case 'r':
		c.addop(opcode.CONVERT_VALUE, 2, loc)
	case 'a':
		c.addop(opcode.CONVERT_VALUE, 3, loc)
	}
	if e.FormatSpec != nil {
		c.expr(e.FormatSpec)
		c.addop(opcode.FORMAT_WITH_SPEC, 0, loc)
	} else {
		c.addop(opcode.FORMAT_SIMPLE, 0, loc)
	}
}

// superCall reports whether attribute a reads from a call of the built-in super() that
// LOAD_SUPER_ATTR can make without creating the super object: super must be the builtin as far
// as the compiler can see, called with no arguments (in a function with a first argument and a
// __class__ cell) or with two plain ones (CPython's can_optimize_super_call).
func (c *compiler) superCall(a *ast.Attribute) (*ast.Call, bool) {
	call, ok := a.Value.(*ast.Call)
	if !ok || len(call.Keywords) != 0 || a.Attr == "__class__" {
		return nil, false
	}
	fn, ok := call.Func.(*ast.Name)
	if !ok || fn.Id != "super" {
		return nil, false
	}
	if c.u.Ste.Scope("super") != symtable.GlobalImplicit || c.table.Top.Scope("super") != symtable.Unresolved {
		return nil, false
	}
	switch len(call.Args) {
	case 2:
		for _, arg := range call.Args {
			if _, starred := arg.(*ast.Starred); starred {
				return nil, false
			}
		}
		return call, true
	case 0:
		if c.u.ArgCount == 0 && c.u.PosOnlyArgCount == 0 {
			return nil, false
		}
		if c.u.Kind == ScopeClass || c.u.Ste.Scope("__class__") != symtable.Free {
			return nil, false
		}
		return call, true
	}
	return nil, false
}

// superAttr emits the loads of super's arguments and the LOAD_SUPER_ATTR form op (an attribute
// or a method, with zero or two arguments) for the attribute a of the optimisable call.
func (c *compiler) superAttr(a *ast.Attribute, call *ast.Call, method bool) {
	loc := locOf(call)
	c.nameop("super", load, locOf(call.Func))
	var op int
	if len(call.Args) == 2 {
		c.expr(call.Args[0])
		c.expr(call.Args[1])
		op = opcode.LOAD_SUPER_ATTR
		if method {
			op = opcode.LOAD_SUPER_METHOD
		}
	} else {
		c.nameop("__class__", load, loc)
		c.nameop(c.u.Varnames[0], load, loc)
		op = opcode.LOAD_ZERO_SUPER_ATTR
		if method {
			op = opcode.LOAD_ZERO_SUPER_METHOD
		}
	}
	aloc := locOf(a)
	c.addopName(op, a.Attr, aloc)
	c.addop(opcode.NOP, 0, attrLoc(aloc, a))
}
