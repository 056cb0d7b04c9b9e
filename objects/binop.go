package objects

import "reflect"

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

// NumBinaryOps counts the plain binary operators: the size of the number slot tables.
const NumBinaryOps = int(OpInplaceAdd)

var binaryOpSymbols = [...]string{"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"}

// Plain returns the operator without its in-place form.
func (op BinaryOp) Plain() BinaryOp {
	if op >= OpInplaceAdd {
		return op - OpInplaceAdd
	}
	return op
}

// IsInplace reports whether op is an augmented assignment's operator.
func (op BinaryOp) IsInplace() bool { return op >= OpInplaceAdd }

// Symbol returns the operator as written in Python ("+", "+=" ...).
func (op BinaryOp) Symbol() string {
	if op >= OpInplaceAdd {
		return binaryOpSymbols[op-OpInplaceAdd] + "="
	}
	return binaryOpSymbols[op]
}

// Binary applies op to a and b, as PyNumber_Add and its siblings do: the in-place slot
// first for an in-place operator, then the operands' number slots (the right operand's
// reflected slot first when its type is a subclass of the left's that overrides it), then
// the sequence slots for + and *.
func Binary(ts *Thread, a, b Object, op BinaryOp) (Object, error) {
	plain := op.Plain()
	if op.IsInplace() {
		if f := a.Type().Slots.NumInplace[plain]; f != nil {
			r, err := f(ts, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	r, err := binaryNumber(ts, a, b, plain)
	if err != nil || r != NotImplemented {
		return r, err
	}
	switch plain {
	case OpAdd:
		if f := a.Type().Slots.InplaceConcat; op.IsInplace() && f != nil {
			return f(ts, a, b)
		}
		if f := a.Type().Slots.Concat; f != nil {
			return f(ts, a, b)
		}
	case OpMultiply:
		if r, err, done := sequenceRepeat(ts, a, b, op.IsInplace()); done {
			return r, err
		}
	}
	return nil, binaryTypeError(a, b, op)
}

// binaryNumber is CPython's binary_op1: the number slots of both operands in the right order.
func binaryNumber(ts *Thread, a, b Object, op BinaryOp) (Object, error) {
	ta, tb := a.Type(), b.Type()
	slotA := ta.Slots.NumBinary[op]
	var slotB func(*Thread, Object, Object) (Object, error)
	if tb != ta {
		slotB = tb.Slots.NumBinary[op]
		if slotB != nil && slotA != nil && sameFunc(slotA, slotB) {
			slotB = nil
		}
	}
	if slotA != nil {
		if slotB != nil && tb.IsSubtype(ta) {
			r, err := slotB(ts, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
			slotB = nil
		}
		r, err := slotA(ts, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if slotB != nil {
		return slotB(ts, a, b)
	}
	return NotImplemented, nil
}

// sequenceRepeat tries seq * n and n * seq through the sequence repeat slots.
func sequenceRepeat(ts *Thread, a, b Object, inplace bool) (Object, error, bool) {
	seq, count := a, b
	f := a.Type().Slots.Repeat
	if inplace && a.Type().Slots.InplaceRepeat != nil {
		f = a.Type().Slots.InplaceRepeat
	}
	if f == nil {
		seq, count, f = b, a, b.Type().Slots.Repeat
	}
	if f == nil {
		return nil, nil, false
	}
	n, err := Index(ts, count)
	if err != nil {
		return nil, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", count.Type().Name), true
	}
	v, small := n.Int64()
	if !small {
		return nil, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer"), true
	}
	r, err := f(ts, seq, int(v))
	return r, err, true
}

func binaryTypeError(a, b Object, op BinaryOp) error {
	sym := op.Symbol()
	if op.Plain() == OpPower && !op.IsInplace() {
		sym = "** or pow()"
	}
	// `print >> f`, Python 2's redirection, gets a hint (binop_type_error's special case).
	if op == OpRshift {
		if f, ok := a.(*BuiltinFunction); ok && f.Def.Name == "print" && f.isFunction() {
			return Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'. Did you mean \"print(<message>, file=<output_stream>)\"?",
				sym, a.Type().Name, b.Type().Name)
		}
	}
	return Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'",
		sym, a.Type().Name, b.Type().Name)
}

// sameFunc reports whether two slot functions are the same function, as CPython compares slot
// pointers to avoid calling an inherited slot twice.
func sameFunc(f, g any) bool {
	return reflect.ValueOf(f).Pointer() == reflect.ValueOf(g).Pointer()
}

// Index returns o.__index__(): o as an int, for indices and counts.
func Index(ts *Thread, o Object) (*Int, error) {
	if i, ok := o.(*Int); ok {
		return i, nil
	}
	if f := o.Type().Slots.Index; f != nil {
		return f(ts, o)
	}
	return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
}

// Negative returns -o.
func Negative(ts *Thread, o Object) (Object, error) {
	if f := o.Type().Slots.Negative; f != nil {
		return f(ts, o)
	}
	return nil, Errorf(TypeErrorType, "bad operand type for unary -: '%s'", o.Type().Name)
}

// Positive returns +o.
func Positive(ts *Thread, o Object) (Object, error) {
	if f := o.Type().Slots.Positive; f != nil {
		return f(ts, o)
	}
	return nil, Errorf(TypeErrorType, "bad operand type for unary +: '%s'", o.Type().Name)
}

// Invert returns ~o.
func Invert(ts *Thread, o Object) (Object, error) {
	if f := o.Type().Slots.Invert; f != nil {
		return f(ts, o)
	}
	return nil, Errorf(TypeErrorType, "bad operand type for unary ~: '%s'", o.Type().Name)
}

// Absolute returns abs(o).
func Absolute(ts *Thread, o Object) (Object, error) {
	if f := o.Type().Slots.Absolute; f != nil {
		return f(ts, o)
	}
	return nil, Errorf(TypeErrorType, "bad operand type for abs(): '%s'", o.Type().Name)
}
