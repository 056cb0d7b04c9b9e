// Package pyexpat is CPython's pyexpat module: the XML parser behind xml.parsers.expat,
// xml.etree.ElementTree, xml.dom.minidom, xml.sax and plistlib. The parsing itself is a
// streaming XML 1.0 tokenizer with namespace support written here, which reports what
// expat reports, in expat's order and with expat's error codes and positions.
package pyexpat

import (
	"github.com/taipanpy/taipan/modules/internal/goclass"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the pyexpat module.
var Module = vm.BuiltinModule{Name: "pyexpat", Init: initModule}

// state is one interpreter's pyexpat: its classes.
type state struct {
	errorCls, parserCls *objects.Type
	// ts is the thread of the call under way, for the Python calls deep inside the
	// tokenizer (error attributes, codecs).
	ts *objects.Thread
}

// The expat version this module answers to.
const (
	versionMajor, versionMinor, versionMicro = 2, 6, 3
)

// features are expat's compile-time features as pyexpat.features lists them.
var features = []struct {
	name  string
	value int64
}{
	{"sizeof(XML_Char)", 1}, {"sizeof(XML_LChar)", 1}, {"XML_DTD", 0}, {"XML_CONTEXT_BYTES", 1024},
	{"XML_NS", 0}, {"XML_BLAP_MAX_AMP", 100}, {"XML_BLAP_ACT_THRES", 8388608}, {"XML_GE", 0},
}

func initModule(ts *objects.Thread, m *objects.Module) error {
	st := &state{ts: ts}
	var err error
	if st.errorCls, err = goclass.New(ts, goclass.Spec{Module: "xml.parsers.expat", Name: "ExpatError", Base: objects.ExceptionType}); err != nil {
		return err
	}
	st.parserCls = newParserClass(st)
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	set("__doc__", objects.NewStr("Python wrapper for Expat parser."))
	set("ExpatError", st.errorCls)
	set("error", st.errorCls)
	set("XMLParserType", st.parserCls)
	set("EXPAT_VERSION", objects.NewStr("expat_2.6.3"))
	set("version_info", objects.NewTuple([]objects.Object{objects.NewInt(versionMajor), objects.NewInt(versionMinor), objects.NewInt(versionMicro)}))
	set("native_encoding", objects.NewStr("UTF-8"))
	fs := make([]objects.Object, len(features))
	for i, f := range features {
		fs[i] = objects.NewTuple([]objects.Object{objects.NewStr(f.name), objects.NewInt(f.value)})
	}
	set("features", objects.NewList(fs))
	set("XML_PARAM_ENTITY_PARSING_NEVER", objects.NewInt(0))
	set("XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", objects.NewInt(1))
	set("XML_PARAM_ENTITY_PARSING_ALWAYS", objects.NewInt(2))
	for _, def := range st.functions() {
		d := def
		set(d.Name, objects.NewBuiltinFunction(&d, m))
	}
	modules := vm.ThreadOf(ts).Interp.Modules
	errorsMod := objects.NewModule("pyexpat.errors")
	errorsMod.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr("Constants used to describe error conditions."))
	codes, messages := objects.NewDict(), objects.NewDict()
	for code := 1; code < len(errorMessages); code++ {
		msg := objects.NewStr(errorMessages[code])
		if err := codes.SetItem(ts, msg, objects.NewInt(int64(code))); err != nil {
			return err
		}
		if err := messages.SetItem(ts, objects.NewInt(int64(code)), msg); err != nil {
			return err
		}
	}
	for _, e := range errorNames {
		errorsMod.Dict.SetStr(objects.NewStr(e.name), objects.NewStr(errorMessages[e.code]))
	}
	errorsMod.Dict.SetStr(objects.NewStr("codes"), codes)
	errorsMod.Dict.SetStr(objects.NewStr("messages"), messages)
	modelMod := objects.NewModule("pyexpat.model")
	modelMod.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr("Constants used to interpret content model information."))
	for _, c := range []struct {
		name  string
		value int64
	}{{"XML_CTYPE_EMPTY", 1}, {"XML_CTYPE_ANY", 2}, {"XML_CTYPE_MIXED", 3}, {"XML_CTYPE_NAME", 4}, {"XML_CTYPE_CHOICE", 5},
		{"XML_CTYPE_SEQ", 6}, {"XML_CQUANT_NONE", 0}, {"XML_CQUANT_OPT", 1}, {"XML_CQUANT_REP", 2}, {"XML_CQUANT_PLUS", 3}} {
		modelMod.Dict.SetStr(objects.NewStr(c.name), objects.NewInt(c.value))
	}
	for name, sub := range map[string]*objects.Module{"errors": errorsMod, "model": modelMod} {
		set(name, sub)
		if modules != nil {
			if err := modules.SetItem(ts, objects.NewStr("pyexpat."+name), sub); err != nil {
				return err
			}
		}
	}
	return nil
}

var (
	createArgs = objects.ArgParser{FuncName: "ParserCreate", Params: []string{"encoding", "namespace_separator", "intern"}, MaxPos: 3}
)

// functions are the module's functions.
func (st *state) functions() []objects.MethodDef {
	return []objects.MethodDef{
		{Name: "ParserCreate", Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "ParserCreate($module, /, encoding=None, namespace_separator=None,\n             intern=<unrepresentable>)\n--\n\nReturn a new XML parser object.", Func: st.parserCreate},
		{Name: "ErrorString", Flags: objects.MethO, Doc: "ErrorString($module, code, /)\n--\n\nReturns string error for given number.",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				n, err := objects.Index(ts, args[0])
				if err != nil {
					return nil, err
				}
				v, ok := n.Int64()
				if !ok || v < 0 || v >= int64(len(errorMessages)) || v == 0 {
					return objects.None, nil
				}
				return objects.NewStr(errorMessages[v]), nil
			}},
	}
}

// optStrArg checks a str-or-None argument of ParserCreate.
func optStrArg(o objects.Object, name string) (string, bool, error) {
	if o == nil || o == objects.None {
		return "", false, nil
	}
	s, ok := o.(*objects.Str)
	if !ok {
		return "", false, objects.Errorf(objects.TypeErrorType, "ParserCreate() argument '%s' must be str or None, not %s", name, o.Type().Name)
	}
	return s.Value(), true, nil
}

func (st *state) parserCreate(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [3]objects.Object
	if err := createArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	enc, hasEnc, err := optStrArg(a[0], "encoding")
	if err != nil {
		return nil, err
	}
	sep, hasSep, err := optStrArg(a[1], "namespace_separator")
	if err != nil {
		return nil, err
	}
	if len([]rune(sep)) > 1 {
		return nil, objects.Errorf(objects.ValueErrorType, "namespace_separator must be at most one character, omitted, or None")
	}
	var intern *objects.Dict
	switch v := a[2].(type) {
	case nil:
		intern = objects.NewDict()
	case *objects.Dict:
		intern = v
	default:
		if v != objects.None {
			return nil, objects.Errorf(objects.TypeErrorType, "intern must be a dictionary")
		}
	}
	st.ts = ts
	return st.newParser(enc, hasEnc, sep, hasSep, intern), nil
}
