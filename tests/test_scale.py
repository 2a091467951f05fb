"""Scale features: the extraction cache, Parquet parts, fsspec locations, a Dask cluster."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import newstables
from conftest import digests, serve
from newstables import cache as cache_module
from newstables.validation import validate


def test_cache_reuses_extractions_and_changes_nothing(good_raw: Path, tmp_path: Path) -> None:
    cache_file = tmp_path / "c.sqlite"
    first = newstables.build(good_raw, tmp_path / "a", jobs=1, cache=cache_file)
    assert first.cache == "cache: 0 reused, 4 extracted"
    (good_raw / "zz_new.txt").write_text(" date 2021-01-02\n\nThe mayor said the bridge would reopen.\n")
    second = newstables.build(good_raw, tmp_path / "b", jobs=1, cache=cache_file)
    assert second.cache == "cache: 4 reused, 1 extracted"  # only the new article costs extraction
    newstables.build(good_raw, tmp_path / "c", jobs=1, cache=False)
    assert digests(tmp_path / "b") == digests(tmp_path / "c")


def test_changing_the_extractor_invalidates_the_cache(
    good_raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_file = tmp_path / "c.sqlite"
    newstables.build(good_raw, tmp_path / "a", jobs=1, cache=cache_file)
    monkeypatch.setattr(cache_module, "extractor_fingerprint", lambda: "a-changed-extractor")
    again = newstables.build(good_raw, tmp_path / "b", jobs=1, cache=cache_file)
    assert again.cache == "cache: 0 reused, 4 extracted"


def test_fingerprint_covers_code_and_word_lists() -> None:
    fp = cache_module.extractor_fingerprint()
    assert len(fp) == 16
    assert "figures" in cache_module.EXTRACTOR_MODULES and "quotes" in cache_module.EXTRACTOR_MODULES


def _package_imports(module: str) -> set[str]:
    """The newstables modules ``module`` imports, read from its source."""
    import ast

    tree = ast.parse((Path(newstables.__file__).parent / f"{module}.py").read_text())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "newstables":
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("newstables."):
            found.add(node.module.split(".")[1])
    return found


def test_fingerprint_covers_every_module_the_extractor_imports() -> None:
    # a module left out would let a changed extractor reuse stale cached extractions
    seen, todo = set(), ["extract"]
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo.extend(_package_imports(module))
    assert seen <= set(cache_module.EXTRACTOR_MODULES), seen - set(cache_module.EXTRACTOR_MODULES)


def test_tables_in_parts(good_raw: Path, tmp_path: Path) -> None:
    whole = tmp_path / "whole"
    newstables.build(good_raw, whole, jobs=1, cache=False)
    out = tmp_path / "parts"
    result = newstables.build(good_raw, out, jobs=1, cache=False, part_rows=5)
    assert len(result.parts["figures"]) > 2 and result.parts["figures"][0] == "figures-00000.parquet"
    assert not (out / "figures.parquet").exists()
    descriptor = json.loads((out / "datapackage.json").read_text())
    res = next(r for r in descriptor["resources"] if r["name"] == "figures-parquet")
    assert res["path"] == result.parts["figures"]
    report = validate(out)
    assert report.ok, report.summary()
    a, b = newstables.load_all(whole), newstables.load_all(out)
    for name in a:
        assert a[name].equals(b[name]), name
    with serve(tmp_path) as base:  # a descriptor URL: every part is downloaded
        over_http = newstables.load_all(f"{base}/parts/datapackage.json")
    for name in a:
        assert a[name].equals(over_http[name]), name
    exe = Path(sys.executable).parent / "frictionless"
    proc = subprocess.run(
        [str(exe), "validate", str(out / "datapackage.json")], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout[-1500:]


def test_files_are_hashed_as_they_are_written(
    good_raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """datapackage.json's sizes and hashes are taken batch by batch as the files grow, parts
    included, and equal the finished files' (the descriptor is not allowed to read them
    again here, so a wrong running digest cannot be rescued)."""
    from newstables import pipeline, writer
    from newstables.digest import files_digest

    def no_reread(paths: list[Path]) -> tuple[int, str]:
        raise AssertionError(f"{paths} read again")

    monkeypatch.setattr(pipeline, "BATCH_ARTICLES", 1)
    monkeypatch.setattr(writer, "files_digest", no_reread)
    out = tmp_path / "out"
    newstables.build(good_raw, out, jobs=1, cache=False, part_rows=3)
    resources = json.loads((out / "datapackage.json").read_text())["resources"]
    assert any(isinstance(r["path"], list) for r in resources)  # parts were written
    for res in resources:
        paths = [res["path"]] if isinstance(res["path"], str) else res["path"]
        size, digest = files_digest([out / p for p in paths])
        assert (res["bytes"], res["hash"]) == (size, f"sha256:{digest}"), res["name"]


@pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")
def test_data_reaches_the_disk_while_the_build_goes_on(
    good_raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The staging folder is flushed (fsync) after each batch is written, in a thread, not
    only when it is published; a flush that fails is left to publishing to report."""
    from newstables import folders, pipeline

    flushed: list[tuple[str, bool]] = []
    fsync_tree = folders.fsync_tree

    def logged(folder: Path) -> None:
        flushed.append((folder.name, threading.current_thread() is threading.main_thread()))
        fsync_tree(folder)

    monkeypatch.setattr(pipeline, "BATCH_ARTICLES", 1)
    monkeypatch.setattr(folders, "fsync_tree", logged)
    out = tmp_path / "out"
    newstables.build(good_raw, out, jobs=1, cache=False)
    in_thread = [name for name, main in flushed if not main]
    assert in_thread and all(name.startswith(".out.tmp-") for name in in_thread)
    assert flushed[-1] == (in_thread[0], True)  # then publishing, on the main thread

    tried = threading.Event()

    def failing(folder: Path) -> None:
        tried.set()
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(folders, "fsync_tree", failing)
    flush = folders.BackgroundFlush(out)
    flush.ask()
    assert tried.wait(10)
    flush.close()  # the error stayed in the thread (an unhandled one fails this test)


def test_fsspec_locations(good_raw: Path, tmp_path: Path) -> None:
    import fsspec

    fs = fsspec.filesystem("memory")
    for p in sorted(good_raw.rglob("*.txt")):
        fs.pipe(f"/raw/{p.relative_to(good_raw).as_posix()}", p.read_bytes())
    newstables.build("memory://raw", "memory://out", jobs=1, cache=False)
    assert fs.exists("/out/quotes.parquet") and fs.exists("/out/datapackage.json")
    assert validate("memory://out", frictionless=False).ok
    local = tmp_path / "local"
    newstables.build(good_raw, local, jobs=1, cache=False)
    assert fs.cat("/out/quotes.parquet") == (local / "quotes.parquet").read_bytes()
    fs.rm("/raw", recursive=True)
    fs.rm("/out", recursive=True)


def test_dask_cluster_gives_the_same_build(good_raw: Path, tmp_path: Path) -> None:
    from dask.distributed import LocalCluster

    import newstables.pipeline as pipeline

    newstables.build(good_raw, tmp_path / "local", jobs=1, cache=False)
    old = pipeline.CHUNK_ARTICLES
    pipeline.CHUNK_ARTICLES = 1  # spread four articles over the workers
    try:
        with LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster:
            newstables.build(good_raw, tmp_path / "dask", cache=False, scheduler=cluster.scheduler_address)
    finally:
        pipeline.CHUNK_ARTICLES = old
    assert digests(tmp_path / "local") == digests(tmp_path / "dask")


def test_jsonl_is_streamed_and_limited_per_article(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    lines = [
        json.dumps({"date": "2021-01-01", "text": f"Article {i}: the mayor said roads would reopen."})
        for i in range(50)
    ]
    lines.insert(10, json.dumps({"date": "2021-01-01", "text": "x" * 5000}))
    (raw / "big.jsonl").write_text("\n".join(lines) + "\n")
    result = newstables.build(raw, tmp_path / "out", jobs=1, cache=False, max_bytes=1000)
    assert result.built == 50 and [r.reason for r in result.rejects] == ["too_large"]
    assert result.rejects[0].source == "big.jsonl#11"
    assert pq.read_table(tmp_path / "out" / "articles.parquet").num_rows == 50


def test_weekday_dates_on_request(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(" date 2021-07-15\n\nThe minister spoke on Tuesday about the plan.\n")
    plain = newstables.build(raw, tmp_path / "plain", jobs=1, cache=tmp_path / "c.sqlite")
    dated = newstables.build(raw, tmp_path / "dated", jobs=1, cache=tmp_path / "c.sqlite", weekday_dates=True)
    assert plain.rows["figures"] == 0 and dated.rows["figures"] == 1
    assert dated.cache == "cache: 0 reused, 1 extracted"  # the option is part of the cache key
    figures = pq.read_table(tmp_path / "dated" / "figures.parquet").to_pylist()
    assert (figures[0]["text"], figures[0]["date_value"]) == ("Tuesday", "2021-07-13")


def test_workers_start_before_pandas_is_imported() -> None:
    """The pipeline and the extractors import without pandas and pandera (over a second) or
    pyarrow, so a parallel build forks its workers first and imports them while the workers
    extract."""
    code = (
        "import sys, newstables.cli, newstables.pipeline, newstables.extract;"
        "print(sorted(m for m in ('pandas', 'pandera', 'pyarrow') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_workers_are_forked_before_arrow_is_imported(good_raw: Path, tmp_path: Path) -> None:
    """A parallel build's workers are copies of its process from before it imported Arrow (they
    start sooner, and without Arrow's memory and threads), and they still build the same
    tables."""
    code = (
        "import sys, newstables.pipeline as p\n"
        "start = p._start_worker\n"
        "def started():\n"
        "    print('pyarrow' in sys.modules, flush=True)\n"
        "    start()\n"
        "p._start_worker = started\n"
        "p.CHUNK_ARTICLES = 1\n"
        f"p.build({str(good_raw)!r}, {str(tmp_path / 'two')!r}, jobs=2, cache=False)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"]
    newstables.build(good_raw, tmp_path / "one", jobs=1, cache=False)
    for f in sorted((tmp_path / "one").iterdir()):
        assert (tmp_path / "two" / f.name).read_bytes() == f.read_bytes(), f.name


def test_workers_collect_garbage_although_the_main_process_does_not(good_raw: Path, tmp_path: Path) -> None:
    """A worker is forked from a build's main process, which runs without automatic
    collections; the worker turns them back on, with rarer young ones."""
    code = (
        "import gc, sys, newstables.pipeline as p\n"
        "start = p._start_worker\n"
        "def started():\n"
        "    start()\n"
        "    print(gc.isenabled(), gc.get_threshold()[0], flush=True)\n"
        "p._start_worker = started\n"
        "p.CHUNK_ARTICLES = 1\n"
        f"p.build({str(good_raw)!r}, {str(tmp_path / 'two')!r}, jobs=2, cache=False)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    from newstables.collector import GC_YOUNG_THRESHOLD

    assert out.stdout.split() == ["True", str(GC_YOUNG_THRESHOLD)]


def test_a_batch_is_extracted_while_the_last_one_is_written(
    good_raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches are submitted one ahead: the second batch is handed to the extractor before the
    first is written, and the tables are those of a build in one batch (Parquet row groups
    follow the batches, so the Parquet bytes differ; the CSV bytes do not)."""
    from newstables import pipeline, writer

    events: list[str] = []
    submit, write = pipeline._Extractor.submit, writer.TableWriter.write

    def logged_submit(self: pipeline._Extractor, articles: list) -> object:
        events.append(f"submit {len(articles)}")
        return submit(self, articles)

    def logged_write(self: writer.TableWriter, table: object) -> None:
        if self.name == "articles":
            events.append("write")
        write(self, table)

    monkeypatch.setattr(pipeline, "BATCH_ARTICLES", 1)
    monkeypatch.setattr(pipeline._Extractor, "submit", logged_submit)
    monkeypatch.setattr(writer.TableWriter, "write", logged_write)
    pipeline.build(good_raw, tmp_path / "a", jobs=1, cache=False)
    assert events[:3] == ["submit 1", "submit 1", "write"]
    monkeypatch.undo()
    pipeline.build(good_raw, tmp_path / "b", jobs=1, cache=False)
    for f in sorted((tmp_path / "b").glob("*.csv")):
        assert (tmp_path / "a" / f.name).read_bytes() == f.read_bytes(), f.name
    for f in sorted((tmp_path / "b").glob("*.parquet")):
        assert pq.read_table(tmp_path / "a" / f.name).equals(pq.read_table(f)), f.name


def test_batches_halve_over_the_last_articles() -> None:
    """The last batch is written after the workers are done: batches halve towards the end
    so it is small, and the sizes depend on the input alone (so do Parquet row groups)."""
    from newstables import pipeline

    sizes, left = [], 20_000
    while left > 0:
        size = min(pipeline._batch_size(left), left)
        sizes.append(size)
        left -= size
    assert pipeline.BATCH_ARTICLES == 4000
    assert sizes == [4000, 4000, 4000, 4000, 2000, 1000, 500, 250, 200, 50]
    assert pipeline._batch_size(0) == pipeline.LAST_BATCH_ARTICLES
