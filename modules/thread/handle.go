package thread

import (
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// threadHandle is a _ThreadHandle: what threading.Thread keeps of its thread to join it.
type threadHandle struct {
	// mu guards state and ident, which the starting thread and the started one both write.
	mu    sync.Mutex
	state handleState
	ident uint64
	// exiting is closed when the thread has finished (or, for a handle of a thread not
	// started here, when _set_done is called); once closes it.
	exiting chan struct{}
	once    sync.Once
}

// handleState is where a handle's thread is in its life.
type handleState int

const (
	notStarted handleState = iota
	running
	done
)

// Type returns _thread._ThreadHandle.
func (h *threadHandle) Type() *objects.Type { return handleType }

func newHandle() *threadHandle { return &threadHandle{exiting: make(chan struct{})} }

// markExiting records that the thread has finished.
func (h *threadHandle) markExiting() { h.once.Do(func() { close(h.exiting) }) }

// isExiting reports whether the thread has finished.
func (h *threadHandle) isExiting() bool {
	select {
	case <-h.exiting:
		return true
	default:
		return false
	}
}

func (h *threadHandle) getState() handleState {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.state
}

var handleType = objects.ReadyType(&objects.Type{
	Attrs: moduleAttr,
	Name:  "_thread._ThreadHandle",
	Flags: objects.TypeFinal,
	Slots: objects.Slots{
		New: func(ts *objects.Thread, cls *objects.Type, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return newHandle(), nil
		},
		Repr: func(ts *objects.Thread, o objects.Object) (*objects.Str, error) {
			h := o.(*threadHandle)
			h.mu.Lock()
			defer h.mu.Unlock()
			return objects.NewStr("<_thread._ThreadHandle object: ident=" + strconv.FormatUint(h.ident, 10) + ">"), nil
		},
	},
	GetSets: []objects.GetSetDef{{Name: "ident", Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
		h := o.(*threadHandle)
		h.mu.Lock()
		defer h.mu.Unlock()
		return objects.NewInt(int64(h.ident)), nil
	}}},
	Methods: []objects.MethodDef{
		{Name: "join", Flags: objects.MethFastcall | objects.MethKeywords, Func: handleJoin},
		{Name: "is_done", Flags: objects.MethNoArgs,
			Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				h := self.(*threadHandle)
				if !h.isExiting() {
					return objects.False, nil
				}
				h.mu.Lock()
				h.state = done
				h.mu.Unlock()
				return objects.True, nil
			}},
		{Name: "_set_done", Flags: objects.MethNoArgs,
			Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				h := self.(*threadHandle)
				h.mu.Lock()
				defer h.mu.Unlock()
				if h.state == notStarted {
					return nil, objects.Errorf(objects.RuntimeErrorType, "thread not started")
				}
				h.markExiting()
				h.state = done
				return objects.None, nil
			}},
	},
})

// handleJoin is _ThreadHandle.join(timeout=None, /): it waits for the thread to finish, at
// most timeout seconds.
func handleJoin(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	if err := objects.NoKeywords("_ThreadHandle.join", kwnames); err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, objects.Errorf(objects.TypeErrorType, "join() takes at most 1 argument (%d given)", len(args))
	}
	timeout := int64(-1)
	if len(args) == 1 && args[0] != objects.None {
		var err error
		if timeout, err = timeoutNanos(ts, args[0]); err != nil {
			return nil, err
		}
		if timeout < 0 {
			timeout = -1
		}
	}
	return objects.None, self.(*threadHandle).join(ts, timeout)
}

// join waits for the handle's thread to finish, at most timeout nanoseconds (forever when
// negative), as CPython's ThreadHandle_join.
func (h *threadHandle) join(ts *objects.Thread, timeout int64) error {
	h.mu.Lock()
	state, ident := h.state, h.ident
	h.mu.Unlock()
	if state == notStarted {
		return objects.Errorf(objects.RuntimeErrorType, "thread not started")
	}
	if ident == vm.ThreadOf(ts).Ident && !h.isExiting() {
		return objects.Errorf(objects.RuntimeErrorType, "Cannot join current thread")
	}
	if h.isExiting() {
		h.mu.Lock()
		h.state = done
		h.mu.Unlock()
		return nil
	}
	if timeout == 0 {
		return nil
	}
	finished, err := wait(ts, timeout, func(expired <-chan time.Time, interrupt, finalizing <-chan struct{}) outcome {
		select {
		case <-h.exiting:
			return acquired
		default:
		}
		select {
		case <-h.exiting:
			return acquired
		case <-expired:
			return timedOut
		case <-interrupt:
			return interrupted
		case <-finalizing:
			return interrupted
		}
	})
	if finished {
		h.mu.Lock()
		h.state = done
		h.mu.Unlock()
	}
	return err
}

// makeThreadHandle is _make_thread_handle(ident, /): a running handle for a thread not
// started by this module (the main thread, a dummy thread), done when _set_done is called.
func makeThreadHandle(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	n, ok := args[0].(*objects.Int)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "ident must be an integer")
	}
	ident, err := indexUint64(ts, n)
	if err != nil {
		return nil, err
	}
	h := newHandle()
	h.ident, h.state = ident, running
	return h, nil
}

// startJoinableArgs parses start_joinable_thread(function, handle=None, daemon=True).
var startJoinableArgs = objects.ArgParser{FuncName: "start_joinable_thread", Params: []string{"function", "handle", "daemon"}, MinPos: 1, MaxPos: 3}

// startJoinableThread starts a thread calling function and returns its handle (the one
// given, or a new one). A non-daemon thread is joined by _shutdown().
func (st *moduleState) startJoinableThread(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [3]objects.Object
	if err := startJoinableArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	function := a[0]
	if function.Type().Slots.Call == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "thread function must be callable")
	}
	var h *threadHandle
	switch v := a[1].(type) {
	case nil:
		h = newHandle()
	case *threadHandle:
		h = v
	default:
		if v == objects.None {
			h = newHandle()
			break
		}
		return nil, objects.Errorf(objects.TypeErrorType, "'handle' must be a _ThreadHandle")
	}
	daemon := true
	if a[2] != nil {
		var err error
		if daemon, err = objects.IsTrue(ts, a[2]); err != nil {
			return nil, err
		}
	}
	if err := st.start(ts, h, function, nil, nil, daemon); err != nil {
		return nil, err
	}
	return h, nil
}

// startNewThread is start_new_thread(function, args, kwargs={}, /): it starts a daemon
// thread calling function(*args, **kwargs) and returns its identifier.
func (st *moduleState) startNewThread(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
	if err := objects.CheckPositional("start_new_thread", len(args), 2, 3); err != nil {
		return nil, err
	}
	function := args[0]
	if function.Type().Slots.Call == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "first arg must be callable")
	}
	pos, ok := args[1].(*objects.Tuple)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "2nd arg must be a tuple")
	}
	var kwargs *objects.Dict
	if len(args) == 3 {
		if kwargs, ok = args[2].(*objects.Dict); !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "optional 3rd arg must be a dictionary")
		}
	}
	h := newHandle()
	if err := st.start(ts, h, function, pos.Items(), kwargs, true); err != nil {
		return nil, err
	}
	return objects.NewInt(int64(h.ident)), nil
}

// start runs function(*args, **kwargs) on a new thread whose handle is h.
func (st *moduleState) start(ts *objects.Thread, h *threadHandle, function objects.Object, args []objects.Object, kwargs *objects.Dict, daemon bool) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.state != notStarted {
		return objects.Errorf(objects.RuntimeErrorType, "thread already started")
	}
	callArgs := append([]objects.Object(nil), args...)
	var kwnames *objects.Tuple
	if kwargs != nil && kwargs.Len() > 0 {
		var names []objects.Object
		kwargs.Items(func(k, v objects.Object) bool {
			names = append(names, k)
			callArgs = append(callArgs, v)
			return true
		})
		kwnames = objects.NewTuple(names)
	}
	parent := vm.ThreadOf(ts)
	st.mu.Lock()
	st.running++
	if !daemon {
		st.shutdown[h] = struct{}{}
	}
	st.mu.Unlock()
	t, err := parent.Interp.StartThread(parent, func(t *vm.Thread) {
		defer st.finished(h)
		st.run(&t.Thread, function, callArgs, kwnames)
	})
	if err != nil {
		st.finished(h)
		return err
	}
	h.ident, h.state = t.Ident, running
	return nil
}

// finished records that h's thread has ended: it no longer needs joining at shutdown, and
// joins waiting for it return.
func (st *moduleState) finished(h *threadHandle) {
	st.mu.Lock()
	st.running--
	delete(st.shutdown, h)
	st.mu.Unlock()
	h.markExiting()
}

// run calls the thread's function. SystemExit ends the thread silently; any other exception
// is reported as unraisable, as CPython's thread_run does.
func (st *moduleState) run(ts *objects.Thread, function objects.Object, args []objects.Object, kwnames *objects.Tuple) {
	var err error
	if kwnames != nil && !allStr(kwnames.Items()) {
		// Calling with a dict of keyword arguments checks them first, whatever the callee.
		err = objects.Errorf(objects.TypeErrorType, "keywords must be strings")
	} else {
		err = callRecovering(ts, function, args, kwnames)
	}
	if err == nil {
		return
	}
	exc := vm.AsException(err)
	if exc.Type().IsSubtype(objects.SystemExitType) {
		return
	}
	msg := "Exception ignored in thread started by "
	if r, err := objects.Repr(ts, function); err == nil {
		msg += r.Value()
	} else {
		msg += "<object repr() failed>"
	}
	flushStdout(ts)
	writeStderr(ts, nil, msg+":\n"+withoutCarets(formatException(ts, exc)))
}

// withoutCarets drops the lines of carets under source lines from a traceback: CPython's
// report of an unraisable exception prints its traceback without them.
func withoutCarets(tb string) string {
	lines := strings.SplitAfter(tb, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if s := strings.TrimSpace(l); s != "" && strings.Trim(s, "~^") == "" {
			continue
		}
		kept = append(kept, l)
	}
	return strings.Join(kept, "")
}

// callRecovering calls function; a Go panic (a bug in the runtime) becomes a SystemError, as
// it does on the main thread, instead of ending the process.
func callRecovering(ts *objects.Thread, function objects.Object, args []objects.Object, kwnames *objects.Tuple) (err error) {
	defer func() {
		if r := recover(); r != nil {
			// The panic may have left a blocking section without taking the lock back.
			vm.ThreadOf(ts).AcquireGIL()
			err = objects.Errorf(objects.SystemErrorType, "internal error in thread: %v", r)
		}
	}()
	_, err = objects.Call(ts, function, args, kwnames)
	return err
}

// allStr reports whether every item is a str.
func allStr(items []objects.Object) bool {
	for _, k := range items {
		if _, ok := k.(*objects.Str); !ok {
			return false
		}
	}
	return true
}

// shutdownThreads is _shutdown(): it joins every running non-daemon thread other than the
// calling one.
func (st *moduleState) shutdownThreads(ts *objects.Thread) (objects.Object, error) {
	me := vm.ThreadOf(ts).Ident
	for {
		var next *threadHandle
		st.mu.Lock()
		for h := range st.shutdown {
			h.mu.Lock()
			ident := h.ident
			h.mu.Unlock()
			if ident != me {
				next = h
				break
			}
		}
		st.mu.Unlock()
		if next == nil {
			return objects.None, nil
		}
		if err := next.join(ts, -1); err != nil {
			writeStderr(ts, nil, "Exception ignored in: None\n"+formatException(ts, vm.AsException(err)))
			return objects.None, nil
		}
		st.mu.Lock()
		delete(st.shutdown, next)
		st.mu.Unlock()
	}
}
