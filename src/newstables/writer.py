"""Write tables as Parquet and CSV, and describe them in ``datapackage.json``.

Tables are written batch by batch (Parquet row groups through one ``ParquetWriter``, CSV rows
appended), so memory is bounded by a batch. Everything goes into a temporary folder beside the
output (:mod:`newstables.folders`); only after validation passes is it swapped into place, so
a failed or killed build leaves the previous one untouched.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from newstables import __version__, metadata
from newstables.digest import GrowingDigest, files_digest
from newstables.folders import DEFAULT_PART_ROWS

PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 3,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
}
MEDIATYPES = {"csv": "text/csv", "parquet": "application/vnd.apache.parquet"}


def format_number(value: float) -> str:
    """Integers without a decimal point (``108000000000``), other values in the shortest form
    that reads back to the same float (``0.9``)."""
    if value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(value)


def _column_cells(column: pa.ChunkedArray) -> list[str]:
    """One column's CSV cells, converted by the column's type (a column at a time, not a cell
    at a time: the type is looked at once, not for each of a build's millions of cells)."""
    values = column.to_pylist()
    kind = column.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return ["" if v is None else v for v in values]
    fmt: Callable[[Any], str] = str
    if pa.types.is_floating(kind):
        fmt = format_number
    elif pa.types.is_date(kind):
        fmt = dt.date.isoformat
    return ["" if v is None else fmt(v) for v in values]


def csv_cells(table: pa.Table) -> Iterator[list[str]]:
    """Each row as the CSV cells newstables writes: empty for null, ISO dates, exact numbers.
    (What a CSV reader gives back; ``validate`` compares the file with it.)"""
    columns = [_column_cells(table.column(i)) for i in range(table.num_columns)]
    return map(list, zip(*columns, strict=True))


def _number_strings(column: pa.ChunkedArray) -> pa.Array:
    """A float column as ``format_number`` writes it: integral values (most of them: counts,
    money) converted by Arrow in C, the others one by one."""
    values = column.combine_chunks()
    valid = pc.is_valid(values)
    integral = pc.and_(pc.equal(pc.floor(values), values), pc.less(pc.abs(values), 2.0**53))
    integral = pc.fill_null(integral, False)
    strings = pc.cast(pc.cast(pc.if_else(integral, values, 0.0), pa.int64()), pa.string())
    odd = pc.and_(pc.invert(integral), valid)
    exact = pa.array([format_number(v) for v in pc.filter(values, odd).to_pylist()], pa.string())
    strings = pc.replace_with_mask(strings, odd, exact)
    return pc.if_else(valid, strings, pa.scalar(None, pa.string()))


def _csv_schema(schema: pa.Schema) -> pa.Schema:
    """What the CSV writer is given: float columns as text. (Built from the schema, not from
    ``schema.empty_table()``, which imports pandas: 0.14 s before the first batch reaches the
    workers.)"""
    return pa.schema(pa.field(f.name, pa.string()) if pa.types.is_floating(f.type) else f for f in schema)


def _csv_table(table: pa.Table) -> pa.Table:
    """The table as the CSV writer is given it: float columns as their exact text."""
    schema = _csv_schema(table.schema)
    columns = [
        c if f.type == c.type else _number_strings(c) for f, c in zip(schema, table.columns, strict=True)
    ]
    return pa.Table.from_arrays(columns, schema=schema)


class TableWriter:
    """One table's Parquet and CSV files, written a batch at a time.

    Past ``part_rows`` rows the Parquet output rolls over into parts (name-00000.parquet,
    name-00001.parquet, ...); boundaries depend on row counts only, so they are the same on
    every build. The CSV copy stays one file.
    """

    def __init__(self, name: str, folder: Path, part_rows: int = DEFAULT_PART_ROWS) -> None:
        self.name = name
        self.folder = folder
        self.part_rows = part_rows
        self.schema = metadata.table(name).arrow_schema()
        self.parts: list[str] = [f"{name}.parquet"]
        self._parquet = pq.ParquetWriter(folder / self.parts[0], self.schema, **PARQUET_OPTIONS)
        self._part_rows = 0
        self.csv_path = folder / f"{name}.csv"
        # Arrow's CSV writer, not Python's csv module: 6x faster (Python's took 8% of a one-job
        # build). RFC 4180 either way; Arrow quotes every text value, so float columns are
        # handed to it as their exact text (it would write 1.08e+11 for 108000000000).
        self._csv = pa_csv.CSVWriter(
            str(self.csv_path),
            _csv_schema(self.schema),
            write_options=pa_csv.WriteOptions(eol="\r\n", quoting_header="none"),
        )
        self.rows = 0
        # hashed as written, for datapackage.json: (size, sha256) of all parts, and of the CSV
        self._digests = {"parquet": GrowingDigest(), "csv": GrowingDigest()}

    @property
    def parquet_path(self) -> Path:
        return self.folder / self.parts[-1]

    def _roll_over(self) -> None:
        self._parquet.close()
        self._digests["parquet"].catch_up(self.parquet_path)
        self._digests["parquet"].next_file()
        if len(self.parts) == 1:  # the first part gets a number too, once there are two
            first = f"{self.name}-00000.parquet"
            os.rename(self.folder / self.parts[0], self.folder / first)
            self.parts[0] = first
        self.parts.append(f"{self.name}-{len(self.parts):05d}.parquet")
        self._parquet = pq.ParquetWriter(self.folder / self.parts[-1], self.schema, **PARQUET_OPTIONS)
        self._part_rows = 0

    def write(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        table = table.select(self.schema.names).cast(self.schema)
        self._csv.write_table(_csv_table(table))
        self.rows += table.num_rows
        offset = 0
        while offset < table.num_rows:
            if self._part_rows >= self.part_rows:
                self._roll_over()
            piece = table.slice(offset, self.part_rows - self._part_rows)
            self._parquet.write_table(piece, row_group_size=max(piece.num_rows, 1))
            self._part_rows += piece.num_rows
            offset += piece.num_rows
        self._catch_up()

    def _catch_up(self) -> None:
        self._digests["parquet"].catch_up(self.parquet_path)
        self._digests["csv"].catch_up(self.csv_path)

    def close(self) -> None:
        self._parquet.close()
        self._csv.close()

    def digests(self) -> dict[str, tuple[int, str]]:
        """Size and sha256 of the Parquet parts together and of the CSV file, once closed."""
        self._catch_up()
        return {fmt: (d.size, d.hexdigest()) for fmt, d in self._digests.items()}


def created_timestamp(latest_article: dt.date | None) -> str:
    """Deterministic: SOURCE_DATE_EPOCH when set, else midnight UTC of the newest article."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    day = latest_article or dt.date(1970, 1, 1)
    return f"{day.isoformat()}T00:00:00Z"


def _resource(
    folder: Path,
    rel: str | list[str],
    name: str,
    table: str,
    fmt: str,
    schema: dict[str, Any],
    rows: int,
    known: tuple[int, str] | None = None,
) -> dict[str, Any]:
    paths = [folder / r for r in ([rel] if isinstance(rel, str) else rel)]
    # a digest taken as the files were written stands if their size still agrees
    size, digest = known or (-1, "")
    if size != sum(p.stat().st_size for p in paths):
        size, digest = files_digest(paths)
    res: dict[str, Any] = {
        "name": name,
        # Parquet is checked by size and sha256 (Frictionless reads it around the byte stream),
        # the CSV copy fully as a table: schema, keys and foreign keys.
        "type": "table" if fmt == "csv" else "file",
        "path": rel,
        "format": fmt,
        "mediatype": MEDIATYPES[fmt],
        "encoding": "utf-8",
        "bytes": size,
        "hash": f"sha256:{digest}",
        "table": table,
        "rowCount": rows,
        "schema": schema,
    }
    if fmt == "csv":
        res["dialect"] = {
            "delimiter": ",",
            "lineTerminator": "\r\n",
            "quoteChar": '"',
            "doubleQuote": True,
            "header": True,
        }
    return res


def descriptor(
    folder: Path,
    rows: dict[str, int],
    created: str,
    parts: dict[str, list[str]] | None = None,
    digests: dict[str, dict[str, tuple[int, str]]] | None = None,
) -> dict[str, Any]:
    """The Data Package (v2) descriptor for the tables written in ``folder``; a table
    written in parts has a list of paths (a multipart resource). ``digests`` (table -> format
    -> size and sha256, from :meth:`TableWriter.digests`) saves reading the files again."""
    pkg = metadata.package()
    meta = pkg.meta
    resources = []
    for fmt, suffix in (("parquet", "-parquet"), ("csv", "")):
        for name, t in pkg.tables.items():
            schema = t.table_schema()
            if suffix and "foreignKeys" in schema:
                schema = json.loads(json.dumps(schema))
                for fk in schema["foreignKeys"]:
                    fk["reference"]["resource"] += suffix
            files = (parts or {}).get(name, [f"{name}.parquet"]) if fmt == "parquet" else [f"{name}.csv"]
            rel = files[0] if len(files) == 1 else files
            known = (digests or {}).get(name, {}).get(fmt)
            res = _resource(folder, rel, name + suffix, name, fmt, schema, rows.get(name, 0), known)
            res["title"] = f"{t.title} ({fmt.upper() if fmt == 'csv' else 'Parquet'})"
            res["description"] = t.description
            resources.append(res)
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": meta["name"],
        "title": meta["title"],
        "description": " ".join(meta["description"].split()),
        "version": __version__,
        "created": created,
        "homepage": meta.get("homepage"),
        "keywords": meta.get("keywords", []),
        "licenses": meta.get("licenses", []),
        "sources": meta.get("sources", []),
        "contributors": meta.get("contributors", []),
        "resources": resources,
    }


def relocated(desc: dict[str, Any], prefix: str) -> dict[str, Any]:
    """The same descriptor with every resource path under ``prefix`` ("build/"), for a copy
    that lives outside the build folder."""
    out = json.loads(json.dumps(desc))
    for res in out["resources"]:
        rel = res["path"]
        res["path"] = prefix + rel if isinstance(rel, str) else [prefix + r for r in rel]
    return out
