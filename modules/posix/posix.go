// Package posix is CPython's posix module on Linux: the operating system interface that
// Lib's os module re-exports (files and descriptors, directories, processes, the
// environment), with the errors, argument conversions and struct sequences of CPython.
package posix

import (
	"os"
	"strings"

	"github.com/taipanpy/taipan/modules/internal/cconv"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the posix module.
var Module = vm.BuiltinModule{Name: "posix", Init: initModule}

// state is one interpreter's posix module: its classes (the struct sequences are shared by
// all interpreters, DirEntry and ScandirIterator are its own).
type state struct {
	module                            *objects.Module
	statResultType, terminalSizeType  *objects.Type
	unameResultType, timesResultType  *objects.Type
	dirEntryType, scandirIteratorType *objects.Type
}

const moduleDoc = "This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls."

// haveFunctions lists the HAVE_* names os.py reads to build supports_fd, supports_dir_fd
// and supports_follow_symlinks: the variants this module implements.
var haveFunctions = []string{
	"HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN", "HAVE_FCHOWNAT",
	"HAVE_FDOPENDIR", "HAVE_FPATHCONF", "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE",
	"HAVE_FUTIMENS", "HAVE_FUTIMES", "HAVE_FUTIMESAT", "HAVE_LCHOWN", "HAVE_LINKAT", "HAVE_LSTAT",
	"HAVE_LUTIMES", "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_MKNODAT", "HAVE_OPENAT", "HAVE_READLINKAT",
	"HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT",
}

// structSeqTypes are the module's struct sequence types, by description.
var structSeqTypes = func() map[*objects.StructSeqDesc]*objects.Type {
	m := map[*objects.StructSeqDesc]*objects.Type{}
	for _, d := range []*objects.StructSeqDesc{&statResultDesc, &terminalSizeDesc, &unameResultDesc, &timesResultDesc} {
		m[d] = objects.NewStructSeqType(d)
	}
	return m
}()

func initModule(ts *objects.Thread, m *objects.Module) error {
	s := &state{module: m}
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	set("__doc__", objects.NewStr(moduleDoc))
	for _, c := range constants {
		set(c.name, objects.NewInt(c.value))
	}
	for _, c := range archConstants {
		set(c.name, objects.NewInt(c.value))
	}
	types := []struct {
		dst  **objects.Type
		desc *objects.StructSeqDesc
	}{
		{&s.statResultType, &statResultDesc},
		{&s.terminalSizeType, &terminalSizeDesc},
		{&s.unameResultType, &unameResultDesc},
		{&s.timesResultType, &timesResultDesc},
	}
	for _, t := range types {
		*t.dst = structSeqTypes[t.desc]
		set(t.desc.Name[strings.LastIndexByte(t.desc.Name, '.')+1:], *t.dst)
	}
	if err := s.makeScandirTypes(ts); err != nil {
		return err
	}
	set("DirEntry", s.dirEntryType)
	set("waitid_result", waitidResultType)
	set("error", objects.OSErrorType)
	have := make([]objects.Object, len(haveFunctions))
	for i, n := range haveFunctions {
		have[i] = objects.NewStr(n)
	}
	set("_have_functions", objects.NewList(have))
	set("environ", environ(ts))
	var defs []objects.MethodDef
	defs = append(defs, s.fileFunctions()...)
	defs = append(defs, s.pathFunctions()...)
	defs = append(defs, s.processFunctions()...)
	defs = append(defs, s.miscFunctions()...)
	defs = append(defs, s.sysinfoFunctions(ts)...)
	defs = append(defs, s.idFunctions()...)
	defs = append(defs, s.schedFunctions()...)
	defs = append(defs, s.pathconfFunctions(ts)...)
	defs = append(defs, s.vectorFunctions()...)
	defs = append(defs, s.ptyFunctions()...)
	defs = append(defs, s.xattrFunctions()...)
	for i := range defs {
		set(defs[i].Name, objects.NewBuiltinFunction(&defs[i], m))
	}
	return nil
}

// environ returns posix.environ: the process's environment as bytes to bytes.
func environ(ts *objects.Thread) *objects.Dict {
	d := objects.NewDict()
	for _, kv := range os.Environ() {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		if k == "" { // "=C:" style entries have no name
			continue
		}
		d.SetItem(ts, objects.NewBytesString(k), objects.NewBytesString(v))
	}
	return d
}

// function is a module function taking its arguments bound to parameters.
type function func(ts *objects.Thread, a []objects.Object) (objects.Object, error)

// def makes a function of the given parameters: the first maxPos may be passed by
// position (of which posOnly only so), the first minPos are required, the rest are
// keyword-only.
func def(name string, params []string, posOnly, minPos, maxPos int, f function) objects.MethodDef {
	parser := &objects.ArgParser{FuncName: name, Params: params, PosOnly: posOnly, MinPos: minPos, MaxPos: maxPos}
	n := len(params)
	return objects.MethodDef{Name: name, Flags: objects.MethFastcall | objects.MethKeywords,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			a := make([]objects.Object, n)
			if err := parser.Parse(args, kwnames, a); err != nil {
				return nil, err
			}
			return f(ts, a)
		}}
}

// posDef makes a function of positional-only parameters, of which the first min are
// required; one of a single required parameter takes it as METH_O, as Argument Clinic
// makes it.
func posDef(name string, min, max int, f function) objects.MethodDef {
	if min == 1 && max == 1 {
		return objects.MethodDef{Name: name, Flags: objects.MethO,
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return f(ts, args[:1])
			}}
	}
	return objects.MethodDef{Name: name, Flags: objects.MethFastcall,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			if err := objects.CheckPositional(name, len(args), min, max); err != nil {
				return nil, err
			}
			a := make([]objects.Object, max)
			copy(a, args)
			return f(ts, a)
		}}
}

// exactDef makes a function of n positional-only parameters whose wrong number of
// arguments is worded as PyArg_ParseTuple words it (the functions taking process ids).
func exactDef(name string, n int, f function) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethFastcall,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			if len(args) != n {
				return nil, objects.Errorf(objects.TypeErrorType, "%s() takes exactly %d arguments (%d given)", name, n, len(args))
			}
			return f(ts, args)
		}}
}

// noArgs makes a function of no arguments.
func noArgs(name string, f func(ts *objects.Thread) (objects.Object, error)) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethNoArgs,
		Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return f(ts)
		}}
}

// intArg converts an int argument as the "i" format does.
func intArg(ts *objects.Thread, o objects.Object) (int, error) { return cconv.IntFormat(ts, o) }

// int64Arg converts an argument to a C long long (Py_ssize_t, off_t).
func int64Arg(ts *objects.Thread, o objects.Object) (int64, error) { return cconv.Long(ts, o) }

func boolObj(b bool) objects.Object { return objects.NewBool(b) }
