package objects

import (
	"math"
	"math/big"
	"math/bits"
)

// The constructors, methods and attributes of int, bool, float and complex.

func init() {
	IntType.Slots.New = intNew
	FloatType.Slots.New = floatNew
	ComplexType.Slots.New = complexNew

	IntType.Methods = append(IntType.Methods,
		MethodDef{Name: "bit_length", Flags: MethNoArgs, Doc: "Number of bits necessary to represent self in binary.",
			Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
				i, _ := asInt(self)
				return NewInt(int64(i.BitLen())), nil
			}},
		MethodDef{Name: "bit_count", Flags: MethNoArgs, Doc: "Number of ones in the binary representation of the absolute value of self.",
			Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
				i, _ := asInt(self)
				return NewInt(int64(intBitCount(i))), nil
			}},
		MethodDef{Name: "as_integer_ratio", Flags: MethNoArgs, Doc: "Return a pair of integers, whose ratio is equal to the original int.",
			Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
				i, _ := asInt(self)
				return NewTuple([]Object{i.exact(), NewInt(1)}), nil
			}},
		MethodDef{Name: "is_integer", Flags: MethNoArgs, Doc: "Returns True. Exists for duck type compatibility with float.is_integer.",
			Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) { return True, nil }},
		MethodDef{Name: "conjugate", Flags: MethNoArgs, Doc: "Returns self, the complex conjugate of any int.", Func: intSelf},
		MethodDef{Name: "__trunc__", Flags: MethNoArgs, Doc: "Truncating an Integral returns itself.", Func: intSelf},
		MethodDef{Name: "__floor__", Flags: MethNoArgs, Doc: "Flooring an Integral returns itself.", Func: intSelf},
		MethodDef{Name: "__ceil__", Flags: MethNoArgs, Doc: "Ceiling of an Integral returns itself.", Func: intSelf},
		MethodDef{Name: "__round__", Doc: "Rounding an Integral returns itself.", Func: numberRound("int.__round__")},
		MethodDef{Name: "to_bytes", Flags: MethFastcall | MethKeywords, Doc: "Return an array of bytes representing an integer.", Func: intToBytes},
		MethodDef{Name: "from_bytes", Flags: MethFastcall | MethKeywords | MethClass, Doc: "Return the integer represented by the given array of bytes.", Func: intFromBytes},
	)
	IntType.GetSets = append(IntType.GetSets,
		GetSetDef{Name: "real", Doc: "the real part of a complex number", Get: func(ts *Thread, o Object) (Object, error) { return intSelf(ts, o, nil, nil) }},
		GetSetDef{Name: "imag", Doc: "the imaginary part of a complex number", Get: func(ts *Thread, o Object) (Object, error) { return NewInt(0), nil }},
		GetSetDef{Name: "numerator", Doc: "the numerator of a rational number in lowest terms", Get: func(ts *Thread, o Object) (Object, error) { return intSelf(ts, o, nil, nil) }},
		GetSetDef{Name: "denominator", Doc: "the denominator of a rational number in lowest terms", Get: func(ts *Thread, o Object) (Object, error) { return NewInt(1), nil }},
	)

	floatValue := func(o Object) float64 { return o.(*Float).value }
	FloatType.Methods = append(FloatType.Methods,
		MethodDef{Name: "hex", Flags: MethNoArgs, Doc: "Return a hexadecimal representation of a floating-point number.",
			Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
				return NewStr(FloatHex(floatValue(self))), nil
			}},
		MethodDef{Name: "fromhex", Flags: MethO | MethClass, Doc: "Create a floating-point number from a hexadecimal string.",
			Func: func(ts *Thread, cls Object, args []Object, _ *Tuple) (Object, error) {
				s, ok := args[0].(*Str)
				if !ok {
					return nil, Errorf(TypeErrorType, "bad argument type for built-in operation")
				}
				f, err := FloatFromHex(s.value)
				if err != nil {
					return nil, err
				}
				if t := cls.(*Type); t != FloatType {
					return Call(ts, t, []Object{NewFloat(f)}, nil)
				}
				return NewFloat(f), nil
			}},
		MethodDef{Name: "__getformat__", Flags: MethO | MethClass,
			Doc: "You probably don't want to use this function.\n\n  typestr\n    Must be 'double' or 'float'.\n\nIt exists mainly to be used in Python's test suite.\n\nThis function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,\nlittle-endian' best describes the format of floating-point numbers used by the\nC type named by typestr.",
			Func: func(ts *Thread, cls Object, args []Object, _ *Tuple) (Object, error) {
				s, ok := args[0].(*Str)
				if !ok {
					return nil, Errorf(TypeErrorType, "__getformat__() argument must be str, not %s", args[0].Type().Name)
				}
				if s.value != "double" && s.value != "float" {
					return nil, Errorf(ValueErrorType, "__getformat__() argument 1 must be 'double' or 'float'")
				}
				// Go's float32 and float64 are IEEE 754, in the machine's byte order.
				if NativeLittleEndian {
					return NewStr("IEEE, little-endian"), nil
				}
				return NewStr("IEEE, big-endian"), nil
			}},
		MethodDef{Name: "is_integer", Flags: MethNoArgs, Doc: "Return True if the float is an integer.",
			Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
				return NewBool(FloatIsInteger(floatValue(self))), nil
			}},
		MethodDef{Name: "as_integer_ratio", Flags: MethNoArgs, Doc: "Return a pair of integers, whose ratio is exactly equal to the original float.",
			Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
				n, d, err := FloatAsIntegerRatio(floatValue(self))
				if err != nil {
					return nil, err
				}
				return NewTuple([]Object{n, d}), nil
			}},
		MethodDef{Name: "conjugate", Flags: MethNoArgs, Doc: "Return self, the complex conjugate of any float.", Func: floatSelf},
		MethodDef{Name: "__trunc__", Flags: MethNoArgs, Doc: "Return the Integral closest to x between 0 and x.",
			Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
				return floatToInt(floatValue(self))
			}},
		MethodDef{Name: "__floor__", Flags: MethNoArgs, Doc: "Return the floor as an Integral.",
			Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
				return floatToInt(math.Floor(floatValue(self)))
			}},
		MethodDef{Name: "__ceil__", Flags: MethNoArgs, Doc: "Return the ceiling as an Integral.",
			Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
				return floatToInt(math.Ceil(floatValue(self)))
			}},
		MethodDef{Name: "__round__", Doc: "Return the Integral closest to x, rounding half toward even.", Func: numberRound("float.__round__")},
	)
	FloatType.GetSets = append(FloatType.GetSets,
		GetSetDef{Name: "real", Doc: "the real part of a complex number", Get: func(ts *Thread, o Object) (Object, error) { return floatSelf(ts, o, nil, nil) }},
		GetSetDef{Name: "imag", Doc: "the imaginary part of a complex number", Get: func(ts *Thread, o Object) (Object, error) { return NewFloat(0), nil }},
	)

	ComplexType.Methods = append(ComplexType.Methods,
		MethodDef{Name: "conjugate", Flags: MethNoArgs, Doc: "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.",
			Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
				c := self.(*Complex).value
				return NewComplex(complex(real(c), -imag(c))), nil
			}},
	)
	ComplexType.GetSets = append(ComplexType.GetSets,
		GetSetDef{Name: "real", Doc: "the real part of a complex number", Get: func(ts *Thread, o Object) (Object, error) { return NewFloat(real(o.(*Complex).value)), nil }},
		GetSetDef{Name: "imag", Doc: "the imaginary part of a complex number", Get: func(ts *Thread, o Object) (Object, error) { return NewFloat(imag(o.(*Complex).value)), nil }},
	)
}

// intSelf returns self as an exact int (int.conjugate, int.real, int.__trunc__ ...).
func intSelf(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
	i, _ := asInt(self)
	return i.exact(), nil
}

// floatSelf returns self as an exact float.
func floatSelf(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
	f := self.(*Float)
	if f.ext == nil {
		return f, nil
	}
	return NewFloat(f.value), nil
}

// numberRound is __round__(ndigits=None) of int and float.
func numberRound(name string) MethodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := checkMethodArgs(name, args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		var nd Object = None
		if len(args) == 1 {
			nd = args[0]
		}
		return Round(ts, self, nd)
	}
}

// intBitCount counts the ones of |i|.
func intBitCount(i *Int) int {
	if v, ok := i.Int64(); ok {
		return bits.OnesCount64(absU64(v))
	}
	n := 0
	for _, w := range i.big.Bits() {
		n += bits.OnesCount(uint(w))
	}
	return n
}

var intToBytesArgs = ArgParser{FuncName: "to_bytes", Params: []string{"length", "byteorder", "signed"}, MaxPos: 2}

// byteOrder reads to_bytes' and from_bytes' byteorder argument (default "big").
func byteOrder(o Object) (little bool, err error) {
	if o == nil {
		return false, nil
	}
	s, ok := o.(*Str)
	if !ok {
		return false, Errorf(TypeErrorType, "to_bytes() argument 'byteorder' must be str, not %s", o.Type().Name)
	}
	switch s.value {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, Errorf(ValueErrorType, "byteorder must be either 'little' or 'big'")
}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var a [3]Object
	if err := intToBytesArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	i, _ := asInt(self)
	length := int64(1)
	if a[0] != nil {
		n, err := Index(ts, a[0])
		if err != nil {
			return nil, err
		}
		v, ok := n.Int64()
		if !ok || v > math.MaxInt32 {
			return nil, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		if v < 0 {
			return nil, Errorf(ValueErrorType, "length argument must be non-negative")
		}
		length = v
	}
	little, err := byteOrder(a[1])
	if err != nil {
		return nil, err
	}
	signed := false
	if a[2] != nil {
		if signed, err = IsTrue(ts, a[2]); err != nil {
			return nil, err
		}
	}
	if i.Sign() < 0 && !signed {
		return nil, Errorf(OverflowErrorType, "can't convert negative int to unsigned")
	}
	// The value must lie in [0, 2**(8*length)) unsigned, [-2**(8*length-1), 2**(8*length-1))
	// signed.
	width := uint(8 * length)
	if signed {
		width--
	}
	limit := new(big.Int).Lsh(big.NewInt(1), width)
	v := i.Big()
	if v.Cmp(limit) >= 0 || v.Cmp(new(big.Int).Neg(limit)) < 0 {
		return nil, Errorf(OverflowErrorType, "int too big to convert")
	}
	if v.Sign() < 0 {
		// Two's complement in length bytes: 2**(8*length) + v.
		v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
	}
	out := v.FillBytes(make([]byte, length))
	if little {
		for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
			out[l], out[r] = out[r], out[l]
		}
	}
	return NewBytes(out), nil
}

var intFromBytesArgs = ArgParser{FuncName: "from_bytes", Params: []string{"bytes", "byteorder", "signed"}, MinPos: 1, MaxPos: 2}

// intFromBytes is int.from_bytes(bytes, byteorder='big', *, signed=False).
func intFromBytes(ts *Thread, cls Object, args []Object, kwnames *Tuple) (Object, error) {
	var a [3]Object
	if err := intFromBytesArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	var data []byte
	switch b := a[0].(type) {
	case *Bytes:
		data = b.Bytes()
	case *ByteArray:
		data = b.Bytes()
	default:
		// As PyObject_Bytes: __bytes__, a buffer, or an iterable of ints; not a count.
		_, isStr := a[0].(*Str)
		if _, isInt := asInt(a[0]); isInt || isStr || a[0] == None {
			return nil, Errorf(TypeErrorType, "cannot convert '%s' object to bytes", a[0].Type().Name)
		}
		conv, err := Call(ts, BytesType, []Object{a[0]}, nil)
		if err != nil {
			return nil, err
		}
		data = conv.(*Bytes).Bytes()
	}
	little, err := byteOrder(a[1])
	if err != nil {
		return nil, err
	}
	signed := false
	if a[2] != nil {
		if signed, err = IsTrue(ts, a[2]); err != nil {
			return nil, err
		}
	}
	if little {
		data = append([]byte(nil), data...)
		for l, r := 0, len(data)-1; l < r; l, r = l+1, r-1 {
			data[l], data[r] = data[r], data[l]
		}
	}
	v := new(big.Int).SetBytes(data)
	if signed && len(data) > 0 && data[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(data))))
	}
	r := NewBigInt(v)
	if t := cls.(*Type); t != IntType {
		return Call(ts, t, []Object{r}, nil)
	}
	return r, nil
}

var intNewArgs = ArgParser{FuncName: "int", Params: []string{"", "base"}, PosOnly: 1, MaxPos: 2}

// intNew is int(x=0) and int(x, base=10).
func intNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	// Positional-only calls take CPython's vectorcall path, which words the count check
	// differently from the keyword parser.
	if kwnames.Len() == 0 && len(args) > 2 {
		return nil, Errorf(TypeErrorType, "int expected at most 2 arguments, got %d", len(args))
	}
	var a [2]Object
	if err := intNewArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	var r *Int
	switch {
	case a[0] == nil && a[1] != nil:
		return nil, Errorf(TypeErrorType, "int() missing string argument")
	case a[0] == nil:
		r = NewInt(0)
	case a[1] == nil:
		o, err := ToInt(ts, a[0])
		if err != nil {
			return nil, err
		}
		r, _ = asInt(o)
	default:
		bi, err := Index(ts, a[1])
		if err != nil {
			return nil, err
		}
		base, ok := bi.Int64()
		if !ok || base > 36 || base < -1<<31 {
			base = 99
		}
		if s, isStr := a[0].(*Str); isStr {
			r, err = ParseInt(s.value, int(base))
		} else if b, isBytes := numberBytesOf(a[0]); isBytes {
			r, err = ParseIntBytes(b, int(base))
		} else {
			return nil, Errorf(TypeErrorType, "int() can't convert non-string with explicit base")
		}
		if err != nil {
			return nil, err
		}
	}
	if cls != IntType {
		return &Int{small: r.small, big: r.big, ext: NewExtension(cls)}, nil
	}
	return r.exact(), nil
}

func numberBytesOf(o Object) ([]byte, bool) {
	switch b := o.(type) {
	case *Bytes:
		return b.Bytes(), true
	case *ByteArray:
		return b.Bytes(), true
	}
	return nil, false
}

// floatNew is float(x=0.0).
func floatNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	if kwnames.Len() > 0 && cls.inheritsFrom(ts, FloatType, "__init__") {
		return nil, Errorf(TypeErrorType, "float() takes no keyword arguments")
	}
	args = args[:len(args)-kwnames.Len()] // a subclass's __init__ takes the keywords
	if len(args) > 1 {
		return nil, Errorf(TypeErrorType, "float expected at most 1 argument, got %d", len(args))
	}
	v := 0.0
	if len(args) == 1 {
		if b, ok := numberBytesOf(args[0]); ok {
			f, err := ParseFloatBytes(b)
			if err != nil {
				return nil, err
			}
			v = f
		} else {
			o, err := ToFloat(ts, args[0])
			if err != nil {
				return nil, err
			}
			f, ok := o.(*Float)
			if !ok {
				return nil, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", args[0].Type().Name, o.Type().Name)
			}
			if f.ext != nil {
				msg := args[0].Type().Name + ".__float__ returned non-float (type " + o.Type().Name + ").  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python."
				if err := Warn(ts, DeprecationWarningType, msg, 1); err != nil {
					return nil, err
				}
			}
			v = f.value
		}
	}
	if cls != FloatType {
		return &Float{value: v, ext: NewExtension(cls)}, nil
	}
	return NewFloat(v), nil
}

var complexNewArgs = ArgParser{FuncName: "complex", Params: []string{"real", "imag"}, MaxPos: 2}

// complexNew is complex(real=0, imag=0), or complex(str).
// complexSpecial calls o's __complex__, as CPython's complex() does before anything else;
// ok is false when o has none.
func complexSpecial(ts *Thread, o Object) (c complex128, ok bool, err error) {
	meth, err := LookupSpecial(ts, o, NewStr("__complex__"))
	if err != nil || meth == nil {
		return 0, false, err
	}
	res, err := Call(ts, meth, nil, nil)
	if err != nil {
		return 0, true, err
	}
	rc, isComplex := res.(*Complex)
	if !isComplex {
		return 0, true, Errorf(TypeErrorType, "__complex__ returned non-complex (type %s)", res.Type().Name)
	}
	if rc.ext != nil {
		if err := Warn(ts, DeprecationWarningType, "__complex__ returned non-complex (type "+res.Type().Name+").  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.", 1); err != nil {
			return 0, true, err
		}
	}
	return rc.value, true, nil
}

func complexNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	var a [2]Object
	if err := complexNewArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	if c, ok := a[0].(*Complex); ok && c.ext == nil && a[1] == nil && cls == ComplexType {
		return c, nil // complex(c) is c, as in CPython
	}
	var v complex128
	if s, ok := a[0].(*Str); ok {
		if a[1] != nil {
			return nil, Errorf(TypeErrorType, "complex() can't take second arg if first is a string")
		}
		c, err := ParseComplex(s.value)
		if err != nil {
			return nil, err
		}
		v = c
	} else {
		// part converts one argument, reporting whether it was complex (or had __complex__).
		part := func(o Object, which string) (complex128, bool, error) {
			if _, isStr := o.(*Str); isStr {
				return 0, false, Errorf(TypeErrorType, "complex() second arg can't be a string")
			}
			c, isComplex := o.(*Complex)
			if which == "first argument" && (!isComplex || c.ext != nil) {
				// __complex__ comes first, even for a subclass of complex.
				if c, ok, err := complexSpecial(ts, o); ok || err != nil {
					return c, true, err
				}
			}
			if isComplex {
				return c.value, true, nil
			}
			f, ferr := ToFloat(ts, o)
			if ferr != nil {
				if e, ok := ferr.(*BaseException); ok && e.Type() != TypeErrorType {
					return 0, false, ferr
				}
				kinds := "a number"
				if which == "first argument" {
					kinds = "a string or a number"
				}
				return 0, false, Errorf(TypeErrorType, "complex() %s must be %s, not '%s'", which, kinds, o.Type().Name)
			}
			return complex(f.(*Float).value, 0), false, nil
		}
		var re, im complex128
		var reComplex, imComplex bool
		var err error
		if a[0] != nil {
			if re, reComplex, err = part(a[0], "first argument"); err != nil {
				return nil, err
			}
		}
		// complex(a, b) is a + b*1j with the parts combined as CPython combines them: an
		// imaginary part of b moves to the real part, and a real b keeps its sign even when
		// it is -0.0.
		realPart, imagPart := real(re), imag(re)
		if a[1] != nil {
			if im, imComplex, err = part(a[1], "second argument"); err != nil {
				return nil, err
			}
			imagPart = real(im)
			if imComplex {
				realPart -= imag(im)
			}
			if reComplex {
				imagPart += imag(re)
			}
		}
		v = complex(realPart, imagPart)
	}
	if cls != ComplexType {
		return &Complex{value: v, ext: NewExtension(cls)}, nil
	}
	return NewComplex(v), nil
}
