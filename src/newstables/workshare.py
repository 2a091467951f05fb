"""A process pool that the process using it works in too.

A build's main process assembles, validates and writes while the workers extract. With a
``multiprocessing.Pool`` of one worker per core beside it, every extraction was pickled in a
worker and unpickled in the main process, and the cores were shared by one more busy process
than there are. Here ``jobs`` processes share the work: ``jobs - 1`` pool workers, and the
caller, which extracts queued chunks itself whenever it waits for results, so its share is
never pickled. Measured on 2 cores, 20,000 articles, three interleaved pairs: CPU outside the
extraction 5.7 -> 5.2 s (main process 5.05 -> 4.79, workers 0.65 -> 0.39), wall 12.8 -> 12.6 s
median on a noisy machine.

Chunks go to the workers a few at a time from one queue (not all at once, as ``map_async``
would), so that the caller finds chunks left to take. The workers are a
``concurrent.futures.ProcessPoolExecutor``: when one dies (killed, out of memory), the
chunks it had fail with ``BrokenProcessPool`` and the caller gets that error; a
``multiprocessing.Pool`` started a new worker and waited for the lost chunk for ever.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import functools
import multiprocessing
import os
import pickle
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Chunks handed to each worker ahead of time: with one, a worker would sit idle while its
# finished chunk's callback waits for this process's GIL to hand it the next one.
AHEAD_PER_WORKER = 2
# A worker blocks sending a result until a thread of this process reads it, and that thread
# first waits for the GIL, which this process's extraction holds up to the switch interval
# (5 ms by default: a worker then sat idle ~7 ms per chunk of ~45 ms).
SWITCH_INTERVAL = 0.0005
# A chunk's result is ~100 KB pickled, more than a pipe's default 64 KB, so a worker waited
# for this process to read part of it before it could go on; a bigger pipe takes it whole.
RESULT_PIPE_BYTES = 1 << 20  # Linux's default limit for an unprivileged process
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


@dataclass(eq=False)
class _Task(Generic[Item, Result]):
    items: list[Item]
    taken: bool = False  # by a worker or by this process
    done: bool = False
    result: list[Result] | None = None  # extracted here
    payload: bytes | None = None  # pickled by a worker
    error: BaseException | None = None


class SharedPool(Generic[Item, Result]):
    """``map(chunks)`` returns a callable giving ``[work(c) for c in chunks]``, flattened and in
    order, whichever process ran each chunk. ``pool_work`` is ``work`` with its result pickled
    (so the caller, not the pool's result thread, unpickles it: that thread holds the GIL)."""

    def __init__(
        self,
        jobs: int,
        work: Callable[[list[Item]], list[Result]],
        pool_work: Callable[[list[Item]], bytes],
        initializer: Callable[[], None] | None = None,
    ) -> None:
        self.work, self.pool_work = work, pool_work
        self.pool = ProcessPoolExecutor(
            jobs - 1,
            mp_context=multiprocessing.get_context("fork"),
            initializer=functools.partial(_tie_to_parent, os.getpid(), initializer),
        )
        _widen_result_pipe(self.pool)
        self.ahead = AHEAD_PER_WORKER * (jobs - 1)
        self.queue: deque[_Task[Item, Result]] = deque()
        self.sent = 0  # chunks at the workers, not yet back
        self.changed = threading.Condition()
        self._interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL)
        self._exiting: threading.Thread | None = None  # the pool's thread that joins released workers

    def map(self, chunks: list[list[Item]]) -> Callable[[], list[Result]]:
        tasks: list[_Task[Item, Result]] = [_Task(c) for c in chunks]
        with self.changed:
            self.queue.extend(tasks)
            self._feed()
        return functools.partial(self._gather, tasks)

    def release(self) -> None:
        """No more chunks will come: the workers exit now, while this process finishes its own
        work, rather than at ``close`` (a worker's exit took ~22 ms of the serial end of a
        two-job build, with the other core idle). Only once nothing is queued."""
        with self.changed:
            if self.queue or self._exiting is not None:
                return
        self._exiting = getattr(self.pool, "_executor_manager_thread", None)
        self.pool.shutdown(wait=False)

    def close(self) -> None:
        """Wait for the chunks at the workers, then stop them; queued chunks are dropped."""
        with self.changed:
            self.queue.clear()
        self.pool.shutdown(wait=True)  # after release, this no longer waits: the join below does
        if self._exiting is not None:
            self._exiting.join()
        sys.setswitchinterval(self._interval)

    def _feed(self) -> None:
        """Send queued chunks to the workers up to ``ahead``; called holding ``changed``."""
        while self.sent < self.ahead and self.queue:
            task = self.queue.popleft()
            task.taken = True
            try:
                future = self.pool.submit(self.pool_work, task.items)
            except RuntimeError as exc:  # the pool is broken (BrokenProcessPool) or shut down
                task.error, task.done = exc, True
                continue
            self.sent += 1
            future.add_done_callback(functools.partial(self._returned, task))

    def _returned(self, task: _Task[Item, Result], future: Future[bytes]) -> None:
        """A worker's chunk is back, or failed (the pool's thread runs this)."""
        with self.changed:
            task.error = future.exception()
            if task.error is None:
                task.payload = future.result()
            task.done = True
            self.sent -= 1
            self._feed()
            self.changed.notify_all()

    def _gather(self, tasks: list[_Task[Item, Result]]) -> list[Result]:
        out: list[Result] = []
        for task in tasks:
            self._wait(task)
            if task.error is not None:
                raise task.error
            if task.result is None:
                task.result = pickle.loads(task.payload)  # type: ignore[arg-type]
                task.payload = None  # not both forms of a chunk's results at once
            out.extend(task.result)
        return out

    def _wait(self, task: _Task[Item, Result]) -> None:
        """Until ``task`` is done, extract here: ``task`` itself if no worker has it, else the
        oldest queued chunk (of a later batch, perhaps), else sleep until a worker returns."""
        while True:
            with self.changed:
                if task.done:
                    return
                mine: _Task[Item, Result] | None = None
                if not task.taken:
                    self.queue.remove(task)
                    mine = task
                elif self.queue:
                    mine = self.queue.popleft()
                if mine is None:
                    self.changed.wait()
                    continue
                mine.taken = True
            mine.result = self.work(mine.items)  # an error here ends the build: no one waits
            with self.changed:
                mine.done = True
                self.changed.notify_all()


def _tie_to_parent(parent: int, initializer: Callable[[], None] | None) -> None:
    """Make a worker end with the process that started it, then run ``initializer``.

    A forked worker holds the write end of its own task pipe, so if the parent is killed
    (SIGKILL, the out-of-memory killer) it would wait for work for ever. On Linux the kernel
    sends it SIGKILL when the parent dies; elsewhere it is left as it was.
    """
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)
    if initializer is not None:
        initializer()


def _widen_result_pipe(pool: ProcessPoolExecutor) -> None:
    """Give the pool's result pipe RESULT_PIPE_BYTES of buffer, where the system allows it
    (Linux; elsewhere, or if the executor's internals change, the pipe stays as it is)."""
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None)
    if set_size is None:
        return
    with contextlib.suppress(AttributeError, OSError):
        fcntl.fcntl(pool._result_queue._writer.fileno(), set_size, RESULT_PIPE_BYTES)  # type: ignore[attr-defined]
