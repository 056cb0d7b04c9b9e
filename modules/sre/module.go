// Package sre is CPython's _sre module: the regular expression engine under the re package,
// which compiles patterns to code in Python (re._compiler) and hands the code to
// _sre.compile. It provides the Pattern, Match, Scanner and Template types.
package sre

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _sre module.
var Module = vm.BuiltinModule{Name: "_sre", Init: initModule}

const copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "

func initModule(ts *objects.Thread, m *objects.Module) error {
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	defs := []objects.MethodDef{
		{Name: "compile", Flags: objects.MethFastcall | objects.MethKeywords, Func: compile},
		{Name: "template", Flags: objects.MethFastcall, Func: template,
			Doc: "\n\n  template\n    A list containing interleaved literal strings (str or bytes) and group\n    indices (int), as returned by re._parser.parse_template():\n        [literal1, group1, ..., literalN, groupN]"},
		{Name: "getcodesize", Flags: objects.MethNoArgs, Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
			return objects.NewInt(4), nil
		}},
		charFunc("ascii_iscased", func(c int64) objects.Object {
			return objects.NewBool(c >= 0 && c < 128 && asciiIsAlpha(rune(c)))
		}),
		charFunc("unicode_iscased", func(c int64) objects.Object {
			r := rune(uint32(c))
			return objects.NewBool(r != lowerUnicode(r) || r != upperUnicode(r))
		}),
		charFunc("ascii_tolower", func(c int64) objects.Object {
			if c >= 0 && c < 128 {
				return objects.NewInt(int64(lowerASCII(rune(c))))
			}
			return objects.NewInt(c)
		}),
		charFunc("unicode_tolower", func(c int64) objects.Object {
			if c < 0 || c > 0x10ffff {
				return objects.NewInt(c)
			}
			return objects.NewInt(int64(lowerUnicode(rune(c))))
		}),
	}
	for i := range defs {
		set(defs[i].Name, objects.NewBuiltinFunction(&defs[i], m))
	}
	set("MAGIC", objects.NewInt(magic))
	set("CODESIZE", objects.NewInt(4))
	set("MAXREPEAT", objects.NewInt(maxRepeat))
	set("MAXGROUPS", objects.NewInt(maxGroups))
	set("copyright", objects.NewStr(copyright))
	return nil
}

// cInt converts an argument to a C int.
func cInt(ts *objects.Thread, o objects.Object) (int64, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, ok := i.Int64()
	if !ok || v < -1<<31 || v >= 1<<31 {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
	}
	return v, nil
}

// charFunc makes one of the functions of one character code.
func charFunc(name string, f func(int64) objects.Object) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethO,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			c, err := cInt(ts, args[0])
			if err != nil {
				return nil, err
			}
			return f(c), nil
		}}
}

var compileArgs = objects.ArgParser{FuncName: "compile",
	Params: []string{"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, MinPos: 6, MaxPos: 6}

// compile is _sre.compile(pattern, flags, code, groups, groupindex, indexgroup): it makes a
// Pattern of code that re._compiler produced.
func compile(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [6]objects.Object
	if err := compileArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	flags, err := cInt(ts, a[1])
	if err != nil {
		return nil, err
	}
	list, ok := a[2].(*objects.List)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "compile() argument 'code' must be list, not %s", a[2].Type().Name)
	}
	groups, err := ssize(ts, a[3])
	if err != nil {
		return nil, err
	}
	groupindex, ok := a[4].(*objects.Dict)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "compile() argument 'groupindex' must be dict, not %s", a[4].Type().Name)
	}
	indexgroup, ok := a[5].(*objects.Tuple)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "compile() argument 'indexgroup' must be tuple, not %s", a[5].Type().Name)
	}
	items := list.Items()
	code := make([]uint32, len(items))
	for i, o := range items {
		n, ok := o.(*objects.Int)
		if !ok {
			idx, err := objects.Index(ts, o)
			if err != nil {
				return nil, objects.Errorf(objects.TypeErrorType, "an integer is required")
			}
			n = idx
		}
		v, small := n.Int64()
		switch {
		case small && v < 0 || !small && n.Sign() < 0:
			return nil, objects.Errorf(objects.OverflowErrorType, "can't convert negative value to unsigned int")
		case !small:
			return nil, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C unsigned long")
		case v > 1<<32-1:
			return nil, objects.Errorf(objects.OverflowErrorType, "regular expression code size limit exceeded")
		}
		code[i] = uint32(v)
	}
	p := &Pattern{code: code, pattern: a[0], flags: int(flags), groups: groups, isBytes: -1}
	if a[0] != objects.None {
		subj, err := getSubject(a[0])
		if err != nil {
			return nil, err
		}
		p.isBytes = 0
		if subj.isBytes {
			p.isBytes = 1
		}
	}
	if groupindex.Len() > 0 {
		p.groupindex = groupindex
		if indexgroup.Len() > 0 {
			p.indexgroup = indexgroup
		}
	}
	if !validate(code, groups) {
		return nil, objects.Errorf(objects.RuntimeErrorType, "invalid SRE code")
	}
	return p, nil
}
