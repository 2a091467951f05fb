"""The build: read raw -> extract -> assemble tables -> validate -> write, in batches.

Data flows one way. Memory is bounded by a batch plus the set of ids seen (for keys) and the
speaker tally. Extraction, the expensive step, is shared with worker processes when ``jobs > 1``;
results come back in input order, so the output is byte-identical whatever ``jobs`` is.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import pickle
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newstables import collector, metadata
from newstables.extract import ArticleExtraction, extract_text
from newstables.folders import (
    DEFAULT_PART_ROWS,
    BackgroundFlush,
    build_lock,
    publish,
    staging_folder,
    write_json,
)
from newstables.reader import DEFAULT_MAX_BYTES, RawArticle, Reject, Source, dedupe, read_input
from newstables.workshare import SharedPool

# Imported here for type checking only. A build imports Arrow (assemble, writer) once its first
# batch is at the worker processes, which the pool forks at its first task: copies of a process
# without Arrow, they start extracting ~0.11 s sooner (0.15 s after start, from 0.26) and
# without Arrow's memory and threads. The checks need pandas and pandera, over a second to
# import; a build imports them once the workers are extracting the first batches.
if TYPE_CHECKING:
    import pyarrow as pa

    from newstables import assemble, validation
    from newstables.validation import Report
    from newstables.writer import TableWriter

# Articles per batch: a Parquet row group, and a round of checks, whose fixed cost (Pandera's,
# ~12 ms a table) made 3% of a one-job build at 2,000 (2% at 4,000; the benchmark's peak memory
# of a one-job build of 20,000 articles 314 -> 342 MiB, of 1,000,000 with two jobs 676 -> 640).
BATCH_ARTICLES = 4000
LAST_BATCH_ARTICLES = 200
CHUNK_ARTICLES = 50  # articles per task handed to a worker process
PIECE_ARTICLES = 200  # a batch goes to the extractor this many articles at a time, as it is read
DATA_TABLES = tuple(name for name in metadata.table_names() if name != "rejects")  # schema order


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
    parts: dict[str, list[str]] = field(default_factory=dict)  # table -> Parquet file names
    rejects: list[Reject] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    cache: str = ""  # cache use, when a cache was used
    descriptor: dict[str, Any] = field(default_factory=dict)  # what datapackage.json holds

    def summary(self) -> str:
        stages = ", ".join(f"{k} {v:.2f}s" for k, v in self.seconds.items())
        tables = ", ".join(f"{k} {v}" for k, v in self.rows.items() if k in DATA_TABLES)
        ignored = f" (ignored {self.ignored} non-article files)" if self.ignored else ""
        return (
            f"read {self.read}, built {self.built}, rejected {self.rejected}{ignored}\n"
            f"rows: {tables}\ntime: {stages}" + (f"\n{self.cache}" if self.cache else "")
        )


@dataclass(frozen=True)
class ExtractionFailed:
    """An article the extractor raised on: it becomes a reject (``extraction_error``) and the
    build goes on, rather than one article stopping a build of millions."""

    detail: str


def _extract_one(text: str, date: dt.date, weekdays: bool) -> ArticleExtraction | ExtractionFailed:
    try:
        return extract_text(text, date, weekdays)
    except Exception as exc:  # an extractor bug: report it with where it happened
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        return ExtractionFailed(f"{type(exc).__name__}: {exc} (at {where}; please report it)")


Extracted = ArticleExtraction | ExtractionFailed


def _extract_chunk(chunk: list[tuple[str, dt.date]], weekdays: bool = False) -> list[Extracted]:
    return [_extract_one(text, date, weekdays) for text, date in chunk]


def _extract_chunk_pickled(chunk: list[tuple[str, dt.date]], weekdays: bool = False) -> bytes:
    """A pool worker's task: the extractions, pickled here. Returned as objects, they were
    unpickled by the pool's result thread in the main process, holding the GIL while the main
    thread validated and wrote; as bytes, the main thread unpickles a batch when it takes it
    (a pool of two over 6,000 articles: 2.9 -> 2.75 s)."""
    return pickle.dumps(_extract_chunk(chunk, weekdays), protocol=pickle.HIGHEST_PROTOCOL)


class _Extractor:
    """Maps article batches to extractions: from the cache when it has them, else in this
    process, in ``jobs`` processes (this one and ``jobs - 1`` workers, see
    :mod:`newstables.workshare`) or on a Dask cluster (``scheduler``). Results come back in
    input order whichever runs them, so the output does not depend on it.

    ``submit`` starts a batch and returns a callable that waits for its results, so the
    workers extract the next batch while this process validates and writes the last one.
    """

    def __init__(
        self, jobs: int, scheduler: str | None = None, cache_path: Path | None = None, weekdays: bool = False
    ) -> None:
        self.work = functools.partial(_extract_chunk, weekdays=weekdays)
        self.pool_work = functools.partial(_extract_chunk_pickled, weekdays=weekdays)
        self.variant = "weekdays" if weekdays else ""
        self.jobs = jobs
        self.pool: SharedPool[tuple[str, dt.date], Extracted] | None = None
        self.client = None
        if scheduler:
            from dask.distributed import Client

            self.client = Client(scheduler)
        elif jobs > 1:
            self.pool = SharedPool(jobs, self.work, self.pool_work, initializer=_start_worker)
        self.cache = None
        if cache_path is not None:
            from newstables.cache import ExtractionCache

            self.cache = ExtractionCache(cache_path)

    def submit(self, articles: list[RawArticle]) -> Callable[[], list[Extracted]]:
        if self.cache is None:
            return self._start([(a.text, a.date) for a in articles])
        from newstables.cache import article_key

        cache = self.cache
        keys = [article_key(a.text, a.date, self.variant) for a in articles]
        found = cache.get_many(keys)
        todo = [i for i, k in enumerate(keys) if k not in found]
        running = self._start([(articles[i].text, articles[i].date) for i in todo])

        def result() -> list[Extracted]:
            fresh = dict(zip((keys[i] for i in todo), running(), strict=True))
            # a failure is not kept: the next build tries the article again
            cache.put_many({k: ext for k, ext in fresh.items() if isinstance(ext, ArticleExtraction)})
            out: dict[str, Extracted] = {**found, **fresh}
            return [out[k] for k in keys]

        return result

    def _start(self, items: list[tuple[str, dt.date]]) -> Callable[[], list[Extracted]]:
        """Hand ``items`` to the workers now; the callable returned waits for the results."""
        client, pool, work = self.client, self.pool, self.work
        if client is not None and items:
            futures = client.map(work, _chunks(items, CHUNK_ARTICLES), pure=False)
            return lambda: [e for part in client.gather(futures) for e in part]
        if pool is None or not items:
            return lambda: work(items)  # in this process: nothing runs meanwhile
        # Small batches (the last ones) are split too, so that each of the jobs processes gets a
        # part (one chunk, run here after the batch before was written, left the workers idle).
        size = min(CHUNK_ARTICLES, -(-len(items) // self.jobs))
        return pool.map(_chunks(items, size))

    def stats(self) -> str:
        if self.cache is None:
            return ""
        return f"cache: {self.cache.hits} reused, {self.cache.misses} extracted"

    def release(self) -> None:
        """The last batch is extracted: worker processes may exit now."""
        if self.pool is not None:
            self.pool.release()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
        if self.client is not None:
            self.client.close()
        if self.cache is not None:
            self.cache.close()


def _chunks(items: list[tuple[str, dt.date]], size: int) -> list[list[tuple[str, dt.date]]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


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


@dataclass
class BuildOptions:
    strict: bool = False
    jobs: int = 1
    max_bytes: int = DEFAULT_MAX_BYTES
    progress: bool = False
    warn: Callable[[str], None] = print
    scheduler: str | None = None  # a Dask scheduler address: tcp://HOST:PORT
    cache: Path | None = None  # the extraction cache file; None: no cache
    part_rows: int = DEFAULT_PART_ROWS  # Parquet rows per part file
    weekdays: bool = False  # date "on Tuesday" from the article date


def default_cache(out_dir: str | Path) -> Path:
    """Beside the output, so builds of the same project share it."""
    out = Path(str(out_dir)) if "://" not in str(out_dir) else Path(".")
    return out.parent / ".newstables-cache.sqlite"


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
    scheduler: str | None = None,
    cache: str | Path | bool = True,
    part_rows: int = DEFAULT_PART_ROWS,
    weekday_dates: bool = False,
) -> BuildResult:
    """Build the tables from ``raw_dir`` into ``out_dir``; mirrors ``newstables build``.

    ``raw_dir`` and ``out_dir`` may be local paths or fsspec URLs (s3://, gs://, ...).
    ``cache=True`` keeps extractions beside the output (a path chooses the file), so a
    rebuild only extracts new or changed articles. ``scheduler`` runs extraction on a Dask
    cluster. Raises :class:`BuildError` when validation fails, or with ``strict`` when any
    input is rejected; ``out_dir`` is then left exactly as it was.
    """
    source = Source(raw_dir)
    if not source.exists():
        raise BuildError(f"raw folder {raw_dir} does not exist or is not a folder")
    options = BuildOptions(
        strict=strict,
        jobs=jobs or os.cpu_count() or 1,
        max_bytes=max_bytes,
        progress=progress,
        warn=warn or (lambda msg: print(msg, file=sys.stderr)),
        scheduler=scheduler,
        cache=(default_cache(out_dir) if cache is True else Path(cache)) if cache else None,
        part_rows=part_rows,
        weekdays=weekday_dates,
    )
    remote = "://" in str(out_dir) and not str(out_dir).startswith("file://")
    local_out = (
        Path(tempfile.mkdtemp(prefix="newstables-out-")) / "build"
        if remote
        else Path(str(out_dir).removeprefix("file://"))
    )
    try:
        result = _build_locked(source, local_out, options, wait, root_descriptor)
        if remote:
            _upload(local_out, str(out_dir))
            result.out_dir = Path(str(out_dir))
    finally:
        if remote:
            shutil.rmtree(local_out.parent, ignore_errors=True)
    return result


def _upload(local: Path, url: str) -> None:
    """Copy a finished build to a remote location: beside it first, then into place. Object
    stores have no atomic rename; readers see the old or the new files, never a partial one
    under the final name."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    root = root.rstrip("/")
    staging = f"{root}.tmp-{os.getpid()}"
    fs.put(str(local), staging, recursive=True)
    if fs.exists(root):
        fs.rm(root, recursive=True)
    fs.mv(staging, root, recursive=True)


def _build_locked(
    source: Source, out_dir: Path, options: BuildOptions, wait: float, root_descriptor: str | Path | None
) -> BuildResult:
    with build_lock(out_dir, wait):
        tmp = staging_folder(out_dir)
        try:
            result = _build_into(source, tmp, out_dir, options)
            publish(tmp, out_dir)
        except OSError as exc:  # a full disk, a file size limit, a vanished folder
            shutil.rmtree(tmp, ignore_errors=True)
            where = exc.filename or tmp
            raise BuildError(
                f"could not write {where}: {exc.strerror or exc}; {out_dir} was left as it was"
            ) from exc
        except BrokenProcessPool as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise BuildError(
                f"a worker process ended abruptly (killed, or out of memory?); {out_dir} was left"
                " as it was. Try again, or with fewer --jobs"
            ) from exc
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        if root_descriptor is not None:
            root = Path(root_descriptor)
            prefix = os.path.relpath(out_dir, root.parent).replace(os.sep, "/") + "/"
            from newstables.writer import relocated

            write_json(root, relocated(result.descriptor, prefix))
    return result


def _build_into(source: Source, tmp: Path, out_dir: Path, options: BuildOptions) -> BuildResult:
    result = BuildResult(out_dir)
    warn = options.warn
    timer = {"read": 0.0, "extract": 0.0, "validate": 0.0, "write": 0.0}
    t0 = time.perf_counter()
    inputs, ignored = source.list()
    result.ignored = len(ignored)
    advance, stop_progress = _progress(len(inputs), options.progress and sys.stderr.isatty())

    files_read = [0]  # progress counts files once their batch is written, not when read
    files_done = [0]

    def items() -> Iterator[RawArticle | Reject]:
        for rel in inputs:
            yield from read_input(source, rel, options.max_bytes)
            files_read[0] += 1

    def submitted_batches() -> Iterator[_Pending]:
        """Batches read, counted and handed to the extractor, one at a time."""
        stream = dedupe(items())
        while True:
            t = time.perf_counter()
            done = files_read[0]
            per_file = result.read / done if done else 1.0  # .jsonl files hold many
            size = _batch_size((len(inputs) - done) * per_file) if done else BATCH_ARTICLES
            submitting = [0.0]  # seconds spent handing articles to the extractor
            submit = functools.partial(_timed, extractor.submit, submitting)
            batch, waiting = _next_batch(stream, size, submit)
            timer["read"] += time.perf_counter() - t - submitting[0]
            timer["extract"] += submitting[0]
            if not batch:
                return
            articles = [x for x in batch if isinstance(x, RawArticle)]
            rejects = [x for x in batch if isinstance(x, Reject)]
            for r in rejects:
                warn(r.message())
            result.rejects.extend(rejects)
            result.read += len(batch)
            result.built += len(articles)
            result.rejected += len(rejects)
            texts_seen.update(x.source for x in batch)
            yield _Pending(articles, rejects, waiting, files_read[0])

    jobs = options.jobs if len(inputs) > CHUNK_ARTICLES else 1
    extractor = _Extractor(jobs, options.scheduler, options.cache, options.weekdays)
    writers: dict[str, TableWriter] = {}
    flush = BackgroundFlush(tmp)
    failures: list[validation.Failure] = []
    article_ids: set[str] = set()
    quoted_speakers: set[str] = set()
    texts_seen: set[str] = set()
    latest: dt.date | None = None
    offsets = dict.fromkeys(DATA_TABLES, 0)
    gc_settings = collector.BuildCollections()
    timer["read"] += time.perf_counter() - t0
    try:
        batches = submitted_batches()
        pending = next(batches, None)
        # the first batch is at the workers: now Arrow (see the imports at the top)
        t = time.perf_counter()
        from newstables import assemble
        from newstables.writer import TableWriter, created_timestamp, descriptor

        for name in (*DATA_TABLES, "rejects"):
            writers[name] = TableWriter(name, tmp, options.part_rows)
        tally = assemble.SpeakerTally()
        timer["write"] += time.perf_counter() - t
        # One batch is extracted (by the workers) while the one before it is assembled,
        # validated and written here: with a pool, neither side waits for the other.
        while pending is not None:
            upcoming = next(batches, None)
            articles, rejects = pending.articles, pending.rejects
            t = time.perf_counter()
            results = pending.extractions()
            if upcoming is None:
                extractor.release()
            timer["extract"] += time.perf_counter() - t
            articles, extractions, failed = _split_failures(articles, results)
            for r in failed:
                warn(r.message())
            result.rejects.extend(failed)
            result.built -= len(failed)
            result.rejected += len(failed)
            rejects = rejects + failed

            t = time.perf_counter()
            tables = _assemble_batch(articles, extractions, tally)
            tables["rejects"] = assemble.to_arrow("rejects", map(assemble.reject_row, rejects))
            article_ids.update(a.article_id for a in articles)
            failures.extend(
                _check_batch(tables, {a.article_id: a.text for a in articles}, article_ids, offsets)
            )
            gc_settings.freeze_imports()
            quoted_speakers.update(s for s in tables["quotes"].column("speaker_id").to_pylist() if s)
            latest = max([a.date for a in articles] + ([latest] if latest else []), default=None)
            timer["validate"] += time.perf_counter() - t

            t = time.perf_counter()
            for name, tbl in tables.items():
                writers[name].write(tbl)
                if name in offsets:
                    offsets[name] += tbl.num_rows
            flush.ask()
            timer["write"] += time.perf_counter() - t
            advance(pending.files_read - files_done[0])
            files_done[0] = pending.files_read
            pending = upcoming
            written = len(articles)
            del articles, results, extractions, tables  # the batch's objects, before a collection
            if pending is not None:
                gc_settings.batch_done(written)
        t = time.perf_counter()
        speakers = assemble.to_arrow("speakers", tally.rows())
        failures.extend(_check_speakers(speakers, quoted_speakers))
        timer["validate"] += time.perf_counter() - t
        t = time.perf_counter()
        writers["speakers"].write(speakers)
    finally:
        gc_settings.close()
        extractor.close()
        flush.close()
        for w in writers.values():
            w.close()
        stop_progress()
    result.rows = {name: w.rows for name, w in writers.items()}
    result.parts = {name: w.parts for name, w in writers.items()}
    result.cache = extractor.stats()
    from newstables.validation import Report

    report = Report(failures + _accounting(result, texts_seen, inputs))
    if not report.ok:
        raise BuildError(f"validation failed; {out_dir} was left as it was\n{report.summary()}", report)
    if options.strict and result.rejects:
        raise BuildError(f"--strict: {len(result.rejects)} input(s) rejected; {out_dir} was left as it was")
    digests = {name: w.digests() for name, w in writers.items()}
    result.descriptor = descriptor(tmp, result.rows, created_timestamp(latest), result.parts, digests)
    write_json(tmp / "datapackage.json", result.descriptor)
    timer["write"] += time.perf_counter() - t
    result.seconds = timer
    return result


@dataclass
class _Pending:
    """A batch handed to the extractor, waiting to be assembled, validated and written."""

    articles: list[RawArticle]
    rejects: list[Reject]
    extractions: Callable[[], list[Extracted]]
    files_read: int  # input files read when the batch was complete, for the progress bar


def _split_failures(
    articles: list[RawArticle], extractions: list[Extracted]
) -> tuple[list[RawArticle], list[ArticleExtraction], list[Reject]]:
    """The articles extracted, their extractions, and the rejects of those the extractor
    raised on."""
    kept, done, failed = [], [], []
    for a, ext in zip(articles, extractions, strict=True):
        if isinstance(ext, ExtractionFailed):
            failed.append(Reject(a.source, "extraction_error", ext.detail))
        else:
            kept.append(a)
            done.append(ext)
    return kept, done, failed


def _start_worker() -> None:
    """A pool worker's first step (see :func:`newstables.collector.start_worker`)."""
    collector.start_worker()


def _next_batch(
    stream: Iterator[RawArticle | Reject],
    size: int,
    submit: Callable[[list[RawArticle]], Callable[[], list[Extracted]]],
) -> tuple[list[RawArticle | Reject], Callable[[], list[Extracted]]]:
    """The next ``size`` articles (with the rejects read among them) and a callable that waits
    for their extractions. The articles go to ``submit`` PIECE_ARTICLES at a time while the
    rest are read, so that at the start of a build the workers are not idle while a whole
    batch is read (0.12 s for 2,000 files)."""
    batch: list[RawArticle | Reject] = []
    piece: list[RawArticle] = []
    running = []
    n_articles = 0
    for item in stream:
        batch.append(item)
        if isinstance(item, RawArticle):
            piece.append(item)
            n_articles += 1
            if n_articles >= size:
                break
            if len(piece) == PIECE_ARTICLES:
                running.append(submit(piece))
                piece = []
    if piece:
        running.append(submit(piece))
    return batch, lambda: [e for wait in running for e in wait()]


def _timed(fn: Callable[[Any], Any], spent: list[float], *args: Any) -> Any:
    """``fn(*args)``, adding the seconds it took to ``spent[0]``."""
    t = time.perf_counter()
    try:
        return fn(*args)
    finally:
        spent[0] += time.perf_counter() - t


def _batch_size(articles_left: float) -> int:
    """BATCH_ARTICLES, halving over the last articles (to no fewer than LAST_BATCH_ARTICLES):
    the last batch is validated and written after the workers have finished, so the smaller
    it is, the shorter they sit idle. (The first batch is always a full one, before the
    articles per file are known, so a build of one batch stays one.)"""
    smallest = min(LAST_BATCH_ARTICLES, BATCH_ARTICLES)
    return int(max(smallest, min(BATCH_ARTICLES, articles_left // 2)))


def _assemble_batch(
    articles: list[RawArticle], extractions: list[ArticleExtraction], tally: assemble.SpeakerTally
) -> dict[str, pa.Table]:
    from newstables import assemble

    for ext in extractions:
        tally.add(ext)
    return {
        "articles": assemble.to_arrow("articles", map(assemble.article_row, articles)),
        "quotes": assemble.quotes_table(articles, extractions),
        "figures": assemble.figures_table(articles, extractions),
    }


def _check_batch(
    tables: dict[str, pa.Table], texts: dict[str, str], article_ids: set[str], offsets: dict[str, int]
) -> list[validation.Failure]:
    """Row checks on one batch of articles, quotes and figures, numbered from ``offsets``;
    speakers are checked once, whole, at the end."""
    from newstables import validation  # the first batch imports it, with the workers busy

    failures = []
    for name in ("articles", "quotes", "figures"):
        tbl, offset = tables[name], offsets[name]
        failures.extend(validation.check_table(name, tbl, offset))
        if name != "articles":
            ids = tbl.column("article_id").to_pylist()
            failures.extend(validation.check_spans(name, tbl, texts, offset))
            failures.extend(
                validation.check_foreign(name, "article_id", ids, article_ids, "articles", offset)
            )
    return failures


def _check_speakers(speakers: pa.Table, quoted_speakers: set[str]) -> list[validation.Failure]:
    """The speakers table, whole, and the quotes' speaker ids against it."""
    from newstables import validation

    known = set(speakers.column("speaker_id").to_pylist())
    return [
        *validation.check_table("speakers", speakers),
        *validation.check_foreign("quotes", "speaker_id", sorted(quoted_speakers), known, "speakers"),
    ]


def _accounting(result: BuildResult, sources: set[str], inputs: list[str]) -> list[validation.Failure]:
    """Nothing is lost: every input file is in the articles or the rejects table."""
    from newstables import validation

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
    for rel in inputs:
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
