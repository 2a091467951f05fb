"""Validate tables: Pandera per table (lazy: every failure at once), then what Pandera cannot
express: primary and foreign keys across tables and ``articles.text[start:end] == text`` for
every span.

Two entry points: :func:`check_batch` runs inside the build on each batch in memory;
:func:`validate` checks a written build or release on disk, out of core (DuckDB reads the
Parquet files), together with sizes, hashes, CSV/Parquet agreement and Frictionless.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow
from pandera.errors import SchemaErrors

from newstables import metadata
from newstables.frames import PANDAS_DTYPES, to_pandas
from newstables.loader import resource_problems

if TYPE_CHECKING:
    from newstables.loader import Package

MAX_ROWS_SHOWN = 5


@dataclass(frozen=True)
class Failure:
    table: str
    column: str | None
    check: str
    row: int | None  # 0-based row in the table (file order), when one row is at fault
    value: str | None = None
    detail: str = ""

    def line(self) -> str:
        where = f"{self.table}"
        if self.column:
            where += f".{self.column}"
        if self.row is not None:
            where += f" row {self.row}"
        value = f" value {self.value!r}" if self.value is not None else ""
        detail = f": {self.detail}" if self.detail else ""
        return f"{where}: {self.check}{value}{detail}"


@dataclass
class Report:
    failures: list[Failure] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)  # table -> rows checked

    @property
    def ok(self) -> bool:
        return not self.failures

    def add(self, failure: Failure) -> None:
        self.failures.append(failure)

    def extend(self, failures: list[Failure]) -> None:
        self.failures.extend(failures)

    def summary(self) -> str:
        if self.ok:
            rows = ", ".join(f"{t} {n}" for t, n in self.checked.items())
            return f"valid: {rows}" if rows else "valid"
        groups: dict[tuple[str, str | None, str], list[Failure]] = defaultdict(list)
        for f in self.failures:
            groups[(f.table, f.column, f.check)].append(f)
        lines = [f"INVALID: {len(self.failures)} failure(s) in {len(groups)} check(s)"]
        for (table, column, check), items in groups.items():
            col = f".{column}" if column else ""
            lines.append(f"  {table}{col}: {check} ({len(items)} failing)")
            for f in items[:MAX_ROWS_SHOWN]:
                lines.append(f"    {f.line()}")
            if len(items) > MAX_ROWS_SHOWN:
                lines.append(f"    ... and {len(items) - MAX_ROWS_SHOWN} more")
        return "\n".join(lines)

    def to_json(self) -> str:
        return json.dumps(
            {"valid": self.ok, "checked": self.checked, "failures": [asdict(f) for f in self.failures]},
            indent=2,
            ensure_ascii=False,
        )


@cache
def pandera_schema(name: str, dtypes: bool = True) -> pa.DataFrameSchema:
    """The table's Pandera schema, generated from ``schema/``. Without ``dtypes`` it leaves the
    column types to :func:`check_types` on the Arrow table the frame was made from: Pandera's
    dtype checks are over half its fixed cost (~3 ms of ~5 a table), paid by every batch."""
    t = metadata.table(name)
    columns = {}
    for f in t.fields:
        checks = []
        c = f.constraints
        if "enum" in c:
            checks.append(pa.Check.isin(c["enum"]))
        if "minimum" in c:
            checks.append(pa.Check.ge(c["minimum"]))
        if "maximum" in c:
            checks.append(pa.Check.le(c["maximum"]))
        if "pattern" in c:
            checks.append(pa.Check.str_matches(c["pattern"]))
        columns[f.name] = pa.Column(
            PANDAS_DTYPES[f.type] if dtypes else None,
            checks=checks,
            nullable=not f.required,
            unique=f.unique,
            description=f.description,
            title=f.name,
        )
    return pa.DataFrameSchema(columns, strict=True, ordered=True, name=name)


def frame(name: str, table: pa_arrow.Table) -> pd.DataFrame:
    types = {f.name: f.type for f in metadata.table(name).fields}
    return to_pandas(table, types)


def check_types(name: str, table: pa_arrow.Table) -> list[Failure]:
    """The Arrow table has exactly the schema's columns, in order, with its types and
    nullability (what Parquet will hold)."""
    expected = metadata.table(name).arrow_schema()
    if table.schema.equals(expected):
        return []
    if table.schema.names != expected.names:
        return [Failure(name, None, "columns", None, ", ".join(table.schema.names), "not the schema's")]
    return [
        Failure(name, got.name, "type", None, _field_type(got), f"the schema has {_field_type(want)}")
        for got, want in zip(table.schema, expected, strict=True)
        if not got.equals(want)
    ]


def _field_type(f: pa_arrow.Field) -> str:
    return f"{f.type}{'' if f.nullable else ' not null'}"


def check_table(name: str, table: pa_arrow.Table, row_offset: int = 0) -> list[Failure]:
    """A table a build made, in memory: its Arrow columns and types (:func:`check_types`),
    then its values by Pandera, without Pandera's dtype checks."""
    return [*check_types(name, table), *check_frame(name, frame(name, table), row_offset, dtypes=False)]


def check_frame(name: str, df: pd.DataFrame, row_offset: int = 0, dtypes: bool = True) -> list[Failure]:
    """Pandera, lazily: every failing value of every check, with its row; ``dtypes=False`` for
    a frame of a table :func:`check_types` has checked."""
    try:
        pandera_schema(name, dtypes).validate(df, lazy=True)
    except SchemaErrors as exc:
        out = []
        for rec in exc.failure_cases.to_dict("records"):
            index = rec.get("index")
            row = None if index is None or pd.isna(index) else int(index) + row_offset
            value = rec.get("failure_case")
            out.append(
                Failure(
                    table=name,
                    column=None if pd.isna(rec.get("column")) else str(rec.get("column")),
                    check=str(rec.get("check")),
                    row=row,
                    value=None
                    if value is None or (not isinstance(value, str) and pd.isna(value))
                    else str(value)[:80],
                )
            )
        return out
    return []


def check_spans(name: str, rows: pa_arrow.Table, texts: dict[str, str], row_offset: int = 0) -> list[Failure]:
    """``articles.text[start:end] == text`` (and the same for every span the schema names)."""
    out = []
    t = metadata.table(name)
    cols = {c: rows.column(c).to_pylist() for span in t.spans for c in span}
    ids = rows.column("article_id").to_pylist()
    for start_col, end_col, text_col in t.spans:
        starts, ends, values = cols[start_col], cols[end_col], cols[text_col]
        for i, (aid, s, e, v) in enumerate(zip(ids, starts, ends, values, strict=True)):
            if s is None and e is None and v is None:
                continue
            body = texts.get(aid)
            if body is None:
                continue  # reported by the foreign key check
            if s is None or e is None or v is None or not (0 <= s < e <= len(body)) or body[s:e] != v:
                got = body[s:e] if s is not None and e is not None else None
                out.append(
                    Failure(
                        name,
                        start_col,
                        "span",
                        i + row_offset,
                        None if v is None else v[:60],
                        f"articles.text[{s}:{e}] is {None if got is None else got[:60]!r}",
                    )
                )
    return out


def check_foreign(
    name: str, column: str, values: Sequence[str | None], known: set[str], ref: str, row_offset: int = 0
) -> list[Failure]:
    return [
        Failure(name, column, f"foreign key -> {ref}", i + row_offset, v, f"no {ref} row has this id")
        for i, v in enumerate(values)
        if v is not None and v not in known
    ]


# -- a written build or release --------------------------------------------------------------


def validate(path: str | Path, frictionless: bool = True) -> Report:
    """Check a build folder, an unpacked release, a release .zip or its URL."""
    from newstables.loader import open_package

    with open_package(path) as pkg:
        return _validate_folder(pkg, frictionless)


def _validate_folder(pkg: Package, run_frictionless: bool) -> Report:
    report = Report()
    parquet: dict[str, list[Path]] = {}
    csv_paths: dict[str, Path] = {}
    for res in pkg.descriptor.get("resources", []):
        rel = res["path"]
        paths = pkg.paths(res)
        table = res.get("table", res["name"])
        for check, message in resource_problems(pkg, res):
            report.add(Failure(table, None, check, None, rel if isinstance(rel, str) else None, message))
        if res.get("format") == "parquet":
            parquet[table] = paths
        elif res.get("format") == "csv":
            csv_paths[table] = paths[0]
    for name in metadata.table_names():
        if name not in parquet:
            report.add(Failure(name, None, "file", None, None, f"no Parquet resource for {name}"))
    if not report.ok and any(f.check == "file" for f in report.failures):
        return report
    unreadable = _check_parquet_tables(parquet, report)
    readable = {k: v for k, v in parquet.items() if k not in unreadable}
    if not unreadable:  # keys and spans need every table
        _check_cross_tables(readable, report)
    _check_csv_matches(readable, csv_paths, report)
    if run_frictionless:
        _check_frictionless(pkg.root, report)
    return report


def _check_parquet_tables(parquet: dict[str, list[Path]], report: Report) -> set[str]:
    """Types and every Pandera check, batch by batch; returns the tables that could not be
    read at all (a truncated or corrupted file), which are reported, never raised."""
    unreadable = set()
    for name, paths in parquet.items():
        try:
            _check_parquet_table(name, paths, report)
        except (OSError, pa_arrow.ArrowException) as exc:
            unreadable.add(name)
            report.add(Failure(name, None, "readable", None, None, f"cannot read Parquet: {str(exc)[:200]}"))
    return unreadable


def _check_parquet_table(name: str, paths: list[Path], report: Report) -> None:
    import pyarrow.parquet as pq

    expected = metadata.table(name).arrow_schema()
    pf = pq.ParquetFile(paths[0])
    got = pf.schema_arrow
    for f in expected:
        if f.name not in got.names:
            report.add(Failure(name, f.name, "column missing", None))
        elif not got.field(f.name).type.equals(f.type):
            found = str(got.field(f.name).type)
            report.add(Failure(name, f.name, "arrow type", None, found, f"expected {f.type}"))
    extra = [n for n in got.names if n not in expected.names]
    for n in extra:
        report.add(Failure(name, n, "column not in schema", None))
    if extra or any(f.name not in got.names for f in expected):
        return
    offset = 0
    batches = (
        b for p in paths for b in pq.ParquetFile(p).iter_batches(batch_size=100_000, columns=expected.names)
    )
    for batch in batches:
        tbl = pa_arrow.Table.from_batches([batch]).cast(expected)
        report.extend(check_frame(name, frame(name, tbl), offset))
        offset += batch.num_rows
    report.checked[name] = offset


def _parts_query(paths: list[Path]) -> str:
    """One relation over a table's parts, with ``file_row_number`` counted across parts."""
    import pyarrow.parquet as pq

    selects, offset = [], 0
    for p in paths:
        quoted = str(p).replace("'", "''")
        selects.append(
            f"SELECT * REPLACE (file_row_number + {offset} AS file_row_number) "
            f"FROM read_parquet('{quoted}', file_row_number=true)"
        )
        offset += pq.ParquetFile(p).metadata.num_rows
    return " UNION ALL ".join(selects)


def _check_cross_tables(parquet: dict[str, list[Path]], report: Report) -> None:
    """Keys and spans across tables, out of core: DuckDB scans the Parquet files."""
    import duckdb

    con = duckdb.connect()
    for name, path in parquet.items():
        con.execute(f"CREATE VIEW {name} AS {_parts_query(path)}")
    for name in parquet:
        t = metadata.table(name)
        pk = ", ".join(f'"{c}"' for c in t.primary_key)
        dupes = con.execute(
            f"SELECT {pk}, min(file_row_number) FROM {name} GROUP BY {pk} HAVING count(*) > 1 LIMIT 100"
        ).fetchall()
        for *key, row in dupes:
            report.add(Failure(name, ",".join(t.primary_key), "primary key unique", int(row), str(key[0])))
        for fk in t.foreign_keys:
            if fk.resource not in parquet:
                continue
            col, ref_col = fk.fields[0], fk.reference_fields[0]
            rows = con.execute(
                f'SELECT x."{col}", x.file_row_number FROM {name} x '
                f'LEFT JOIN {fk.resource} r ON x."{col}" = r."{ref_col}" '
                f'WHERE x."{col}" IS NOT NULL AND r."{ref_col}" IS NULL ORDER BY 2 LIMIT 1000'
            ).fetchall()
            report.extend(
                [
                    Failure(
                        name,
                        col,
                        f"foreign key -> {fk.resource}",
                        int(r),
                        str(v),
                        f"no {fk.resource} row has this id",
                    )
                    for v, r in rows
                ]
            )
        for start_col, end_col, text_col in t.spans:
            rows = con.execute(
                f'SELECT x.file_row_number, x."{start_col}", x."{end_col}", x."{text_col}", '
                f'substring(a.text, x."{start_col}" + 1, x."{end_col}" - x."{start_col}") '
                f"FROM {name} x JOIN articles a USING (article_id) "
                f'WHERE (x."{start_col}" IS NOT NULL OR x."{text_col}" IS NOT NULL) AND ('
                f'x."{start_col}" IS NULL OR x."{end_col}" IS NULL OR x."{text_col}" IS NULL '
                f'OR x."{start_col}" < 0 OR x."{end_col}" <= x."{start_col}" '
                f'OR x."{end_col}" > length(a.text) '
                f'OR substring(a.text, x."{start_col}" + 1, x."{end_col}" - x."{start_col}") '
                f'<> x."{text_col}") '
                f"ORDER BY 1 LIMIT 1000"
            ).fetchall()
            report.extend(
                [
                    Failure(
                        name,
                        start_col,
                        "span",
                        int(r),
                        None if v is None else v[:60],
                        f"articles.text[{s}:{e}] is {None if got is None else got[:60]!r}",
                    )
                    for r, s, e, v, got in rows
                ]
            )
    con.close()


def _check_csv_matches(parquet: dict[str, list[Path]], csv_paths: dict[str, Path], report: Report) -> None:
    """Each CSV holds exactly the Parquet table's rows: an edited cell is named by row and column."""
    import pyarrow.parquet as pq

    from newstables.writer import csv_cells

    for name, csv_path in csv_paths.items():
        if name not in parquet:
            continue
        import csv

        with csv_path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, [])
            expected_cols = metadata.table(name).columns
            if header != expected_cols:
                report.add(
                    Failure(
                        name,
                        None,
                        "csv header",
                        None,
                        ",".join(header)[:80],
                        f"expected {','.join(expected_cols)}",
                    )
                )
                continue
            row_no = 0
            found = 0
            batches = (b for p in parquet[name] for b in pq.ParquetFile(p).iter_batches(batch_size=50_000))
            for batch in batches:
                for cells in csv_cells(pa_arrow.Table.from_batches([batch])):
                    got = next(reader, None)
                    if got != cells and found < 20:
                        report.add(_row_mismatch(name, expected_cols, cells, got, row_no))
                        found += 1
                    row_no += 1
            extra = sum(1 for _ in reader)
            if extra:
                report.add(
                    Failure(
                        name,
                        None,
                        "csv matches parquet",
                        row_no,
                        None,
                        f"{extra} more CSV rows than Parquet rows",
                    )
                )


def _row_mismatch(name: str, cols: list[str], cells: list[str], got: list[str] | None, row: int) -> Failure:
    """How a CSV row differs from its Parquet row: its cell count, else its first differing
    cell (a missing row differs in its first cell)."""
    if got is not None and len(got) != len(cells):
        detail = f"{len(got)} cells; the table has {len(cells)} columns"
        return Failure(name, None, "csv matches parquet", row, ",".join(got)[:60], detail)
    have_row: list[str | None] = list(got) if got is not None else [None] * len(cells)
    col, want, have = next(x for x in zip(cols, cells, have_row, strict=True) if x[1] != x[2])
    return Failure(
        name,
        col,
        "csv matches parquet",
        row,
        None if have is None else have[:60],
        f"Parquet has {want[:60]!r}",
    )


def _check_frictionless(root: Path, report: Report) -> None:
    import frictionless

    result = frictionless.validate(str(root / "datapackage.json"))
    if result.valid:
        return
    for task in result.tasks:
        for err in task.errors[: MAX_ROWS_SHOWN * 4]:
            row = getattr(err, "row_number", None)
            report.add(
                Failure(
                    task.name,
                    getattr(err, "field_name", None),
                    f"frictionless {err.type}",
                    None if row is None else row - 2,
                    None,
                    err.message[:200],
                )
            )
