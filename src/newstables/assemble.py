"""Assemble table rows from raw articles and their extractions, as Arrow tables.

Row shapes follow ``schema/``; ids are derived from content and position only, so they are the
same on every rebuild, in any worker, whatever order the files are listed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from newstables import metadata
from newstables.extract import QUOTE_FIELDS, SPEAKER_ID, ArticleExtraction
from newstables.figures import FIGURE_FIELDS
from newstables.reader import RawArticle, Reject
from newstables.segment import word_count


def article_row(a: RawArticle) -> dict[str, Any]:
    return {
        "article_id": a.article_id,
        "source": a.source,
        "date": a.date,
        "text": a.text,
        "title": a.title,
        "url": a.url,
        "publisher": a.publisher,
        "author": a.author,
        "language": a.language,
        "word_count": word_count(a.text),
    }


def quotes_table(articles: Sequence[RawArticle], extractions: Sequence[ArticleExtraction]) -> pa.Table:
    found = [(a.article_id, ext.quote_rows) for a, ext in zip(articles, extractions, strict=True)]
    return _extracted_table("quotes", "quote_id", "q", QUOTE_FIELDS, found)


def figures_table(articles: Sequence[RawArticle], extractions: Sequence[ArticleExtraction]) -> pa.Table:
    found = [(a.article_id, ext.figure_rows) for a, ext in zip(articles, extractions, strict=True)]
    return _extracted_table("figures", "figure_id", "f", FIGURE_FIELDS, found)


def _extracted_table(
    name: str,
    id_column: str,
    tag: str,
    fields: tuple[str, ...],
    found: list[tuple[str, list[tuple[Any, ...]]]],
) -> pa.Table:
    """Extracted rows (tuples of ``fields``) with their ids (``<article_id>-<tag><start>-<end>``)
    and article ids, as a table with the schema's columns. Arrow converts the rows in C++ as
    one struct array (where Table.from_pylist gathered each column in a loop of its own)."""
    schema = metadata.table(name).arrow_schema()
    start, end = fields.index("start"), fields.index("end")
    article_ids: list[str] = []
    rows: list[tuple[Any, ...]] = []
    for article_id, extracted in found:
        article_ids.extend([article_id] * len(extracted))
        rows.extend(extracted)
    ids = [f"{a}-{tag}{r[start]}-{r[end]}" for a, r in zip(article_ids, rows, strict=True)]
    # fields outside the schema (the quote's speaker name) are converted as text, then left out
    struct_type = pa.struct(
        [schema.field(f) if f in schema.names else pa.field(f, pa.string()) for f in fields]
    )
    struct = pa.array(rows, type=struct_type)
    columns = dict(zip(fields, struct.flatten(), strict=True))
    columns[id_column] = pa.array(ids, pa.string())
    columns["article_id"] = pa.array(article_ids, pa.string())
    return pa.Table.from_arrays([columns[f.name] for f in schema], schema=schema)


def reject_row(r: Reject) -> dict[str, Any]:
    return {"source": r.source, "reason": r.reason, "detail": r.detail}


@dataclass
class SpeakerTally:
    """Speakers across the whole build: names, kinds and roles voted by frequency.

    Counts are plain dicts, not Counters: ``Counter[key] += 1`` runs ``__missing__`` in Python
    for every new key, and the tally sees every speaker of every article in the main process
    (8.3 -> 4.7 us an article)."""

    names: dict[str, dict[str, int]] = field(default_factory=dict)
    kinds: dict[str, dict[str, int]] = field(default_factory=dict)
    roles: dict[str, dict[str, int]] = field(default_factory=dict)
    quotes: dict[str, int] = field(default_factory=dict)
    articles: dict[str, int] = field(default_factory=dict)

    def add(self, ext: ArticleExtraction) -> None:
        names, kinds, all_roles, articles = self.names, self.kinds, self.roles, self.articles
        for speaker_id, (name, kind, roles) in ext.speakers.items():
            seen = names.get(speaker_id)
            if seen is None:
                names[speaker_id], kinds[speaker_id] = {name: 1}, {kind: 1}
                all_roles[speaker_id] = dict.fromkeys(roles, 1)  # an article lists a role once
                articles[speaker_id] = 1
                continue
            seen[name] = seen.get(name, 0) + 1
            voted = kinds[speaker_id]
            voted[kind] = voted.get(kind, 0) + 1
            counted = all_roles[speaker_id]
            for role in roles:
                counted[role] = counted.get(role, 0) + 1
            articles[speaker_id] += 1
        quotes = self.quotes
        for row in ext.quote_rows:
            speaker_id = row[SPEAKER_ID]
            if speaker_id is not None:
                quotes[speaker_id] = quotes.get(speaker_id, 0) + 1

    def rows(self) -> list[dict[str, Any]]:
        return [
            {
                "speaker_id": sid,
                "name": _vote(self.names[sid]),
                "kind": _vote(self.kinds[sid]),
                "roles": " | ".join(r for r, _ in _ranked(_case_folded(self.roles[sid]))[:5]) or None,
                "quote_count": count,
                "article_count": self.articles[sid],
            }
            for sid, count in sorted(self.quotes.items())
        ]


def _rank(kv: tuple[str, int]) -> tuple[int, str]:
    return -kv[1], kv[0]


def _case_folded(counter: dict[str, int]) -> dict[str, int]:
    """Spellings of a role that differ only in case ("Mayor of London", "mayor of London") as
    one, written as most articles write it, with their counts summed."""
    if len(counter) < 2:
        return counter
    groups: dict[str, dict[str, int]] = {}
    for role, n in counter.items():
        groups.setdefault(role.casefold(), {})[role] = n
    if len(groups) == len(counter):
        return counter
    return {_vote(spellings): sum(spellings.values()) for spellings in groups.values()}


def _ranked(counter: dict[str, int]) -> list[tuple[str, int]]:
    """Most frequent first; ties in sort order."""
    return sorted(counter.items(), key=_rank)


def _vote(counter: dict[str, int]) -> str:
    """The first of ``_ranked``, without sorting: most speakers have one name and one kind (a
    build's speakers table is made after its last batch, while the workers wait)."""
    if len(counter) == 1:
        return next(iter(counter))
    return min(counter.items(), key=_rank)[0]


def to_arrow(table_name: str, rows: Iterable[dict[str, Any]]) -> pa.Table:
    """Rows as an Arrow table with exactly the schema's columns, order and types."""
    schema = metadata.table(table_name).arrow_schema()
    return pa.Table.from_pylist(list(rows), schema=schema)  # keys not in the schema are left out
