package objects

// BinaryOp names a binary operator. The values are the oparg of BINARY_OP, in CPython's order,
// with the in-place forms following the plain ones.
type BinaryOp int

// The binary operators.
const (
	OpAdd BinaryOp = iota
	OpAnd
	OpFloorDivide
	OpLshift
	OpMatrixMultiply
	OpMultiply
	OpRemainder
	OpOr
	OpPower
	OpRshift
	OpSubtract
	OpTrueDivide
	OpXor
	OpInplaceAdd
	OpInplaceAnd
	OpInplaceFloorDivide
	OpInplaceLshift
	OpInplaceMatrixMultiply
	OpInplaceMultiply
	OpInplaceRemainder
	OpInplaceOr
	OpInplacePower
	OpInplaceRshift
	OpInplaceSubtract
	OpInplaceTrueDivide
	OpInplaceXor
)

var binaryOpSymbols = [...]string{"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"}

// Plain returns the operator without its in-place form.
func (op BinaryOp) Plain() BinaryOp {
	if op >= OpInplaceAdd {
		return op - OpInplaceAdd
	}
	return op
}

// Symbol returns the operator as written in Python ("+", "+=" ...).
func (op BinaryOp) Symbol() string {
	if op >= OpInplaceAdd {
		return binaryOpSymbols[op-OpInplaceAdd] + "="
	}
	return binaryOpSymbols[op]
}

// Binary applies op to a and b.
func Binary(ts *Thread, a, b Object, op BinaryOp) (Object, error) {
	if x, ok := asInt(a); ok {
		if y, ok := asInt(b); ok {
			if r, err, done := intBinary(x, y, op.Plain()); done {
				return r, err
			}
		}
	}
	if x, ok := asFloat(a); ok {
		if y, ok := asFloat(b); ok {
			if r, err, done := floatBinary(x, y, op.Plain()); done {
				return r, err
			}
		}
	}
	if x, ok := a.(*Str); ok && op.Plain() == OpAdd {
		if y, ok := b.(*Str); ok {
			return NewStr(x.value + y.value), nil
		}
	}
	return nil, Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'",
		op.Symbol(), a.Type().Name, b.Type().Name)
}

// asInt views ints and bools as ints.
func asInt(o Object) (*Int, bool) {
	switch v := o.(type) {
	case *Int:
		return v, true
	case *Bool:
		if v.value {
			return NewInt(1), true
		}
		return NewInt(0), true
	}
	return nil, false
}

// asFloat views floats, ints and bools as floats.
func asFloat(o Object) (float64, bool) {
	if f, ok := o.(*Float); ok {
		return f.value, true
	}
	if i, ok := asInt(o); ok {
		f, fits := i.Float()
		return f, fits
	}
	return 0, false
}

func intBinary(x, y *Int, op BinaryOp) (Object, error, bool) {
	switch op {
	case OpAdd:
		return x.Add(y), nil, true
	case OpSubtract:
		return x.Sub(y), nil, true
	case OpMultiply:
		return x.Mul(y), nil, true
	case OpFloorDivide, OpRemainder:
		if y.Sign() == 0 {
			msg := "integer division or modulo by zero"
			if op == OpRemainder {
				msg = "integer modulo by zero"
			}
			return nil, Errorf(ZeroDivisionType, "%s", msg), true
		}
		q, r := x.FloorDivMod(y)
		if op == OpFloorDivide {
			return q, nil, true
		}
		return r, nil, true
	}
	return nil, nil, false
}

func floatBinary(x, y float64, op BinaryOp) (Object, error, bool) {
	switch op {
	case OpAdd:
		return NewFloat(x + y), nil, true
	case OpSubtract:
		return NewFloat(x - y), nil, true
	case OpMultiply:
		return NewFloat(x * y), nil, true
	case OpTrueDivide:
		if y == 0 {
			return nil, Errorf(ZeroDivisionType, "float division by zero"), true
		}
		return NewFloat(x / y), nil, true
	}
	return nil, nil, false
}
