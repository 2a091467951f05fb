"""Shared fixtures. Everything the tests need is in tests/fixtures (no ../shared)."""

from __future__ import annotations

import hashlib
import http.server
import importlib.util
import os
import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import TypeVar

import pytest

T = TypeVar("T")

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent
SEED = REPO / "raw" / "000_a3a351e161b97a9b.txt"
WIKINEWS = sorted((FIXTURES / "wikinews").glob("*.txt"))

# One bad input of every kind the reader rejects, by file name -> (bytes, expected reason).
BAD_FILES: dict[str, tuple[bytes, str]] = {
    "bad/latin1.txt": (b" date 2021-01-01\n\nCaf\xe9 owners said prices rose.\n", "not_utf8"),
    "bad/binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    "bad/no_header.txt": (b"Just a body with no header at all.\n", "no_header"),
    "bad/no_date.txt": (b" title Something\n\nBody text here.\n", "no_date"),
    "bad/bad_date.txt": (b" date 2021-02-30\n\nBody text here.\n", "bad_date"),
    "bad/not_iso_date.txt": (b" date 15/07/2021\n\nBody text here.\n", "bad_date"),
    "bad/empty_body.txt": (b" date 2021-01-01\n\n   \n\n", "empty_body"),
    "bad/too_large.txt": (b" date 2021-01-01\n\n" + b"word " * 8000, "too_large"),
    "bad/bad.jsonl": (
        b'{"date": "2021-01-01", "text": "A fine article, officials said."}\n{not json}\n',
        "bad_json",
    ),
    "bad/empty.jsonl": (b"\n\n", "empty_body"),
}
MAX_BYTES = 30_000  # the limit the mixed-folder tests build with (too_large.txt exceeds it)


def module_from_file(name: str, path: Path) -> ModuleType:
    """The Python file at ``path`` run as a module called ``name``: the bench scripts, or a
    plain-Python copy of a module that may be installed compiled. It goes into sys.modules
    first, as dataclasses look their module up while a class is made."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def within(seconds: float, fn: Callable[[], T]) -> T:
    """``fn()``, failing the test if it takes longer than ``seconds``: for code whose bug
    would be to hang (a daemon thread runs it, so a hung call does not hold up the run)."""
    out: list[T] = []
    error: list[BaseException] = []

    def call() -> None:
        try:
            out.append(fn())
        except BaseException as exc:
            error.append(exc)

    thread = threading.Thread(target=call, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"still running after {seconds} s")
    if error:
        raise error[0]
    return out[0]


def digests(folder: Path) -> dict[str, str]:
    """sha256 of every file of a build folder, by name (a sub-folder there is an error)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@contextmanager
def left_as_it_was(out: Path) -> Iterator[None]:
    """Checks that what runs inside leaves the build in ``out`` byte for byte as it was, with
    no staging folder of a failed build beside it."""
    before = digests(out)
    yield
    assert digests(out) == before
    assert not list(out.parent.glob(f".{out.name}.tmp-*"))


def write_good(raw: Path) -> None:
    raw.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, raw / SEED.name)
    (raw / "wikinews").mkdir(exist_ok=True)
    for p in WIKINEWS[:3]:
        shutil.copy(p, raw / "wikinews" / p.name)


@pytest.fixture
def good_raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    write_good(raw)
    return raw


@pytest.fixture
def mixed_raw(tmp_path: Path) -> Path:
    """Good articles beside one bad file of every kind, a BOM/CRLF file and a duplicate."""
    raw = tmp_path / "raw"
    write_good(raw)
    for name, (data, _) in BAD_FILES.items():
        path = raw / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    # accepted: a UTF-8 BOM and CRLF line ends
    (raw / "ok_bom_crlf.txt").write_bytes(
        "\ufeff date 2021-03-04 \r\n\r\nThe mayor said the bridge would reopen.\r\n".encode()
    )
    # rejected: the same article as the seed under another name
    shutil.copy(SEED, raw / "zz_duplicate_of_seed.txt")
    # rejected: unreadable (a dangling symbolic link)
    os.symlink(raw / "does-not-exist", raw / "bad" / "dangling.txt")
    return raw


EXPECTED_REJECTS = {
    **{name: reason for name, (_, reason) in BAD_FILES.items() if name != "bad/bad.jsonl"},
    "bad/bad.jsonl#2": "bad_json",
    "zz_duplicate_of_seed.txt": "duplicate_id",
    "bad/dangling.txt": "unreadable",
}


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One build of the good fixtures, shared by the tests that only read it."""
    import newstables

    base = tmp_path_factory.mktemp("built")
    write_good(base / "raw")
    newstables.build(base / "raw", base / "build", jobs=1, cache=False)
    return base / "build"


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve ``folder`` over HTTP on localhost; yields the base URL."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):  # type: ignore[no-untyped-def]
            super().__init__(*a, directory=str(folder), **k)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
