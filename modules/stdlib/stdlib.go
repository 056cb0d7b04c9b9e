// Package stdlib lists the standard library's modules written in Go that an interpreter is
// given as built-in modules.
package stdlib

import (
	"github.com/taipanpy/taipan/modules/bisect"
	"github.com/taipanpy/taipan/modules/errno"
	"github.com/taipanpy/taipan/modules/functools"
	"github.com/taipanpy/taipan/modules/gc"
	"github.com/taipanpy/taipan/modules/heapq"
	"github.com/taipanpy/taipan/modules/io"
	"github.com/taipanpy/taipan/modules/itertools"
	"github.com/taipanpy/taipan/modules/math"
	"github.com/taipanpy/taipan/modules/operator"
	"github.com/taipanpy/taipan/modules/random"
	"github.com/taipanpy/taipan/vm"
)

// Modules returns the built-in modules of the standard library.
func Modules() []vm.BuiltinModule {
	return []vm.BuiltinModule{
		bisect.Module,
		errno.Module,
		functools.Module,
		gc.Module,
		heapq.Module,
		io.Module,
		itertools.Module,
		math.Module,
		operator.Module,
		random.Module,
	}
}
