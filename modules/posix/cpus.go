package posix

import (
	"os"
	"runtime"
	"strconv"
	"strings"
)

// cpuCount counts the processors the GNU C library's get_nprocs (which = "online") or
// get_nprocs_conf ("possible") reports, from the kernel's list of ranges ("0-3,6");
// without it, the processors this process may use.
func cpuCount(which string) int {
	data, err := os.ReadFile("/sys/devices/system/cpu/" + which)
	if err != nil {
		return runtime.NumCPU()
	}
	n := 0
	for _, r := range strings.Split(strings.TrimSpace(string(data)), ",") {
		lo, hi, isRange := strings.Cut(r, "-")
		a, err := strconv.Atoi(lo)
		if err != nil {
			return runtime.NumCPU()
		}
		b := a
		if isRange {
			if b, err = strconv.Atoi(hi); err != nil || b < a {
				return runtime.NumCPU()
			}
		}
		n += b - a + 1
	}
	if n <= 0 {
		return runtime.NumCPU()
	}
	return n
}
