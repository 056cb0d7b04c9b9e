// Package stdlib lists the standard library's modules written in Go that an interpreter is
// given as built-in modules.
package stdlib

import (
	"github.com/taipanpy/taipan/modules/array"
	"github.com/taipanpy/taipan/modules/binascii"
	"github.com/taipanpy/taipan/modules/bisect"
	"github.com/taipanpy/taipan/modules/collections"
	"github.com/taipanpy/taipan/modules/contextvars"
	"github.com/taipanpy/taipan/modules/csv"
	"github.com/taipanpy/taipan/modules/digest"
	"github.com/taipanpy/taipan/modules/errno"
	"github.com/taipanpy/taipan/modules/functools"
	"github.com/taipanpy/taipan/modules/gc"
	"github.com/taipanpy/taipan/modules/heapq"
	"github.com/taipanpy/taipan/modules/itertools"
	"github.com/taipanpy/taipan/modules/math"
	"github.com/taipanpy/taipan/modules/opcode"
	"github.com/taipanpy/taipan/modules/operator"
	"github.com/taipanpy/taipan/modules/random"
	"github.com/taipanpy/taipan/modules/sre"
	stringmod "github.com/taipanpy/taipan/modules/string"
	structmod "github.com/taipanpy/taipan/modules/struct"
	"github.com/taipanpy/taipan/modules/tokenize"
	"github.com/taipanpy/taipan/modules/typing"
	"github.com/taipanpy/taipan/vm"
)

// Modules returns the built-in modules of the standard library.
func Modules() []vm.BuiltinModule {
	return append([]vm.BuiltinModule{
		array.Module,
		binascii.Module,
		bisect.Module,
		collections.Module,
		contextvars.Module,
		csv.Module,
		errno.Module,
		functools.Module,
		gc.Module,
		heapq.Module,
		itertools.Module,
		math.Module,
		opcode.Module,
		operator.Module,
		random.Module,
		sre.Module,
		stringmod.Module,
		structmod.Module,
		tokenize.Module,
		typing.Module,
	}, digest.Modules()...)
}
