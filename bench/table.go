package main

import (
	"fmt"
	"io"
	"math"
	"time"
)

// PrintTable writes one row per program (its times, the ratio taipan/CPython, or why it does
// not count) and the geometric mean of the ratios of the programs that count.
func PrintTable(w io.Writer, results []Result, withCPython bool) {
	if withCPython {
		fmt.Fprintf(w, "%-22s %10s %10s %8s\n", "program", "taipan", "cpython", "ratio")
	} else {
		fmt.Fprintf(w, "%-22s %10s\n", "program", "taipan")
	}
	logSum, n, failed := 0.0, 0, 0
	for _, r := range results {
		switch {
		case r.Problem != "":
			failed++
			fmt.Fprintf(w, "%-22s %10s %s\n", r.Name, "-", r.Problem)
		case withCPython:
			ratio := r.Taipan.Seconds() / r.CPython.Seconds()
			logSum += math.Log(ratio)
			n++
			fmt.Fprintf(w, "%-22s %10s %10s %7.2fx\n", r.Name, seconds(r.Taipan), seconds(r.CPython), ratio)
		default:
			fmt.Fprintf(w, "%-22s %10s\n", r.Name, seconds(r.Taipan))
		}
	}
	if withCPython {
		if n > 0 {
			fmt.Fprintf(w, "geometric mean of the ratios (taipan/CPython, lower is faster): %.2fx over %d programs\n", math.Exp(logSum/float64(n)), n)
		} else {
			fmt.Fprintln(w, "geometric mean of the ratios: no program runs on both")
		}
	}
	fmt.Fprintf(w, "%d of %d programs run with taipan", len(results)-failed, len(results))
	if withCPython {
		fmt.Fprint(w, " with CPython's output")
	}
	fmt.Fprintln(w)
}

// seconds formats a duration in seconds with millisecond precision.
func seconds(d time.Duration) string {
	return fmt.Sprintf("%.3fs", d.Seconds())
}
