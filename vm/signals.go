package vm

import (
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/taipanpy/taipan/objects"
)

// Signals as CPython handles them: a signal that has a Python handler is only noted when it
// arrives (on a goroutine of Go's signal package); the main thread runs the handler at its
// next eval-breaker poll, or as soon as it wakes from a blocking call. SIGINT starts with
// default_int_handler, which raises KeyboardInterrupt.

// NSIG is the number of signal numbers, one more than the highest.
const NSIG = 65

// signalState is an interpreter's signal handlers and the signals waiting for them.
type signalState struct {
	mu       sync.Mutex
	handlers [NSIG]objects.Object // Python handlers; nil: not set from Python
	tripped  [NSIG]atomic.Bool
	ch       chan os.Signal
	started  bool
	// defaultInt is default_int_handler, made once.
	defaultInt objects.Object
	// wakeupFd gets a byte, the signal number, when a signal arrives (set_wakeup_fd); -1 for
	// none.
	wakeupFd atomic.Int64
}

// SetSignalWakeupFd sets the file descriptor a signal's number is written to when it arrives.
func (interp *Interpreter) SetSignalWakeupFd(fd int) { interp.signals.wakeupFd.Store(int64(fd)) }

// SignalHandler returns the Python handler of sig (nil when none was set).
func (interp *Interpreter) SignalHandler(sig int) objects.Object {
	s := &interp.signals
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.handlers[sig]
}

// SetSignalHandler makes h the handler of sig: a callable gets the signal delivered to it,
// ignore discards it, and neither (SIG_DFL) restores the default action.
func (interp *Interpreter) SetSignalHandler(sig int, h objects.Object, callable, ignore bool) {
	s := &interp.signals
	s.mu.Lock()
	defer s.mu.Unlock()
	s.handlers[sig] = h
	switch {
	case callable:
		if !s.started {
			s.started = true
			s.ch = make(chan os.Signal, 16)
			go interp.receiveSignals()
		}
		signal.Notify(s.ch, syscall.Signal(sig))
	case ignore:
		signal.Ignore(syscall.Signal(sig))
	default:
		signal.Reset(syscall.Signal(sig))
	}
}

// receiveSignals notes each signal that arrives and wakes the main thread to handle it.
func (interp *Interpreter) receiveSignals() {
	for sig := range interp.signals.ch {
		if n, ok := sig.(syscall.Signal); ok && int(n) < NSIG {
			interp.TripSignal(int(n))
		}
	}
}

// TripSignal records that sig arrived, as CPython's trip_signal: the main thread runs its
// handler at its next eval-breaker poll. Any goroutine may call it.
func (interp *Interpreter) TripSignal(sig int) {
	interp.signals.tripped[sig].Store(true)
	if fd := interp.signals.wakeupFd.Load(); fd > 0 {
		syscall.Write(int(fd), []byte{byte(sig)})
	}
	if m := interp.main; m != nil {
		m.SetEvalBreaker(objects.BreakerSignals)
		select {
		case m.interrupt <- struct{}{}:
		default:
		}
	}
}

// RunSignalHandlers calls the handlers of the signals that arrived, on the main thread, as
// PyErr_CheckSignals does; the first exception a handler raises ends the run (the signals not
// handled yet stay pending).
func (t *Thread) RunSignalHandlers() error {
	interp := t.Interp
	if t != interp.main {
		return nil
	}
	s := &interp.signals
	for sig := 1; sig < NSIG; sig++ {
		if !s.tripped[sig].Swap(false) {
			continue
		}
		h := interp.SignalHandler(sig)
		if h == nil || h.Type().Slots.Call == nil {
			continue
		}
		var frame objects.Object = objects.None
		if f := t.Frame; f != nil {
			f.Escape()
			frame = f
		}
		if _, err := objects.Call(&t.Thread, h, []objects.Object{objects.NewInt(int64(sig)), frame}, nil); err != nil {
			for later := sig + 1; later < NSIG; later++ {
				if s.tripped[later].Load() {
					t.SetEvalBreaker(objects.BreakerSignals)
					break
				}
			}
			return err
		}
	}
	return nil
}

// defaultIntHandlerDef is signal.default_int_handler, SIGINT's handler from the start.
var defaultIntHandlerDef = objects.MethodDef{Name: "default_int_handler", Flags: objects.MethFastcall,
	Doc: "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.",
	Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		return nil, objects.NewException(objects.KeyboardInterruptType)
	}}

// DefaultIntHandler returns the interpreter's default_int_handler.
func (interp *Interpreter) DefaultIntHandler() objects.Object {
	s := &interp.signals
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.defaultInt == nil {
		s.defaultInt = objects.NewBuiltinFunction(&defaultIntHandlerDef, nil)
	}
	return s.defaultInt
}

// InstallSignalHandlers does what CPython's start-up does for the main interpreter: SIGINT
// raises KeyboardInterrupt (default_int_handler).
func (interp *Interpreter) InstallSignalHandlers() {
	interp.SetSignalHandler(int(syscall.SIGINT), interp.DefaultIntHandler(), true, false)
}
