"""The extraction cache: a rebuild after adding 1% new articles costs about 1% of a build.

Entries are keyed by the article's date and text and by the extractor's fingerprint, a hash
of the extractor's code and word lists. Any change to either invalidates every entry without
anyone having to remember to bump a version. One SQLite file: a million small files would
cost more than the extraction they save.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
import sqlite3
from functools import cache
from importlib import resources
from pathlib import Path

from newstables.extract import ArticleExtraction

# The modules whose code decides what extraction gives, and the word lists they read.
EXTRACTOR_MODULES = ("extract", "quotes", "mentions", "roles", "segment", "figures", "lexicon")


@cache
def extractor_fingerprint() -> str:
    h = hashlib.sha256()
    pkg = resources.files("newstables")
    for name in EXTRACTOR_MODULES:
        h.update((pkg / f"{name}.py").read_bytes())
    for entry in sorted((pkg / "data").iterdir(), key=lambda p: p.name):
        h.update(entry.name.encode())
        h.update(entry.read_bytes())
    return h.hexdigest()[:16]


def article_key(text: str, date: dt.date, variant: str = "") -> str:
    """``variant`` names extraction options that change the output ("weekdays")."""
    key = f"{extractor_fingerprint()}\n{variant}\n{date.isoformat()}\n{text}"
    return hashlib.sha256(key.encode()).hexdigest()


class ExtractionCache:
    """Get and put extractions by key; safe to share between builds of the same user."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=60)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, value BLOB)")
        self.hits = 0
        self.misses = 0

    def get_many(self, keys: list[str]) -> dict[str, ArticleExtraction]:
        found: dict[str, ArticleExtraction] = {}
        for i in range(0, len(keys), 500):  # SQLite caps the parameters of one query
            part = keys[i : i + 500]
            marks = ",".join("?" * len(part))
            for key, value in self.db.execute(
                f"SELECT key, value FROM extraction WHERE key IN ({marks})", part
            ):
                found[key] = pickle.loads(value)
        self.hits += len(found)
        self.misses += len(set(keys) - set(found))
        return found

    def put_many(self, items: dict[str, ArticleExtraction]) -> None:
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO extraction (key, value) VALUES (?, ?)",
                [(k, pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) for k, v in items.items()],
            )

    def close(self) -> None:
        self.db.close()
