package io

import (
	"runtime"
	"syscall"
	"time"
	"weak"

	"github.com/taipanpy/taipan/objects"
)

// CPython flushes and closes a file object as soon as the last reference to it goes, and at
// exit flushes those still open; programs rely on both (open(p, 'w').write(s) and then
// reading p back). Without reference counts, the module keeps a list of the writable
// file objects over FileIOs it made: before a file is opened, when one of them holds
// unwritten output, a garbage collection tells which are unreachable, and those are flushed
// and closed; at exit every one is flushed.

// closeWhenUnreachable closes the descriptor of a FileIO the program dropped without closing
// it. Nothing else can reach the state then: a buffered object over the FileIO keeps it
// alive, and so does the list of writable files.
func closeWhenUnreachable(o *object, f *fileIO) {
	runtime.AddCleanup(o, func(f *fileIO) {
		if f.fd >= 0 {
			syscall.Close(f.fd)
			f.fd = -1
		}
	}, f)
}

// openPath opens a file, retrying on EINTR; when the process is out of descriptors it
// collects garbage, which closes the files no longer reachable, and tries again, as the files
// a CPython program drops are closed at once.
func openPath(path string, flags int) (int, error) {
	for attempt := 0; ; {
		fd, err := syscall.Open(path, flags, 0o666)
		switch {
		case err == syscall.EINTR:
			continue
		case (err == syscall.EMFILE || err == syscall.ENFILE) && attempt < 5:
			attempt++
			runtime.GC()
			time.Sleep(time.Duration(attempt) * time.Millisecond)
			continue
		}
		return fd, err
	}
}

// liveFile is a writable buffered or text object over a FileIO.
type liveFile struct {
	obj  weak.Pointer[object]
	buf  *buffered
	text *textIO
}

// pending reports whether the file holds output not yet given to the system.
func (f *liveFile) pending() bool {
	if f.text != nil && len(f.text.pending) > 0 {
		return true
	}
	return f.buf != nil && len(f.buf.wbuf) > 0
}

// fileIO returns the FileIO under the file, nil once detached.
func (f *liveFile) fileIO() *fileIO {
	if f.buf == nil {
		return nil
	}
	return f.buf.fast
}

// flush writes the file's pending output, ignoring errors as a finalizer does.
func (f *liveFile) flush(ts *objects.Thread) {
	if f.text != nil && f.text.fastBuf == f.buf {
		f.text.writeFlush(ts)
	}
	if f.buf != nil && f.buf.raw != nil && f.buf.fast != nil && f.buf.fast.fd >= 0 {
		f.buf.flushWrites(ts)
	}
}

// reaper is the list of tracked files and when to collect garbage for them next.
type reaper struct {
	live []liveFile
	// tracked counts the files ever tracked; trackedAtGC is that count at the last
	// collection. A collection that frees nothing doubles backoff, the number of opens to
	// wait before the next one unless new files were tracked, so that a file kept open
	// with output pending does not make every open collect garbage.
	tracked, trackedAtGC int
	opens, backoff       int
}

// track adds a writable file object to the list.
func (s *state) track(o *object, buf *buffered, text *textIO) {
	if buf == nil || buf.fast == nil || !buf.writable {
		return
	}
	s.live = append(s.live, liveFile{obj: weak.Make(o), buf: buf, text: text})
	s.tracked++
}

// reap flushes and closes the tracked files nothing refers to any more, and forgets the
// closed ones. It collects garbage only when some file holds unwritten output.
func (s *state) reap(ts *objects.Thread) {
	need := false
	for i := range s.live {
		if s.live[i].pending() {
			need = true
			break
		}
	}
	s.opens++
	if !need || s.tracked == s.trackedAtGC && s.opens < s.backoff {
		s.prune()
		return
	}
	runtime.GC()
	s.trackedAtGC, s.opens = s.tracked, 0
	before := len(s.live)
	defer func() {
		if len(s.live) < before {
			s.backoff = 1
		} else {
			s.backoff = min(max(2*s.backoff, 1), 1024)
		}
	}()
	kept := s.live[:0]
	for _, f := range s.live {
		fi := f.fileIO()
		if fi == nil || fi.fd < 0 {
			continue
		}
		if f.obj.Value() == nil {
			f.flush(ts)
			if f.text == nil && fi.closefd {
				fd := fi.fd
				fi.fd = -1
				syscall.Close(fd)
			}
			continue
		}
		kept = append(kept, f)
	}
	clear(s.live[len(kept):])
	s.live = kept
}

// prune forgets the tracked files that are closed or detached.
func (s *state) prune() {
	kept := s.live[:0]
	for _, f := range s.live {
		if fi := f.fileIO(); fi != nil && fi.fd >= 0 && f.obj.Value() != nil {
			kept = append(kept, f)
		}
	}
	clear(s.live[len(kept):])
	s.live = kept
}

// flushAll flushes every tracked file, at exit.
func (s *state) flushAll(ts *objects.Thread) {
	for i := range s.live {
		s.live[i].flush(ts)
	}
}
