package array

import (
	"encoding/binary"
	"math"
	"unicode/utf16"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// reduceEx is __reduce_ex__(protocol): from protocol 3 on, the array's bytes with their
// machine format for _array_reconstructor; before, the typecode and a list of the items.
func (a *Array) reduceEx(ts *objects.Thread, protoArg objects.Object) (objects.Object, error) {
	proto, ok := protoArg.(*objects.Int)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "__reduce_ex__ argument should be an integer")
	}
	var dict objects.Object = objects.None
	if d, err := objects.GetAttr(ts, a, objects.NewStr("__dict__")); err == nil {
		dict = d
	} else if !objects.IsException(err.(objects.Object), objects.AttributeErrorType) {
		return nil, err
	}
	code := objects.NewStr(string(rune(a.d.code)))
	if p, ok := proto.Int64(); ok && p < 3 {
		items, err := a.toList()
		if err != nil {
			return nil, err
		}
		return objects.NewTuple([]objects.Object{a.Type(), objects.NewTuple([]objects.Object{code, items}), dict}), nil
	}
	recon, err := reconstructor(ts)
	if err != nil {
		return nil, err
	}
	args := objects.NewTuple([]objects.Object{a.Type(), code, objects.NewInt(int64(a.d.mformat)), objects.NewBytes(a.buf)})
	return objects.NewTuple([]objects.Object{recon, args, dict}), nil
}

// reconstructor returns the interpreter's array._array_reconstructor.
func reconstructor(ts *objects.Thread) (objects.Object, error) {
	m, _, err := vm.ThreadOf(ts).Interp.ImportBuiltin(ts, "array")
	if err != nil {
		return nil, err
	}
	return objects.GetAttr(ts, m, objects.NewStr("_array_reconstructor"))
}

// mformatInfo describes a machine format: its item size, signedness and byte order, and
// whether it holds integers, floats or UTF-16/32 text.
type mformatInfo struct {
	size      int
	signed    bool
	bigEndian bool
	kind      kind
}

func mformatOf(code int) mformatInfo {
	switch {
	case code <= mfInt8:
		return mformatInfo{size: 1, signed: code == mfInt8}
	case code <= mfInt64BE:
		c := code - mfUint16LE
		return mformatInfo{size: 2 << (c / 4), signed: c%4 >= 2, bigEndian: c%2 == 1}
	case code <= mfDoubleBE:
		return mformatInfo{size: 4 << ((code - mfFloatLE) / 2), kind: floatKind, bigEndian: (code-mfFloatLE)%2 == 1}
	}
	return mformatInfo{size: 2 << ((code - mfUTF16LE) / 2), kind: charKind, bigEndian: (code-mfUTF16LE)%2 == 1}
}

// arrayReconstructor is _array_reconstructor(arraytype, typecode, mformat_code, items).
func arrayReconstructor(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	if kwnames.Len() > 0 {
		return nil, objects.Errorf(objects.TypeErrorType, "array._array_reconstructor() takes no keyword arguments")
	}
	if len(args) != 4 {
		return nil, objects.Errorf(objects.TypeErrorType, "_array_reconstructor expected 4 arguments, got %d", len(args))
	}
	p := args
	cls, ok := p[0].(*objects.Type)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "first argument must be a type object, not %s", p[0].Type().Name)
	}
	if !cls.IsSubtype(ArrayType) {
		return nil, objects.Errorf(objects.TypeErrorType, "%s is not a subtype of array.array", cls.Name)
	}
	tc, ok := p[1].(*objects.Str)
	if !ok || tc.Len() != 1 {
		name := p[1].Type().Name
		if ok {
			name = "a string of length " + itoa(tc.Len())
		}
		return nil, objects.Errorf(objects.TypeErrorType, "_array_reconstructor() argument 2 must be a unicode character, not %s", name)
	}
	mfi, err := objects.Index(ts, p[2])
	if err != nil {
		return nil, err
	}
	items, ok := p[3].(*objects.Bytes)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "fourth argument should be bytes, not %s", p[3].Type().Name)
	}
	d := lookupDescr(tc.At(0))
	if d == nil {
		return nil, objects.Errorf(objects.ValueErrorType, "second argument must be a valid type code")
	}
	mf, ok := mfi.Int64()
	if !ok || mf < 0 || mf > mfLast {
		return nil, objects.Errorf(objects.ValueErrorType, "third argument must be a valid machine format code.")
	}
	raw := []byte(items.Value())
	if int(mf) == d.mformat {
		a := newArray(cls, d)
		if err := a.fromBytes(objects.NewBytes(raw)); err != nil {
			return nil, err
		}
		return a, nil
	}
	info := mformatOf(int(mf))
	// CPython's table gives the UTF-16 and UTF-32 formats twice their unit size, and this
	// check uses it.
	checkSize := info.size
	if info.kind == charKind {
		checkSize *= 2
	}
	if len(raw)%checkSize != 0 {
		return nil, objects.Errorf(objects.ValueErrorType, "string length not a multiple of item size")
	}
	var order binary.ByteOrder = binary.LittleEndian
	if info.bigEndian {
		order = binary.BigEndian
	}
	n := len(raw) / info.size
	uintAt := func(i int) uint64 {
		b := raw[i*info.size : (i+1)*info.size]
		switch info.size {
		case 1:
			return uint64(b[0])
		case 2:
			return uint64(order.Uint16(b))
		case 4:
			return uint64(order.Uint32(b))
		}
		return order.Uint64(b)
	}
	var target *descr
	a := (*Array)(nil)
	switch info.kind {
	case floatKind:
		a = newArray(cls, d)
		for i := 0; i < n; i++ {
			u := uintAt(i)
			f := math.Float64frombits(u)
			if info.size == 4 {
				f = float64(math.Float32frombits(uint32(u)))
			}
			if err := a.appendItem(ts, objects.NewFloat(f)); err != nil {
				return nil, err
			}
		}
	case charKind:
		var s []rune
		if info.size == 2 {
			units := make([]uint16, n)
			for i := range units {
				units[i] = uint16(uintAt(i))
			}
			s = utf16.Decode(units)
		} else {
			s = make([]rune, n)
			for i := range s {
				s[i] = rune(uint32(uintAt(i)))
			}
		}
		if d.kind != charKind {
			return nil, objects.Errorf(objects.TypeErrorType, "cannot use a str to initialize an array with typecode '%c'", d.code)
		}
		a = newArray(cls, d)
		if err := a.fromUnicode(objects.NewStrFromRunes(s)); err != nil {
			return nil, err
		}
	default:
		// The last integer typecode of the format's size and signedness holds the items.
		for i := range descrs {
			if descrs[i].kind == intKind && descrs[i].size == info.size && descrs[i].signed == info.signed {
				target = &descrs[i]
			}
		}
		a = newArray(cls, target)
		for i := 0; i < n; i++ {
			u := uintAt(i)
			var v objects.Object
			if info.signed {
				shift := 64 - 8*info.size
				v = objects.NewInt(int64(u<<shift) >> shift)
			} else {
				if v, err = target.get(le(u, info.size)); err != nil {
					return nil, err
				}
			}
			if err := a.appendItem(ts, v); err != nil {
				return nil, err
			}
		}
	}
	return a, nil
}

// le returns v as size little-endian bytes.
func le(v uint64, size int) []byte {
	b := make([]byte, size)
	putUint(b, v)
	return b
}

func itoa(n int) string {
	return objects.NewInt(int64(n)).String()
}
