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
	for _, b := range []struct {
		base *Type
		bit  int64
	}{{IntType, pyTPFlagsLongSubclass}, {ListType, pyTPFlagsListSubclass | pyTPFlagsSequence},
		{TupleType, pyTPFlagsTupleSubclass | pyTPFlagsSequence}, {BytesType, pyTPFlagsBytesSubclass},
		{StrType, pyTPFlagsUnicodeSubclass}, {DictType, pyTPFlagsDictSubclass | pyTPFlagsMapping},
		{BaseExceptionType, pyTPFlagsBaseExcSubclass}, {TypeType, pyTPFlagsTypeSubclass},
		{RangeType, pyTPFlagsSequence}, {MemoryViewType, pyTPFlagsSequence}} {
		if t.IsSubtype(b.base) {
			f |= b.bit
		}
	}
	return f
}
