package taipan

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// ImportSite imports the standard library's site module, as CPython's start-up does unless
// -S is given: it puts the site-packages directories on sys.path, runs their .pth files and
// sitecustomize, and adds help(), copyright, credits and license to the built-ins. Without a
// standard library there is no site module and nothing happens. A site module that fails is
// reported with its traceback, and the program still runs.
//
// The first programEntries entries of sys.path are the program's own (its directory, or ”
// for -c): CPython adds them only after site has run, so they are set aside meanwhile, out of
// reach of site's making every entry absolute.
func (i *Interpreter) ImportSite(programEntries int) {
	if i.noSite {
		return
	}
	ts := &i.thread.Thread
	if file, _, err := i.interp.FindModuleSource(ts, "site"); err != nil || file == "" {
		return
	}
	sysPath := func() *objects.List {
		if m, ok := i.interp.Modules.GetStr(objects.NewStr("sys")).(*objects.Module); ok {
			l, _ := m.Dict.GetStr(objects.NewStr("path")).(*objects.List)
			return l
		}
		return nil
	}
	var own []objects.Object
	if path := sysPath(); path != nil && programEntries > 0 && path.Len() >= programEntries {
		for n := 0; n < programEntries; n++ {
			v, _ := path.Pop(0)
			own = append(own, v)
		}
	}
	if _, err := vm.Import(ts, objects.NewDict(), objects.NewStr("site"), objects.None, 0); err != nil {
		i.uncaught(err)
	}
	if path := sysPath(); path != nil {
		for n := len(own) - 1; n >= 0; n-- {
			path.Insert(0, own[n])
		}
	}
}
