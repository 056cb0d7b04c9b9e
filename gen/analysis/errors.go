package analysis

import "github.com/taipanpy/taipan/gen/dsl"

// errorAt builds a positioned diagnostic.
func errorAt(pos Pos, format string, args ...any) error { return dsl.Errorf(pos, format, args...) }
