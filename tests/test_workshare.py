from __future__ import annotations

import fcntl
import os
import pickle
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from conftest import within
from newstables.workshare import RESULT_PIPE_BYTES, SWITCH_INTERVAL, SharedPool


def tag(items: list[int]) -> list[tuple[int, int]]:
    """Each item with the process that ran it; slow enough that both processes get chunks."""
    time.sleep(0.01)
    return [(x, os.getpid()) for x in items]


def tag_pickled(items: list[int]) -> bytes:
    return pickle.dumps(tag(items))


def fail_on_13(items: list[int]) -> bytes:
    if 13 in items:
        raise ValueError("thirteen")
    return tag_pickled(items)


def die(items: list[int]) -> bytes:
    os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
    return b""


def pid(items: list[int]) -> list[int]:
    return [os.getpid()]


def pid_pickled(items: list[int]) -> bytes:
    return pickle.dumps(pid(items))


def chunks(n: int, size: int) -> list[list[int]]:
    return [list(range(i, min(i + size, n))) for i in range(0, n, size)]


def test_results_are_in_order_and_both_processes_work() -> None:
    pool = SharedPool(2, tag, tag_pickled)
    try:
        first = pool.map(chunks(100, 5))
        second = pool.map(chunks(30, 4))  # a later batch, queued behind the first
        done = first()
        assert [x for x, _ in done] == list(range(100))
        assert [x for x, _ in second()] == list(range(30))
    finally:
        pool.close()
    ran = {pid for _, pid in done}
    assert os.getpid() in ran  # this process took chunks while it waited
    assert len(ran) == 2  # and the worker took the ones sent ahead to it


def test_a_worker_error_is_raised_by_the_caller() -> None:
    pool = SharedPool(2, lambda items: pickle.loads(fail_on_13(items)), fail_on_13)
    try:
        with pytest.raises(ValueError, match="thirteen"):
            pool.map(chunks(40, 5))()
    finally:
        pool.close()


def test_a_worker_that_dies_fails_the_map_instead_of_hanging() -> None:
    pool = SharedPool(2, tag, die)
    try:
        with pytest.raises(BrokenProcessPool):
            within(60, pool.map(chunks(40, 5)))
        with pytest.raises(BrokenProcessPool):  # and every map after it
            within(60, pool.map(chunks(40, 5)))
    finally:
        pool.close()


def test_an_empty_map_and_a_map_left_ungathered() -> None:
    pool = SharedPool(3, tag, tag_pickled)
    assert pool.map([])() == []
    pool.map(chunks(1000, 5))  # never gathered: close drops what the workers have not taken
    started = time.perf_counter()
    pool.close()
    assert time.perf_counter() - started < 2  # not 200 chunks of 10 ms on two workers


def test_released_workers_exit_while_this_process_goes_on() -> None:
    """``release`` once the last chunks are in lets the workers exit before ``close``; with
    chunks still queued it does nothing, and they are all extracted."""
    pool = SharedPool(2, tag, tag_pickled)
    try:
        waiting = pool.map(chunks(100, 5))
        pool.release()  # chunks queued: the workers are still needed
        done = waiting()
        workers = {p for _, p in done} - {os.getpid()}
        assert [x for x, _ in done] == list(range(100)) and len(workers) == 1
        pool.release()

        def gone() -> None:
            while True:
                try:
                    os.kill(next(iter(workers)), 0)  # until the pool's thread has reaped it
                except ProcessLookupError:
                    return
                time.sleep(0.01)

        within(30, gone)
        pool.release()  # again: nothing more to do
    finally:
        pool.close()


def test_the_switch_interval_is_lowered_while_the_pool_runs() -> None:
    before = sys.getswitchinterval()
    pool = SharedPool(2, tag, tag_pickled)
    assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL)
    pool.close()
    assert sys.getswitchinterval() == pytest.approx(before)


@pytest.mark.skipif(not hasattr(fcntl, "F_GETPIPE_SZ"), reason="pipe sizes are a Linux feature")
def test_the_result_pipe_holds_a_whole_chunk() -> None:
    if int(Path("/proc/sys/fs/pipe-max-size").read_text()) < RESULT_PIPE_BYTES:
        pytest.skip("this system caps pipes below RESULT_PIPE_BYTES")
    pool = SharedPool(2, tag, tag_pickled)
    try:
        fd = pool.pool._result_queue._writer.fileno()  # type: ignore[attr-defined]
        assert fcntl.fcntl(fd, fcntl.F_GETPIPE_SZ) == RESULT_PIPE_BYTES
    finally:
        pool.close()


def test_gathering_from_two_threads_is_safe() -> None:
    """The build gathers in its main thread only; this checks the locking, not a use."""
    pool = SharedPool(2, tag, tag_pickled)
    results: dict[str, list[int]] = {}
    maps = {"a": pool.map(chunks(60, 3)), "b": pool.map(chunks(60, 3))}

    def gather(key: str) -> None:
        results[key] = [x for x, _ in maps[key]()]

    threads = [threading.Thread(target=gather, args=(k,)) for k in maps]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    pool.close()
    assert results == {"a": list(range(60)), "b": list(range(60))}


ORPHAN = """
import sys, time
sys.path.insert(0, {tests!r})
from test_workshare import pid, pid_pickled
from newstables.workshare import SharedPool
pool = SharedPool(2, pid, pid_pickled)
print(pool.map([[0]])()[0], flush=True)  # one chunk: it goes to the worker
time.sleep(60)
"""


def _running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "State:\tZ" not in status  # a zombie has ended; only its exit status is left


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_a_worker_ends_when_its_parent_is_killed() -> None:
    script = ORPHAN.format(tests=str(Path(__file__).parent))
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        worker = int(parent.stdout.readline())  # type: ignore[union-attr]
        assert worker != parent.pid and _running(worker)
    finally:
        parent.kill()  # SIGKILL: no chance to stop the pool
        parent.wait()
    deadline = time.monotonic() + 10
    while _running(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(worker)  # it waited for work for ever before
