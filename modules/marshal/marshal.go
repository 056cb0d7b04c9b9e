// Package marshal is CPython's marshal module for the values it can hold besides code: None,
// booleans, ints, floats, complex numbers, str, bytes, tuples, lists, dicts, sets and
// frozensets, StopIteration and Ellipsis, in CPython's format (version 4 by default). Code
// objects are Taipan's own and do not marshal; importlib does not need them to, since Taipan
// caches compiled modules itself.
package marshal

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the marshal module.
var Module = vm.BuiltinModule{Name: "marshal", Init: initModule}

const flagRef = 0x80

func initModule(ts *objects.Thread, m *objects.Module) error {
	defs := []objects.MethodDef{
		{Name: "dumps", Flags: objects.MethFastcall | objects.MethKeywords, Func: dumps},
		{Name: "loads", Flags: objects.MethFastcall | objects.MethKeywords, Func: loads},
		{Name: "dump", Flags: objects.MethFastcall | objects.MethKeywords, Func: dump},
		{Name: "load", Flags: objects.MethFastcall | objects.MethKeywords, Func: load},
	}
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	m.Dict.SetStr(objects.NewStr("version"), objects.NewInt(4))
	return nil
}

var (
	dumpsArgs = objects.ArgParser{FuncName: "dumps", Params: []string{"value", "version", "allow_code"}, PosOnly: 2, MinPos: 1, MaxPos: 2}
	loadsArgs = objects.ArgParser{FuncName: "loads", Params: []string{"bytes", "allow_code"}, PosOnly: 1, MinPos: 1, MaxPos: 1}
	dumpArgs  = objects.ArgParser{FuncName: "dump", Params: []string{"value", "file", "version", "allow_code"}, PosOnly: 3, MinPos: 2, MaxPos: 3}
	loadArgs  = objects.ArgParser{FuncName: "load", Params: []string{"file", "allow_code"}, PosOnly: 1, MinPos: 1, MaxPos: 1}
)

func version(ts *objects.Thread, o objects.Object) (int, error) {
	if o == nil {
		return 4, nil
	}
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, _ := i.Int64()
	return int(v), nil
}

func dumps(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [3]objects.Object
	if err := dumpsArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	data, err := marshalValue(ts, v[0], v[1])
	if err != nil {
		return nil, err
	}
	return objects.NewBytes(data), nil
}

// marshalValue serializes value in the format version names (4 when nil).
func marshalValue(ts *objects.Thread, value, ver objects.Object) ([]byte, error) {
	n, err := version(ts, ver)
	if err != nil {
		return nil, err
	}
	w := &writer{version: n}
	if err := w.value(ts, value, 0); err != nil {
		return nil, err
	}
	return w.buf, nil
}

func dump(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [4]objects.Object
	if err := dumpArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	data, err := marshalValue(ts, v[0], v[2])
	if err != nil {
		return nil, err
	}
	_, err = objects.CallMethod(ts, v[1], "write", objects.NewBytes(data))
	return objects.None, err
}

func loads(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [2]objects.Object
	if err := loadsArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	data, err := objects.BytesLike(v[0])
	if err != nil {
		return nil, err
	}
	r := &reader{data: data}
	return r.value(ts, 0)
}

func load(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [2]objects.Object
	if err := loadArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	b, err := objects.CallMethod(ts, v[0], "read")
	if err != nil {
		return nil, err
	}
	data, err := objects.BytesLike(b)
	if err != nil {
		return nil, err
	}
	r := &reader{data: data}
	res, err := r.value(ts, 0)
	if err != nil {
		return nil, err
	}
	// Leave the file just after the value, as CPython's load does.
	if rest := len(data) - r.pos; rest > 0 {
		if _, err := objects.CallMethod(ts, v[0], "seek", objects.NewInt(int64(-rest)), objects.NewInt(1)); err != nil {
			return nil, err
		}
	}
	return res, nil
}

const maxDepth = 2000

// writer serializes values.
type writer struct {
	buf     []byte
	version int
	refs    map[objects.Object]int
}

// shared reports whether CPython's marshal would flag o for references: it does so for objects
// referenced more than once, which the immutable values a program passes (constants, small
// ints, interned strings) are, and freshly built containers are not.
func shared(o objects.Object) bool {
	switch o.(type) {
	case *objects.Int, *objects.Float, *objects.Complex, *objects.Str, *objects.Bytes:
		return true
	case *objects.Tuple:
		return o.(*objects.Tuple).Len() > 0
	}
	return false
}

func (w *writer) u32(n uint32) { w.buf = binary.LittleEndian.AppendUint32(w.buf, n) }

func (w *writer) sized(code byte, data []byte) {
	w.buf = append(w.buf, code)
	w.u32(uint32(len(data)))
	w.buf = append(w.buf, data...)
}

func (w *writer) float(f float64) {
	w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(f))
}

func (w *writer) value(ts *objects.Thread, o objects.Object, depth int) error {
	if depth > maxDepth {
		return objects.Errorf(objects.ValueErrorType, "object too deeply nested to marshal")
	}
	switch o {
	case objects.None:
		w.buf = append(w.buf, 'N')
		return nil
	case objects.True:
		w.buf = append(w.buf, 'T')
		return nil
	case objects.False:
		w.buf = append(w.buf, 'F')
		return nil
	case objects.Ellipsis:
		w.buf = append(w.buf, '.')
		return nil
	case objects.StopIterationType:
		w.buf = append(w.buf, 'S')
		return nil
	}
	flag := byte(0)
	if w.version >= 3 && shared(o) {
		if w.refs == nil {
			w.refs = map[objects.Object]int{}
		}
		if i, ok := w.refs[o]; ok {
			w.buf = append(w.buf, 'r')
			w.u32(uint32(i))
			return nil
		}
		w.refs[o] = len(w.refs)
		flag = flagRef
	}
	start := len(w.buf)
	defer func() {
		if flag != 0 && len(w.buf) > start {
			w.buf[start] |= flag
		}
	}()
	switch v := o.(type) {
	case *objects.Int:
		if x, ok := v.Int64(); ok && x >= math.MinInt32 && x <= math.MaxInt32 {
			w.buf = append(w.buf, 'i')
			w.u32(uint32(int32(x)))
			return nil
		}
		b := new(big.Int).Set(v.Big())
		neg := b.Sign() < 0
		b.Abs(b)
		var digits []uint16
		mask := big.NewInt(0x7fff)
		for b.Sign() > 0 {
			digits = append(digits, uint16(new(big.Int).And(b, mask).Uint64()))
			b.Rsh(b, 15)
		}
		w.buf = append(w.buf, 'l')
		n := int32(len(digits))
		if neg {
			n = -n
		}
		w.u32(uint32(n))
		for _, d := range digits {
			w.buf = binary.LittleEndian.AppendUint16(w.buf, d)
		}
	case *objects.Float:
		w.buf = append(w.buf, 'g')
		w.float(v.Value())
	case *objects.Complex:
		c := v.Value()
		w.buf = append(w.buf, 'y')
		w.float(real(c))
		w.float(imag(c))
	case *objects.Str:
		s := v.Value()
		ascii := true
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				ascii = false
				break
			}
		}
		switch {
		case ascii && len(s) < 256 && w.version >= 4:
			w.buf = append(w.buf, 'z', byte(len(s)))
			w.buf = append(w.buf, s...)
		case ascii && w.version >= 4:
			w.sized('a', []byte(s))
		default:
			data, err := v.Encode(ts, "utf-8", "surrogatepass")
			if err != nil {
				return err
			}
			w.sized('u', []byte(data.Value()))
		}
	case *objects.Bytes:
		w.sized('s', []byte(v.Value()))
	case *objects.ByteArray:
		w.sized('s', []byte(v.Value()))
	case *objects.Tuple:
		items := v.Items()
		if len(items) < 256 && w.version >= 4 {
			w.buf = append(w.buf, ')', byte(len(items)))
		} else {
			w.buf = append(w.buf, '(')
			w.u32(uint32(len(items)))
		}
		for _, it := range items {
			if err := w.value(ts, it, depth+1); err != nil {
				return err
			}
		}
	case *objects.List:
		items := v.Items()
		w.buf = append(w.buf, '[')
		w.u32(uint32(len(items)))
		for _, it := range items {
			if err := w.value(ts, it, depth+1); err != nil {
				return err
			}
		}
	case *objects.Dict:
		w.buf = append(w.buf, '{')
		var err error
		v.Items(func(k, val objects.Object) bool {
			if err = w.value(ts, k, depth+1); err == nil {
				err = w.value(ts, val, depth+1)
			}
			return err == nil
		})
		if err != nil {
			return err
		}
		w.buf = append(w.buf, '0')
	case *objects.Set:
		items, err := objects.IterableItems(ts, v)
		if err != nil {
			return err
		}
		code := byte('<')
		if v.Type().IsSubtype(objects.FrozenSetType) {
			code = '>'
		}
		w.buf = append(w.buf, code)
		w.u32(uint32(len(items)))
		for _, it := range items {
			if err := w.value(ts, it, depth+1); err != nil {
				return err
			}
		}
	default:
		return objects.Errorf(objects.ValueErrorType, "unmarshallable object")
	}
	return nil
}

// reader deserializes values, references included.
type reader struct {
	data []byte
	pos  int
	refs []objects.Object
}

func (r *reader) eof() error {
	return objects.Errorf(objects.EOFErrorType, "marshal data too short")
}

func (r *reader) bytes(n int) ([]byte, error) {
	if n < 0 || r.pos+n > len(r.data) {
		return nil, r.eof()
	}
	b := r.data[r.pos : r.pos+n]
	r.pos += n
	return b, nil
}

func (r *reader) u32() (uint32, error) {
	b, err := r.bytes(4)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b), nil
}

func (r *reader) float() (float64, error) {
	b, err := r.bytes(8)
	if err != nil {
		return 0, err
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b)), nil
}

func (r *reader) value(ts *objects.Thread, depth int) (objects.Object, error) {
	if depth > maxDepth {
		return nil, objects.Errorf(objects.ValueErrorType, "recursion limit exceeded")
	}
	b, err := r.bytes(1)
	if err != nil {
		return nil, objects.Errorf(objects.EOFErrorType, "EOF read where object expected")
	}
	code, flag := b[0]&^flagRef, b[0]&flagRef != 0
	ref := -1
	if flag {
		ref = len(r.refs)
		r.refs = append(r.refs, nil)
	}
	v, err := r.typed(ts, code, depth)
	if err != nil {
		return nil, err
	}
	if ref >= 0 {
		r.refs[ref] = v
	}
	return v, nil
}

func (r *reader) count() (int, error) {
	n, err := r.u32()
	if err != nil {
		return 0, err
	}
	if int32(n) < 0 {
		return 0, objects.Errorf(objects.ValueErrorType, "bad marshal data (size out of range)")
	}
	return int(n), nil
}

func (r *reader) items(ts *objects.Thread, n, depth int) ([]objects.Object, error) {
	items := make([]objects.Object, n)
	for i := range items {
		v, err := r.value(ts, depth+1)
		if err != nil {
			return nil, err
		}
		items[i] = v
	}
	return items, nil
}

func (r *reader) typed(ts *objects.Thread, code byte, depth int) (objects.Object, error) {
	switch code {
	case 'N':
		return objects.None, nil
	case 'T':
		return objects.True, nil
	case 'F':
		return objects.False, nil
	case '.':
		return objects.Ellipsis, nil
	case 'S':
		return objects.StopIterationType, nil
	case 'i':
		n, err := r.u32()
		return objects.NewInt(int64(int32(n))), err
	case 'l':
		n, err := r.u32()
		if err != nil {
			return nil, err
		}
		count := int32(n)
		neg := count < 0
		if neg {
			count = -count
		}
		z := new(big.Int)
		for i := int32(0); i < count; i++ {
			d, err := r.bytes(2)
			if err != nil {
				return nil, err
			}
			digit := binary.LittleEndian.Uint16(d)
			if digit > 0x7fff {
				return nil, objects.Errorf(objects.ValueErrorType, "bad marshal data (digit out of range in long)")
			}
			z.Or(z, new(big.Int).Lsh(big.NewInt(int64(digit)), uint(15*i)))
		}
		if neg {
			z.Neg(z)
		}
		return objects.NewBigInt(z), nil
	case 'g':
		f, err := r.float()
		return objects.NewFloat(f), err
	case 'y':
		re, err := r.float()
		if err != nil {
			return nil, err
		}
		im, err := r.float()
		return objects.NewComplex(complex(re, im)), err
	case 's':
		n, err := r.count()
		if err != nil {
			return nil, err
		}
		b, err := r.bytes(n)
		if err != nil {
			return nil, err
		}
		return objects.NewBytes(append([]byte(nil), b...)), nil
	case 'u', 't', 'a', 'A', 'z', 'Z':
		var n int
		if code == 'z' || code == 'Z' {
			b, err := r.bytes(1)
			if err != nil {
				return nil, err
			}
			n = int(b[0])
		} else {
			var err error
			if n, err = r.count(); err != nil {
				return nil, err
			}
		}
		b, err := r.bytes(n)
		if err != nil {
			return nil, err
		}
		if code == 'u' || code == 't' {
			return objects.DecodeBytes(ts, string(b), "utf-8", "surrogatepass")
		}
		return objects.NewStr(string(b)), nil
	case '(', ')', '[', '<', '>':
		var n int
		if code == ')' {
			b, err := r.bytes(1)
			if err != nil {
				return nil, err
			}
			n = int(b[0])
		} else {
			var err error
			if n, err = r.count(); err != nil {
				return nil, err
			}
		}
		items, err := r.items(ts, n, depth)
		if err != nil {
			return nil, err
		}
		switch code {
		case '[':
			return objects.NewList(items), nil
		case '<':
			s := objects.NewSet()
			for _, it := range items {
				if err := s.Add(ts, it); err != nil {
					return nil, err
				}
			}
			return s, nil
		case '>':
			return objects.NewFrozenSet(ts, objects.NewTuple(items))
		}
		return objects.NewTuple(items), nil
	case '{':
		d := objects.NewDict()
		for {
			if r.pos < len(r.data) && r.data[r.pos] == '0' {
				r.pos++
				return d, nil
			}
			k, err := r.value(ts, depth+1)
			if err != nil {
				return nil, err
			}
			v, err := r.value(ts, depth+1)
			if err != nil {
				return nil, err
			}
			if err := d.SetItem(ts, k, v); err != nil {
				return nil, err
			}
		}
	case 'r':
		n, err := r.u32()
		if err != nil {
			return nil, err
		}
		if int(n) >= len(r.refs) || r.refs[n] == nil {
			return nil, objects.Errorf(objects.ValueErrorType, "bad marshal data (invalid reference)")
		}
		return r.refs[n], nil
	case 'c':
		return nil, objects.Errorf(objects.ValueErrorType, "bad marshal data (unknown type code)")
	}
	return nil, objects.Errorf(objects.ValueErrorType, "bad marshal data (unknown type code)")
}
