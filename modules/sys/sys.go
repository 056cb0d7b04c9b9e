// Package sys is the sys module: the interpreter's view of its process (argv, the standard
// streams, exit), its own state (modules, the recursion limit, the exception being handled)
// and facts about the implementation (version, limits of int and float).
package sys

import (
	"io"
	"os"
	"runtime"
	"sort"
	"strings"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Config is what the embedder decides about the process as sys shows it.
type Config struct {
	// Argv is sys.argv; empty means [''] as for an interactive interpreter.
	Argv []string
	// Path is sys.path.
	Path []string
	// Executable is sys.executable ("" for the running program's path).
	Executable string
	// Stdin, Stdout and Stderr are the process's streams (nil for os.Stdin, os.Stdout and
	// os.Stderr).
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Unbuffered is -u: the output streams write every call through at once.
	Unbuffered bool
	// Prefix is sys.prefix: the directory the standard library's lib/python3.13 is in.
	Prefix string
	// Flags are the command-line options sys.flags reports.
	Flags Flags
	// WarnOptions are the -W options (sys.warnoptions), XOptions the -X options as written
	// (sys._xoptions).
	WarnOptions, XOptions []string
}

// Flags are the options that sys.flags shows, as the command line and environment set them.
type Flags struct {
	Inspect, Interactive, Optimize, Verbose, Quiet           int
	DontWriteBytecode, NoUserSite, NoSite, IgnoreEnvironment bool
	Isolated, SafePath, NoHashRandomization                  bool
}

// Version facts: Taipan implements Python 3.13.0.
const (
	versionMajor, versionMinor, versionMicro = 3, 13, 0
	// versionBuild is sys.version's build part: CPython puts the build's name, date and
	// time there, which platform parses; Taipan gives its name and 3.13.0's release date.
	versionBuild = "3.13.0 (taipan, Oct  7 2024, 00:00:00)"
	hexVersion   = versionMajor<<24 | versionMinor<<16 | versionMicro<<8 | 0xf<<4
)

// Module returns the sys module of an interpreter configured by cfg.
func Module(interp *vm.Interpreter, cfg Config) vm.BuiltinModule {
	return vm.BuiltinModule{Name: "sys", Init: func(ts *objects.Thread, m *objects.Module) error {
		return initSys(ts, interp, m, cfg)
	}}
}

func strList(items []string) *objects.List {
	objs := make([]objects.Object, len(items))
	for i, s := range items {
		objs[i] = objects.NewStr(s)
	}
	return objects.NewList(objs)
}

func platformName() string {
	switch runtime.GOOS {
	case "windows":
		return "win32"
	case "darwin", "linux", "freebsd", "openbsd", "netbsd", "aix", "emscripten", "wasi":
		return runtime.GOOS
	}
	return runtime.GOOS
}

func initSys(ts *objects.Thread, interp *vm.Interpreter, m *objects.Module, cfg Config) error {
	d := m.Dict
	set := func(name string, v objects.Object) { d.SetStr(objects.NewStr(name), v) }
	set("__doc__", objects.NewStr("This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter."))

	argv := cfg.Argv
	if len(argv) == 0 {
		argv = []string{""}
	}
	set("argv", strList(argv))
	set("orig_argv", strList(argv))
	set("path", strList(cfg.Path))
	set("modules", interp.Modules)
	exe := cfg.Executable
	if exe == "" {
		exe, _ = os.Executable()
	}
	set("executable", objects.NewStr(exe))
	set("_base_executable", objects.NewStr(exe))
	set("platform", objects.NewStr(platformName()))
	set("byteorder", objects.NewStr(byteOrder()))
	set("maxsize", objects.NewInt(1<<63-1))
	set("maxunicode", objects.NewInt(0x10ffff))
	set("version", objects.NewStr(versionBuild+" [Go "+runtime.Version()+"]"))
	set("hexversion", objects.NewInt(hexVersion))
	set("api_version", objects.NewInt(1013))
	set("copyright", objects.NewStr("Copyright (c) Taipan's authors.\nPython is Copyright (c) 2001 Python Software Foundation."))
	set("float_repr_style", objects.NewStr("short"))
	set("abiflags", objects.NewStr(""))
	set("platlibdir", objects.NewStr("lib"))
	set("dont_write_bytecode", objects.NewBool(cfg.Flags.DontWriteBytecode))
	set("pycache_prefix", objects.None)
	set("warnoptions", strList(cfg.WarnOptions))
	set("_xoptions", xOptions(cfg.XOptions))
	set("path_hooks", objects.NewList(nil))
	set("path_importer_cache", objects.NewDict())
	names := interp.BuiltinModuleNames()
	sort.Strings(names)
	nameObjs := make([]objects.Object, len(names))
	for i, n := range names {
		nameObjs[i] = objects.NewStr(n)
	}
	set("builtin_module_names", objects.NewTuple(nameObjs))

	if err := addStructSeqs(ts, set, cfg.Flags); err != nil {
		return err
	}
	if err := addStreams(ts, set, cfg); err != nil {
		return err
	}
	addHooks(interp, m)
	addRuntimeHooks(interp, m, cfg.Flags.IgnoreEnvironment)
	if err := addMetaPath(ts, set); err != nil {
		return err
	}
	prefix := cfg.Prefix
	if prefix == "" {
		prefix = "/usr/local"
	}
	for _, name := range []string{"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"} {
		set(name, objects.NewStr(prefix))
	}
	hook := objects.NewUnraisableHook(m)
	set("unraisablehook", hook)
	set("__unraisablehook__", hook)
	return addFunctions(interp, m)
}

func byteOrder() string {
	if objects.NativeLittleEndian {
		return "little"
	}
	return "big"
}

// addStreams makes sys.stdin, sys.stdout and sys.stderr and their __std*__ originals.
func addStreams(ts *objects.Thread, set func(string, objects.Object), cfg Config) error {
	cls, err := streamClass(ts)
	if err != nil {
		return err
	}
	in, out, errw := cfg.Stdin, cfg.Stdout, cfg.Stderr
	if in == nil {
		in = os.Stdin
	}
	if out == nil {
		out = os.Stdout
	}
	if errw == nil {
		errw = os.Stderr
	}
	stdin := newReadStream(cls, "<stdin>", in)
	stdout := newWriteStream(cls, "<stdout>", out, false, cfg.Unbuffered, "strict")
	stderr := newWriteStream(cls, "<stderr>", errw, true, cfg.Unbuffered, "backslashreplace")
	for name, s := range map[string]*Stream{"stdin": stdin, "stdout": stdout, "stderr": stderr} {
		set(name, s)
		set("__"+name+"__", s)
	}
	return nil
}

// addStructSeqs adds version_info, implementation, flags, int_info and float_info.
func addStructSeqs(ts *objects.Thread, set func(string, objects.Object), fl Flags) error {
	i := func(v int64) objects.Object { return objects.NewInt(v) }
	// Most flags are ints that are 0 or 1.
	b := func(v bool) objects.Object {
		if v {
			return i(1)
		}
		return i(0)
	}
	f := func(v float64) objects.Object { return objects.NewFloat(v) }
	s := func(v string) objects.Object { return objects.NewStr(v) }
	seqs := []struct {
		attr, name string
		fields     []string
		values     []objects.Object
	}{
		{"version_info", "version_info", []string{"major", "minor", "micro", "releaselevel", "serial"},
			[]objects.Object{i(versionMajor), i(versionMinor), i(versionMicro), s("final"), i(0)}},
		{"flags", "flags", []string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
			"no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
			"hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
			"int_max_str_digits"},
			[]objects.Object{i(0), i(int64(fl.Inspect)), i(int64(fl.Interactive)), i(int64(fl.Optimize)), b(fl.DontWriteBytecode),
				b(fl.NoUserSite), b(fl.NoSite), b(fl.IgnoreEnvironment), i(int64(fl.Verbose)), i(0), i(int64(fl.Quiet)),
				b(!fl.NoHashRandomization), b(fl.Isolated), objects.False, i(0), i(0), objects.NewBool(fl.SafePath),
				i(int64(objects.IntMaxStrDigits()))}},
		{"int_info", "int_info", []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
			[]objects.Object{i(30), i(4), i(objects.DefaultIntMaxStrDigits), i(intMaxStrDigitsThreshold)}},
		{"float_info", "float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
			"dig", "mant_dig", "epsilon", "radix", "rounds"},
			[]objects.Object{f(1.7976931348623157e+308), i(1024), i(308), f(2.2250738585072014e-308), i(-1021),
				i(-307), i(15), i(53), f(2.220446049250313e-16), i(2), i(1)}},
		{"hash_info", "hash_info", []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"},
			[]objects.Object{i(64), i(1<<61 - 1), i(314159), i(0), i(1000003), s("siphash13"), i(64), i(128), i(0)}},
	}
	var versionInfo objects.Object
	for _, q := range seqs {
		seq, err := newStructSeq(ts, "sys", q.name, q.fields)
		if err != nil {
			return err
		}
		v, err := seq.make(ts, q.values...)
		if err != nil {
			return err
		}
		if q.attr == "version_info" {
			versionInfo = v
		}
		set(q.attr, v)
	}
	impl, err := newNamespace(ts, []string{"name", "cache_tag", "version", "hexversion", "_multiarch"},
		[]objects.Object{s("taipan"), s("taipan-313"), versionInfo, i(hexVersion), s(multiarch())})
	if err != nil {
		return err
	}
	set("implementation", impl)
	return nil
}

// multiarch is sys.implementation._multiarch, the platform triplet sysconfig names its
// build data by, spelt as Debian and CPython spell it.
func multiarch() string {
	arch := map[string]string{"amd64": "x86_64", "arm64": "aarch64", "386": "i386", "riscv64": "riscv64",
		"ppc64le": "powerpc64le", "s390x": "s390x"}[runtime.GOARCH]
	if arch == "" || runtime.GOOS != "linux" {
		return runtime.GOARCH + "-" + runtime.GOOS
	}
	return arch + "-linux-gnu"
}

// xOptions is sys._xoptions: each -X option's value, True for one given without "=".
func xOptions(opts []string) *objects.Dict {
	d := objects.NewDict()
	for _, x := range opts {
		var v objects.Object = objects.True
		name, val, hasVal := strings.Cut(x, "=")
		if hasVal {
			v = objects.NewStr(val)
		}
		d.SetStr(objects.NewStr(name), v)
	}
	return d
}

// intMaxStrDigitsThreshold is the smallest non-zero int_max_str_digits limit.
const intMaxStrDigitsThreshold = 640
