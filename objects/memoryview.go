package objects

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
)

// MemoryViewType is the type of memoryview objects.
var MemoryViewType = newType("memoryview", ObjectType)

// MemoryView is a view of an exporter's memory, with a struct format, a shape and strides.
type MemoryView struct {
	mb       *managedBuffer
	offset   int // of the first item in mb.mem
	format   string
	itemsize int
	shape    []int
	strides  []int
	readonly bool
	released bool
	hash     int64
	hashed   bool
}

// Type returns MemoryViewType.
func (*MemoryView) Type() *Type { return MemoryViewType }

// NewMemoryView returns memoryview(o).
func NewMemoryView(o Object) (*MemoryView, error) {
	if m, ok := o.(*MemoryView); ok {
		if err := m.check(); err != nil {
			return nil, err
		}
		return m.view(m.offset, append([]int(nil), m.shape...), append([]int(nil), m.strides...)), nil
	}
	mb, ok := exportBuffer(o)
	if !ok {
		return nil, Errorf(TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", o.Type().Name)
	}
	mb.views++
	return &MemoryView{mb: mb, format: mb.format, itemsize: mb.itemsize, shape: []int{len(mb.mem) / mb.itemsize},
		strides: []int{mb.itemsize}, readonly: mb.readonly}, nil
}

// view makes a view of the same export with another layout.
func (m *MemoryView) view(offset int, shape, strides []int) *MemoryView {
	m.mb.views++
	return &MemoryView{mb: m.mb, offset: offset, format: m.format, itemsize: m.itemsize,
		shape: shape, strides: strides, readonly: m.readonly}
}

func (m *MemoryView) check() error {
	if m.released {
		return Errorf(ValueErrorType, "operation forbidden on released memoryview object")
	}
	return nil
}

// Release ends the view's use of the exporter's memory.
func (m *MemoryView) Release() {
	if !m.released {
		m.released = true
		m.mb.release()
	}
}

func (m *MemoryView) count() int {
	n := 1
	for _, d := range m.shape {
		n *= d
	}
	return n
}

func (m *MemoryView) nbytes() int { return m.count() * m.itemsize }

// contiguous reports whether the items lie in C order without gaps.
func (m *MemoryView) contiguous() bool {
	want := m.itemsize
	for i := len(m.shape) - 1; i >= 0; i-- {
		if m.shape[i] > 1 && m.strides[i] != want {
			return false
		}
		want *= m.shape[i]
	}
	return true
}

// Bytes returns the view's items in C order (tobytes()).
func (m *MemoryView) Bytes() []byte {
	if m.contiguous() {
		return m.mb.mem[m.offset : m.offset+m.nbytes()]
	}
	out := make([]byte, 0, m.nbytes())
	m.walk(func(off int) { out = append(out, m.mb.mem[off:off+m.itemsize]...) })
	return out
}

// walk calls f with the byte offset of every item, in C order.
func (m *MemoryView) walk(f func(off int)) {
	var rec func(dim, off int)
	rec = func(dim, off int) {
		if dim == len(m.shape) {
			f(off)
			return
		}
		for i := 0; i < m.shape[dim]; i++ {
			rec(dim+1, off+i*m.strides[dim])
		}
	}
	rec(0, m.offset)
}

// formatItemSize returns the size of a native struct format character, 0 for an unknown one.
func formatItemSize(f string) int {
	f = strings.TrimPrefix(f, "@")
	if len(f) != 1 {
		return 0
	}
	switch f[0] {
	case 'b', 'B', 'c', '?':
		return 1
	case 'h', 'H', 'e':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P':
		return 8
	}
	return 0
}

// checkFormat refuses to convert items of a format memoryview cannot unpack, which an
// exporter's buffer may have (an array of typecode 'w').
func (m *MemoryView) checkFormat() error {
	if formatItemSize(m.format) == 0 {
		return Errorf(NotImplementedErrorType, "memoryview: format %s not supported", m.format)
	}
	return nil
}

func isByteFormat(f string) bool {
	f = strings.TrimPrefix(f, "@")
	return f == "B" || f == "b" || f == "c"
}

// unpack converts the item at off to a Python value.
func (m *MemoryView) unpack(off int) Object {
	b := m.mb.mem[off : off+m.itemsize]
	switch strings.TrimPrefix(m.format, "@")[0] {
	case 'B':
		return NewInt(int64(b[0]))
	case 'b':
		return NewInt(int64(int8(b[0])))
	case 'c':
		return NewBytesString(string(b[:1]))
	case '?':
		return NewBool(b[0] != 0)
	case 'h':
		return NewInt(int64(int16(binary.LittleEndian.Uint16(b))))
	case 'H':
		return NewInt(int64(binary.LittleEndian.Uint16(b)))
	case 'i':
		return NewInt(int64(int32(binary.LittleEndian.Uint32(b))))
	case 'I':
		return NewInt(int64(binary.LittleEndian.Uint32(b)))
	case 'l', 'q', 'n':
		return NewInt(int64(binary.LittleEndian.Uint64(b)))
	case 'L', 'Q', 'N', 'P':
		return NewBigInt(new(big.Int).SetUint64(binary.LittleEndian.Uint64(b)))
	case 'f':
		return NewFloat(float64(math.Float32frombits(binary.LittleEndian.Uint32(b))))
	case 'd':
		return NewFloat(math.Float64frombits(binary.LittleEndian.Uint64(b)))
	case 'e':
		return NewFloat(halfToFloat(binary.LittleEndian.Uint16(b)))
	}
	return None
}

// pack stores v as the item at off, with memoryview's errors.
func (m *MemoryView) pack(ts *Thread, off int, v Object) error {
	b := m.mb.mem[off : off+m.itemsize]
	f := strings.TrimPrefix(m.format, "@")[0]
	invalidType := func() error {
		return Errorf(TypeErrorType, "memoryview: invalid type for format '%s'", m.format)
	}
	invalidValue := func() error {
		return Errorf(ValueErrorType, "memoryview: invalid value for format '%s'", m.format)
	}
	switch f {
	case 'c':
		s, ok := v.(*Bytes)
		if !ok {
			return invalidType()
		}
		if len(s.value) != 1 {
			return invalidValue()
		}
		b[0] = s.value[0]
		return nil
	case '?':
		t, err := IsTrue(ts, v)
		if err != nil {
			return err
		}
		b[0] = 0
		if t {
			b[0] = 1
		}
		return nil
	case 'f', 'd', 'e':
		x, ok := v.(*Float)
		var fv float64
		if ok {
			fv = x.value
		} else if i, isInt := asInt(v); isInt {
			var fits bool
			if fv, fits = i.Float(); !fits {
				return Errorf(OverflowErrorType, "int too large to convert to float")
			}
		} else {
			return invalidType()
		}
		switch f {
		case 'f':
			binary.LittleEndian.PutUint32(b, math.Float32bits(float32(fv)))
		case 'd':
			binary.LittleEndian.PutUint64(b, math.Float64bits(fv))
		default:
			binary.LittleEndian.PutUint16(b, floatToHalf(fv))
		}
		return nil
	}
	i, ok := asInt(v)
	if !ok {
		if v.Type().Slots.Index == nil {
			return invalidType()
		}
		var err error
		if i, err = Index(ts, v); err != nil {
			return err
		}
	}
	var lo, hi int64
	unsigned := false
	switch f {
	case 'B':
		lo, hi = 0, math.MaxUint8
	case 'b':
		lo, hi = math.MinInt8, math.MaxInt8
	case 'h':
		lo, hi = math.MinInt16, math.MaxInt16
	case 'H':
		lo, hi = 0, math.MaxUint16
	case 'i':
		lo, hi = math.MinInt32, math.MaxInt32
	case 'I':
		lo, hi = 0, math.MaxUint32
	case 'l', 'q', 'n':
		lo, hi = math.MinInt64, math.MaxInt64
	default:
		unsigned = true
	}
	if unsigned {
		big := i.Big()
		if big.Sign() < 0 || !big.IsUint64() {
			return invalidValue()
		}
		binary.LittleEndian.PutUint64(b, big.Uint64())
		return nil
	}
	x, fits := i.Int64()
	if !fits || x < lo || x > hi {
		return invalidValue()
	}
	switch m.itemsize {
	case 1:
		b[0] = byte(x)
	case 2:
		binary.LittleEndian.PutUint16(b, uint16(x))
	case 4:
		binary.LittleEndian.PutUint32(b, uint32(x))
	default:
		binary.LittleEndian.PutUint64(b, uint64(x))
	}
	return nil
}

// halfToFloat decodes an IEEE 754 binary16 value.
func halfToFloat(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	frac := float64(h & 0x3ff)
	switch exp {
	case 0:
		return sign * math.Ldexp(frac, -24)
	case 0x1f:
		if frac == 0 {
			return math.Inf(int(sign))
		}
		return math.NaN()
	}
	return sign * math.Ldexp(1+frac/1024, exp-15)
}

// floatToHalf encodes x as binary16, rounding half to even.
func floatToHalf(x float64) uint16 {
	bits := math.Float32bits(float32(x))
	sign := uint16(bits>>16) & 0x8000
	if math.IsNaN(x) {
		return sign | 0x7e00
	}
	ax := math.Abs(x)
	if ax >= 65520 {
		return sign | 0x7c00
	}
	if ax < math.Ldexp(1, -14) {
		m := math.RoundToEven(ax * math.Ldexp(1, 24))
		return sign | uint16(m)
	}
	frac, exp := math.Frexp(ax) // ax = frac * 2**exp, 0.5 <= frac < 1
	m := math.RoundToEven((frac*2 - 1) * 1024)
	e := exp - 1 + 15
	if m == 1024 {
		m = 0
		e++
	}
	return sign | uint16(e)<<10 | uint16(m)
}

// itemOffset resolves one index on dimension dim.
func (m *MemoryView) itemOffset(ts *Thread, key Object, dim int, off int) (int, error) {
	i, err := indexValue(ts, key)
	if err != nil {
		return 0, err
	}
	n := m.shape[dim]
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, Errorf(IndexErrorType, "index out of bounds on dimension %d", dim+1)
	}
	return off + i*m.strides[dim], nil
}

func isIndexKey(o Object) bool {
	if _, ok := asInt(o); ok {
		return true
	}
	return o.Type().Slots.Index != nil
}

func (m *MemoryView) getItem(ts *Thread, key Object) (Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	if len(m.shape) == 0 {
		if key == Ellipsis {
			return m.view(m.offset, nil, nil), nil
		}
		if t, ok := key.(*Tuple); ok && len(t.items) == 0 {
			return m.unpack(m.offset), nil
		}
		return nil, Errorf(TypeErrorType, "invalid indexing of 0-dim memory")
	}
	switch k := key.(type) {
	case *Slice:
		start, stop, step, err := k.Unpack(ts)
		if err != nil {
			return nil, err
		}
		start, _, n := AdjustSliceIndices(m.shape[0], start, stop, step)
		shape := append([]int{n}, m.shape[1:]...)
		strides := append([]int{m.strides[0] * step}, m.strides[1:]...)
		return m.view(m.offset+start*m.strides[0], shape, strides), nil
	case *Tuple:
		if len(k.items) != len(m.shape) {
			if len(k.items) < len(m.shape) {
				return nil, Errorf(NotImplementedErrorType, "multi-dimensional sub-views are not implemented")
			}
			return nil, Errorf(TypeErrorType, "cannot index %d-dimension view with %d-element tuple", len(m.shape), len(k.items))
		}
		off := m.offset
		for d, it := range k.items {
			if !isIndexKey(it) {
				return nil, Errorf(TypeErrorType, "memoryview: invalid slice key")
			}
			var err error
			if off, err = m.itemOffset(ts, it, d, off); err != nil {
				return nil, err
			}
		}
		return m.unpack(off), nil
	}
	if !isIndexKey(key) {
		return nil, Errorf(TypeErrorType, "memoryview: invalid slice key")
	}
	if len(m.shape) > 1 {
		return nil, Errorf(NotImplementedErrorType, "multi-dimensional sub-views are not implemented")
	}
	if err := m.checkFormat(); err != nil {
		return nil, err
	}
	off, err := m.itemOffset(ts, key, 0, m.offset)
	if err != nil {
		return nil, err
	}
	return m.unpack(off), nil
}

func (m *MemoryView) setItem(ts *Thread, key, v Object) error {
	if err := m.check(); err != nil {
		return err
	}
	if m.readonly {
		return Errorf(TypeErrorType, "cannot modify read-only memory")
	}
	if v == nil {
		return Errorf(TypeErrorType, "cannot delete memory")
	}
	if len(m.shape) == 0 {
		return Errorf(TypeErrorType, "invalid indexing of 0-dim memory")
	}
	if sl, ok := key.(*Slice); ok {
		dst, err := m.getItem(ts, sl)
		if err != nil {
			return err
		}
		dv := dst.(*MemoryView)
		defer dv.Release()
		src, err := NewMemoryView(v)
		if err != nil {
			return err
		}
		defer src.Release()
		if strings.TrimPrefix(src.format, "@") != strings.TrimPrefix(dv.format, "@") || !sameInts(src.shape, dv.shape) {
			return Errorf(ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures")
		}
		data := append([]byte(nil), src.Bytes()...)
		k := 0
		dv.walk(func(off int) {
			copy(dv.mb.mem[off:off+dv.itemsize], data[k:k+dv.itemsize])
			k += dv.itemsize
		})
		return nil
	}
	if len(m.shape) > 1 {
		return Errorf(NotImplementedErrorType, "memoryview assignments are currently restricted to ndim = 1")
	}
	if !isIndexKey(key) {
		return Errorf(TypeErrorType, "memoryview: invalid slice key")
	}
	off, err := m.itemOffset(ts, key, 0, m.offset)
	if err != nil {
		return err
	}
	return m.pack(ts, off, v)
}

func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// toList is tolist(): nested lists of the items.
func (m *MemoryView) toList() Object {
	if len(m.shape) == 0 {
		return m.unpack(m.offset)
	}
	var rec func(dim, off int) Object
	rec = func(dim, off int) Object {
		items := make([]Object, m.shape[dim])
		for i := range items {
			o := off + i*m.strides[dim]
			if dim == len(m.shape)-1 {
				items[i] = m.unpack(o)
			} else {
				items[i] = rec(dim+1, o)
			}
		}
		return NewList(items)
	}
	return rec(0, m.offset)
}

// cast is memoryview.cast(format, shape).
func (m *MemoryView) cast(ts *Thread, format Object, shapeArg Object) (Object, error) {
	if !m.contiguous() {
		return nil, Errorf(TypeErrorType, "memoryview: casts are restricted to C-contiguous views")
	}
	fs, ok := format.(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "memoryview: format argument must be a string")
	}
	var shape []int
	if shapeArg != nil && shapeArg != None {
		var items []Object
		switch s := shapeArg.(type) {
		case *Tuple:
			items = s.items
		case *List:
			items = s.Items()
		default:
			return nil, Errorf(TypeErrorType, "shape must be a list or a tuple")
		}
		shape = make([]int, len(items))
		for i, it := range items {
			d, err := indexValue(ts, it)
			if err != nil {
				return nil, err
			}
			if d <= 0 {
				return nil, Errorf(ValueErrorType, "memoryview.cast(): elements of shape must be integers > 0")
			}
			shape[i] = d
		}
		if len(shape) > 64 {
			return nil, Errorf(ValueErrorType, "memoryview: number of dimensions must not exceed 64")
		}
	}
	if len(m.shape) != 1 && len(shape) != 1 {
		return nil, Errorf(TypeErrorType, "memoryview: cast must be 1D -> ND or ND -> 1D")
	}
	size := formatItemSize(fs.value)
	if size == 0 {
		return nil, Errorf(ValueErrorType, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	if !isByteFormat(m.format) && !isByteFormat(fs.value) {
		return nil, Errorf(TypeErrorType, "memoryview: cannot cast between two non-byte formats")
	}
	nbytes := m.nbytes()
	if shape == nil {
		if nbytes%size != 0 {
			return nil, Errorf(TypeErrorType, "memoryview: length is not a multiple of itemsize")
		}
		shape = []int{nbytes / size}
	} else {
		n := size
		for _, d := range shape {
			n *= d
		}
		if n != nbytes || len(shape) == 0 && nbytes != size {
			return nil, Errorf(TypeErrorType, "memoryview: product(shape) * itemsize != buffer size")
		}
	}
	strides := make([]int, len(shape))
	st := size
	for i := len(shape) - 1; i >= 0; i-- {
		strides[i] = st
		st *= shape[i]
	}
	v := m.view(m.offset, shape, strides)
	v.format, v.itemsize = fs.value, size
	return v, nil
}

// memoryViewEqual compares two buffers item by item, as CPython's memory_richcompare.
func memoryViewEqual(ts *Thread, a *MemoryView, b Object) (Object, error) {
	var w *MemoryView
	switch o := b.(type) {
	case *MemoryView:
		if o == a {
			return True, nil
		}
		if a.released || o.released {
			return False, nil
		}
		w = o
	default:
		if a.released {
			return False, nil
		}
		var err error
		if _, ok := exportBuffer(b); !ok {
			return NotImplemented, nil
		}
		if w, err = NewMemoryView(b); err != nil {
			return nil, err
		}
		defer w.Release()
	}
	if !sameInts(a.shape, w.shape) {
		return False, nil
	}
	if strings.TrimPrefix(a.format, "@") == strings.TrimPrefix(w.format, "@") && a.format != "d" && a.format != "f" && a.format != "e" {
		return NewBool(string(a.Bytes()) == string(w.Bytes())), nil
	}
	var xs, ys []Object
	a.walk(func(off int) { xs = append(xs, a.unpack(off)) })
	w.walk(func(off int) { ys = append(ys, w.unpack(off)) })
	for i := range xs {
		eq, err := Equal(ts, xs[i], ys[i])
		if err != nil || !eq {
			return False, err
		}
	}
	return True, nil
}

func memoryViewAttr(name string, f func(m *MemoryView) Object) GetSetDef {
	return GetSetDef{Name: name, Get: func(ts *Thread, o Object) (Object, error) {
		m := o.(*MemoryView)
		if err := m.check(); err != nil {
			return nil, err
		}
		return f(m), nil
	}}
}

func intsTuple(v []int) *Tuple {
	items := make([]Object, len(v))
	for i, x := range v {
		items[i] = NewInt(int64(x))
	}
	return NewTuple(items)
}

func memoryViewMethod(name string, flags MethodFlags, f func(ts *Thread, m *MemoryView, args []Object, kwnames *Tuple) (Object, error)) MethodDef {
	return MethodDef{Name: name, Flags: flags, Func: func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		m := self.(*MemoryView)
		if name != "release" && name != "__exit__" {
			if err := m.check(); err != nil {
				return nil, err
			}
		}
		return f(ts, m, args, kwnames)
	}}
}

var (
	memoryViewNewArgs     = ArgParser{FuncName: "memoryview", Params: []string{"object"}, MinPos: 1, MaxPos: 1}
	castArgs              = ArgParser{FuncName: "cast", Params: []string{"format", "shape"}, MinPos: 1, MaxPos: 2}
	memoryViewToBytesArgs = ArgParser{FuncName: "tobytes", Params: []string{"order"}, MaxPos: 1}
)

func init() {
	t := MemoryViewType
	t.Flags |= TypeFinal
	t.Doc = "Create a new memoryview object which references the given object."
	t.Slots.New = func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		var v [1]Object
		if err := memoryViewNewArgs.Parse(args, kwnames, v[:]); err != nil {
			return nil, err
		}
		return NewMemoryView(v[0])
	}
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		if o.(*MemoryView).released {
			return NewStr("<released memory at " + addressOf(o) + ">"), nil
		}
		return NewStr("<memory at " + addressOf(o) + ">"), nil
	}
	t.Slots.Len = func(ts *Thread, o Object) (int, error) {
		m := o.(*MemoryView)
		if err := m.check(); err != nil {
			return 0, err
		}
		if len(m.shape) == 0 {
			return 0, Errorf(TypeErrorType, "0-dim memory has no length")
		}
		return m.shape[0], nil
	}
	t.Slots.GetItem = func(ts *Thread, o, key Object) (Object, error) { return o.(*MemoryView).getItem(ts, key) }
	t.Slots.SetItem = func(ts *Thread, o, key, v Object) error { return o.(*MemoryView).setItem(ts, key, v) }
	t.Slots.Iter = func(ts *Thread, o Object) (Object, error) {
		m := o.(*MemoryView)
		if err := m.check(); err != nil {
			return nil, err
		}
		if len(m.shape) == 0 {
			return nil, Errorf(TypeErrorType, "invalid indexing of 0-dim memory")
		}
		if len(m.shape) > 1 {
			return nil, Errorf(NotImplementedErrorType, "multi-dimensional sub-views are not implemented")
		}
		items := make([]Object, 0, m.shape[0])
		m.walk(func(off int) { items = append(items, m.unpack(off)) })
		return GetIter(ts, NewTuple(items))
	}
	t.Slots.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		if op != CmpEQ && op != CmpNE {
			return NotImplemented, nil
		}
		r, err := memoryViewEqual(ts, a.(*MemoryView), b)
		if err != nil || r == NotImplemented {
			return r, err
		}
		return NewBool((r == True) == (op == CmpEQ)), nil
	}
	t.Slots.Hash = func(ts *Thread, o Object) (int64, error) {
		m := o.(*MemoryView)
		if m.hashed {
			return m.hash, nil
		}
		if err := m.check(); err != nil {
			return 0, err
		}
		if !m.readonly {
			return 0, Errorf(ValueErrorType, "cannot hash writable memoryview object")
		}
		if !isByteFormat(m.format) {
			return 0, Errorf(ValueErrorType, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
		}
		m.hash, m.hashed = hashBytes(string(m.Bytes())), true
		return m.hash, nil
	}
	t.GetSets = []GetSetDef{
		memoryViewAttr("obj", func(m *MemoryView) Object { return m.mb.obj }),
		memoryViewAttr("nbytes", func(m *MemoryView) Object { return NewInt(int64(m.nbytes())) }),
		memoryViewAttr("readonly", func(m *MemoryView) Object { return NewBool(m.readonly) }),
		memoryViewAttr("itemsize", func(m *MemoryView) Object { return NewInt(int64(m.itemsize)) }),
		memoryViewAttr("format", func(m *MemoryView) Object { return NewStr(m.format) }),
		memoryViewAttr("ndim", func(m *MemoryView) Object { return NewInt(int64(len(m.shape))) }),
		memoryViewAttr("shape", func(m *MemoryView) Object { return intsTuple(m.shape) }),
		memoryViewAttr("strides", func(m *MemoryView) Object { return intsTuple(m.strides) }),
		memoryViewAttr("suboffsets", func(m *MemoryView) Object { return EmptyTuple }),
		memoryViewAttr("c_contiguous", func(m *MemoryView) Object { return NewBool(m.contiguous()) }),
		memoryViewAttr("f_contiguous", func(m *MemoryView) Object { return NewBool(m.contiguous() && len(m.shape) <= 1) }),
		memoryViewAttr("contiguous", func(m *MemoryView) Object { return NewBool(m.contiguous()) }),
	}
	t.Methods = []MethodDef{
		memoryViewMethod("tobytes", MethFastcall|MethKeywords, func(ts *Thread, m *MemoryView, args []Object, kwnames *Tuple) (Object, error) {
			var v [1]Object
			if err := memoryViewToBytesArgs.Parse(args, kwnames, v[:]); err != nil {
				return nil, err
			}
			return NewBytesString(string(m.Bytes())), nil
		}),
		memoryViewMethod("tolist", MethNoArgs, func(ts *Thread, m *MemoryView, _ []Object, _ *Tuple) (Object, error) {
			if err := m.checkFormat(); err != nil {
				return nil, err
			}
			return m.toList(), nil
		}),
		memoryViewMethod("toreadonly", MethNoArgs, func(ts *Thread, m *MemoryView, _ []Object, _ *Tuple) (Object, error) {
			v := m.view(m.offset, append([]int(nil), m.shape...), append([]int(nil), m.strides...))
			v.format, v.itemsize, v.readonly = m.format, m.itemsize, true
			return v, nil
		}),
		memoryViewMethod("release", MethNoArgs, func(ts *Thread, m *MemoryView, _ []Object, _ *Tuple) (Object, error) {
			m.Release()
			return None, nil
		}),
		memoryViewMethod("cast", MethFastcall|MethKeywords, func(ts *Thread, m *MemoryView, args []Object, kwnames *Tuple) (Object, error) {
			var v [2]Object
			if err := castArgs.Parse(args, kwnames, v[:]); err != nil {
				return nil, err
			}
			return m.cast(ts, v[0], v[1])
		}),
		memoryViewMethod("hex", MethFastcall|MethKeywords, func(ts *Thread, m *MemoryView, args []Object, kwnames *Tuple) (Object, error) {
			return bytesHexMethod(ts, NewBytesString(string(m.Bytes())), args, kwnames)
		}),
		memoryViewMethod("__enter__", MethNoArgs, func(ts *Thread, m *MemoryView, _ []Object, _ *Tuple) (Object, error) {
			return m, nil
		}),
		memoryViewMethod("__exit__", MethFastcall, func(ts *Thread, m *MemoryView, _ []Object, _ *Tuple) (Object, error) {
			m.Release()
			return None, nil
		}),
		ClassGetItem,
	}
}
