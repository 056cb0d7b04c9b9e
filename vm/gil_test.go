package vm

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/taipanpy/taipan/objects"
)

// The first thread of an interpreter holds the lock; a thread started later runs only once
// the holder releases it.
func TestMainThreadHoldsTheGIL(t *testing.T) {
	main := newTestThread()
	interp := main.Interp
	if interp.MainThread() != main || main.gilState != gilHeld {
		t.Fatal("the first thread does not hold the lock")
	}
	var ran atomic.Bool
	other, err := interp.StartThread(main, func(*Thread) { ran.Store(true) })
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(20 * time.Millisecond)
	if ran.Load() {
		t.Fatal("a thread ran while the main thread held the lock")
	}
	AllowThreads(&main.Thread, func() {
		for !other.Done() {
			time.Sleep(time.Millisecond)
		}
	})
	if !ran.Load() || main.gilState != gilHeld {
		t.Fatal("the thread did not run while the lock was released, or the lock was not taken back")
	}
}

// A thread that waits longer than the switch interval sets the drop request in the holder's
// eval breaker; the holder's poll then hands the lock over.
func TestWaiterAsksForTheGIL(t *testing.T) {
	main := newTestThread()
	interp := main.Interp
	interp.SetSwitchInterval(1000) // 1 ms
	var ran atomic.Bool
	other, err := interp.StartThread(main, func(*Thread) { ran.Store(true) })
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for !main.EvalBreakerPending() {
		if time.Now().After(deadline) {
			t.Fatal("no drop request after the switch interval")
		}
		time.Sleep(time.Millisecond)
	}
	if err := main.CheckEvalBreaker(); err != nil {
		t.Fatal(err)
	}
	// The poll dropped the lock and took it back after the other thread had it.
	if !ran.Load() {
		t.Fatal("the waiting thread did not run at the holder's poll")
	}
	for !other.Done() {
		time.Sleep(time.Millisecond)
	}
}

// Interrupt makes the thread raise the exception at its next poll.
func TestInterruptRaisesAtNextPoll(t *testing.T) {
	main := newTestThread()
	main.Interrupt(objects.NewException(objects.KeyboardInterruptType))
	err := main.CheckEvalBreaker()
	exc, ok := err.(*objects.BaseException)
	if !ok || exc.Type() != objects.KeyboardInterruptType {
		t.Fatalf("got %v, want KeyboardInterrupt", err)
	}
	if err := main.CheckEvalBreaker(); err != nil {
		t.Fatalf("raised twice: %v", err)
	}
}

// Once the interpreter is finalized no thread starts, and a waiting thread ends instead of
// taking the lock.
func TestFinalizeEndsWaitingThreads(t *testing.T) {
	main := newTestThread()
	interp := main.Interp
	var ran atomic.Bool
	other, err := interp.StartThread(main, func(*Thread) { ran.Store(true) })
	if err != nil {
		t.Fatal(err)
	}
	interp.Finalize()
	deadline := time.Now().Add(5 * time.Second)
	for !other.Done() {
		if time.Now().After(deadline) {
			t.Fatal("the waiting thread did not end")
		}
		time.Sleep(time.Millisecond)
	}
	if ran.Load() {
		t.Fatal("a thread ran after finalization")
	}
	if _, err := interp.StartThread(main, func(*Thread) {}); err == nil {
		t.Fatal("a thread started after finalization")
	}
}

// Sleep lets other threads run, and an interrupt cuts it short with its exception.
func TestSleep(t *testing.T) {
	main := newTestThread()
	interp := main.Interp
	var ran atomic.Bool
	if _, err := interp.StartThread(main, func(*Thread) { ran.Store(true) }); err != nil {
		t.Fatal(err)
	}
	if err := Sleep(&main.Thread, 20*time.Millisecond); err != nil || !ran.Load() {
		t.Fatalf("err %v, other thread ran: %v", err, ran.Load())
	}
	go func() {
		time.Sleep(10 * time.Millisecond)
		main.Interrupt(objects.NewException(objects.KeyboardInterruptType))
	}()
	start := time.Now()
	err := Sleep(&main.Thread, 10*time.Second)
	if exc, ok := err.(*objects.BaseException); !ok || exc.Type() != objects.KeyboardInterruptType {
		t.Fatalf("got %v, want KeyboardInterrupt", err)
	}
	if time.Since(start) > 5*time.Second {
		t.Fatal("the interrupt did not cut the sleep short")
	}
}
