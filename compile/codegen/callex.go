package codegen

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// callEx emits a call with *iterables or **mappings among its arguments, or
// with too many arguments to push, as CALL_FUNCTION_EX: the positional
// arguments (with the n already pushed) become one tuple, the keyword
// arguments one dict (the ex_call path of CPython's compiler_call_helper).
func (c *compiler) callEx(loc instrseq.Location, n int, args []ast.Expr, kws []*ast.Keyword) {
	if s, ok := soleStarred(args); ok && n == 0 {
		c.expr(s.Value)
	} else {
		c.starredTuple(loc, args, n)
	}
	if len(kws) > 0 {
		haveDict := false
		seen := 0 // plain keyword arguments not yet in a dict
		for i, k := range kws {
			if k.Arg != "" {
				seen++
				continue
			}
			if seen > 0 {
				c.subkwargs(loc, kws[i-seen:i])
				if haveDict {
					c.addop(opcode.DICT_MERGE, 1, loc)
				}
				haveDict, seen = true, 0
			}
			if !haveDict {
				c.addop(opcode.BUILD_MAP, 0, loc)
				haveDict = true
			}
			c.expr(k.Value)
			c.addop(opcode.DICT_MERGE, 1, loc)
		}
		if seen > 0 {
			c.subkwargs(loc, kws[len(kws)-seen:])
			if haveDict {
				c.addop(opcode.DICT_MERGE, 1, loc)
			}
		}
	}
	flag := 0
	if len(kws) > 0 {
		flag = 1
	}
	c.addop(opcode.CALL_FUNCTION_EX, flag, loc)
}

// soleStarred returns s for an argument list that is just *s.
func soleStarred(args []ast.Expr) (*ast.Starred, bool) {
	if len(args) != 1 {
		return nil, false
	}
	s, ok := args[0].(*ast.Starred)
	return s, ok
}

// starredTuple builds the tuple of positional arguments, the pushed values
// already on the stack first (CPython's starunpack_helper for a tuple).
func (c *compiler) starredTuple(loc instrseq.Location, elts []ast.Expr, pushed int) {
	n := len(elts)
	if n > 2 && allConst(elts) {
		folded := make(Tuple, n)
		for i, e := range elts {
			folded[i], _ = foldedValue(e)
		}
		if pushed == 0 {
			c.loadConst(folded, loc)
			return
		}
		c.addop(opcode.BUILD_LIST, pushed, loc)
		c.loadConst(folded, loc)
		c.addop(opcode.LIST_EXTEND, 1, loc)
		c.addop(opcode.CALL_INTRINSIC_1, intrinsicListToTuple, loc)
		return
	}
	big := n+pushed > stackUseGuideline
	seenStar := false
	for _, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			seenStar = true
			break
		}
	}
	if !seenStar && !big {
		c.exprs(elts)
		c.addop(opcode.BUILD_TUPLE, n+pushed, loc)
		return
	}
	built := false
	if big {
		c.addop(opcode.BUILD_LIST, pushed, loc)
		built = true
	}
	for i, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			if !built {
				c.addop(opcode.BUILD_LIST, i+pushed, loc)
				built = true
			}
			c.expr(s.Value)
			c.addop(opcode.LIST_EXTEND, 1, loc)
		} else {
			c.expr(e)
			if built {
				c.addop(opcode.LIST_APPEND, 1, loc)
			}
		}
	}
	c.addop(opcode.CALL_INTRINSIC_1, intrinsicListToTuple, loc)
}

// subkwargs builds a dict of plain keyword arguments.
func (c *compiler) subkwargs(loc instrseq.Location, kws []*ast.Keyword) {
	n := len(kws)
	big := n*2 > stackUseGuideline
	if n > 1 && !big {
		keys := make(Tuple, n)
		for i, k := range kws {
			c.expr(k.Value)
			keys[i] = strConst(k.Arg)
		}
		c.loadConst(keys, loc)
		c.addop(opcode.BUILD_CONST_KEY_MAP, n, loc)
		return
	}
	if big {
		c.addop(opcode.BUILD_MAP, 0, instrseq.NoLocation)
	}
	for _, k := range kws {
		c.loadConst(strConst(k.Arg), loc)
		c.expr(k.Value)
		if big {
			c.addop(opcode.MAP_ADD, 1, instrseq.NoLocation)
		}
	}
	if !big {
		c.addop(opcode.BUILD_MAP, n, loc)
	}
}
