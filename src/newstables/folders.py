"""The build's output folder: how big a Parquet file may grow, and how the folder is locked,
staged beside the output and published in one atomic step.

Standard library only: a build takes its lock and starts its worker processes before it imports
pyarrow (see :mod:`newstables.pipeline`).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

DEFAULT_PART_ROWS = 5_000_000  # Parquet rows per file before a table is written in parts


def write_json(path: Path, obj: Any) -> None:
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _fsync(path: Path) -> None:
    """Flush a file's or a folder's entries to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(folder: Path) -> None:
    for p in sorted(folder.iterdir()):
        if p.is_file():
            _fsync(p)
    _fsync(folder)


class BackgroundFlush:
    """Flushes a folder's files to disk in a thread of its own whenever asked (requests made
    while it is busy are served by one more pass), so that a build's data reaches the disk
    while the build goes on, not all at the end when the folder is published: fsync waits
    without holding the GIL. Errors are left to :func:`publish`, which flushes everything
    again and reports them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._asked = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="newstables-flush", daemon=True)
        self._thread.start()

    def ask(self) -> None:
        self._asked.set()

    def close(self) -> None:
        """Stop once the pass under way, if any, is done."""
        self._stopping = True
        self._asked.set()
        self._thread.join()

    def _run(self) -> None:
        while True:
            self._asked.wait()
            self._asked.clear()
            if self._stopping:
                return
            with contextlib.suppress(OSError):  # a part file renamed meanwhile, a disk error
                fsync_tree(self.folder)


def staging_folder(out_dir: Path) -> Path:
    """A fresh temporary folder on the same file system as ``out_dir``."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.parent.glob(f".{out_dir.name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)  # left by a killed build
    tmp = out_dir.parent / f".{out_dir.name}.tmp-{os.getpid()}"
    tmp.mkdir()
    return tmp


_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    import ctypes  # here: the command line imports this module at every start

    try:  # the C library as the process has it loaded, as newstables.workshare finds prctl
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    fn = getattr(libc, "renameat2", None)
    if fn is None:
        return False
    at_fdcwd = -100
    rc = fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EPERM, errno.EXDEV):
        return False
    raise OSError(err, os.strerror(err), str(b))


def publish(tmp: Path, out_dir: Path) -> None:
    """Put the finished folder in place of ``out_dir`` in one atomic step."""
    fsync_tree(tmp)
    if not out_dir.exists():
        os.rename(tmp, out_dir)
    elif _exchange(tmp, out_dir):
        shutil.rmtree(tmp)  # tmp now holds the previous build
    else:  # no atomic exchange here: two renames, the old copy kept until the new is in place
        old = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}"
        os.rename(out_dir, old)
        os.rename(tmp, out_dir)
        shutil.rmtree(old)
    _fsync(out_dir.parent)


class BuildLocked(RuntimeError):
    pass


@contextmanager
def build_lock(out_dir: Path, wait: float = 0.0) -> Iterator[None]:
    """One build at a time per output folder; the lock dies with its process (flock)."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    lock_path = out_dir.parent / f".{out_dir.name}.lock"
    fh = lock_path.open("a+")
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                fh.seek(0)
                holder = fh.read().strip() or "another process"
                fh.close()
                raise BuildLocked(
                    f"another build is writing {out_dir} (pid {holder}); wait for it or pass --wait SECONDS"
                ) from None
            time.sleep(0.2)
    try:
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        yield
    finally:
        fh.seek(0)
        fh.truncate()
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()
