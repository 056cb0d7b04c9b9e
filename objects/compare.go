package objects

// CompareOp names a rich comparison, in CPython's order (Py_LT ... Py_GE).
type CompareOp int

// The rich comparisons.
const (
	CmpLT CompareOp = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
)

var compareSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}

// Symbol returns the comparison as written in Python.
func (op CompareOp) Symbol() string { return compareSymbols[op] }

// Holds reports whether the comparison holds for a three-way result c (-1, 0, +1).
func (op CompareOp) Holds(c int) bool {
	switch op {
	case CmpLT:
		return c < 0
	case CmpLE:
		return c <= 0
	case CmpEQ:
		return c == 0
	case CmpNE:
		return c != 0
	case CmpGT:
		return c > 0
	}
	return c >= 0
}

// HoldsFloat reports whether l op r holds. NaN is unordered: only != holds for it.
func (op CompareOp) HoldsFloat(l, r float64) bool {
	switch op {
	case CmpLT:
		return l < r
	case CmpLE:
		return l <= r
	case CmpEQ:
		return l == r
	case CmpNE:
		return l != r
	case CmpGT:
		return l > r
	}
	return l >= r
}

// Compare applies the rich comparison op to a and b.
func Compare(ts *Thread, a, b Object, op CompareOp) (Object, error) {
	if x, ok := asInt(a); ok {
		if y, ok := asInt(b); ok {
			return NewBool(op.Holds(x.Cmp(y))), nil
		}
	}
	if x, ok := asFloat(a); ok {
		if y, ok := asFloat(b); ok {
			return NewBool(op.HoldsFloat(x, y)), nil
		}
	}
	if x, ok := a.(*Str); ok {
		if y, ok := b.(*Str); ok {
			c := 0
			if x.value < y.value {
				c = -1
			} else if x.value > y.value {
				c = 1
			}
			return NewBool(op.Holds(c)), nil
		}
	}
	switch op {
	case CmpEQ:
		return NewBool(a == b), nil
	case CmpNE:
		return NewBool(a != b), nil
	}
	return nil, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'",
		op.Symbol(), a.Type().Name, b.Type().Name)
}

// IsTrue returns the truth value of o.
func IsTrue(ts *Thread, o Object) (bool, error) {
	switch v := o.(type) {
	case *Bool:
		return v.value, nil
	case *Int:
		return v.Sign() != 0, nil
	case *Float:
		return v.value != 0, nil
	case *Str:
		return v.value != "", nil
	case *Tuple:
		return len(v.items) != 0, nil
	case *List:
		return len(v.items) != 0, nil
	}
	if o == None {
		return false, nil
	}
	return true, nil
}

// Negative returns -o.
func Negative(ts *Thread, o Object) (Object, error) {
	switch v := o.(type) {
	case *Int:
		return v.Neg(), nil
	case *Bool:
		i, _ := asInt(v)
		return i.Neg(), nil
	case *Float:
		return NewFloat(-v.value), nil
	}
	return nil, Errorf(TypeErrorType, "bad operand type for unary -: '%s'", o.Type().Name)
}
