package thread_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/taipanpy/taipan"
)

// run runs src as a program, finalizes the interpreter as the command does (joining
// non-daemon threads) and returns what it printed.
func run(t *testing.T, src string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	in := taipan.New(taipan.Options{Stdout: &out, Stderr: &errOut, Unbuffered: true})
	done := make(chan int, 1)
	go func() {
		status := in.RunMain([]byte(src), "<test>", false)
		in.Finalize()
		in.Flush()
		done <- status
	}()
	select {
	case status := <-done:
		if status != 0 {
			t.Fatalf("status %d\nstdout:\n%s\nstderr:\n%s", status, out.String(), errOut.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("the program did not finish; stdout so far:\n%s", out.String())
	}
	return out.String() + errOut.String()
}

func check(t *testing.T, src, want string) {
	t.Helper()
	if got := run(t, src); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// Four threads incrementing one counter under a lock: the total is exact, and the threads
// really run in turn (each loop is long enough to be preempted by the switch interval).
func TestCounterUnderLock(t *testing.T) {
	check(t, `
import _thread, sys
sys.setswitchinterval(0.0005)
lock = _thread.allocate_lock()
counter = 0
def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
handles = [_thread.start_joinable_thread(lambda: work(20000)) for _ in range(4)]
for h in handles:
    h.join()
print(counter, all(h.is_done() for h in handles), _thread._count())
`, "80000 True 0\n")
}

// Threads that spin without blocking do not starve each other: a waiting thread asks the
// running one to drop the global interpreter lock after the switch interval. Here each of
// the two threads spins until the other has run, which only ends if both are preempted.
func TestSpinningThreadIsPreempted(t *testing.T) {
	check(t, `
import _thread
started, stop = [], []
def spin():
    started.append(True)
    while not stop:
        pass
h = _thread.start_joinable_thread(spin)
while not started:
    pass
stop.append(True)
h.join()
print("both ran", h.is_done())
`, "both ran True\n")
}

// A thread blocked in lock.acquire() releases the global interpreter lock, so the others
// run, and it wakes when the lock is released.
func TestBlockedAcquireLetsOthersRun(t *testing.T) {
	check(t, `
import _thread
events = []
gate = _thread.allocate_lock()
gate.acquire()
def blocked():
    events.append("waiting")
    gate.acquire()
    events.append("acquired")
def other():
    events.append("other ran")
    gate.release()
h1 = _thread.start_joinable_thread(blocked)
while not events:
    pass
h2 = _thread.start_joinable_thread(other)
h1.join(); h2.join()
print(events)
print(gate.acquire(timeout=0.01), gate.acquire(timeout=0.01))
`, "['waiting', 'other ran', 'acquired']\nFalse False\n")
}

// RLock, _local and joins with timeouts across threads.
func TestRLockLocalAndJoin(t *testing.T) {
	check(t, `
import _thread
r = _thread.RLock()
loc = _thread._local()
loc.name = "main"
seen = []
release = _thread.allocate_lock()
release.acquire()
def worker(i):
    loc.name = "w%d" % i
    with r:
        with r:
            seen.append((loc.name, r._recursion_count(), r._is_owned()))
    release.acquire()
    release.release()
r.acquire()
handles = [_thread.start_joinable_thread(lambda i=i: worker(i)) for i in range(3)]
handles[0].join(0.05)
print(handles[0].is_done(), seen, r._recursion_count())
r.release()
release.release()
for h in handles:
    h.join()
print(sorted(seen), loc.name, r._is_owned())
`, "False [] 1\n[('w0', 2, True), ('w1', 2, True), ('w2', 2, True)] main False\n")
}

// At exit, threading._shutdown joins the non-daemon threads, while a daemon thread blocked
// forever does not hold the program up.
func TestShutdownJoinsNonDaemonThreads(t *testing.T) {
	check(t, `
import _thread, sys
threading = type(sys)("threading")
threading._shutdown = _thread._shutdown
sys.modules["threading"] = threading
def late():
    lk = _thread.allocate_lock()
    lk.acquire()
    lk.acquire(timeout=0.05)
    print("non-daemon thread done")
def forever():
    lk = _thread.allocate_lock()
    lk.acquire()
    lk.acquire()
_thread.start_joinable_thread(late, daemon=False)
_thread.start_joinable_thread(forever)
print("main done")
`, "main done\nnon-daemon thread done\n")
}

// An exception that ends a thread started by start_new_thread is reported as unraisable;
// SystemExit ends it silently.
func TestUncaughtExceptionInThread(t *testing.T) {
	got := run(t, `
import _thread
def bad():
    raise ValueError("boom")
def quiet():
    raise SystemExit(3)
_thread.start_joinable_thread(bad).join()
_thread.start_joinable_thread(quiet).join()
print("after")
`)
	for _, want := range []string{"Exception ignored in thread started by <function bad at 0x", ">:\nTraceback (most recent call last):\n", "ValueError: boom\n", "after\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "SystemExit") {
		t.Errorf("SystemExit was reported:\n%s", got)
	}
}

// interrupt_main from another thread raises KeyboardInterrupt in the main thread, even
// while it waits for a lock.
func TestInterruptMain(t *testing.T) {
	check(t, `
import _thread
lk = _thread.allocate_lock()
lk.acquire()
def intr():
    _thread.interrupt_main()
_thread.start_joinable_thread(intr)
try:
    lk.acquire()
except KeyboardInterrupt:
    print("interrupted")
`, "interrupted\n")
}

// A thread importing a module another thread is still running the body of waits for the
// body to finish instead of seeing a half-made module.
func TestConcurrentImportWaits(t *testing.T) {
	dir := t.TempDir()
	body := "import _thread\nlk = _thread.allocate_lock()\nlk.acquire()\nlk.acquire(timeout=0.05)\nvalue = 42\n"
	if err := os.WriteFile(filepath.Join(dir, "slowmod.py"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	check(t, `
import sys, _thread
sys.path.insert(0, `+"'"+dir+"'"+`)
seen = []
def imp():
    import slowmod
    seen.append(slowmod.value)
handles = [_thread.start_joinable_thread(imp) for _ in range(3)]
for h in handles:
    h.join()
print(seen)
`, "[42, 42, 42]\n")
}

// syncBuffer is a bytes.Buffer safe to read while the interpreter writes to it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// A thread blocked reading sys.stdin lets the others run.
func TestBlockedReadLetsOthersRun(t *testing.T) {
	r, w := io.Pipe()
	var out syncBuffer
	in := taipan.New(taipan.Options{Stdin: r, Stdout: &out, Stderr: &out, Unbuffered: true})
	done := make(chan int, 1)
	go func() {
		done <- in.RunMain([]byte(`
import _thread, sys
def worker():
    print("worker ran")
_thread.start_joinable_thread(worker)
print("read", sys.stdin.readline().strip())
`), "<test>", false)
	}()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(out.String(), "worker ran") {
		if time.Now().After(deadline) {
			t.Fatalf("the worker did not run while the main thread read; output: %q", out.String())
		}
		time.Sleep(time.Millisecond)
	}
	io.WriteString(w, "line\n")
	if status := <-done; status != 0 || out.String() != "worker ran\nread line\n" {
		t.Fatalf("status %d, output %q", status, out.String())
	}
}

// _excepthook prints "Exception in thread NAME:" and the exception to sys.stderr, ignores
// SystemExit, and prints nothing when there is no stderr to print to.
func TestExcepthookOutput(t *testing.T) {
	check(t, `
import _thread, sys
sys.stderr = sys.stdout
class T:
    name = "worker"
try:
    1/0
except ZeroDivisionError as e:
    exc = e
_thread._excepthook(_thread._ExceptHookArgs((type(exc), exc, exc.__traceback__, T())))
_thread._excepthook(_thread._ExceptHookArgs((SystemExit, SystemExit(), None, T())))
_thread._excepthook(_thread._ExceptHookArgs((ValueError, None, None, T())))
class Nameless:
    _stderr = None
sys.stderr = None
print(_thread._excepthook(_thread._ExceptHookArgs((ValueError, exc, None, Nameless()))))
print(_thread._excepthook(_thread._ExceptHookArgs((ValueError, exc, None, None))))
`, `Exception in thread worker:
Traceback (most recent call last):
  File "<test>", line 7, in <module>
ZeroDivisionError: division by zero
Exception in thread worker:
NoneType: None
None
None
`)
}
