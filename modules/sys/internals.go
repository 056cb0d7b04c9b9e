package sys

import (
	"github.com/taipanpy/taipan/objects"
)

// The sys functions that report on CPython's internals, which the standard library's tools
// and tests call: Taipan answers what holds for it (no perf trampoline, no allocator
// statistics) rather than leaving them out.
func internalsDefs() []objects.MethodDef {
	return []objects.MethodDef{
		{Name: "_is_interned", Flags: objects.MethO,
			Doc: "Return True if the given string is \"interned\".",
			Func: func(_ *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				s, ok := args[0].(*objects.Str)
				if !ok {
					return nil, objects.Errorf(objects.TypeErrorType, "_is_interned() argument must be str, not %s", args[0].Type().Name)
				}
				return objects.NewBool(objects.IsInterned(s)), nil
			}},
		{Name: "getunicodeinternedsize", Flags: objects.MethNoArgs,
			Doc: "Return the number of elements of the unicode interned dictionary",
			Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
				return objects.NewInt(int64(objects.InternedCount())), nil
			}},
		{Name: "getallocatedblocks", Flags: objects.MethNoArgs,
			Doc: "Return the number of memory blocks currently allocated.",
			Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
				return objects.NewInt(0), nil // Go's collector keeps no such count
			}},
		{Name: "_clear_type_cache", Flags: objects.MethNoArgs, Doc: "Clear the internal type lookup cache.",
			Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
				return objects.None, nil // the method caches are keyed by version tags and never stale
			}},
		{Name: "is_stack_trampoline_active", Flags: objects.MethNoArgs,
			Doc: "Return *True* if a stack profiler trampoline is active.",
			Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
				return objects.False, nil
			}},
		{Name: "activate_stack_trampoline", Flags: objects.MethO,
			Doc: "Activate stack profiler trampoline *backend*.",
			Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
				return nil, objects.Errorf(objects.ValueErrorType, "perf trampoline not available on this platform")
			}},
		{Name: "deactivate_stack_trampoline", Flags: objects.MethNoArgs,
			Doc: "Deactivate the current stack profiler trampoline backend.",
			Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
				return objects.None, nil
			}},
	}
}
