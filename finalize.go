package taipan

import (
	"strings"

	"github.com/taipanpy/taipan/objects"
)

// FinalizeMain does to the __main__ module what CPython's finalization does before the
// process exits: its names are set to None, those with one leading underscore first, as
// _PyModule_ClearDict does, and a collection then runs the __del__ methods and weak reference
// callbacks of the objects that only they held. The module cannot be used afterwards.
func (i *Interpreter) FinalizeMain() {
	ts := &i.thread.Thread
	if m, ok := i.interp.Modules.GetStr(objects.NewStr("__main__")).(*objects.Module); ok {
		keys := m.Dict.Keys()
		for pass := 0; pass < 2; pass++ {
			for _, k := range keys {
				s, ok := k.(*objects.Str)
				if !ok || s.Value() == "__builtins__" {
					continue
				}
				single := strings.HasPrefix(s.Value(), "_") && !strings.HasPrefix(s.Value(), "__")
				if single == (pass == 0) {
					m.Dict.SetStr(s, objects.None)
				}
			}
		}
	}
	objects.CollectGarbage(ts)
}
