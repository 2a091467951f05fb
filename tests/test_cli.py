from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, MAX_BYTES
from newstables import __version__
from newstables.cli import main


def run(*args: str) -> object:
    return CliRunner().invoke(main, list(args))


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


@pytest.mark.parametrize("command", [[], ["build"], ["validate"], ["evaluate"]])
def test_help_has_examples(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.output and "newstables" in result.output


def test_python_dash_m_runs_the_same_command_line() -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "newstables", "--version"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0 and proc.stdout.startswith("newstables") and __version__ in proc.stdout


def test_the_program_is_run_and_run_freezes_the_heap_before_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc
    from importlib.metadata import entry_points

    from newstables import cli

    (script,) = entry_points(group="console_scripts", name="newstables")
    assert script.value == "newstables.cli:run"
    monkeypatch.setattr("sys.argv", ["newstables", "--version"])
    gc.unfreeze()
    try:
        with pytest.raises(SystemExit) as exit_:
            cli.run()
        assert exit_.value.code == 0
        assert gc.get_freeze_count() > 0  # the final collections skip the heap
    finally:
        gc.unfreeze()


def test_build_and_strict(mixed_raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    ok = run("build", str(mixed_raw), "--out", str(out), "--jobs", "1", "--max-bytes", str(MAX_BYTES))
    assert ok.exit_code == 0, ok.output
    assert "rejected 12" in ok.output and "rejected bad/latin1.txt: not_utf8" in ok.output
    strict = run("build", str(mixed_raw), "--out", str(out), "--strict", "--max-bytes", str(MAX_BYTES), "-q")
    assert strict.exit_code == 1 and "--strict" in strict.output


def test_build_into_locked_folder_fails_clearly(good_raw: Path, tmp_path: Path) -> None:
    from newstables.folders import build_lock

    out = tmp_path / "out"
    with build_lock(out):
        result = run("build", str(good_raw), "--out", str(out), "-q")
    assert result.exit_code == 1 and "another build is writing" in result.output


def test_evaluate_prints_scores() -> None:
    result = run("evaluate", str(FIXTURES / "gold" / "seed.jsonl"))
    assert result.exit_code == 0
    assert "quotes@0.3" in result.output and "speaker accuracy 1.000" in result.output


def test_build_defaults_are_the_api_defaults() -> None:
    import inspect

    from newstables.cli import build
    from newstables.pipeline import build as api_build

    api = inspect.signature(api_build).parameters
    cli = {p.name: p.default for p in build.params}
    assert cli["max_bytes"] == api["max_bytes"].default
    assert cli["part_rows"] == api["part_rows"].default
