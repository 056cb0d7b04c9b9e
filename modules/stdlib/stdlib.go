// Package stdlib lists the standard library's modules written in Go that an interpreter is
// given as built-in modules.
package stdlib

import (
	"github.com/taipanpy/taipan/modules/abc"
	"github.com/taipanpy/taipan/modules/array"
	"github.com/taipanpy/taipan/modules/ast"
	"github.com/taipanpy/taipan/modules/atexit"
	"github.com/taipanpy/taipan/modules/binascii"
	"github.com/taipanpy/taipan/modules/bisect"
	"github.com/taipanpy/taipan/modules/cmath"
	"github.com/taipanpy/taipan/modules/codecs"
	"github.com/taipanpy/taipan/modules/collections"
	"github.com/taipanpy/taipan/modules/contextvars"
	"github.com/taipanpy/taipan/modules/csv"
	"github.com/taipanpy/taipan/modules/digest"
	"github.com/taipanpy/taipan/modules/errno"
	"github.com/taipanpy/taipan/modules/faulthandler"
	"github.com/taipanpy/taipan/modules/fcntl"
	"github.com/taipanpy/taipan/modules/functools"
	"github.com/taipanpy/taipan/modules/gc"
	"github.com/taipanpy/taipan/modules/grp"
	"github.com/taipanpy/taipan/modules/heapq"
	"github.com/taipanpy/taipan/modules/imp"
	"github.com/taipanpy/taipan/modules/io"
	"github.com/taipanpy/taipan/modules/itertools"
	jsonmod "github.com/taipanpy/taipan/modules/json"
	"github.com/taipanpy/taipan/modules/marshal"
	"github.com/taipanpy/taipan/modules/math"
	"github.com/taipanpy/taipan/modules/opcode"
	"github.com/taipanpy/taipan/modules/operator"
	"github.com/taipanpy/taipan/modules/posix"
	"github.com/taipanpy/taipan/modules/posixsubprocess"
	"github.com/taipanpy/taipan/modules/pwd"
	"github.com/taipanpy/taipan/modules/pyexpat"
	"github.com/taipanpy/taipan/modules/random"
	"github.com/taipanpy/taipan/modules/resource"
	selectmod "github.com/taipanpy/taipan/modules/select"
	signalmod "github.com/taipanpy/taipan/modules/signal"
	socketmod "github.com/taipanpy/taipan/modules/socket"
	"github.com/taipanpy/taipan/modules/sre"
	statmod "github.com/taipanpy/taipan/modules/stat"
	stringmod "github.com/taipanpy/taipan/modules/string"
	structmod "github.com/taipanpy/taipan/modules/struct"
	"github.com/taipanpy/taipan/modules/termios"
	"github.com/taipanpy/taipan/modules/thread"
	timemod "github.com/taipanpy/taipan/modules/time"
	"github.com/taipanpy/taipan/modules/tokenize"
	"github.com/taipanpy/taipan/modules/typing"
	"github.com/taipanpy/taipan/modules/unicodedata"
	"github.com/taipanpy/taipan/modules/weakref"
	"github.com/taipanpy/taipan/vm"
)

// Modules returns the built-in modules of the standard library.
func Modules() []vm.BuiltinModule {
	return append([]vm.BuiltinModule{
		array.Module,
		ast.Module,
		atexit.Module,
		binascii.Module,
		abc.Module,
		bisect.Module,
		cmath.Module,
		codecs.Module,
		collections.Module,
		contextvars.Module,
		csv.Module,
		errno.Module,
		faulthandler.Module,
		fcntl.Module,
		functools.Module,
		gc.Module,
		grp.Module,
		heapq.Module,
		io.Module,
		imp.Module,
		imp.WarningsModule,
		itertools.Module,
		jsonmod.Module,
		marshal.Module,
		math.Module,
		opcode.Module,
		operator.Module,
		posix.Module,
		posixsubprocess.Module,
		pwd.Module,
		pyexpat.Module,
		random.Module,
		resource.Module,
		selectmod.Module,
		signalmod.Module,
		socketmod.Module,
		sre.Module,
		statmod.Module,
		stringmod.Module,
		structmod.Module,
		termios.Module,
		thread.Module,
		timemod.Module,
		tokenize.Module,
		typing.Module,
		unicodedata.Module,
		weakref.Module,
	}, digest.Modules()...)
}
