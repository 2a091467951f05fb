"""Assemble table rows from raw articles and their extractions, as Arrow tables.

Row shapes follow ``schema/``; ids are derived from content and position only, so they are the
same on every rebuild, in any worker, whatever order the files are listed in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from newstables import metadata
from newstables.extract import ArticleExtraction
from newstables.reader import RawArticle, Reject


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
        "word_count": len(a.text.split()),
    }


def quotes_table(articles: Sequence[RawArticle], extractions: Sequence[ArticleExtraction]) -> pa.Table:
    found = [(a.article_id, ext.quotes) for a, ext in zip(articles, extractions, strict=True)]
    return _extracted_table("quotes", "quote_id", "q", found)


def figures_table(articles: Sequence[RawArticle], extractions: Sequence[ArticleExtraction]) -> pa.Table:
    found = [(a.article_id, ext.figures) for a, ext in zip(articles, extractions, strict=True)]
    return _extracted_table("figures", "figure_id", "f", found)


def _extracted_table(
    name: str, id_column: str, tag: str, found: list[tuple[str, list[dict[str, Any]]]]
) -> pa.Table:
    """Extracted rows with their ids (``<article_id>-<tag><start>-<end>``) and article ids.
    The two id columns are set on the converted table, not merged into every row's dict
    first: that copying cost as much as the conversion."""
    schema = metadata.table(name).arrow_schema()
    article_ids: list[str] = []
    rows: list[dict[str, Any]] = []
    for article_id, extracted in found:
        article_ids.extend([article_id] * len(extracted))
        rows.extend(extracted)
    ids = [f"{a}-{tag}{r['start']}-{r['end']}" for a, r in zip(article_ids, rows, strict=True)]
    # Converted as one struct array (id columns null for now): Arrow reads the dicts in C++,
    # where Table.from_pylist gathered each column in a loop of its own (figures: 1.7x faster)
    struct = pa.array(rows, type=pa.struct(list(schema)))
    table = pa.Table.from_batches([pa.RecordBatch.from_struct_array(struct)]).replace_schema_metadata(
        schema.metadata
    )
    for column, values in ((id_column, ids), ("article_id", article_ids)):
        i = schema.get_field_index(column)
        table = table.set_column(i, schema.field(i), pa.array(values, schema.field(i).type))
    return table


def reject_row(r: Reject) -> dict[str, Any]:
    return {"source": r.source, "reason": r.reason, "detail": r.detail}


@dataclass
class SpeakerTally:
    """Speakers across the whole build: names, kinds and roles voted by frequency."""

    names: dict[str, Counter[str]] = field(default_factory=dict)
    kinds: dict[str, Counter[str]] = field(default_factory=dict)
    roles: dict[str, Counter[str]] = field(default_factory=dict)
    quotes: Counter[str] = field(default_factory=Counter)
    articles: Counter[str] = field(default_factory=Counter)

    def add(self, ext: ArticleExtraction) -> None:
        for speaker_id, (name, kind, roles) in ext.speakers.items():
            if speaker_id not in self.names:  # not setdefault(..., Counter()): a Counter per call
                self.names[speaker_id], self.kinds[speaker_id], self.roles[speaker_id] = (
                    Counter(),
                    Counter(),
                    Counter(),
                )
            self.names[speaker_id][name] += 1
            self.kinds[speaker_id][kind] += 1
            if roles:
                self.roles[speaker_id].update(roles)
            self.articles[speaker_id] += 1
        self.quotes.update(q["speaker_id"] for q in ext.quotes if q["speaker_id"] is not None)

    def rows(self) -> list[dict[str, Any]]:
        return [
            {
                "speaker_id": sid,
                "name": _vote(self.names[sid]),
                "kind": _vote(self.kinds[sid]),
                "roles": " | ".join(r for r, _ in _ranked(self.roles[sid])[:5]) or None,
                "quote_count": count,
                "article_count": self.articles[sid],
            }
            for sid, count in sorted(self.quotes.items())
        ]


def _rank(kv: tuple[str, int]) -> tuple[int, str]:
    return -kv[1], kv[0]


def _ranked(counter: Counter[str]) -> list[tuple[str, int]]:
    """Most frequent first; ties in sort order."""
    return sorted(counter.items(), key=_rank)


def _vote(counter: Counter[str]) -> str:
    """The first of ``_ranked``, without sorting: most speakers have one name and one kind (a
    build's speakers table is made after its last batch, while the workers wait)."""
    if len(counter) == 1:
        return next(iter(counter))
    return min(counter.items(), key=_rank)[0]


def to_arrow(table_name: str, rows: Iterable[dict[str, Any]]) -> pa.Table:
    """Rows as an Arrow table with exactly the schema's columns, order and types."""
    schema = metadata.table(table_name).arrow_schema()
    return pa.Table.from_pylist(list(rows), schema=schema)  # keys not in the schema are left out
