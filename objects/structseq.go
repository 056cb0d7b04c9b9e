package objects

import (
	"strings"
	"sync"
)

// Struct sequences: the named tuples of built-in modules (time.struct_time, os.stat_result,
// os.terminal_size ...), as CPython's PyStructSequence. The first NSequence fields are the
// tuple's items; the rest are attributes only. Every field's value is also kept in the
// instance's slot values, so each named field is a read-only member descriptor.

// StructSeqField is one field of a struct sequence.
type StructSeqField struct {
	// Name is the attribute's name; "" makes an unnamed field, an item with no attribute
	// (os.stat_result's integer times).
	Name string
	// Doc is the attribute's __doc__.
	Doc string
}

// StructSeqDesc describes a struct sequence type.
type StructSeqDesc struct {
	// Name is the qualified name the type's repr and messages use ("time.struct_time"); the
	// part before the last dot is __module__ ("os" for os.stat_result, though posix makes it).
	Name string
	// Doc is the type's __doc__.
	Doc string
	// Fields are all the fields, the sequence ones first.
	Fields []StructSeqField
	// NSequence counts the fields that are items of the tuple.
	NSequence int
	// AfterNew, when set, adjusts the values of an instance made by calling the type, once
	// the fields not given are None (os.stat_result copies its integer times to the float
	// ones).
	AfterNew func(values []Object)
}

// structSeqInfo is what a struct sequence type's methods need of its description.
type structSeqInfo struct {
	desc     *StructSeqDesc
	unnamed  int
	named    []string // the names of the named fields, in order
	typeName string
}

// NewStructSeqType makes a struct sequence type, a built-in type shared by every
// interpreter (a module makes its types once, in a package variable's initializer). Like
// CPython's, it cannot be subclassed and its instances have no __dict__.
func NewStructSeqType(desc *StructSeqDesc) *Type {
	info := &structSeqInfo{desc: desc, typeName: desc.Name}
	var matchArgs []Object
	for i, f := range desc.Fields {
		if f.Name == "" {
			info.unnamed++
			continue
		}
		info.named = append(info.named, f.Name)
		if i < desc.NSequence {
			matchArgs = append(matchArgs, NewStr(f.Name))
		}
	}
	t := &Type{Name: desc.Name, Base: TupleType, Doc: desc.Doc, Flags: TypeFinal, Dict: NewDict(), nSlots: len(desc.Fields)}
	t.Slots.New = info.new
	t.Slots.Repr = info.repr
	t.Methods = []MethodDef{
		{Name: "__reduce__", Flags: MethNoArgs, Func: info.reduce},
		{Name: "__replace__", Flags: MethFastcall | MethKeywords, Func: info.replace},
	}
	t.Attrs = []TypeAttr{
		{Name: "n_sequence_fields", Value: NewInt(int64(desc.NSequence))},
		{Name: "n_fields", Value: NewInt(int64(len(desc.Fields)))},
		{Name: "n_unnamed_fields", Value: NewInt(int64(info.unnamed))},
		{Name: "__match_args__", Value: NewTuple(matchArgs)},
	}
	for i, f := range desc.Fields {
		if f.Name != "" {
			t.Dict.SetStr(NewStr(f.Name), &MemberDescriptor{Name: f.Name, Owner: t, index: i, readonly: true, doc: f.Doc})
		}
	}
	structSeqTypes.Store(t, info)
	return ReadyType(t)
}

// NewStructSeq returns an instance of the struct sequence type cls holding values, one per
// field (nil stands for None).
func NewStructSeq(cls *Type, values []Object) *Tuple {
	all := make([]Object, cls.nSlots)
	copy(all, values)
	for i, v := range all {
		if v == nil {
			all[i] = None
		}
	}
	nseq := len(all)
	if info, ok := structSeqTypes.Load(cls); ok {
		nseq = info.(*structSeqInfo).desc.NSequence
	}
	items := make([]Object, nseq)
	copy(items, all)
	return &Tuple{items: items, ext: &Extension{Class: cls, SlotValues: all}}
}

// structSeqTypes maps each struct sequence type to its description.
var structSeqTypes sync.Map

// StructSeqFieldValue returns field i of struct sequence t, visible or not.
func StructSeqFieldValue(t *Tuple, i int) Object {
	if t.ext == nil || i >= len(t.ext.SlotValues) {
		return nil
	}
	return t.ext.SlotValues[i]
}

var structSeqNewArgs = ArgParser{FuncName: "structseq", Params: []string{"sequence", "dict"}, MinPos: 1, MaxPos: 2}

// new is the type's __new__(sequence, dict=None): the sequence gives the first fields (at
// least the visible ones), dict the named ones after it.
func (info *structSeqInfo) new(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	var a [2]Object
	if err := structSeqNewArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	seq := a[0]
	switch seq.(type) {
	case *Tuple, *List:
	default:
		it, err := GetIter(ts, seq)
		if err != nil {
			if e, ok := err.(*BaseException); ok && e.Type().IsSubtype(TypeErrorType) {
				return nil, Errorf(TypeErrorType, "constructor requires a sequence")
			}
			return nil, err
		}
		seq = it
	}
	items, err := IterableItems(ts, seq)
	if err != nil {
		return nil, err
	}
	var dict *Dict
	if a[1] != nil && a[1] != None {
		d, ok := a[1].(*Dict)
		if !ok {
			return nil, Errorf(TypeErrorType, "%s() takes a dict as second arg, if any", info.typeName)
		}
		dict = d
	}
	minLen, maxLen, n := info.desc.NSequence, len(info.desc.Fields), len(items)
	if n < minLen || n > maxLen {
		switch {
		case minLen == maxLen:
			return nil, Errorf(TypeErrorType, "%s() takes a %d-sequence (%d-sequence given)", info.typeName, minLen, n)
		case n < minLen:
			return nil, Errorf(TypeErrorType, "%s() takes an at least %d-sequence (%d-sequence given)", info.typeName, minLen, n)
		default:
			return nil, Errorf(TypeErrorType, "%s() takes an at most %d-sequence (%d-sequence given)", info.typeName, maxLen, n)
		}
	}
	values := make([]Object, maxLen)
	copy(values, items)
	for i := n; i < maxLen; i++ {
		values[i] = None
		if name := info.desc.Fields[i].Name; dict != nil && name != "" {
			v, err := dict.GetItem(ts, NewStr(name))
			if err != nil {
				return nil, err
			}
			if v != nil {
				values[i] = v
			}
		}
	}
	if info.desc.AfterNew != nil {
		info.desc.AfterNew(values)
	}
	return NewStructSeq(cls, values), nil
}

func structSeqSelf(self Object) []Object {
	t := self.(*Tuple)
	if t.ext != nil && len(t.ext.SlotValues) > 0 {
		return t.ext.SlotValues
	}
	return t.items
}

// repr names the visible items after the named fields in order, as CPython does, so
// os.stat_result's unnamed integer times show as st_atime, st_mtime and st_ctime.
func (info *structSeqInfo) repr(ts *Thread, self Object) (*Str, error) {
	items := self.(*Tuple).items
	var b strings.Builder
	b.WriteString(info.typeName)
	b.WriteByte('(')
	for i, v := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		if i < len(info.named) {
			b.WriteString(info.named[i])
		}
		b.WriteByte('=')
		r, err := Repr(ts, v)
		if err != nil {
			return nil, err
		}
		b.WriteString(r.value)
	}
	b.WriteByte(')')
	return NewStr(b.String()), nil
}

// reduce is __reduce__: (type, (visible items, {hidden field: value})).
func (info *structSeqInfo) reduce(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
	t := self.(*Tuple)
	all := structSeqSelf(self)
	hidden := NewDict()
	for i := info.desc.NSequence; i < len(all) && i < len(info.desc.Fields); i++ {
		if name := info.desc.Fields[i].Name; name != "" {
			hidden.SetStr(NewStr(name), all[i])
		}
	}
	return NewTuple([]Object{t.Type(), NewTuple([]Object{NewTuple(append([]Object(nil), t.items...)), hidden})}), nil
}

// replace is __replace__(**changes): a copy with the named fields changed.
func (info *structSeqInfo) replace(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if len(args) > kwnames.Len() {
		return nil, Errorf(TypeErrorType, "__replace__() takes no positional arguments")
	}
	if info.unnamed > 0 {
		return nil, Errorf(TypeErrorType, "__replace__() is not supported for %s because it has unnamed field(s)", info.typeName)
	}
	values := append([]Object(nil), structSeqSelf(self)...)
	var unknown []Object
	for k, kw := range kwnames.Items() {
		name := kw.(*Str).value
		found := false
		for i, f := range info.desc.Fields {
			if f.Name == name {
				values[i] = args[len(args)-kwnames.Len()+k]
				found = true
				break
			}
		}
		if !found {
			unknown = append(unknown, kw)
		}
	}
	if len(unknown) > 0 {
		r, err := Repr(ts, NewList(unknown))
		if err != nil {
			return nil, err
		}
		return nil, Errorf(TypeErrorType, "Got unexpected field name(s): %s", r.value)
	}
	return NewStructSeq(self.Type(), values), nil
}
