package codegen

import (
	"math/big"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/internal/floatmath"
)

// The AST optimiser runs before code generation, as CPython 3.13's
// Python/ast_opt.c does: it folds operations on constants, turns constant
// tuples into constants, reads __debug__ as a constant, and rewrites
// `not (a in b)` as `a not in b`. It never folds what would fail at run time
// (a division by zero stays in the code), and it keeps CPython's size limits,
// so that `'x' * 10**9` is not computed at compile time.

// The folding limits (CPython's MAX_INT_SIZE, MAX_COLLECTION_SIZE,
// MAX_STR_SIZE).
const (
	maxIntBits        = 128
	maxCollectionSize = 256
	maxStrSize        = 4096
	maxTotalItems     = 1024
)

// folded is a constant the optimiser made that ast.Value cannot hold: a
// tuple or a frozenset. It keeps the node it replaces for its position.
type folded struct {
	ast.Expr
	value Const
}

// optimizer holds the settings the rewrites depend on.
type optimizer struct {
	optimize int
}

// optimizeModule rewrites mod in place, bottom-up.
func optimizeModule(mod ast.Mod, optimize int) {
	o := &optimizer{optimize: optimize}
	o.walk(reflect.ValueOf(mod))
}

var (
	exprType = reflect.TypeOf((*ast.Expr)(nil)).Elem()
	nodeType = reflect.TypeOf((*ast.Node)(nil)).Elem()
)

// walk optimises every expression below the node v points to: each field
// holding an expression is replaced by its optimised form after the
// expression's own children have been optimised.
func (o *optimizer) walk(v reflect.Value) {
	if v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return
	}
	s := v.Elem()
	for i := 0; i < s.NumField(); i++ {
		f := s.Field(i)
		switch {
		case f.Type() == exprType:
			if !f.IsNil() {
				o.walk(f)
				f.Set(reflect.ValueOf(o.fold(f.Interface().(ast.Expr))))
			}
		case f.Kind() == reflect.Slice && f.Type().Elem() == exprType:
			for j := 0; j < f.Len(); j++ {
				if e := f.Index(j); !e.IsNil() {
					o.walk(e)
					e.Set(reflect.ValueOf(o.fold(e.Interface().(ast.Expr))))
				}
			}
		case f.Kind() == reflect.Slice && f.Type().Elem().Implements(nodeType):
			for j := 0; j < f.Len(); j++ {
				o.walk(f.Index(j))
			}
		case f.Type().Implements(nodeType) && f.Kind() != reflect.Struct:
			o.walk(f)
		}
	}
	// Iterables that are only iterated need no list or set built.
	switch n := v.Interface().(type) {
	case *ast.For:
		n.Iter = o.iter(n.Iter)
	case *ast.AsyncFor:
		n.Iter = o.iter(n.Iter)
	case *ast.Comprehension:
		n.Iter = o.iter(n.Iter)
	}
}

// fold returns the optimised form of e, whose children are optimised already.
func (o *optimizer) fold(e ast.Expr) ast.Expr {
	switch x := e.(type) {
	case *ast.Name:
		if x.Id == "__debug__" {
			if _, isLoad := x.Ctx.(ast.Load); isLoad {
				return &ast.Constant{Range: x.Range, Value: ast.Bool(o.optimize == 0)}
			}
		}
	case *ast.UnaryOpExpr:
		return o.unary(x)
	case *ast.BinOp:
		return o.binary(x)
	case *ast.Tuple:
		if _, isLoad := x.Ctx.(ast.Load); isLoad {
			if t, ok := constTuple(x.Elts); ok {
				return &folded{Expr: x, value: t}
			}
		}
	case *ast.Subscript:
		return foldSubscript(x)
	case *ast.Compare:
		// `x in [1, 2]` and `x in {1, 2}` need no list or set built.
		last := len(x.Ops) - 1
		switch x.Ops[last].(type) {
		case ast.In, ast.NotIn:
			x.Comparators[last] = o.iter(x.Comparators[last])
		}
	}
	return e
}

// constTuple returns the constant tuple of elts when all are constants.
func constTuple(elts []ast.Expr) (Tuple, bool) {
	t := make(Tuple, len(elts))
	for i, e := range elts {
		v, ok := foldedValue(e)
		if !ok {
			return nil, false
		}
		t[i] = v
	}
	return t, true
}

// foldedValue returns the constant an expression stands for, if it is one.
func foldedValue(e ast.Expr) (Const, bool) {
	switch x := e.(type) {
	case *ast.Constant:
		return ast.Value(x.Value), true
	case *folded:
		return x.value, true
	}
	return nil, false
}

// iter rewrites a constant list display iterated over as a tuple, and a set
// display as a frozenset.
func (o *optimizer) iter(e ast.Expr) ast.Expr {
	switch x := e.(type) {
	case *ast.List:
		if hasStarred(x.Elts) {
			break
		}
		if t, ok := constTuple(x.Elts); ok {
			return &folded{Expr: x, value: t}
		}
		// A list of non-constants still becomes a tuple display, which is cheaper to
		// build (CPython's fold_iter).
		return &ast.Tuple{Range: x.Range, Elts: x.Elts, Ctx: x.Ctx}
	case *ast.Set:
		if t, ok := constTuple(x.Elts); ok && !hasStarred(x.Elts) {
			return &folded{Expr: x, value: FrozenSet(t)}
		}
	}
	return e
}

func hasStarred(es []ast.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*ast.Starred); ok {
			return true
		}
	}
	return false
}

func (o *optimizer) unary(x *ast.UnaryOpExpr) ast.Expr {
	k, ok := x.Operand.(*ast.Constant)
	if !ok {
		// not (a is b) -> a is not b; likewise in and not in. The other
		// comparisons cannot be inverted safely (sets, NaNs).
		if _, isNot := x.Op.(ast.Not); isNot {
			if cmp, ok := x.Operand.(*ast.Compare); ok && len(cmp.Ops) == 1 {
				var inv ast.CmpOp
				switch cmp.Ops[0].(type) {
				case ast.Is:
					inv = ast.IsNot{}
				case ast.IsNot:
					inv = ast.Is{}
				case ast.In:
					inv = ast.NotIn{}
				case ast.NotIn:
					inv = ast.In{}
				}
				if inv != nil {
					// The comparison keeps its own position, as CPython copies it
					// over the `not`.
					cmp.Ops[0] = inv
					return cmp
				}
			}
		}
		return x
	}
	var v ast.Value
	switch x.Op.(type) {
	case ast.Not:
		v = ast.Bool(!truth(k.Value))
	case ast.USub:
		v = negate(k.Value)
	case ast.UAdd:
		v = positive(k.Value)
	case ast.Invert:
		if i, ok := asBig(k.Value); ok {
			v = fromBig(new(big.Int).Not(i))
		}
	}
	if v == nil {
		return x
	}
	return &ast.Constant{Range: x.Range, Value: v}
}

// truth is Python's truth value of a constant.
func truth(v ast.Value) bool {
	switch v := v.(type) {
	case ast.NoneType:
		return false
	case ast.Bool:
		return bool(v)
	case ast.Int:
		return v != 0
	case *ast.BigInt:
		return v.V.Sign() != 0
	case ast.Float:
		return v != 0
	case ast.Complex:
		return v != 0
	case ast.Str:
		return v != ""
	case ast.Bytes:
		return v != ""
	}
	return true
}

func negate(v ast.Value) ast.Value {
	switch v := v.(type) {
	case ast.Float:
		return -v
	case ast.Complex:
		return -v
	}
	if i, ok := asBig(v); ok {
		return fromBig(new(big.Int).Neg(i))
	}
	return nil
}

func positive(v ast.Value) ast.Value {
	switch v := v.(type) {
	case ast.Float, ast.Complex:
		return v
	}
	if i, ok := asBig(v); ok {
		return fromBig(i)
	}
	return nil
}

// asBig returns an int or bool constant as a big.Int.
func asBig(v ast.Value) (*big.Int, bool) {
	switch v := v.(type) {
	case ast.Bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case ast.Int:
		return big.NewInt(int64(v)), true
	case *ast.BigInt:
		return v.V, true
	}
	return nil, false
}

// fromBig returns the constant for an int: Int when it fits in 64 bits.
func fromBig(i *big.Int) ast.Value {
	if i.IsInt64() {
		return ast.Int(i.Int64())
	}
	return &ast.BigInt{V: new(big.Int).Set(i)}
}

func (o *optimizer) binary(x *ast.BinOp) ast.Expr {
	if _, mult := x.Op.(ast.Mult); mult {
		if t := foldTupleRepeat(x.Left, x.Right); t != nil {
			return &folded{Expr: x, value: t}
		}
	}
	l, lok := x.Left.(*ast.Constant)
	if _, mod := x.Op.(ast.ModOp); mod && lok {
		if format, isStr := l.Value.(ast.Str); isStr {
			if t, isTuple := x.Right.(*ast.Tuple); isTuple && !hasStarred(t.Elts) {
				if j := optimizeFormat(x, string(format), t.Elts); j != nil {
					return j
				}
				return x
			}
		}
	}
	r, rok := x.Right.(*ast.Constant)
	if !lok || !rok {
		return x
	}
	v := foldBinary(l.Value, r.Value, x.Op)
	if v == nil {
		return x
	}
	return &ast.Constant{Range: x.Range, Value: v}
}

// foldBinary computes l op r, or returns nil when the result is not a
// constant to fold (an error at run time, too big, or a case left to run time).
func foldBinary(l, r ast.Value, op ast.Operator) ast.Value {
	if a, ok := asBig(l); ok {
		if b, ok := asBig(r); ok {
			// bool & bool (and | and ^) stays a bool.
			lb, lok := l.(ast.Bool)
			rb, rok := r.(ast.Bool)
			if lok && rok {
				switch op.(type) {
				case ast.BitAnd:
					return ast.Bool(lb && rb)
				case ast.BitOr:
					return ast.Bool(lb || rb)
				case ast.BitXor:
					return ast.Bool(lb != rb)
				}
			}
			return foldInts(a, b, op)
		}
	}
	if v := foldSequence(l, r, op); v != nil {
		return v
	}
	if v := foldComplex(l, r, op); v != nil {
		return v
	}
	a, aok := asFloat(l)
	b, bok := asFloat(r)
	if !aok || !bok {
		return nil
	}
	switch op.(type) {
	case ast.Add:
		return ast.Float(a + b)
	case ast.Sub:
		return ast.Float(a - b)
	case ast.Mult:
		return ast.Float(a * b)
	case ast.Div:
		if b == 0 {
			return nil
		}
		return ast.Float(a / b)
	case ast.FloorDiv, ast.ModOp:
		if b == 0 {
			return nil
		}
		q, m := floatmath.DivMod(a, b)
		if _, ok := op.(ast.FloorDiv); ok {
			return ast.Float(q)
		}
		return ast.Float(m)
	case ast.Pow:
		return foldFloatPow(a, b)
	}
	return nil
}

// foldFloatPow is a ** b for floats; errors and complex results are left to run time.
func foldFloatPow(a, b float64) ast.Value {
	r, status := floatmath.Pow(a, b)
	if status != floatmath.PowOK {
		return nil
	}
	return ast.Float(r)
}

// asFloat returns a float or int constant (of float-exact size) as a float64;
// at least one of a binary operation's operands must be a float for the
// float rules to apply, which the caller ensures by trying ints first.
func asFloat(v ast.Value) (float64, bool) {
	switch v := v.(type) {
	case ast.Float:
		return float64(v), true
	}
	if i, ok := asBig(v); ok {
		if i.BitLen() > 53 {
			return 0, false // leave inexact conversions to run time
		}
		f, _ := new(big.Float).SetInt(i).Float64()
		return f, true
	}
	return 0, false
}

func foldInts(a, b *big.Int, op ast.Operator) ast.Value {
	z := new(big.Int)
	switch op.(type) {
	case ast.Add:
		z.Add(a, b)
	case ast.Sub:
		z.Sub(a, b)
	case ast.Mult:
		if a.Sign() != 0 && b.Sign() != 0 && a.BitLen()+b.BitLen() > maxIntBits {
			return nil
		}
		z.Mul(a, b)
	case ast.FloorDiv, ast.ModOp:
		if b.Sign() == 0 {
			return nil
		}
		q, m := new(big.Int).QuoRem(a, b, new(big.Int))
		// Python rounds the quotient towards minus infinity.
		if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
			q.Sub(q, big.NewInt(1))
			m.Add(m, b)
		}
		if _, ok := op.(ast.FloorDiv); ok {
			return fromBig(q)
		}
		return fromBig(m)
	case ast.Div:
		if b.Sign() == 0 || a.BitLen() > 53 || b.BitLen() > 53 {
			return nil
		}
		fa, _ := new(big.Float).SetInt(a).Float64()
		fb, _ := new(big.Float).SetInt(b).Float64()
		return ast.Float(fa / fb)
	case ast.Pow:
		if b.Sign() < 0 {
			// A negative exponent makes a float, as float(a) ** float(b).
			if a.Sign() == 0 || a.BitLen() > 53 || b.BitLen() > 53 {
				return nil
			}
			fa, _ := new(big.Float).SetInt(a).Float64()
			fb, _ := new(big.Float).SetInt(b).Float64()
			return foldFloatPow(fa, fb)
		}
		if a.Sign() != 0 && b.Sign() > 0 {
			if !b.IsInt64() || uint64(a.BitLen()) > uint64(maxIntBits)/b.Uint64() {
				return nil
			}
		}
		z.Exp(a, b, nil)
	case ast.LShift:
		if b.Sign() < 0 {
			return nil
		}
		if a.Sign() != 0 && b.Sign() != 0 {
			if !b.IsInt64() || b.Int64() > maxIntBits || int64(a.BitLen()) > maxIntBits-b.Int64() {
				return nil
			}
		}
		z.Lsh(a, uint(b.Uint64()))
	case ast.RShift:
		if b.Sign() < 0 {
			return nil
		}
		if !b.IsInt64() || b.Int64() > 1<<20 {
			if a.Sign() < 0 {
				return ast.Int(-1)
			}
			return ast.Int(0)
		}
		z.Rsh(a, uint(b.Int64()))
	case ast.BitAnd, ast.BitOr, ast.BitXor:
		return bitwise(a, b, op)
	default:
		return nil
	}
	return fromBig(z)
}

// bitwise computes &, | and ^ on ints.
func bitwise(a, b *big.Int, op ast.Operator) ast.Value {
	z := new(big.Int)
	switch op.(type) {
	case ast.BitAnd:
		z.And(a, b)
	case ast.BitOr:
		z.Or(a, b)
	case ast.BitXor:
		z.Xor(a, b)
	default:
		return nil
	}
	return fromBig(z)
}

// foldSequence folds str and bytes concatenation and repetition.
func foldSequence(l, r ast.Value, op ast.Operator) ast.Value {
	switch op.(type) {
	case ast.Add:
		switch a := l.(type) {
		case ast.Str:
			if b, ok := r.(ast.Str); ok {
				return a + b
			}
		case ast.Bytes:
			if b, ok := r.(ast.Bytes); ok {
				return a + b
			}
		}
	case ast.Mult:
		if n, ok := asBig(l); ok {
			l, r = r, ast.Value(fromBig(n))
		}
		n, ok := asBig(r)
		if !ok {
			return nil
		}
		var size int
		switch s := l.(type) {
		case ast.Str:
			size = utf8.RuneCountInString(string(s))
		case ast.Bytes:
			size = len(s)
		default:
			return nil
		}
		count := 0
		if size > 0 {
			if !n.IsInt64() || n.Int64() < 0 || n.Int64() > int64(maxStrSize/size) {
				return nil
			}
			count = int(n.Int64())
		} else if n.Sign() > 0 {
			count = 1
		}
		switch s := l.(type) {
		case ast.Str:
			return ast.Str(strings.Repeat(string(s), count))
		case ast.Bytes:
			return ast.Bytes(strings.Repeat(string(s), count))
		}
	}
	return nil
}

// foldTupleRepeat folds a constant tuple times an int (either way round) when the result stays
// within CPython's limits on folded collections; it returns nil otherwise.
func foldTupleRepeat(l, r ast.Expr) Tuple {
	lv, lok := foldedValue(l)
	rv, rok := foldedValue(r)
	if !lok || !rok {
		return nil
	}
	t, ok := lv.(Tuple)
	n := rv
	if !ok {
		t, ok = rv.(Tuple)
		n = lv
	}
	v, isValue := n.(ast.Value)
	if !ok || !isValue {
		return nil
	}
	count, ok := asBig(v)
	if !ok || !count.IsInt64() {
		return nil
	}
	if len(t) == 0 {
		return Tuple{}
	}
	if count.Int64() < 0 || count.Int64() > int64(maxCollectionSize/len(t)) {
		return nil
	}
	k := int(count.Int64())
	if k > 0 && tupleComplexity(t, maxTotalItems/k) < 0 {
		return nil
	}
	out := make(Tuple, 0, len(t)*k)
	for range k {
		out = append(out, t...)
	}
	return out
}

// tupleComplexity spends limit on the items of t and of the tuples nested in it, as CPython's
// check_complexity does; a negative result means too many.
func tupleComplexity(t Tuple, limit int) int {
	limit -= len(t)
	for i := 0; limit >= 0 && i < len(t); i++ {
		if sub, ok := t[i].(Tuple); ok {
			limit = tupleComplexity(sub, limit)
		}
	}
	return limit
}
