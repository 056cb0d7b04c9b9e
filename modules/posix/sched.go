package posix

import (
	"syscall"

	"github.com/taipanpy/taipan/objects"
)

// Scheduling: priorities (nice values) and the scheduler's yield and priority ranges.

// getpriority returns the nice value of which/who; the kernel answers 20 - nice.
func getpriority(which, who int) (int, error) {
	r, _, e := syscall.Syscall(syscall.SYS_GETPRIORITY, uintptr(which), uintptr(who), 0)
	if e != 0 {
		return 0, e
	}
	return 20 - int(r), nil
}

func (s *state) schedFunctions() []objects.MethodDef {
	ints := func(ts *objects.Thread, a []objects.Object) ([]int, error) {
		out := make([]int, len(a))
		for i, o := range a {
			v, err := intArg(ts, o)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	}
	policyRange := func(name string, nr uintptr) objects.MethodDef {
		return def(name, []string{"policy"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			v, err := ints(ts, a)
			if err != nil {
				return nil, err
			}
			r, _, e := syscall.RawSyscall(nr, uintptr(v[0]), 0, 0)
			if e != 0 {
				return nil, posixError(e)
			}
			return objects.NewInt(int64(int32(r))), nil
		})
	}
	return []objects.MethodDef{
		def("getpriority", []string{"which", "who"}, 0, 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			v, err := ints(ts, a)
			if err != nil {
				return nil, err
			}
			p, err := getpriority(v[0], v[1])
			if err != nil {
				return nil, posixError(err)
			}
			return objects.NewInt(int64(p)), nil
		}),
		def("setpriority", []string{"which", "who", "priority"}, 0, 3, 3, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			v, err := ints(ts, a)
			if err != nil {
				return nil, err
			}
			if err := syscall.Setpriority(v[0], v[1], v[2]); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		posDef("nice", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			v, err := ints(ts, a)
			if err != nil {
				return nil, err
			}
			cur, err := getpriority(syscall.PRIO_PROCESS, 0)
			if err == nil {
				err = syscall.Setpriority(syscall.PRIO_PROCESS, 0, cur+v[0])
			}
			if err == nil {
				cur, err = getpriority(syscall.PRIO_PROCESS, 0)
			}
			if err != nil {
				return nil, posixError(err)
			}
			return objects.NewInt(int64(cur)), nil
		}),
		noArgs("sched_yield", func(ts *objects.Thread) (objects.Object, error) {
			syscall.Syscall(syscall.SYS_SCHED_YIELD, 0, 0, 0)
			return objects.None, nil
		}),
		policyRange("sched_get_priority_max", syscall.SYS_SCHED_GET_PRIORITY_MAX),
		policyRange("sched_get_priority_min", syscall.SYS_SCHED_GET_PRIORITY_MIN),
	}
}
