package vm

import "github.com/taipanpy/taipan/objects"

// notYet reports a language feature whose runtime support is still to come, as a SystemError
// naming it, so that a program using it fails clearly instead of misbehaving. Every caller
// is a gap to close; `grep -n notYet vm` lists them.
func notYet(feature string) error {
	return objects.Errorf(objects.SystemErrorType, "%s is not supported by this version of Taipan", feature)
}
