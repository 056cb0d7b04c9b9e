package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"

	"github.com/taipanpy/taipan"
	"github.com/taipanpy/taipan/modules/sys"
	"github.com/taipanpy/taipan/objects"
)

// runProgram runs the program the options name (a script, -c text, or standard input) as
// CPython does and returns the exit status.
func runProgram(prog string, opts *Options, stdout, stderr io.Writer) int {
	var src []byte
	var filename string
	var isFile bool
	if !opts.HasModule && !interactive(opts) {
		var err error
		if src, filename, isFile, err = programSource(opts); err != nil {
			fmt.Fprintf(stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n", prog, filename)
			return 2
		}
	}
	if !opts.IgnoreEnv {
		if seed := os.Getenv("PYTHONHASHSEED"); seed != "" && seed != "random" {
			n, err := strconv.ParseUint(seed, 10, 32)
			if err != nil {
				fmt.Fprintln(stderr, `Fatal Python error: PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]`)
				return 1
			}
			objects.SetHashSeed(uint32(n))
		}
	}
	interp := taipan.New(taipan.Options{
		Stdin: os.Stdin, Stdout: stdout, Stderr: stderr,
		Args: opts.Args, Path: programPath(opts, filename, isFile),
		Unbuffered:        opts.Unbuffered || !opts.IgnoreEnv && os.Getenv("PYTHONUNBUFFERED") != "",
		Optimize:          opts.Optimize,
		DontWriteBytecode: opts.DontWrite || !opts.IgnoreEnv && os.Getenv("PYTHONDONTWRITEBYTECODE") != "",
		Flags: sys.Flags{Inspect: boolInt(opts.Inspect), Interactive: boolInt(interactive(opts)),
			Verbose: opts.Verbose, Quiet: boolInt(opts.Quiet), NoUserSite: opts.NoUserSite, NoSite: opts.NoSite,
			IgnoreEnvironment: opts.IgnoreEnv, Isolated: opts.Isolated, SafePath: opts.SafePath,
			NoHashRandomization: hashSeedZero(opts)},
		WarnOptions: opts.Warnings, XOptions: opts.XOptions,
	})
	interp.InstallSignalHandlers()
	programEntries := 1
	if opts.SafePath {
		programEntries = 0
	}
	interp.ImportSite(programEntries)
	var status int
	switch {
	case opts.HasModule:
		status = interp.RunModule(opts.Module)
	case interactive(opts):
		status = repl(interp, os.Stdin, stderr, opts.Quiet)
	default:
		status = interp.RunMain(src, filename, isFile)
		if opts.Inspect && status == 0 && isTerminal(os.Stdin) {
			status = repl(interp, os.Stdin, stderr, true)
		}
	}
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
		switch {
		case opts.HasModule:
			// -m puts the current directory first, by its full path.
			cwd, _ := os.Getwd()
			path = append(path, cwd)
		case isFile:
			path = append(path, filepath.Dir(filename))
		default:
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

// interactive reports whether the command reads statements at a prompt: no script, -c or -m,
// and a terminal on standard input.
func interactive(opts *Options) bool {
	return !opts.HasCommand && !opts.HasModule && (opts.Script == "" || opts.Script == "-") && isTerminal(os.Stdin)
}

// boolInt is 1 for true, as CPython's int-valued flags count a given option.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// hashSeedZero reports whether PYTHONHASHSEED=0 turns hash randomisation off.
func hashSeedZero(opts *Options) bool {
	return !opts.IgnoreEnv && os.Getenv("PYTHONHASHSEED") == "0"
}
