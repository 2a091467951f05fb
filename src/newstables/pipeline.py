"""The build: read raw -> extract -> assemble tables -> validate -> write, in batches.

Data flows one way. Memory is bounded by a batch plus the set of ids seen (for keys) and the
speaker tally. Extraction, the expensive step, runs in worker processes when ``jobs > 1``;
results come back in input order, so the output is byte-identical whatever ``jobs`` is.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from newstables import assemble, validation
from newstables.extract import ArticleExtraction, extract_text
from newstables.reader import DEFAULT_MAX_BYTES, RawArticle, Reject, dedupe, list_inputs, read_file
from newstables.validation import Report
from newstables.writer import (
    TableWriter,
    build_lock,
    created_timestamp,
    descriptor,
    publish,
    staging_folder,
    write_json,
)

BATCH_ARTICLES = 2000
CHUNK_ARTICLES = 50  # articles per task handed to a worker process
DATA_TABLES = ("articles", "speakers", "quotes", "figures")


class BuildError(RuntimeError):
    """The build failed; the previous output folder is untouched."""

    def __init__(self, message: str, report: Report | None = None) -> None:
        super().__init__(message)
        self.report = report


@dataclass
class BuildResult:
    out_dir: Path
    read: int = 0
    built: int = 0
    rejected: int = 0
    ignored: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    rejects: list[Reject] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        stages = ", ".join(f"{k} {v:.2f}s" for k, v in self.seconds.items())
        tables = ", ".join(f"{k} {v}" for k, v in self.rows.items() if k in DATA_TABLES)
        ignored = f" (ignored {self.ignored} non-article files)" if self.ignored else ""
        return (
            f"read {self.read}, built {self.built}, rejected {self.rejected}{ignored}\n"
            f"rows: {tables}\ntime: {stages}"
        )


def _extract_chunk(chunk: list[tuple[str, dt.date]]) -> list[ArticleExtraction]:
    return [extract_text(text, date) for text, date in chunk]


class _Extractor:
    """Maps article batches to extractions, in a process pool when jobs > 1."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.pool = None
        if jobs > 1:
            self.pool = multiprocessing.get_context("fork").Pool(jobs)

    def __call__(self, articles: list[RawArticle]) -> list[ArticleExtraction]:
        items = [(a.text, a.date) for a in articles]
        if self.pool is None or len(items) <= CHUNK_ARTICLES:
            return _extract_chunk(items)
        chunks = [items[i : i + CHUNK_ARTICLES] for i in range(0, len(items), CHUNK_ARTICLES)]
        return [e for part in self.pool.imap(_extract_chunk, chunks) for e in part]

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


def _progress(total: int, enabled: bool) -> tuple[Callable[[int], None], Callable[[], None]]:
    if not enabled:
        return (lambda n: None), (lambda: None)
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from newstables.progress import RateColumn

    bar = Progress(
        TextColumn("building"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeRemainingColumn(),
        transient=True,
    )
    task = bar.add_task("build", total=total)
    bar.start()
    return (lambda n: bar.advance(task, n)), bar.stop


def build(
    raw_dir: str | Path = "raw",
    out_dir: str | Path = "build",
    *,
    strict: bool = False,
    jobs: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
    wait: float = 0.0,
    root_descriptor: str | Path | None = None,
    warn: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build the tables from ``raw_dir`` into ``out_dir``; mirrors ``newstables build``.

    Raises :class:`BuildError` when validation fails, or with ``strict`` when any input is
    rejected; ``out_dir`` is then left exactly as it was.
    """
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    if not raw_dir.is_dir():
        raise BuildError(f"raw folder {raw_dir} does not exist or is not a folder")
    warn = warn or (lambda msg: print(msg, file=sys.stderr))
    jobs = jobs or os.cpu_count() or 1
    with build_lock(out_dir, wait):
        tmp = staging_folder(out_dir)
        try:
            result = _build_into(raw_dir, tmp, out_dir, strict, jobs, max_bytes, progress, warn)
            publish(tmp, out_dir)
        except OSError as exc:  # a full disk, a file size limit, a vanished folder
            shutil.rmtree(tmp, ignore_errors=True)
            where = exc.filename or tmp
            raise BuildError(
                f"could not write {where}: {exc.strerror or exc}; {out_dir} was left as it was"
            ) from exc
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        if root_descriptor is not None:
            root = Path(root_descriptor)
            prefix = os.path.relpath(out_dir, root.parent).replace(os.sep, "/") + "/"
            write_json(root, descriptor(out_dir, result.rows, _created(out_dir), prefix))
    return result


def _created(folder: Path) -> str:
    import json

    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))["created"]


def _build_into(
    raw_dir: Path,
    tmp: Path,
    out_dir: Path,
    strict: bool,
    jobs: int,
    max_bytes: int,
    show_progress: bool,
    warn: Callable[[str], None],
) -> BuildResult:
    result = BuildResult(out_dir)
    timer = {"read": 0.0, "extract": 0.0, "validate": 0.0, "write": 0.0}
    t0 = time.perf_counter()
    inputs, ignored = list_inputs(raw_dir)
    result.ignored = len(ignored)
    advance, stop_progress = _progress(len(inputs), show_progress and sys.stderr.isatty())

    def items() -> Iterator[RawArticle | Reject]:
        for path in inputs:
            yield from read_file(path, raw_dir, max_bytes)
            advance(1)

    writers = {name: TableWriter(name, tmp) for name in (*DATA_TABLES, "rejects")}
    extractor = _Extractor(jobs if len(inputs) > CHUNK_ARTICLES else 1)
    report = Report()
    article_ids: set[str] = set()
    quoted_speakers: set[str] = set()
    texts_seen: set[str] = set()
    tally = assemble.SpeakerTally()
    latest: dt.date | None = None
    offsets = dict.fromkeys(DATA_TABLES, 0)
    timer["read"] += time.perf_counter() - t0
    try:
        stream = dedupe(items())
        while True:
            t = time.perf_counter()
            batch = _next_batch(stream)
            timer["read"] += time.perf_counter() - t
            if not batch:
                break
            articles = [x for x in batch if isinstance(x, RawArticle)]
            rejects = [x for x in batch if isinstance(x, Reject)]
            for r in rejects:
                warn(r.message())
            result.rejects.extend(rejects)
            result.read += len(batch)
            result.built += len(articles)
            result.rejected += len(rejects)
            texts_seen.update(x.source for x in batch)

            t = time.perf_counter()
            extractions = extractor(articles)
            timer["extract"] += time.perf_counter() - t

            t = time.perf_counter()
            tables = _assemble_batch(articles, extractions, tally)
            tables["rejects"] = assemble.to_arrow("rejects", map(assemble.reject_row, rejects))
            article_ids.update(a.article_id for a in articles)
            texts = {a.article_id: a.text for a in articles}
            for name in DATA_TABLES:
                if name == "speakers":
                    continue
                tbl = tables[name]
                report.extend(validation.check_frame(name, validation.frame(name, tbl), offsets[name]))
                if name in ("quotes", "figures"):
                    report.extend(validation.check_spans(name, tbl, texts, offsets[name]))
                    report.extend(
                        validation.check_foreign(
                            name,
                            "article_id",
                            tbl.column("article_id").to_pylist(),
                            article_ids,
                            "articles",
                            offsets[name],
                        )
                    )
            quoted_speakers.update(s for s in tables["quotes"].column("speaker_id").to_pylist() if s)
            if articles:
                latest = max([latest, *(a.date for a in articles)] if latest else [a.date for a in articles])
            timer["validate"] += time.perf_counter() - t

            t = time.perf_counter()
            for name, tbl in tables.items():
                writers[name].write(tbl)
                if name in offsets:
                    offsets[name] += tbl.num_rows
            timer["write"] += time.perf_counter() - t
        t = time.perf_counter()
        speakers = assemble.to_arrow("speakers", tally.rows())
        report.extend(validation.check_frame("speakers", validation.frame("speakers", speakers)))
        known = set(speakers.column("speaker_id").to_pylist())
        report.extend(
            validation.check_foreign("quotes", "speaker_id", sorted(quoted_speakers), known, "speakers")
        )
        timer["validate"] += time.perf_counter() - t
        t = time.perf_counter()
        writers["speakers"].write(speakers)
    finally:
        extractor.close()
        for w in writers.values():
            w.close()
        stop_progress()
    result.rows = {name: w.rows for name, w in writers.items()}
    report.extend(_accounting(result, texts_seen, inputs, raw_dir))
    if not report.ok:
        raise BuildError(f"validation failed; {out_dir} was left as it was\n{report.summary()}", report)
    if strict and result.rejects:
        raise BuildError(f"--strict: {len(result.rejects)} input(s) rejected; {out_dir} was left as it was")
    write_json(tmp / "datapackage.json", descriptor(tmp, result.rows, created_timestamp(latest)))
    timer["write"] += time.perf_counter() - t
    result.seconds = timer
    return result


def _next_batch(stream: Iterator[RawArticle | Reject]) -> list[RawArticle | Reject]:
    batch: list[RawArticle | Reject] = []
    n_articles = 0
    for item in stream:
        batch.append(item)
        if isinstance(item, RawArticle):
            n_articles += 1
            if n_articles >= BATCH_ARTICLES:
                break
    return batch


def _assemble_batch(
    articles: list[RawArticle], extractions: list[ArticleExtraction], tally: assemble.SpeakerTally
) -> dict[str, pa.Table]:
    quotes, figures = [], []
    for a, ext in zip(articles, extractions, strict=True):
        quotes.extend(assemble.quote_rows(a.article_id, ext))
        figures.extend(assemble.figure_rows(a.article_id, ext))
        tally.add(ext)
    return {
        "articles": assemble.to_arrow("articles", map(assemble.article_row, articles)),
        "quotes": assemble.to_arrow("quotes", quotes),
        "figures": assemble.to_arrow("figures", figures),
    }


def _accounting(
    result: BuildResult, sources: set[str], inputs: list[Path], raw_dir: Path
) -> list[validation.Failure]:
    """Nothing is lost: every input file is in the articles or the rejects table."""
    failures = []
    if result.read != result.built + result.rejected:
        failures.append(
            validation.Failure(
                "articles",
                None,
                "accounting",
                None,
                None,
                f"read {result.read} != built {result.built} + rejected {result.rejected}",
            )
        )
    files_seen = {s.split("#", 1)[0] for s in sources}
    for path in inputs:
        rel = path.relative_to(raw_dir).as_posix()
        if rel not in files_seen:
            failures.append(
                validation.Failure(
                    "articles",
                    "source",
                    "accounting",
                    None,
                    rel,
                    "input file is in neither articles nor rejects",
                )
            )
    return failures
