"""The benchmark's corpus is what the targets are stated for: articles of about 300 words
on average, no two alike (so the cache can serve none of them)."""

from __future__ import annotations

import importlib.util
import statistics
from pathlib import Path
from types import ModuleType

from conftest import FIXTURES, REPO


def _bench_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench", REPO / "bench" / "bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_corpus_articles_average_the_words_asked_for(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    nbytes, mean_words = _bench_module().make_corpus(raw, 300, 300, FIXTURES / "wikinews")
    files = sorted(raw.rglob("*.txt"))
    bodies = [p.read_text(encoding="utf-8").split("\n\n\n", 1)[1] for p in files]
    counted = [len(b.split()) for b in bodies]
    assert len(files) == 300 and nbytes == sum(p.stat().st_size for p in files)
    assert statistics.mean(counted) == mean_words
    assert abs(mean_words - 300) < 15
    assert len(set(bodies)) == len(bodies)
