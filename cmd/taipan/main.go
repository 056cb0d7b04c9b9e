// Command taipan runs Python 3.13 programs. Its options are CPython's (`taipan -h` lists them).
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// PythonVersion is the version of the language Taipan implements, as `-V` prints it.
const PythonVersion = "3.13.0"

func main() {
	if os.Getenv("GOGC") == "" {
		// Python programs allocate many short-lived objects; collecting less often saves more
		// time than the memory it costs (docs/rationale.md).
		debug.SetGCPercent(defaultGCPercent)
	}
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// defaultGCPercent is the collector's target heap growth when GOGC is not set.
const defaultGCPercent = 400

// run is the whole command: it returns the process exit status. No Go panic escapes it: an
// internal failure is reported as one and exits with status 1, like an uncaught SystemError.
func run(argv []string, stdout, stderr io.Writer) (status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "SystemError: internal error in taipan: %v\n%s", r, debug.Stack())
			status = 1
		}
	}()
	prog := "taipan"
	if len(argv) > 0 {
		prog = argv[0]
		argv = argv[1:]
	}
	opts, err := ParseOptions(argv)
	if err != nil {
		fmt.Fprintf(stderr, "%s\nusage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", err, prog)
		fmt.Fprintf(stderr, "Try `taipan -h' for more information.\n")
		return 2
	}
	switch {
	case opts.Help || opts.HelpEnv || opts.HelpX || opts.HelpAll:
		writeHelp(stdout, prog, opts)
		return 0
	case opts.Version > 0:
		fmt.Fprintf(stdout, "Python %s\n", PythonVersion)
		if opts.Version > 1 {
			fmt.Fprintf(stdout, "Taipan, a Python implementation in Go\n")
		}
		return 0
	}
	if tool, ok := developerTool(opts); ok {
		return tool(opts, stdout, stderr)
	}
	return runProgram(prog, opts, stdout, stderr)
}
