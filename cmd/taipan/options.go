package main

import (
	"fmt"
	"strings"
)

// Options is the parsed command line, with CPython 3.13's meaning for every option.
type Options struct {
	Command    string   // -c: program text
	Module     string   // -m: module to run as __main__
	HasCommand bool     // -c was given
	HasModule  bool     // -m was given
	Script     string   // the script file, "-" for standard input, "" for none
	Args       []string // sys.argv[1:]
	XOptions   []string // -X options in order, as written ("dev", "int_max_str_digits=0")
	Warnings   []string // -W filters in order
	Optimize   int      // -O count
	Verbose    int      // -v count
	BytesWarn  int      // -b count
	Version    int      // -V count
	Help       bool     // -h, -?, --help
	HelpEnv    bool     // --help-env
	HelpX      bool     // --help-xoptions
	HelpAll    bool     // --help-all
	Inspect    bool     // -i
	Isolated   bool     // -I
	IgnoreEnv  bool     // -E
	NoUserSite bool     // -s
	NoSite     bool     // -S
	SafePath   bool     // -P
	Quiet      bool     // -q
	Unbuffered bool     // -u
	DontWrite  bool     // -B
	SkipFirst  bool     // -x
	Debug      bool     // -d
}

// UsageError is a bad command line: CPython prints its message, the usage line and a hint,
// and exits with status 2.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// XOption returns the value of -X name (true for a bare `-X name`) and whether it was given;
// the last occurrence wins.
func (o *Options) XOption(name string) (value string, given bool) {
	for _, x := range o.XOptions {
		k, v, hasValue := strings.Cut(x, "=")
		if k != name {
			continue
		}
		given = true
		if hasValue {
			value = v
		} else {
			value = "true"
		}
	}
	return value, given
}

// ParseOptions parses argv (without the program name) as CPython 3.13 does: single-letter
// options may be bundled (-OO, -Bc cmd), -c and -m end option parsing, and the first
// non-option argument is the script, the rest its arguments.
func ParseOptions(argv []string) (*Options, error) {
	o := &Options{}
	i := 0
	for i < len(argv) {
		arg := argv[i]
		if arg == "-" || !strings.HasPrefix(arg, "-") {
			break
		}
		i++
		if arg == "--" {
			break
		}
		if strings.HasPrefix(arg, "--") {
			switch arg {
			case "--help":
				o.Help = true
			case "--version":
				o.Version++
			case "--help-env":
				o.HelpEnv = true
			case "--help-xoptions":
				o.HelpX = true
			case "--help-all":
				o.HelpAll = true
			case "--check-hash-based-pycs":
				if i >= len(argv) {
					return nil, &UsageError{"Argument expected for the --check-hash-based-pycs option"}
				}
				i++
			default:
				return nil, &UsageError{fmt.Sprintf("unknown option %s", arg)}
			}
			continue
		}
		// A bundle of single-letter options; one taking an argument uses the rest of the
		// bundle or the next word.
		for j := 1; j < len(arg); j++ {
			c := arg[j]
			takesArg := strings.IndexByte("cmWX", c) >= 0
			var val string
			if takesArg {
				if j+1 < len(arg) {
					val = arg[j+1:]
				} else if i < len(argv) {
					val = argv[i]
					i++
				} else {
					return nil, &UsageError{fmt.Sprintf("Argument expected for the -%c option", c)}
				}
			}
			switch c {
			case 'c':
				o.Command, o.HasCommand = val, true
				o.Args = append([]string{"-c"}, argv[i:]...)
				return o, nil
			case 'm':
				o.Module, o.HasModule = val, true
				o.Args = append([]string{val}, argv[i:]...)
				return o, nil
			case 'W':
				o.Warnings = append(o.Warnings, val)
			case 'X':
				o.XOptions = append(o.XOptions, val)
			case 'O':
				o.Optimize++
			case 'v':
				o.Verbose++
			case 'b':
				o.BytesWarn++
			case 'V':
				o.Version++
			case 'h', '?':
				o.Help = true
			case 'i':
				o.Inspect = true
			case 'I':
				o.Isolated, o.IgnoreEnv, o.NoUserSite, o.SafePath = true, true, true, true
			case 'E':
				o.IgnoreEnv = true
			case 's':
				o.NoUserSite = true
			case 'S':
				o.NoSite = true
			case 'P':
				o.SafePath = true
			case 'q':
				o.Quiet = true
			case 'u':
				o.Unbuffered = true
			case 'B':
				o.DontWrite = true
			case 'x':
				o.SkipFirst = true
			case 'd':
				o.Debug = true
			case 'R':
				// Hash randomisation is always on; accepted for compatibility.
			default:
				return nil, &UsageError{fmt.Sprintf("Unknown option: -%c", c)}
			}
			if takesArg {
				break
			}
		}
	}
	if i < len(argv) {
		o.Script = argv[i]
		o.Args = append([]string{argv[i]}, argv[i+1:]...)
	} else {
		o.Args = []string{""}
	}
	return o, nil
}
