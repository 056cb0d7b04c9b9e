package taipan

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/taipanpy/taipan/objects"
)

// RunModule runs module name as the __main__ module, as `python -m name` does (runpy's
// _run_module_as_main): its parent packages are imported first, a package runs its __main__
// submodule, and sys.argv[0] becomes the module's file. It returns the exit status.
func (i *Interpreter) RunModule(name string) int {
	ts := &i.thread.Thread
	file, isPkg, err := i.interp.FindModuleSource(ts, name)
	if err != nil {
		return i.uncaught(err)
	}
	if isPkg {
		mainName := name + ".__main__"
		file, _, err = i.interp.FindModuleSource(ts, mainName)
		if err != nil {
			return i.uncaught(err)
		}
		if file == "" {
			return i.noModule("No module named " + mainName + "; '" + name + "' is a package and cannot be directly executed")
		}
		name = mainName
	}
	if file == "" {
		return i.noModule("No module named " + name)
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return i.noModule("No module named " + name)
	}
	if s, ok := i.interp.Modules.GetStr(objects.NewStr("sys")).(*objects.Module); ok {
		if argv, ok := s.Dict.GetStr(objects.NewStr("argv")).(*objects.List); ok && argv.Len() > 0 {
			argv.Items()[0] = objects.NewStr(file)
		}
	}
	pkg := ""
	if j := strings.LastIndexByte(name, '.'); j >= 0 {
		pkg = name[:j]
	}
	return i.runMain(src, file, true, &pkg)
}

// noModule reports a module -m cannot find, as CPython does: the interpreter's path, the
// message, status 1.
func (i *Interpreter) noModule(msg string) int {
	exe, _ := os.Executable()
	i.Flush()
	i.writeStderr(filepath.Clean(exe) + ": " + msg + "\n")
	return 1
}
