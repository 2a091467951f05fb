from __future__ import annotations

import csv
import os
import shutil
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import newstables
from conftest import EXPECTED_REJECTS, MAX_BYTES, digests, left_as_it_was, within
from newstables.pipeline import BuildError

TABLES = ("articles", "speakers", "quotes", "figures", "rejects")


def test_build_writes_every_table_in_both_formats(good_raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = newstables.build(good_raw, out, jobs=1)
    assert result.read == result.built == 4 and result.rejected == 0
    for t in TABLES:
        assert pq.read_table(out / f"{t}.parquet").num_rows == result.rows[t]
        with (out / f"{t}.csv").open(newline="", encoding="utf-8") as fh:
            assert sum(1 for _ in csv.reader(fh)) == result.rows[t] + 1
    assert (out / "datapackage.json").is_file()
    assert result.rows["quotes"] > 10 and result.rows["figures"] > 10


def test_parquet_types_are_explicit(good_raw: Path, tmp_path: Path) -> None:
    newstables.build(good_raw, tmp_path / "out", jobs=1)
    schema = pq.read_schema(tmp_path / "out" / "figures.parquet")
    assert str(schema.field("start").type) == "int64" and not schema.field("start").nullable
    assert str(schema.field("value").type) == "double" and schema.field("value").nullable
    assert str(pq.read_schema(tmp_path / "out" / "articles.parquet").field("date").type) == "date32[day]"


def test_bad_inputs_are_rejected_and_accounted_for(mixed_raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    messages: list[str] = []
    result = newstables.build(mixed_raw, out, jobs=1, max_bytes=MAX_BYTES, warn=messages.append)
    with (out / "rejects.csv").open(newline="", encoding="utf-8") as fh:
        rejects = {row["source"]: row["reason"] for row in csv.DictReader(fh)}
    assert rejects == EXPECTED_REJECTS
    assert result.read == result.built + result.rejected
    assert result.rejected == len(EXPECTED_REJECTS)
    # one line on stderr per reject, naming the file and the reason
    for source, reason in EXPECTED_REJECTS.items():
        assert any(source in m and reason in m for m in messages), source
    sources = set(pq.read_table(out / "articles.parquet").column("source").to_pylist())
    assert "ok_bom_crlf.txt" in sources and "bad/bad.jsonl#1" in sources


def test_strict_fails_and_leaves_previous_build(mixed_raw: Path, good_raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    newstables.build(good_raw, out, jobs=1)
    with left_as_it_was(out), pytest.raises(BuildError, match="--strict"):
        newstables.build(mixed_raw, out, jobs=1, strict=True, max_bytes=MAX_BYTES)


def test_two_builds_are_byte_identical_and_jobs_do_not_matter(good_raw: Path, tmp_path: Path) -> None:
    newstables.build(good_raw, tmp_path / "a", jobs=1)
    newstables.build(good_raw, tmp_path / "b", jobs=1)
    assert digests(tmp_path / "a") == digests(tmp_path / "b")
    import newstables.pipeline as pipeline

    old = pipeline.CHUNK_ARTICLES
    pipeline.CHUNK_ARTICLES = 1  # force the process pool even on four articles
    try:
        newstables.build(good_raw, tmp_path / "c", jobs=2)
    finally:
        pipeline.CHUNK_ARTICLES = old
    assert digests(tmp_path / "a") == digests(tmp_path / "c")


def kill_worker(chunk: object, weekdays: bool = False) -> bytes:
    os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
    return b""


def test_a_killed_worker_fails_the_build_and_leaves_the_output(
    good_raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newstables.pipeline as pipeline

    out = tmp_path / "out"
    newstables.build(good_raw, out, jobs=1)
    monkeypatch.setattr(pipeline, "CHUNK_ARTICLES", 1)  # the pool even on four articles
    monkeypatch.setattr(pipeline, "_extract_chunk_pickled", kill_worker)
    with left_as_it_was(out), pytest.raises(BuildError, match="worker process ended abruptly"):
        within(60, lambda: newstables.build(good_raw, out, jobs=2, cache=False))  # it hung before


def test_small_batches_are_shared_among_the_workers() -> None:
    import datetime as dt

    import newstables.pipeline as pipeline

    class Pool:  # records the tasks instead of running them
        def map(self, chunks: list[list[object]]) -> Callable[[], list[object]]:
            self.sizes = [len(c) for c in chunks]
            return list

    extractor = pipeline._Extractor(jobs=1)
    pool = Pool()
    extractor.pool, extractor.jobs = pool, 2  # type: ignore[assignment]
    day = dt.date(2021, 1, 1)
    extractor._start([("The mayor said so.", day)] * 5)
    assert pool.sizes == [3, 2]  # both workers, not all five in this process after the batch before
    extractor._start([("The mayor said so.", day)] * 120)
    assert pool.sizes == [pipeline.CHUNK_ARTICLES] * 2 + [20]


def test_a_batch_goes_to_the_extractor_in_pieces_while_it_is_read() -> None:
    import datetime as dt

    import newstables.pipeline as pipeline
    from newstables.reader import RawArticle, Reject

    day = dt.date(2021, 1, 1)
    items = [RawArticle(f"a{i}", f"{i}.txt", day, "text") for i in range(450)]
    items.insert(3, Reject("bad.txt", "empty", "no text"))
    stream = iter(items)
    pieces: list[list[str]] = []

    def submit(articles: list[RawArticle]) -> Callable[[], list[str]]:
        pieces.append([a.article_id for a in articles])
        return lambda: [f"extraction of {a.article_id}" for a in articles]

    batch, waiting = pipeline._next_batch(stream, 420, submit)
    assert batch == items[:421]  # 420 articles and the reject read among them
    assert [len(p) for p in pieces] == [pipeline.PIECE_ARTICLES] * 2 + [20]
    assert waiting() == [f"extraction of a{i}" for i in range(420)]
    rest, waiting = pipeline._next_batch(stream, 420, submit)
    assert rest == items[421:] and [len(p) for p in pieces[3:]] == [30]
    assert len(waiting()) == 30


def test_opening_the_writers_does_not_import_pandas(tmp_path: Path) -> None:
    """pandas (0.14 s) is imported once the workers have work; the writers open before."""
    import subprocess
    import sys

    from newstables import metadata, writer

    for name in metadata.table_names():
        schema = metadata.table(name).arrow_schema()
        assert writer._csv_schema(schema) == writer._csv_table(schema.empty_table()).schema
    code = (
        "import sys, pathlib; from newstables import metadata, writer\n"
        f"for n in metadata.table_names(): writer.TableWriter(n, pathlib.Path({str(tmp_path)!r})).close()\n"
        "print('pandas' in sys.modules)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "False"


def test_adding_an_article_keeps_other_ids(good_raw: Path, tmp_path: Path) -> None:
    newstables.build(good_raw, tmp_path / "a", jobs=1)
    (good_raw / "aaa_new.txt").write_text(" date 2022-01-01\n\nThe mayor said the road would reopen.\n")
    newstables.build(good_raw, tmp_path / "b", jobs=1)
    for table, key in (("articles", "article_id"), ("quotes", "quote_id"), ("figures", "figure_id")):
        a = set(pq.read_table(tmp_path / "a" / f"{table}.parquet").column(key).to_pylist())
        b = set(pq.read_table(tmp_path / "b" / f"{table}.parquet").column(key).to_pylist())
        assert a <= b, table


def test_created_is_deterministic(good_raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    newstables.build(good_raw, tmp_path / "a", jobs=1)
    created = json.loads((tmp_path / "a" / "datapackage.json").read_text())["created"]
    assert created.endswith("T00:00:00Z")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    newstables.build(good_raw, tmp_path / "b", jobs=1)
    assert json.loads((tmp_path / "b" / "datapackage.json").read_text())["created"] == "2023-11-14T22:13:20Z"


def test_missing_raw_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="does not exist"):
        newstables.build(tmp_path / "nope", tmp_path / "out")


def test_root_descriptor_points_into_the_build(good_raw: Path, tmp_path: Path) -> None:
    import json

    newstables.build(good_raw, tmp_path / "build", jobs=1, root_descriptor=tmp_path / "datapackage.json")
    root = json.loads((tmp_path / "datapackage.json").read_text())
    assert all(r["path"].startswith("build/") for r in root["resources"])
    inner = json.loads((tmp_path / "build" / "datapackage.json").read_text())
    assert [r["hash"] for r in root["resources"]] == [r["hash"] for r in inner["resources"]]


def test_failed_validation_leaves_previous_build(
    good_raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    newstables.build(good_raw, out, jobs=1)
    import newstables.pipeline as pipeline
    from newstables.extract import ArticleExtraction

    real = pipeline.extract_text

    def broken(text, date, weekdays=False):  # a buggy extractor: every span off by one
        ext = real(text, date, weekdays)
        quotes = [{**q, "start": q["start"] + 1} for q in ext.quotes]
        return ArticleExtraction.from_dicts(quotes, ext.figures, ext.speakers)

    monkeypatch.setattr(pipeline, "extract_text", broken)
    with left_as_it_was(out), pytest.raises(BuildError) as exc:
        newstables.build(good_raw, out, jobs=1, cache=False)  # the cache would hide the bug
    assert exc.value.report is not None and not exc.value.report.ok
    assert "quotes.start" in exc.value.report.summary()
    shutil.rmtree(out)


def test_a_column_of_the_wrong_type_fails_the_build(
    good_raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The batch check compares each Arrow table's columns and types with the schema (Pandera,
    in the build, checks the values only): a table assembled with a wrong type is named."""
    import pyarrow as pa

    from newstables import assemble

    real = assemble.figures_table

    def narrowed(articles, extractions):  # an assembly bug: int32 offsets where int64 are due
        table = real(articles, extractions)
        i = table.schema.get_field_index("start")
        return table.set_column(i, pa.field("start", pa.int32()), table.column(i).cast(pa.int32()))

    monkeypatch.setattr(assemble, "figures_table", narrowed)
    with pytest.raises(BuildError) as exc:
        newstables.build(good_raw, tmp_path / "out", jobs=1, cache=False)
    assert exc.value.report is not None
    assert "figures.start: type value 'int32': the schema has int64 not null" in exc.value.report.summary()


def test_check_types_names_columns_out_of_order() -> None:
    from newstables import metadata
    from newstables.validation import check_types

    schema = metadata.table("speakers").arrow_schema()
    good = schema.empty_table()
    assert check_types("speakers", good) == []
    (failure,) = check_types("speakers", good.select(list(reversed(schema.names))))
    assert failure.check == "columns" and failure.value == ", ".join(reversed(schema.names))


def test_build_gives_the_garbage_collector_back_its_heap(good_raw: Path, tmp_path: Path) -> None:
    """The build freezes what it imported while it runs (for speed) and unfreezes it at the
    end, even when the build fails; a host process's own freeze is left as it was."""
    import gc

    assert gc.get_freeze_count() == 0
    newstables.build(good_raw, tmp_path / "a", jobs=1)
    assert gc.get_freeze_count() == 0
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.txt").write_bytes(b"\xff\xfe not an article")
    with pytest.raises(BuildError):
        newstables.build(tmp_path / "bad", tmp_path / "b", jobs=1, strict=True)
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        held = gc.get_freeze_count()
        newstables.build(good_raw, tmp_path / "c", jobs=1)
        assert gc.get_freeze_count() == held
    finally:
        gc.unfreeze()


def test_build_gives_the_garbage_collector_back_its_settings(
    good_raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build's process runs without automatic collections (for speed), and the host's
    thresholds and enabled state are back afterwards, even when the build fails."""
    import gc

    from newstables import pipeline

    host = (900, 11, 12)
    before = gc.get_threshold()
    seen: list[bool] = []
    extract = pipeline.extract_text

    def watched(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return extract(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "extract_text", watched)
    gc.set_threshold(*host)
    try:
        newstables.build(good_raw, tmp_path / "a", jobs=1)
        assert gc.get_threshold() == host and gc.isenabled()
        assert seen and not any(seen)
        (tmp_path / "bad").mkdir()
        (tmp_path / "bad" / "x.txt").write_bytes(b"\xff\xfe not an article")
        with pytest.raises(BuildError):
            newstables.build(tmp_path / "bad", tmp_path / "b", jobs=1, strict=True)
        assert gc.get_threshold() == host and gc.isenabled()
        gc.disable()  # a host that runs without collections keeps it so
        newstables.build(good_raw, tmp_path / "c", jobs=1)
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.set_threshold(*before)


def test_the_main_process_collects_between_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Young generations are collected once COLLECT_EVERY_ARTICLES articles have been written
    since the last collection, never in the middle of a batch."""
    import gc

    from newstables import collector

    collected: list[int] = []
    monkeypatch.setattr(collector, "COLLECT_EVERY_ARTICLES", 10)
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
    settings = collector.BuildCollections()
    try:
        for n in (4, 4, 4, 4, 4, 1):
            settings.batch_done(n)
        assert collected == [1]  # after 12 articles; the next 9 wait for more
        settings.batch_done(1)
        assert collected == [1, 1]
    finally:
        settings.close()


@pytest.mark.parametrize("cached", [True, False])
@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_the_extractor_raises_on_is_a_reject_and_the_build_goes_on(
    good_raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int, cached: bool
) -> None:
    import newstables.pipeline as pipeline

    real = pipeline.extract_text

    def flaky(text: str, *args: object) -> object:
        if "TRIP THE EXTRACTOR" in text:
            raise KeyError("almoſt")
        return real(text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "extract_text", flaky)
    monkeypatch.setattr(pipeline, "CHUNK_ARTICLES", 1)  # the process pool even on five articles
    (good_raw / "trips.txt").write_text(" date 2021-03-04 \n\nTRIP THE EXTRACTOR, he said.\n")
    messages: list[str] = []
    out = tmp_path / "out"
    cache = tmp_path / "c.sqlite" if cached else False
    result = newstables.build(good_raw, out, jobs=jobs, warn=messages.append, cache=cache)
    with (out / "rejects.csv").open(newline="", encoding="utf-8") as fh:
        (row,) = list(csv.DictReader(fh))
    assert (row["source"], row["reason"]) == ("trips.txt", "extraction_error")
    assert row["detail"].startswith("KeyError: 'almoſt' (at test_build.py:")
    assert any("trips.txt" in m and "extraction_error" in m for m in messages)
    assert (result.read, result.built, result.rejected) == (5, 4, 1)
    assert "trips.txt" not in pq.read_table(out / "articles.parquet").column("source").to_pylist()
    # the other articles are as a build without it gives them
    (good_raw / "trips.txt").unlink()
    newstables.build(good_raw, tmp_path / "plain", jobs=1, cache=False)
    for name in ("articles", "quotes", "figures", "speakers"):
        assert (out / f"{name}.csv").read_bytes() == (tmp_path / "plain" / f"{name}.csv").read_bytes()
    with pytest.raises(BuildError, match="--strict"):
        (good_raw / "trips.txt").write_text(" date 2021-03-04 \n\nTRIP THE EXTRACTOR, he said.\n")
        newstables.build(good_raw, tmp_path / "strict", jobs=jobs, strict=True, cache=cache)


def test_speakers_are_voted_across_articles() -> None:
    """A speaker's name and kind are the most frequent across articles, ties to the first in
    sort order; roles the five most frequent; counts are quotes and articles."""
    from newstables.assemble import SpeakerTally
    from newstables.extract import ArticleExtraction

    def article(name: str, kind: str, roles: list[str], quotes: int) -> ArticleExtraction:
        quoted = [{"speaker_id": "sid"}] * quotes
        return ArticleExtraction.from_dicts(quotes=quoted, speakers={"sid": (name, kind, roles)})

    tally = SpeakerTally()
    for ext in (
        article("Bo Li", "person", ["mayor"], 2),
        article("Li", "person", ["a", "b", "c", "d", "e", "f"], 1),
        article("Li", "organization", [], 1),
        article("Bo Li", "organization", ["mayor", "f"], 1),
        article("Zed", "group", [], 0),
    ):
        tally.add(ext)
    assert tally.rows() == [
        {
            "speaker_id": "sid",
            "name": "Bo Li",  # 2 to 2 (and 1): "Bo Li" sorts before "Li"
            "kind": "organization",  # 2 to 2 for "person"
            "roles": "f | mayor | a | b | c",  # 2, 2, then 1 each
            "quote_count": 5,
            "article_count": 5,
        }
    ]


def test_roles_differing_only_in_case_are_one() -> None:
    from newstables.assemble import SpeakerTally
    from newstables.extract import ArticleExtraction

    tally = SpeakerTally()
    for roles in (["Mayor of London"], ["mayor of London", "MP"], ["mayor of London"], ["MP"], ["mp"]):
        tally.add(
            ArticleExtraction.from_dicts(
                quotes=[{"speaker_id": "sid"}], speakers={"sid": ("Sadiq Khan", "person", roles)}
            )
        )
    # 3 articles (written as two of them write it), then 3 ("MP" twice, "mp" once)
    assert tally.rows()[0]["roles"] == "MP | mayor of London"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="renameat2 is Linux's")
def test_publishing_over_a_build_swaps_the_folders_in_one_step(tmp_path: Path) -> None:
    """On Linux the new folder takes the old one's place in one rename (RENAME_EXCHANGE), so
    no reader ever finds the output folder missing."""
    from newstables.folders import _exchange

    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "a").write_text("new")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "a").write_text("old")
    assert _exchange(tmp_path / "new", tmp_path / "old")
    assert (tmp_path / "old" / "a").read_text() == "new"
    assert (tmp_path / "new" / "a").read_text() == "old"
