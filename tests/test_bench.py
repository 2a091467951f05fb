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
