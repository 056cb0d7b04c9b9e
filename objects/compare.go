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

// swapped is the comparison with its operands exchanged: a < b is b > a.
var swapped = [...]CompareOp{CmpGT, CmpGE, CmpEQ, CmpNE, CmpLT, CmpLE}

// Symbol returns the comparison as written in Python.
func (op CompareOp) Symbol() string { return compareSymbols[op] }

// Swapped returns the comparison that holds with the operands exchanged.
func (op CompareOp) Swapped() CompareOp { return swapped[op] }

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

// Compare applies the rich comparison op to a and b, as PyObject_RichCompare does: the
// reflected comparison of b first when b's type is a subclass of a's, then
// a's, then b's reflected; == and != fall back to identity, the others raise TypeError.
func Compare(ts *Thread, a, b Object, op CompareOp) (Object, error) {
	if err := ts.EnterRecursive(" in comparison"); err != nil {
		return nil, err
	}
	r, err := compare(ts, a, b, op)
	ts.LeaveRecursive()
	return r, err
}

func compare(ts *Thread, a, b Object, op CompareOp) (Object, error) {
	ta, tb := a.Type(), b.Type()
	triedReflected := false
	if tb != ta && tb.IsSubtype(ta) {
		if f := tb.Slots.RichCompare; f != nil {
			triedReflected = true
			r, err := f(ts, b, a, op.Swapped())
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	if f := ta.Slots.RichCompare; f != nil {
		r, err := f(ts, a, b, op)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if f := tb.Slots.RichCompare; f != nil && !triedReflected {
		r, err := f(ts, b, a, op.Swapped())
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch op {
	case CmpEQ:
		return NewBool(a == b), nil
	case CmpNE:
		return NewBool(a != b), nil
	}
	return nil, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'",
		op.Symbol(), ta.Name, tb.Name)
}

// IsTrue returns the truth value of o: its bool slot, else whether its length is non-zero,
// else true.
func IsTrue(ts *Thread, o Object) (bool, error) {
	switch v := o.(type) {
	case *Bool:
		return v.value, nil
	case *noneObject:
		return false, nil
	}
	s := &o.Type().Slots
	if s.Bool != nil {
		return s.Bool(ts, o)
	}
	if s.Len != nil {
		n, err := s.Len(ts, o)
		return n != 0, err
	}
	return true, nil
}
