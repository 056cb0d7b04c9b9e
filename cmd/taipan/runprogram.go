package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/taipanpy/taipan"
)

// runProgram runs the program the options name (a script, -c text, or standard input) as
// CPython does and returns the exit status.
func runProgram(prog string, opts *Options, stdout, stderr io.Writer) int {
	if opts.HasModule {
		fmt.Fprintf(stderr, "%s: -m is not supported yet\n", prog)
		return 1
	}
	src, filename, isFile, err := programSource(opts)
	if err != nil {
		fmt.Fprintf(stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n", prog, filename)
		return 2
	}
	interp := taipan.New(taipan.Options{
		Stdin: os.Stdin, Stdout: stdout, Stderr: stderr,
		Args: opts.Args, Path: programPath(opts, filename, isFile),
		Unbuffered: opts.Unbuffered, Optimize: opts.Optimize,
		DontWriteBytecode: opts.DontWrite || !opts.IgnoreEnv && os.Getenv("PYTHONDONTWRITEBYTECODE") != "",
	})
	interp.InstallSignalHandlers()
	status := interp.RunMain(src, filename, isFile)
	interp.Finalize()
	interp.FinalizeMain()
	if err := interp.Flush(); err != nil && status == 0 {
		status = 120 // CPython's status when flushing stdout at exit fails
	}
	if interp.UnhandledKeyboardInterrupt() {
		// As CPython: end by the signal itself, so that the shell sees a process killed by
		// SIGINT (status 130).
		signal.Reset(syscall.SIGINT)
		syscall.Kill(os.Getpid(), syscall.SIGINT)
		return 130
	}
	return status
}

// programSource reads the program: -c text, a script (by its absolute path, as CPython
// reports it), or standard input.
func programSource(opts *Options) (src []byte, filename string, isFile bool, err error) {
	switch {
	case opts.HasCommand:
		return []byte(opts.Command), "<string>", false, nil
	case opts.Script == "" || opts.Script == "-":
		src, err = io.ReadAll(os.Stdin)
		return src, "<stdin>", false, err
	}
	name, absErr := filepath.Abs(opts.Script)
	if absErr != nil {
		name = opts.Script
	}
	src, err = os.ReadFile(opts.Script)
	return src, name, true, err
}

// programPath is sys.path, in CPython's order: the script's directory (the empty string for -c
// and standard input) unless -P or -I asks for a safe path, the PYTHONPATH entries unless -E
// or -I, then CPython 3.13's standard library when one is found.
func programPath(opts *Options, filename string, isFile bool) []string {
	var path []string
	if !opts.SafePath {
		if isFile {
			path = append(path, filepath.Dir(filename))
		} else {
			path = append(path, "")
		}
	}
	if !opts.IgnoreEnv {
		if pp := os.Getenv("PYTHONPATH"); pp != "" {
			path = append(path, filepath.SplitList(pp)...)
		}
	}
	if lib := taipan.FindStdlib(); lib != "" {
		path = append(path, lib)
	}
	return path
}
