"""The ``newstables`` command line. Each command mirrors a function of the Python API."""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import click

from newstables import __version__

# these two modules are standard library only: the CLI starts fast
from newstables.folders import DEFAULT_PART_ROWS
from newstables.reader import DEFAULT_MAX_BYTES

DEFAULT_OUT = "build"


def _err(msg: str) -> None:
    click.echo(msg, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", "-V", prog_name="newstables")
def main() -> None:
    """Turn raw news articles into validated tables: articles, speakers, quotes, figures.

    \b
    Examples:
      newstables build                     # raw/ -> build/ and ./datapackage.json
      newstables validate build
      newstables evaluate gold/*.jsonl
    """


@main.command()
@click.argument("raw_dir", default="raw")
@click.option(
    "--out",
    "out_dir",
    default=None,
    help=f"Output folder or fsspec URL (default: {DEFAULT_OUT}/, which also refreshes ./datapackage.json).",
)
@click.option("--strict", is_flag=True, help="Fail (exit 1) if any input is rejected.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that extract: this one and N - 1 workers (default: all cores).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Reject input files (or .jsonl lines) larger than this.",
)
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=0.0,
    show_default=True,
    help="Seconds to wait for another build of the same output to finish.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no per-file reject lines.")
@click.option(
    "--scheduler",
    default=None,
    metavar="tcp://HOST:PORT",
    help="Run extraction on this Dask distributed cluster.",
)
@click.option(
    "--cache",
    "cache_path",
    default=None,
    help="Extraction cache file (default: .newstables-cache.sqlite beside the output).",
)
@click.option("--no-cache", is_flag=True, help="Extract every article again; read and keep no cache.")
@click.option(
    "--weekday-dates",
    is_flag=True,
    help='Also date weekdays ("on Tuesday": that day before the article date) as figures.',
)
@click.option(
    "--part-rows",
    type=click.IntRange(min=1),
    default=DEFAULT_PART_ROWS,
    show_default=True,
    help="Write a table's Parquet in parts of at most this many rows.",
)
def build(
    raw_dir: str,
    out_dir: str | None,
    strict: bool,
    jobs: int | None,
    max_bytes: int,
    wait: float,
    quiet: bool,
    scheduler: str | None,
    cache_path: str | None,
    no_cache: bool,
    part_rows: int,
    weekday_dates: bool,
) -> None:
    """Build the tables from RAW_DIR (default raw/; a folder or an fsspec URL).

    Writes OUT/<table>.parquet, OUT/<table>.csv, OUT/rejects.csv and OUT/datapackage.json into a
    temporary folder and swaps it into place only when every table passes validation. Exit 0
    on success, 1 when validation fails (or, with --strict, when an input is rejected).
    A cache beside the output keeps each article's extraction, so a rebuild only extracts
    new or changed articles (and every article again after the extractor changes).

    \b
    Examples:
      newstables build
      newstables build corpus/ --out /tmp/corpus-build --jobs 2
      newstables build raw --strict
      newstables build s3://bucket/raw --out s3://bucket/build --scheduler tcp://10.0.0.5:8786
    """
    from newstables.folders import BuildLocked
    from newstables.pipeline import BuildError
    from newstables.pipeline import build as run_build

    root = Path("datapackage.json") if out_dir is None else None
    target = out_dir or DEFAULT_OUT
    try:
        result = run_build(
            raw_dir,
            target,
            strict=strict,
            jobs=jobs,
            max_bytes=max_bytes,
            progress=not quiet,
            wait=wait,
            root_descriptor=root,
            warn=(lambda m: None) if quiet else _err,
            scheduler=scheduler,
            cache=False if no_cache else (cache_path or True),
            part_rows=part_rows,
            weekday_dates=weekday_dates,
        )
    except BuildLocked as exc:
        _err(f"error: {exc}")
        sys.exit(1)
    except BuildError as exc:
        if exc.report is not None:
            local = Path(target) if "://" not in target else Path(DEFAULT_OUT)
            report_path = local.parent / f"{local.name}.validation.json"
            report_path.write_text(exc.report.to_json(), encoding="utf-8")
            _err(f"error: {exc}\nfull report: {report_path}")
        else:
            _err(f"error: {exc}")
        sys.exit(1)
    _err(result.summary())


@main.command(name="validate")
@click.argument("path", default=DEFAULT_OUT)
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the full report as JSON here.",
)
@click.option("--no-frictionless", is_flag=True, help="Skip the Frictionless pass (faster).")
def validate_cmd(path: str, json_out: Path | None, no_frictionless: bool) -> None:
    """Validate a build folder, an unpacked release, a release .zip or its URL.

    Checks file sizes and sha256 against datapackage.json, column types, every Pandera check,
    primary and foreign keys, every span against articles.text, that each CSV holds exactly
    its Parquet table's rows, and runs Frictionless. Exit 0 when valid, 1 otherwise.

    \b
    Examples:
      newstables validate
      newstables validate dist/newstables-data-0.1.0.zip --json report.json
    """
    from newstables.loader import PackageError
    from newstables.validation import validate

    try:
        report = validate(path, frictionless=not no_frictionless)
    except (PackageError, OSError) as exc:
        _err(f"error: {exc}")
        sys.exit(1)
    if json_out:
        json_out.write_text(report.to_json(), encoding="utf-8")
    (click.echo if report.ok else _err)(report.summary())
    sys.exit(0 if report.ok else 1)


@main.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--errors", is_flag=True, help="Also print every miss, false positive and wrong speaker.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold: tuple[Path, ...], errors: bool, as_json: bool) -> None:
    """Score extraction against hand-checked GOLD .jsonl files.

    Quote precision, recall and F1 at 0.3 and 0.8 gold coverage, by kind; speaker accuracy
    over matched quotes; figure span P/R/F1 and value accuracy, by kind.

    \b
    Examples:
      newstables evaluate ../shared/gold/*.jsonl
      newstables evaluate tests/fixtures/gold/seed.jsonl --errors
    """
    from newstables.scoring import Score, format_score
    from newstables.scoring import evaluate as run_evaluate

    scores = run_evaluate(gold)
    total = Score()
    for s in scores.values():
        total.add(s)
    if as_json:
        out = {name: s.as_dict() for name, s in scores.items()}
        if len(scores) > 1:
            out["all"] = total.as_dict()
        click.echo(json.dumps(out, indent=2))
        return
    for name, s in scores.items():
        click.echo(format_score(name, s))
        if errors:
            for line in s.errors:
                click.echo(f"    {line}")
    if len(scores) > 1:
        click.echo(format_score("all", total))


@main.command()
@click.option(
    "--version", "version", default=None, help="Release version, X.Y.Z (default: the package version)."
)
@click.option(
    "--build", "build_dir", default=DEFAULT_OUT, show_default=True, type=click.Path(file_okay=False)
)
@click.option("--dist", default="dist", show_default=True, type=click.Path(file_okay=False))
@click.option(
    "--previous",
    default=None,
    help="Release to compare with for CHANGELOG.md (default: the newest older one in --dist).",
)
def release(version: str | None, build_dir: str, dist: str, previous: str | None) -> None:
    """Write dist/newstables-data-X.Y.Z.zip from a validated build.

    The archive holds datapackage.json, the tables (Parquet and CSV), the data card as
    README.md with its plots, the data dictionary, CHANGELOG.md (also updated in the
    repository), CITATION.cff, LICENSE and SHA256SUMS. The same build gives the same bytes.

    \b
    Examples:
      newstables release
      newstables release --version 0.2.0 --previous dist/newstables-data-0.1.0.zip
    """
    from newstables.publishing import ReleaseError
    from newstables.publishing import release as run_release

    try:
        archive = run_release(version, build_dir, dist, previous)
    except ReleaseError as exc:
        _err(f"error: {exc}")
        sys.exit(1)
    click.echo(str(archive))


@main.command(name="diff")
@click.argument("old")
@click.argument("new")
@click.option("--show", default=5, show_default=True, help="Ids to list per change.")
def diff_cmd(old: str, new: str, show: int) -> None:
    """Compare two builds or releases: schema changes, and per table the ids added,
    removed and changed.

    \b
    Examples:
      newstables diff dist/newstables-data-0.1.0.zip build
    """
    from newstables.compare import diff
    from newstables.loader import PackageError

    try:
        result = diff(old, new)
    except (PackageError, OSError) as exc:
        _err(f"error: {exc}")
        sys.exit(1)
    click.echo(result.summary(show))


@main.command()
@click.argument("build_dir", default=DEFAULT_OUT)
@click.option("--out", default="docs", show_default=True, type=click.Path(file_okay=False))
def datacard(build_dir: str, out: str) -> None:
    """Write the data card (DATACARD.md), its plots and the data dictionary for a build.

    \b
    Examples:
      newstables datacard build --out docs
    """
    from newstables.datacard import write

    for path in write(build_dir, Path(out), Path("docs/quality/scores.json")):
        click.echo(str(path))


def run() -> None:
    """The ``newstables`` program: :func:`main`, and then the process ends.

    Before it ends, everything is moved out of the cyclic garbage collector's sight, so the
    interpreter's final collections do not walk the whole heap (pandas, pandera, a build's
    last tables) only to free memory the process is giving back anyway: 0.13-0.19 s of every
    command that imported them. Exit handlers still run. Not done in :func:`main`, which
    tests and host programs call in their own, longer-lived, processes."""
    try:
        main(prog_name="newstables")
    finally:
        gc.freeze()


if __name__ == "__main__":
    run()
