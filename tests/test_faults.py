"""Faults: a build killed at any point, a full disk, two builds at once. The previous build
stays in place and valid, the next build succeeds, and nothing is half-written."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import digests, left_as_it_was
from newstables.validation import validate

FIXTURES = Path(__file__).parent / "fixtures" / "wikinews"


def make_raw(folder: Path, copies: int) -> Path:
    """A raw folder of ``copies`` varied articles (enough for a build to take a while)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    folder.mkdir(parents=True)
    for i in range(copies):
        (folder / f"a{i:05d}.txt").write_text(
            texts[i % len(texts)] + f"\n\nOfficials said report {i} was filed.\n"
        )
    return folder


def build_cmd(raw: Path, out: Path, *extra: str) -> list[str]:
    exe = Path(sys.executable).parent / "newstables"
    return [str(exe), "build", str(raw), "--out", str(out), "--quiet", "--jobs", "1", "--no-cache", *extra]


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    base = tmp_path_factory.mktemp("faults")
    small = make_raw(base / "small", 12)
    big = make_raw(base / "big", 1500)
    return base, small, big


def test_sigkill_at_any_point_keeps_the_previous_build(setup: tuple[Path, Path, Path]) -> None:
    base, small, big = setup
    out = base / "out-kill"
    subprocess.run(build_cmd(small, out), check=True, capture_output=True)
    before = digests(out)
    t0 = time.monotonic()
    subprocess.run(build_cmd(big, base / "timing"), check=True, capture_output=True)
    duration = time.monotonic() - t0
    for fraction in (0.1, 0.3, 0.5, 0.7, 0.85, 0.95):
        proc = subprocess.Popen(build_cmd(big, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if digests(out) != before:  # the kill came after the swap: the new build is complete
            before = digests(out)
        assert validate(out, frictionless=False).ok, fraction
    result = subprocess.run(build_cmd(small, out), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert validate(out, frictionless=False).ok
    assert not list(base.glob(".out-kill.tmp-*"))  # leftovers of killed builds are cleared


def _limit_file_size() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
    resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))


def test_write_error_is_clear_and_keeps_the_previous_build(setup: tuple[Path, Path, Path]) -> None:
    base, small, big = setup
    out = base / "out-full"
    subprocess.run(build_cmd(small, out), check=True, capture_output=True)
    with left_as_it_was(out):
        proc = subprocess.run(
            build_cmd(big, out), capture_output=True, text=True, preexec_fn=_limit_file_size
        )
    assert proc.returncode == 1
    assert "error: could not write" in proc.stderr and "was left as it was" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert validate(out, frictionless=False).ok


def test_disk_full_during_write_in_process(
    setup: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import newstables
    from newstables import writer
    from newstables.pipeline import BuildError

    base, small, _ = setup
    out = base / "out-enospc"
    newstables.build(small, out, jobs=1)

    def full(self, table):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self.parquet_path))

    monkeypatch.setattr(writer.TableWriter, "write", full)
    with left_as_it_was(out), pytest.raises(BuildError, match="No space left on device"):
        newstables.build(small, out, jobs=1)


def test_two_builds_at_once_never_interleave(setup: tuple[Path, Path, Path]) -> None:
    base, small, big = setup
    out = base / "out-race"
    first = subprocess.Popen(build_cmd(big, out), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lock = base / ".out-race.lock"
    deadline = time.monotonic() + 60
    while not (lock.exists() and lock.read_text().strip()) and time.monotonic() < deadline:
        time.sleep(0.05)  # until the first build holds the lock (it writes its pid there)
    second = subprocess.run(build_cmd(small, out), capture_output=True, text=True)
    assert second.returncode == 1 and "another build is writing" in second.stderr
    waiting = subprocess.Popen(
        build_cmd(small, out, "--wait", "300"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert first.wait() == 0
    assert waiting.wait() == 0
    report = validate(out, frictionless=False)
    assert report.ok and report.checked["articles"] == 12  # the waiting build finished last
    shutil.rmtree(out)
