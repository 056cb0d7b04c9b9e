// Package csv is CPython's _csv module: the CSV parser and writer state machines, the Dialect
// type and the dialect registry that Lib/csv.py builds on.
package csv

import (
	"github.com/taipanpy/taipan/modules/internal/goclass"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _csv module.
var Module = vm.BuiltinModule{Name: "_csv", Init: initModule}

// The quoting styles, in the order of their values.
const (
	quoteMinimal = iota
	quoteAll
	quoteNonNumeric
	quoteNone
	quoteStrings
	quoteNotNull
)

var quoteNames = []string{"QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS", "QUOTE_NOTNULL"}

// defaultFieldLimit is the largest field the reader accepts until field_size_limit changes it.
const defaultFieldLimit = 128 * 1024

// state is one interpreter's _csv: its classes, registry and field limit.
type state struct {
	errorCls, dialectCls, readerCls, writerCls *objects.Type
	dialects                                   *objects.Dict
	fieldLimit                                 int64
}

// csvError returns a _csv.Error with message msg.
func (st *state) csvError(msg string) error {
	return objects.NewException(st.errorCls, objects.NewStr(msg))
}

// initModule builds the module. Its types are made per interpreter, as CPython makes them
// per module object, so that each interpreter's Dialect finds its own registry; they are
// built-in types (named "_csv.Dialect"), not classes, as CPython's messages show.
func initModule(ts *objects.Thread, m *objects.Module) error {
	st := &state{dialects: objects.NewDict(), fieldLimit: defaultFieldLimit}
	var err error
	if st.errorCls, err = goclass.New(ts, goclass.Spec{Module: "_csv", Name: "Error", Base: objects.ExceptionType}); err != nil {
		return err
	}
	if st.dialectCls, err = newDialectClass(ts, st); err != nil {
		return err
	}
	if st.readerCls, err = newReaderClass(ts, st); err != nil {
		return err
	}
	if st.writerCls, err = newWriterClass(ts, st); err != nil {
		return err
	}
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	set("__doc__", objects.NewStr(moduleDoc))
	set("Error", st.errorCls)
	set("Dialect", st.dialectCls)
	set("Reader", st.readerCls)
	set("Writer", st.writerCls)
	set("_dialects", st.dialects)
	for i, n := range quoteNames {
		set(n, objects.NewInt(int64(i)))
	}
	for _, def := range st.functions() {
		d := def
		set(d.Name, objects.NewBuiltinFunction(&d, m))
	}
	return nil
}

// functions are the module's functions, bound to st.
func (st *state) functions() []objects.MethodDef {
	return []objects.MethodDef{
		{Name: "reader", Flags: objects.MethFastcall | objects.MethKeywords, Doc: readerDoc, Func: st.newReader},
		{Name: "writer", Flags: objects.MethFastcall | objects.MethKeywords, Doc: writerDoc, Func: st.newWriter},
		{Name: "register_dialect", Flags: objects.MethFastcall | objects.MethKeywords, Doc: "Create a mapping from a string name to a dialect class.\n    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])",
			Func: st.registerDialect},
		{Name: "unregister_dialect", Flags: objects.MethFastcall | objects.MethKeywords, Doc: "Delete the name/dialect mapping associated with a string name.\n\n    csv.unregister_dialect(name)",
			Func: st.unregisterDialect},
		{Name: "get_dialect", Flags: objects.MethFastcall | objects.MethKeywords, Doc: "Return the dialect instance associated with name.\n\n    dialect = csv.get_dialect(name)",
			Func: st.getDialectFunc},
		{Name: "list_dialects", Flags: objects.MethNoArgs, Doc: "Return a list of all known dialect names.\n\n    names = csv.list_dialects()",
			Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return objects.NewList(st.dialects.Keys()), nil
			}},
		{Name: "field_size_limit", Flags: objects.MethFastcall | objects.MethKeywords, Doc: "Sets an upper limit on parsed fields.\n\n    csv.field_size_limit([limit])\n\nReturns old limit. If limit is not given, no new limit is set and\nthe old limit is returned",
			Func: st.fieldSizeLimit},
	}
}

var (
	nameArgs  = objects.ArgParser{FuncName: "unregister_dialect", Params: []string{"name"}, MinPos: 1, MaxPos: 1}
	getArgs   = objects.ArgParser{FuncName: "get_dialect", Params: []string{"name"}, MinPos: 1, MaxPos: 1}
	limitArgs = objects.ArgParser{FuncName: "field_size_limit", Params: []string{"new_limit"}, MaxPos: 1}
)

// lookupDialect returns the registered dialect called name.
func (st *state) lookupDialect(ts *objects.Thread, name objects.Object) (objects.Object, error) {
	d, err := st.dialects.GetItem(ts, name)
	if err != nil {
		return nil, err
	}
	if d == nil {
		return nil, st.csvError("unknown dialect")
	}
	return d, nil
}

func (st *state) getDialectFunc(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [1]objects.Object
	if err := getArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	return st.lookupDialect(ts, a[0])
}

func (st *state) unregisterDialect(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [1]objects.Object
	if err := nameArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	found, err := st.dialects.DelItem(ts, a[0])
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, st.csvError("unknown dialect")
	}
	return objects.None, nil
}

func (st *state) registerDialect(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	pos, kw, err := unpackTuple(args, kwnames, 1, 2)
	if err != nil {
		return nil, err
	}
	if _, ok := pos[0].(*objects.Str); !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "dialect name must be a string")
	}
	var inst objects.Object
	if len(pos) > 1 {
		inst = pos[1]
	}
	d, err := st.makeDialect(ts, st.dialectCls, inst, kw, kwnames)
	if err != nil {
		return nil, err
	}
	if err := st.dialects.SetItem(ts, pos[0], d); err != nil {
		return nil, err
	}
	return objects.None, nil
}

func (st *state) fieldSizeLimit(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [1]objects.Object
	if err := limitArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	old := st.fieldLimit
	if a[0] != nil {
		n, ok := a[0].(*objects.Int)
		if !ok || n.Type() != objects.IntType {
			return nil, objects.Errorf(objects.TypeErrorType, "limit must be an integer")
		}
		v, ok := n.Int64()
		if !ok {
			return nil, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C long")
		}
		st.fieldLimit = v
	}
	return objects.NewInt(old), nil
}

// unpackTuple splits a call's arguments as PyArg_UnpackTuple with an empty name does: between
// min and max positional ones, and the keyword values (named by kwnames) handed on.
func unpackTuple(args []objects.Object, kwnames *objects.Tuple, min, max int) (pos, kw []objects.Object, err error) {
	nkw := kwnames.Len()
	pos, kw = args[:len(args)-nkw], args[len(args)-nkw:]
	if len(pos) < min {
		return nil, nil, objects.Errorf(objects.TypeErrorType, " expected at least %d argument%s, got %d", min, plural(min), len(pos))
	}
	if len(pos) > max {
		return nil, nil, objects.Errorf(objects.TypeErrorType, " expected at most %d argument%s, got %d", max, plural(max), len(pos))
	}
	return pos, kw, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

const moduleDoc = "CSV parsing and writing.\n"

const readerDoc = `    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)

The "iterable" argument can be any object that returns a line
of input for each iteration, such as a file object or a list.  The
optional "dialect" parameter is discussed below.  The function
also accepts optional keyword arguments which override settings
provided by the dialect.

The returned object is an iterator.  Each iteration returns a row
of the CSV file (which can span multiple input lines).
`

const writerDoc = `    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)

    [or]

    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    csv_writer.writerows(rows)

The "fileobj" argument can be any object that supports the file API.
`
