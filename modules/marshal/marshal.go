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
	data, err := marshalValue(ts, v[0], v[1], v[2])
	if err != nil {
		return nil, err
	}
	return objects.NewBytes(data), nil
}

// marshalValue serializes value in the format version names (4 when nil); allowCode is the
// allow_code argument (nil for its default, True).
func marshalValue(ts *objects.Thread, value, ver, allowCode objects.Object) ([]byte, error) {
	n, err := version(ts, ver)
	if err != nil {
		return nil, err
	}
	allow, err := allowCodeArg(ts, allowCode)
	if err != nil {
		return nil, err
	}
	w := &writer{version: n, allowCode: allow}
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
	data, err := marshalValue(ts, v[0], v[2], v[3])
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
	allow, err := allowCodeArg(ts, v[1])
	if err != nil {
		return nil, err
	}
	r := &reader{data: data, allowCode: allow}
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
	allow, err := allowCodeArg(ts, v[1])
	if err != nil {
		return nil, err
	}
	r := &reader{data: data, allowCode: allow}
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

// allowCodeArg reads the allow_code argument: true unless given false.
func allowCodeArg(ts *objects.Thread, o objects.Object) (bool, error) {
	if o == nil {
		return true, nil
	}
	return objects.IsTrue(ts, o)
}

const maxDepth = 2000

// writer serializes values.
type writer struct {
	buf       []byte
	version   int
	refs      map[objects.Object]int
	allowCode bool
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
	case *objects.Code:
		return w.code(ts, v, depth)
	default:
		return objects.Errorf(objects.ValueErrorType, "unmarshallable object")
	}
	return nil
}

// code writes a code object in CPython 3.13's layout: the counts and flags, then co_code,
// the constants, names, locals and their kinds, the file and function names, the first line
// and the location and exception tables.
func (w *writer) code(ts *objects.Thread, c *objects.Code, depth int) error {
	if !w.allowCode {
		return objects.Errorf(objects.ValueErrorType, "marshalling code objects is disallowed")
	}
	w.buf = append(w.buf, 'c')
	for _, n := range []int{c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, c.StackSize, int(c.Flags)} {
		w.u32(uint32(int32(n)))
	}
	code, err := objects.GetAttr(ts, c, objects.NewStr("co_code"))
	if err != nil {
		return err
	}
	names := make([]objects.Object, len(c.Names))
	for i, n := range c.Names {
		names[i] = n
	}
	locals := make([]objects.Object, len(c.LocalsplusNames))
	for i, n := range c.LocalsplusNames {
		locals[i] = objects.NewStr(n)
	}
	parts := []objects.Object{code, objects.NewTuple(append([]objects.Object(nil), c.Consts...)), objects.NewTuple(names),
		objects.NewTuple(locals), objects.NewBytes(c.LocalsplusKinds), objects.NewStr(c.Filename),
		objects.NewStr(c.Name), objects.NewStr(c.Qualname)}
	for _, p := range parts {
		if err := w.value(ts, p, depth+1); err != nil {
			return err
		}
	}
	w.u32(uint32(int32(c.FirstLineno)))
	for _, p := range []objects.Object{objects.NewBytes(c.LineTable), objects.NewBytes(c.ExceptionTable)} {
		if err := w.value(ts, p, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// reader deserializes values, references included.
type reader struct {
	data      []byte
	pos       int
	refs      []objects.Object
	allowCode bool
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

// code reads a code object written as writer.code writes one.
func (r *reader) code(ts *objects.Thread, depth int) (objects.Object, error) {
	if !r.allowCode {
		return nil, objects.Errorf(objects.ValueErrorType, "unmarshalling code objects is disallowed")
	}
	var counts [5]int
	for i := range counts {
		n, err := r.u32()
		if err != nil {
			return nil, err
		}
		counts[i] = int(int32(n))
	}
	var parts [8]objects.Object
	for i := range parts {
		v, err := r.value(ts, depth+1)
		if err != nil {
			return nil, err
		}
		parts[i] = v
	}
	first, err := r.u32()
	if err != nil {
		return nil, err
	}
	var tables [2]objects.Object
	for i := range tables {
		if tables[i], err = r.value(ts, depth+1); err != nil {
			return nil, err
		}
	}
	bad := objects.Errorf(objects.ValueErrorType, "bad marshal data (invalid code object)")
	code, ok1 := parts[0].(*objects.Bytes)
	consts, ok2 := parts[1].(*objects.Tuple)
	names, ok3 := parts[2].(*objects.Tuple)
	locals, ok4 := parts[3].(*objects.Tuple)
	kinds, ok5 := parts[4].(*objects.Bytes)
	filename, ok6 := parts[5].(*objects.Str)
	name, ok7 := parts[6].(*objects.Str)
	qualname, ok8 := parts[7].(*objects.Str)
	lines, ok9 := tables[0].(*objects.Bytes)
	excs, ok10 := tables[1].(*objects.Bytes)
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6 && ok7 && ok8 && ok9 && ok10) || len(code.Value())%2 != 0 ||
		locals.Len() != len(kinds.Value()) {
		return nil, bad
	}
	c := &objects.Code{Name: name.Value(), Qualname: qualname.Value(), Filename: filename.Value(),
		FirstLineno: int(int32(first)), ArgCount: counts[0], PosOnlyArgCount: counts[1], KwOnlyArgCount: counts[2],
		StackSize: counts[3], Flags: objects.CodeFlags(uint32(counts[4])), Consts: append([]objects.Object(nil), consts.Items()...),
		LocalsplusKinds: []byte(kinds.Value()), LineTable: []byte(lines.Value()), ExceptionTable: []byte(excs.Value())}
	raw := code.Value()
	c.Instrs = make([]uint16, len(raw)/2)
	for i := range c.Instrs {
		c.Instrs[i] = binary.LittleEndian.Uint16([]byte(raw[2*i : 2*i+2]))
	}
	for _, n := range names.Items() {
		s, ok := n.(*objects.Str)
		if !ok {
			return nil, bad
		}
		c.Names = append(c.Names, objects.InternStr(s))
	}
	for i, n := range locals.Items() {
		s, ok := n.(*objects.Str)
		if !ok {
			return nil, bad
		}
		c.LocalsplusNames = append(c.LocalsplusNames, s.Value())
		if c.LocalsplusKinds[i]&objects.LocalFree != 0 {
			c.NFreeVars++
		}
	}
	c.NLocalsplus = len(c.LocalsplusNames)
	return c, nil
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
		return r.code(ts, depth)
	}
	return nil, objects.Errorf(objects.ValueErrorType, "bad marshal data (unknown type code)")
}
