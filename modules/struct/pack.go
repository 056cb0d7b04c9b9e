package structmod

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/taipanpy/taipan/objects"
)

// order returns the byte order of l.
func (l *layout) order() binary.ByteOrder {
	if l.big {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

// pack writes args, one per item of l, into buf (l.size bytes, zeroed).
func (l *layout) pack(ts *objects.Thread, buf []byte, args []objects.Object) error {
	i := 0
	for _, c := range l.codes {
		at := buf[c.offset:]
		for r := 0; r < c.repeat; r++ {
			v := args[i]
			i++
			if err := l.packOne(ts, c, at[:c.size], v); err != nil {
				if _, isInt := v.(*objects.Int); isInt && isOverflow(err) {
					return structError("int too large to convert")
				}
				return err
			}
			at = at[c.size:]
		}
	}
	return nil
}

// packOne packs one value of code c into dst.
func (l *layout) packOne(ts *objects.Thread, c code, dst []byte, v objects.Object) error {
	switch c.c {
	case 's', 'p':
		var b []byte
		switch x := v.(type) {
		case *objects.Bytes:
			b = []byte(x.Value())
		case *objects.ByteArray:
			b = x.Value()
		default:
			return structError("argument for '" + string(c.c) + "' must be a bytes object")
		}
		if c.c == 's' {
			copy(dst, b)
			return nil
		}
		if c.size == 0 {
			return nil
		}
		n := copy(dst[1:], b)
		dst[0] = byte(min(n, 255))
		return nil
	case 'c':
		b, ok := v.(*objects.Bytes)
		if !ok || len(b.Value()) != 1 {
			return structError("char format requires a bytes object of length 1")
		}
		dst[0] = b.Value()[0]
		return nil
	case '?':
		t, err := objects.IsTrue(ts, v)
		if err != nil {
			return err
		}
		if t {
			dst[0] = 1
		}
		return nil
	case 'e', 'f', 'd':
		x, err := asDouble(ts, v)
		if err != nil {
			return err
		}
		return l.packFloat(c.c, dst, x)
	}
	n, err := asInteger(ts, v)
	if err != nil {
		return err
	}
	var u uint64
	switch c.c {
	case 'b', 'h', 'i', 'l', 'q', 'n':
		s, ok := n.Int64()
		lim := int64(1) << (8*c.size - 1)
		if !ok || c.size < 8 && (s < -lim || s >= lim) {
			return structError(signedRange(c.c, c.size))
		}
		u = uint64(s)
	case 'P':
		// A pointer takes any value a C long or unsigned long holds.
		if s, ok := n.Int64(); ok {
			u = uint64(s)
		} else if b := n.Big(); b.Sign() > 0 && b.IsUint64() {
			u = b.Uint64()
		} else {
			return structError("int too large to convert")
		}
	default: // B H I L Q N
		b := n.Big()
		if b.Sign() < 0 || b.BitLen() > 8*c.size {
			return structError(unsignedRange(c.c, c.size))
		}
		u = b.Uint64()
	}
	switch c.size {
	case 1:
		dst[0] = byte(u)
	case 2:
		l.order().PutUint16(dst, uint16(u))
	case 4:
		l.order().PutUint32(dst, uint32(u))
	default:
		l.order().PutUint64(dst, u)
	}
	return nil
}

// packFloat packs x in the IEEE format of code c ('e' half, 'f' single, 'd' double).
func (l *layout) packFloat(c byte, dst []byte, x float64) error {
	switch c {
	case 'e':
		h, ok := halfBits(x)
		if !ok {
			return objects.Errorf(objects.OverflowErrorType, "float too large to pack with e format")
		}
		l.order().PutUint16(dst, h)
	case 'f':
		y := float32(x)
		// Only the standard sizes check the range: native packing is a plain C cast.
		if !l.native && math.IsInf(float64(y), 0) && !math.IsInf(x, 0) {
			return objects.Errorf(objects.OverflowErrorType, "float too large to pack with f format")
		}
		l.order().PutUint32(dst, math.Float32bits(y))
	default:
		l.order().PutUint64(dst, math.Float64bits(x))
	}
	return nil
}

// asInteger is get_pylong: an int, or the __index__ of an object that has one.
func asInteger(ts *objects.Thread, v objects.Object) (*objects.Int, error) {
	if n, ok := v.(*objects.Int); ok {
		return n, nil
	}
	if v.Type().Slots.Index == nil {
		return nil, structError("required argument is not an integer")
	}
	return objects.Index(ts, v)
}

// asDouble is PyFloat_AsDouble, any failure becoming struct.error.
func asDouble(ts *objects.Thread, v objects.Object) (float64, error) {
	notFloat := structError("required argument is not a float")
	switch x := v.(type) {
	case *objects.Float:
		return x.Value(), nil
	case *objects.Int:
		return intToFloat(x, notFloat)
	}
	s := &v.Type().Slots
	switch {
	case s.Float != nil:
		r, err := s.Float(ts, v)
		if err != nil {
			return 0, notFloat
		}
		if f, ok := r.(*objects.Float); ok {
			return f.Value(), nil
		}
	case s.Index != nil:
		i, err := objects.Index(ts, v)
		if err != nil {
			return 0, notFloat
		}
		return intToFloat(i, notFloat)
	}
	return 0, notFloat
}

// intToFloat converts an int, failing with err when it is beyond the float range.
func intToFloat(i *objects.Int, err error) (float64, error) {
	if s, ok := i.Int64(); ok {
		return float64(s), nil
	}
	f, _ := new(big.Float).SetInt(i.Big()).Float64()
	if math.IsInf(f, 0) {
		return 0, err
	}
	return f, nil
}

// halfBits returns the IEEE 754 binary16 encoding of x, rounding half to even; ok is false
// when x is finite and too large for it.
func halfBits(x float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(x) {
		sign = 0x8000
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, true
	case math.IsInf(x, 0):
		return sign | 0x7c00, true
	case x == 0:
		return sign, true
	}
	f, e := math.Frexp(math.Abs(x)) // 0.5 <= f < 1
	f *= 2
	e--
	switch {
	case e >= 16:
		return 0, false
	case e < -25:
		f, e = 0, 0 // below half the smallest subnormal
	case e < -14:
		f, e = math.Ldexp(f, 14+e), 0 // subnormal
	default:
		e += 15
		f--
	}
	f *= 1024
	bits := uint16(f)
	if rem := f - float64(bits); rem > 0.5 || rem == 0.5 && bits&1 == 1 {
		bits++
		if bits == 1024 {
			bits = 0
			e++
			if e == 31 {
				return 0, false
			}
		}
	}
	return sign | uint16(e)<<10 | bits, true
}

// halfValue decodes an IEEE 754 binary16 value.
func halfValue(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e, f := int(h>>10&0x1f), float64(h&0x3ff)
	switch e {
	case 0x1f:
		if f == 0 {
			return math.Inf(int(sign))
		}
		return math.Copysign(math.NaN(), sign)
	case 0:
		return sign * math.Ldexp(f/1024, -14)
	}
	return sign * math.Ldexp(1+f/1024, e-15)
}

// unpack reads l's values from buf (l.size bytes).
func (l *layout) unpack(buf []byte) *objects.Tuple {
	out := make([]objects.Object, 0, l.items)
	for _, c := range l.codes {
		at := buf[c.offset:]
		for r := 0; r < c.repeat; r++ {
			out = append(out, l.unpackOne(c, at[:c.size]))
			at = at[c.size:]
		}
	}
	return objects.NewTuple(out)
}

// unpackOne reads one value of code c from src.
func (l *layout) unpackOne(c code, src []byte) objects.Object {
	switch c.c {
	case 's':
		return objects.NewBytes(src)
	case 'p':
		if c.size == 0 {
			return objects.NewBytes(nil)
		}
		n := min(int(src[0]), c.size-1)
		return objects.NewBytes(src[1 : 1+n])
	case 'c':
		return objects.NewBytes(src[:1])
	case '?':
		return objects.NewBool(src[0] != 0)
	case 'e':
		return objects.NewFloat(halfValue(l.order().Uint16(src)))
	case 'f':
		return objects.NewFloat(float64(math.Float32frombits(l.order().Uint32(src))))
	case 'd':
		return objects.NewFloat(math.Float64frombits(l.order().Uint64(src)))
	}
	var u uint64
	switch c.size {
	case 1:
		u = uint64(src[0])
	case 2:
		u = uint64(l.order().Uint16(src))
	case 4:
		u = uint64(l.order().Uint32(src))
	default:
		u = l.order().Uint64(src)
	}
	switch c.c {
	case 'b', 'h', 'i', 'l', 'q', 'n':
		shift := 64 - 8*c.size
		return objects.NewInt(int64(u<<shift) >> shift)
	}
	if u > math.MaxInt64 {
		return objects.NewBigInt(new(big.Int).SetUint64(u))
	}
	return objects.NewInt(int64(u))
}

// isOverflow reports whether err is an OverflowError.
func isOverflow(err error) bool {
	e, ok := err.(*objects.BaseException)
	return ok && objects.IsException(e, objects.OverflowErrorType)
}
