package objects

// type.__flags__: CPython's Py_TPFLAGS_* bits as far as Taipan's types have the properties
// they describe. Lib/copyreg.py tests HEAPTYPE, inspect and abc read IS_ABSTRACT, and the
// fast-subclass bits say which built-in a class derives from.
const (
	pyTPFlagsImmutableType   = 1 << 8
	pyTPFlagsHeapType        = 1 << 9
	pyTPFlagsBaseType        = 1 << 10
	pyTPFlagsReady           = 1 << 12
	pyTPFlagsHaveGC          = 1 << 14
	pyTPFlagsValidVersionTag = 1 << 19
	pyTPFlagsIsAbstract      = 1 << 20
	pyTPFlagsSequence        = 1 << 5
	pyTPFlagsMapping         = 1 << 6
	pyTPFlagsLongSubclass    = 1 << 24
	pyTPFlagsListSubclass    = 1 << 25
	pyTPFlagsTupleSubclass   = 1 << 26
	pyTPFlagsBytesSubclass   = 1 << 27
	pyTPFlagsUnicodeSubclass = 1 << 28
	pyTPFlagsDictSubclass    = 1 << 29
	pyTPFlagsBaseExcSubclass = 1 << 30
	pyTPFlagsTypeSubclass    = 1 << 31
)

// setCollectionFlags gives t the sequence or mapping flag: the one the class body's
// __abc_tpflags__ names (collections.abc.Sequence and Mapping declare theirs so), else the
// first one found along the MRO, as CPython's inherit_patma_flags.
func (t *Type) setCollectionFlags(ns *Dict) {
	if t.Flags&TypeCollectionFlags != 0 {
		return
	}
	if ns != nil {
		if v, ok := ns.GetStr(NewStr("__abc_tpflags__")).(*Int); ok {
			n, _ := v.Int64()
			if n&pyTPFlagsSequence != 0 {
				t.Flags |= TypeSequence
			}
			if n&pyTPFlagsMapping != 0 {
				t.Flags |= TypeMapping
			}
			ns.DelItem(nil, NewStr("__abc_tpflags__"))
			return
		}
	}
	for _, c := range t.MRO[1:] {
		if f := c.Flags & TypeCollectionFlags; f != 0 {
			t.Flags |= f
			return
		}
	}
}

// pyFlags returns t's __flags__.
func (t *Type) pyFlags() int64 {
	f := int64(pyTPFlagsReady | pyTPFlagsValidVersionTag | pyTPFlagsHaveGC)
	if t.Flags&TypeHeap != 0 {
		f |= pyTPFlagsHeapType
	} else {
		f |= pyTPFlagsImmutableType
	}
	if t.Flags&TypeFinal == 0 {
		f |= pyTPFlagsBaseType
	}
	if t.Flags&TypeAbstract != 0 {
		f |= pyTPFlagsIsAbstract
	}
	if t.Flags&TypeSequence != 0 {
		f |= pyTPFlagsSequence
	}
	if t.Flags&TypeMapping != 0 {
		f |= pyTPFlagsMapping
	}
	for _, b := range []struct {
		base *Type
		bit  int64
	}{{IntType, pyTPFlagsLongSubclass}, {ListType, pyTPFlagsListSubclass},
		{TupleType, pyTPFlagsTupleSubclass}, {BytesType, pyTPFlagsBytesSubclass},
		{StrType, pyTPFlagsUnicodeSubclass}, {DictType, pyTPFlagsDictSubclass},
		{BaseExceptionType, pyTPFlagsBaseExcSubclass}, {TypeType, pyTPFlagsTypeSubclass}} {
		if t.IsSubtype(b.base) {
			f |= b.bit
		}
	}
	return f
}

func init() {
	for _, t := range []*Type{ListType, TupleType, RangeType, MemoryViewType} {
		t.Flags |= TypeSequence
	}
	for _, t := range []*Type{DictType, MappingProxyType} {
		t.Flags |= TypeMapping
	}
}
