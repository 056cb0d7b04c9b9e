package vm

import (
	"time"

	"github.com/taipanpy/taipan/objects"
)

// Sleep blocks the thread for d without the global interpreter lock, as time.sleep does:
// other threads run meanwhile. When the thread is interrupted (Interrupt, the main thread's
// KeyboardInterrupt) it takes the lock back and raises the exception, or else sleeps for the
// time left. A thread other than the main one that sleeps when the interpreter is finalized
// ends there.
func Sleep(ts *objects.Thread, d time.Duration) error {
	t := ThreadOf(ts)
	var finalizing <-chan struct{}
	if t != t.Interp.main {
		finalizing = t.Interp.Finalizing()
	}
	deadline := time.Now().Add(d)
	for {
		timer := time.NewTimer(time.Until(deadline))
		t.ReleaseGIL()
		interrupted := false
		select {
		case <-timer.C:
		case <-t.interrupt:
			interrupted = true
		case <-finalizing:
		}
		t.AcquireGIL()
		timer.Stop()
		if !interrupted {
			return nil
		}
		if err := ts.CheckEvalBreaker(); err != nil {
			return err
		}
		if !time.Now().Before(deadline) {
			return nil
		}
	}
}
