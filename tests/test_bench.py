"""The benchmark's corpus is what the targets are stated for: articles of about 300 words
on average, no two alike (so the cache can serve none of them)."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from conftest import FIXTURES, REPO, module_from_file


def test_corpus_articles_average_the_words_asked_for(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    nbytes, mean_words = module_from_file("bench", REPO / "bench" / "bench.py").make_corpus(
        raw, 300, 300, FIXTURES / "wikinews"
    )
    files = sorted(raw.rglob("*.txt"))
    bodies = [p.read_text(encoding="utf-8").split("\n\n\n", 1)[1] for p in files]
    counted = [len(b.split()) for b in bodies]
    assert len(files) == 300 and nbytes == sum(p.stat().st_size for p in files)
    assert statistics.mean(counted) == mean_words
    assert abs(mean_words - 300) < 15
    assert len(set(bodies)) == len(bodies)


def test_extraction_rate_empties_the_caches_before_each_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each timed pass over the same texts starts as on unseen ones: no parsed name run of
    the pass before serves it."""
    from newstables import mentions

    bench = module_from_file("bench", REPO / "bench" / "bench.py")
    files = sorted((FIXTURES / "wikinews").glob("*.txt"))[:3]
    texts = [p.read_text(encoding="utf-8").split(3 * "\n", 1)[-1] for p in files]
    cleared: list[int] = []
    real = mentions.clear_caches

    def counted() -> None:
        cleared.append(1)
        real()

    monkeypatch.setattr(mentions, "clear_caches", counted)
    assert bench.extract_rate(texts, passes=3) > 0
    assert len(cleared) == 3


def test_timed_passes_run_under_the_builds_collector_settings_then_restore_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Both extractors are timed as a build's workers extract (loaded objects frozen, young
    collections every GC_YOUNG_THRESHOLD allocations); the process's own settings come back
    after."""
    import gc

    from newstables import extract
    from newstables.collector import GC_YOUNG_THRESHOLD

    bench = module_from_file("bench", REPO / "bench" / "bench.py")
    texts = [
        p.read_text(encoding="utf-8").split(3 * "\n", 1)[-1]
        for p in sorted((FIXTURES / "wikinews").glob("*.txt"))[:2]
    ]
    before = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    seen: list[tuple[int, bool]] = []
    real = extract.extract_text

    def watched(text: str, *args: object, **kwargs: object) -> object:
        seen.append((gc.get_threshold()[0], gc.get_freeze_count() > frozen_before))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(extract, "extract_text", watched)
    assert bench.extract_rate(texts, passes=2) > 0
    warm_up, timed = seen[: len(texts)], seen[len(texts) :]
    assert len(timed) == 2 * len(texts)
    assert all(s == (GC_YOUNG_THRESHOLD, True) for s in timed)
    assert all(s == (before[0], False) for s in warm_up)
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen_before


def test_a_builds_cpu_time_counts_its_workers(tmp_path: Path) -> None:
    """run_build reports the build's CPU time (its own and its workers') beside its wall time."""
    import shutil
    import sys

    if shutil.which("newstables", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("no newstables command beside this interpreter")
    bench = module_from_file("bench", REPO / "bench" / "bench.py")
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in sorted((FIXTURES / "wikinews").glob("*.txt")):
        shutil.copy(p, raw / p.name)
    one = bench.run_build(raw, tmp_path / "one", 1)
    assert one["cpu"] > 0.1 and one["wall"] > 0
    assert set(one) >= {"wall", "cpu", "peak_mib", "extract", "validate"}


def test_the_report_pairs_each_round_and_says_how_busy_the_cores_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With --repeat, the speed-up of each back-to-back pair of builds is printed beside the
    medians', with the work ratio and how busy the parallel build kept the cores."""
    import shutil
    import sys

    if shutil.which("newstables", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("no newstables command beside this interpreter")
    bench = module_from_file("bench", REPO / "bench" / "bench.py")
    monkeypatch.setattr(bench.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(bench.tempfile, "tempdir", str(tmp_path))
    args = ["--articles", "60", "--repeat", "2", "--no-spacy", "--source", str(FIXTURES / "wikinews")]
    monkeypatch.setattr(sys, "argv", ["bench.py", *args])
    bench.main()
    out = capsys.readouterr().out
    rounds = next(line for line in out.splitlines() if "rounds, speed-up:" in line)
    assert len(rounds.split(":", 1)[1].split(",")) == 2
    busy = next(line for line in out.splitlines() if line.startswith("cores busy during the 2-job build:"))
    assert int(busy.rsplit(" ", 1)[1].rstrip("%")) > 0
    assert "outputs byte-identical: True" in out
