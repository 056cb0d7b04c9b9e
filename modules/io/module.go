// Package io is CPython's _io module: the classes of the io module's layered streams (raw
// FileIO, buffered readers and writers, TextIOWrapper, the in-memory BytesIO and StringIO),
// their abstract bases, and open().
package io

import (
	"github.com/taipanpy/taipan/modules/internal/goclass"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// defaultBufferSize is DEFAULT_BUFFER_SIZE.
const defaultBufferSize = 8192

// Module is the _io module.
var Module = vm.BuiltinModule{Name: "_io", Init: initModule}

// state holds one interpreter's _io classes, which the module's Go code makes instances of
// and checks against.
type state struct {
	ioBase, rawIOBase, bufferedIOBase, textIOBase  *objects.Type
	fileIO, bytesIO, stringIO                      *objects.Type
	bufferedReader, bufferedWriter, bufferedRandom *objects.Type
	bufferedRWPair, textIOWrapper, nlDecoder       *objects.Type
	unsupported                                    *objects.Type
	// reaper tracks the writable files to flush when they become unreachable and at exit.
	reaper
}

// classSpec is one class of the module: its methods, attributes and constructor.
type classSpec struct {
	name    string
	base    *objects.Type
	doc     string
	methods []objects.MethodDef
	getsets []objects.GetSetDef
	// newImpl makes the Go state of a new instance; nil for the abstract bases.
	newImpl func() any
	// iterNext, when set, is __next__ and the class's tp_iternext: nil and no error at the
	// end.
	iterNext func(ts *objects.Thread, o *object) (objects.Object, error)
	// unpicklable classes get __reduce__ and __reduce_ex__ that refuse.
	unpicklable bool
}

func (s *state) makeClass(ts *objects.Thread, c classSpec) (*objects.Type, error) {
	newImpl := c.newImpl
	if c.unpicklable {
		c.methods = append(c.methods, noPickle()...)
	}
	if next := c.iterNext; next != nil {
		c.methods = append(c.methods, method("__next__", objects.MethNoArgs, func(ts *objects.Thread, o *object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			r, err := next(ts, o)
			if r == nil && err == nil {
				return nil, objects.NewException(objects.StopIterationType)
			}
			return r, err
		}))
	}
	cls, err := goclass.New(ts, goclass.Spec{Module: "_io", Name: c.name, Base: c.base, Doc: c.doc,
		Methods: c.methods, GetSets: c.getsets,
		New: func(ts *objects.Thread, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			o := &object{cls: cls}
			if newImpl != nil {
				o.impl = newImpl()
			}
			return o, nil
		}})
	if err != nil {
		return nil, err
	}
	// Like CPython's static types, the classes are immutable and their tp_name, which
	// messages print, carries the module.
	if next := c.iterNext; next != nil {
		// Iteration calls the Go function directly; a subclass defining __next__ gets its own.
		cls.Slots.IterNext = func(ts *objects.Thread, self objects.Object) (objects.Object, error) {
			o, ok := self.(*object)
			if !ok {
				return nil, objects.Errorf(objects.TypeErrorType, "'%s' object is not an iterator", self.Type().Name)
			}
			return next(ts, o)
		}
	}
	cls.Name = "_io." + c.name
	cls.Flags &^= objects.TypeHeap
	return cls, nil
}

func initModule(ts *objects.Thread, m *objects.Module) error {
	s := &state{}
	unsupported, err := objects.NewClass(ts, objects.TypeType, "UnsupportedOperation",
		[]objects.Object{objects.OSErrorType, objects.ValueErrorType}, moduleNS("io"))
	if err != nil {
		return err
	}
	s.unsupported = unsupported
	vm.ThreadOf(ts).Interp.AtExit(s.flushAll)
	specs := []struct {
		dst  **objects.Type
		spec func() classSpec
	}{
		{&s.ioBase, s.ioBaseSpec},
		{&s.rawIOBase, s.rawIOBaseSpec},
		{&s.bufferedIOBase, s.bufferedIOBaseSpec},
		{&s.textIOBase, s.textIOBaseSpec},
		{&s.fileIO, s.fileIOSpec},
		{&s.bytesIO, s.bytesIOSpec},
		{&s.stringIO, s.stringIOSpec},
		{&s.bufferedReader, func() classSpec { return s.bufferedSpec("BufferedReader", true, false) }},
		{&s.bufferedWriter, func() classSpec { return s.bufferedSpec("BufferedWriter", false, true) }},
		{&s.bufferedRandom, func() classSpec { return s.bufferedSpec("BufferedRandom", true, true) }},
		{&s.bufferedRWPair, s.rwPairSpec},
		{&s.textIOWrapper, s.textIOWrapperSpec},
		{&s.nlDecoder, s.nlDecoderSpec},
	}
	for _, c := range specs {
		cls, err := s.makeClass(ts, c.spec())
		if err != nil {
			return err
		}
		*c.dst = cls
	}
	d := m.Dict
	set := func(name string, v objects.Object) { d.SetStr(objects.NewStr(name), v) }
	set("__doc__", objects.NewStr(moduleDoc))
	set("DEFAULT_BUFFER_SIZE", objects.NewInt(defaultBufferSize))
	set("UnsupportedOperation", unsupported)
	set("BlockingIOError", objects.BuiltinExceptions["BlockingIOError"])
	for _, cls := range []*objects.Type{s.ioBase, s.rawIOBase, s.bufferedIOBase, s.textIOBase, s.fileIO,
		s.bytesIO, s.stringIO, s.bufferedReader, s.bufferedWriter, s.bufferedRandom, s.bufferedRWPair,
		s.textIOWrapper, s.nlDecoder} {
		set(cls.QualName(), cls)
	}
	funcs := s.functions()
	for i := range funcs {
		set(funcs[i].Name, objects.NewBuiltinFunction(&funcs[i], m))
	}
	return nil
}

// moduleNS returns a class namespace naming the class's module.
func moduleNS(module string) *objects.Dict {
	ns := objects.NewDict()
	ns.SetStr(objects.NewStr("__module__"), objects.NewStr(module))
	return ns
}

// unsupportedErr is io.UnsupportedOperation(msg).
func (s *state) unsupportedErr(msg string) error {
	return objects.NewException(s.unsupported, objects.NewStr(msg))
}

// typeName is the name a repr gives o's class: its tp_name, module-qualified for the
// module's own classes.
func (s *state) typeName(o objects.Object) string { return o.Type().Name }

const moduleDoc = "The io module provides the Python interfaces to stream handling. The\nbuiltin open function is defined in this module.\n\nAt the top of the I/O hierarchy is the abstract base class IOBase. It\ndefines the basic interface to a stream. Note, however, that there is no\nseparation between reading and writing to streams; implementations are\nallowed to raise an OSError if they do not support a given operation.\n\nExtending IOBase is RawIOBase which deals simply with the reading and\nwriting of raw bytes to a stream. FileIO subclasses RawIOBase to provide\nan interface to OS files.\n\nBufferedIOBase deals with buffering on a raw byte stream (RawIOBase). Its\nsubclasses, BufferedWriter, BufferedReader, and BufferedRWPair buffer\nstreams that are readable, writable, and both respectively.\nBufferedRandom provides a buffered interface to random access\nstreams. BytesIO is a simple stream of in-memory bytes.\n\nAnother IOBase subclass, TextIOBase, deals with the encoding and decoding\nof streams into text. TextIOWrapper, which extends it, is a buffered text\ninterface to a buffered raw stream (`BufferedIOBase`). Finally, StringIO\nis an in-memory stream for text.\n\nArgument names are not part of the specification, and only the arguments\nof open() are intended to be used as keyword arguments.\n\ndata:\n\nDEFAULT_BUFFER_SIZE\n\n   An int containing the default buffer size used by the module's buffered\n   I/O classes. open() uses the file's blksize (as obtained by os.stat) if\n   possible.\n"
