package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/taipanpy/taipan"
)

// The basic interactive mode: CPython's prompts (sys.ps1 and sys.ps2 on stderr), statements
// read a line at a time, run as they are complete. End of input ends it.

// isTerminal reports whether f is a terminal (a character device).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// banner is what CPython prints when interactive mode starts.
func banner() string {
	return "Python " + PythonVersion + " (taipan)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n"
}

// repl reads statements from in until end of input and returns the exit status.
func repl(interp *taipan.Interpreter, in io.Reader, stderr io.Writer, quiet bool) int {
	if !quiet {
		fmt.Fprint(stderr, banner())
	}
	session := interp.NewInteractive()
	r := bufio.NewReader(in)
	var lines []string
	for {
		prompt := interp.Prompt(len(lines) > 0)
		interp.Flush()
		fmt.Fprint(stderr, prompt)
		line, err := r.ReadString('\n')
		if err != nil && line == "" {
			fmt.Fprintln(stderr)
			return 0
		}
		lines = append(lines, strings.TrimRight(line, "\r\n"))
		more, exit, status := session.Push(strings.Join(lines, "\n"))
		if exit {
			return status
		}
		if !more {
			lines = lines[:0]
		}
	}
}
