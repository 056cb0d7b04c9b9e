package io_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/taipanpy/taipan"
)

// TestStdStreams checks sys.stdin, sys.stdout and sys.stderr over Go streams: they are
// TextIOWrapper objects over buffered FileIO objects, as in CPython, whose output for the
// same program with its streams on pipes is below, but for two things: fileno() has no
// descriptor to give here, and stdout's errors handler stays the sys module's 'strict'
// (CPython picks surrogateescape under a C or C.UTF-8 locale).
func TestStdStreams(t *testing.T) {
	src := `import sys
print(sys.stdout, sys.stderr, sys.stdin)
print(sys.stdout.buffer, sys.stdout.buffer.raw, sys.stdin.buffer)
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdout.line_buffering, sys.stderr.line_buffering)
print(sys.stdout.mode, sys.stdin.mode, sys.stdout.newlines, sys.stdout.isatty(), sys.stdin.seekable())
print(type(sys.stdout) is type(open(__file__ if False else '/dev/null')), sys.stdout is sys.__stdout__)
print(input('> '))
for line in sys.stdin:
    print(repr(line))
sys.stdout.flush()
sys.stdout.buffer.write(b'raw bytes\n')
try:
    sys.stdin.fileno()
except OSError as e:
    print(type(e).__name__, e)
print('to stderr', file=sys.stderr)
`
	want := `<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'> <_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'> <_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>
<_io.BufferedWriter name='<stdout>'> <_io.FileIO name='<stdout>' mode='wb' closefd=False> <_io.BufferedReader name='<stdin>'>
utf-8 strict backslashreplace False True
w r None False False
True True
> first
'second\n'
'third'
raw bytes
UnsupportedOperation fileno
`
	var out, errOut bytes.Buffer
	in := taipan.New(taipan.Options{Stdin: strings.NewReader("first\nsecond\nthird"), Stdout: &out, Stderr: &errOut})
	if status := in.RunMain([]byte(src), "std.py", false); status != 0 {
		t.Fatalf("exit status %d: %s", status, errOut.String())
	}
	in.Flush()
	if got := out.String(); got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
	if got := errOut.String(); got != "to stderr\n" {
		t.Errorf("stderr: %q", got)
	}
}
