package main

import (
	"fmt"
	"io"
)

// writeHelp prints the option summary: the options of CPython 3.13, in Taipan's words.
func writeHelp(w io.Writer, prog string, opts *Options) {
	fmt.Fprintf(w, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", prog)
	fmt.Fprint(w, `Options:
-b     : warn when bytes are compared with str or int (-bb: raise instead)
-B     : do not write compiled-module caches
-c cmd : run the program given as a string (ends the option list)
-d     : parser debugging output (accepted; no effect)
-E     : ignore PYTHON* environment variables
-h     : print this help and exit (also -? or --help)
-i     : enter interactive mode after running the script
-I     : isolate from the user's environment (implies -E, -P and -s)
-m mod : run a library module as a script (ends the option list)
-O     : remove assert statements and __debug__-dependent code
-OO    : -O, and also discard docstrings
-P     : do not prepend a potentially unsafe path to sys.path
-q     : no version banner in interactive mode
-s     : do not add the user site directory to sys.path
-S     : do not import the site module
-u     : unbuffered standard output and error
-v     : trace imports (-vv: more)
-V     : print the Python version and exit (--version; -VV: more)
-W arg : warning control (action:message:category:module:lineno)
-x     : skip the first line of the source
-X opt : implementation-specific option (see --help-xoptions)
--help-env, --help-xoptions, --help-all : more help
file   : program read from a script file
-      : program read from standard input (the default; interactive if a terminal)
arg ...: arguments passed to the program in sys.argv[1:]
`)
	if opts.HelpX || opts.HelpAll {
		fmt.Fprint(w, `
-X options of Taipan (unknown ones are accepted and stored in sys._xoptions):
-X dump-ast          : print the file's AST as ast.dump() does, and exit
-X dump-ast=attrs    : the same with positions (include_attributes=True)
-X dump-dis          : print the file's disassembly as dis.dis() does, and exit
-X dump-opcodes      : print the generated opcode table, and exit
`)
	}
}
