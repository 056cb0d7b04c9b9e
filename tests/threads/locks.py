# Threads from _thread: locks, RLock, thread-local data, handles, and preemption of a thread
# that never blocks.
import _thread
import sys

sys.setswitchinterval(0.001)

lock = _thread.allocate_lock()
total = 0


def add(n):
    global total
    for _ in range(n):
        with lock:
            total += 1


handles = [_thread.start_joinable_thread(lambda: add(5000)) for _ in range(4)]
for h in handles:
    h.join()
print("total", total, [h.is_done() for h in handles])

# A spinning thread is made to drop the lock, so the main thread gets to run.
stop = []


def spin():
    while not stop:
        pass


h = _thread.start_joinable_thread(spin)
print(sum(range(50000)))
stop.append(True)
h.join()
print("spinner stopped", h.is_done())

# Producer and consumer handing items over through two locks.
items, results = [], []
full, empty = _thread.allocate_lock(), _thread.allocate_lock()
full.acquire()


def consumer():
    while True:
        full.acquire()
        item = items.pop()
        empty.release()
        if item is None:
            return
        results.append(item * 10)


c = _thread.start_joinable_thread(consumer)
for i in list(range(5)) + [None]:
    empty.acquire()
    items.append(i)
    full.release()
c.join()
print(results)

r = _thread.RLock()
local = _thread._local()
local.who = "main"
seen = []


def nested(i):
    local.who = "worker %d" % i
    with r:
        with r:
            seen.append((local.who, r._recursion_count()))


hs = [_thread.start_joinable_thread(lambda i=i: nested(i)) for i in range(3)]
for h in hs:
    h.join()
print(sorted(seen), local.who, r._is_owned())

gate = _thread.allocate_lock()
gate.acquire()
print(gate.acquire(timeout=0.01), gate.acquire(False))
slow = _thread.start_joinable_thread(lambda: gate.acquire())
slow.join(0.01)
print("still running", not slow.is_done())
gate.release()
slow.join()
print("joined", slow.is_done())
