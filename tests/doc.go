// Package tests runs the golden corpus: small Python programs grouped by feature in the
// directories of tests/, each with the stdout, the exit status and the last line of stderr
// that CPython 3.13 gives it (committed next to it, made by regen.sh). The corpus test
// runs every program with the taipan command and compares; programs that cannot pass yet
// are listed, with the reason, in known_failures.txt. The coverage test reports which
// instructions of defs/bytecodes.def the compiled corpus contains.
package tests
