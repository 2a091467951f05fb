"""Compare two builds or releases: schema changes, and per table the ids added, removed and
changed. CHANGELOG entries are written from the result, schema changes apart from data."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newstables.loader import TABLES, Package, open_package, verify_resource


@dataclass
class TableDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


@dataclass
class Diff:
    schema: list[str] = field(default_factory=list)  # human-readable schema changes
    tables: dict[str, TableDiff] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.schema and all(t.empty for t in self.tables.values())

    def summary(self, show: int = 5) -> str:
        lines = ["schema:"] + ([f"  {c}" for c in self.schema] or ["  no changes"])
        lines.append("data:")
        for name, t in self.tables.items():
            lines.append(
                f"  {name}: {len(t.added)} added, {len(t.removed)} removed, {len(t.changed)} changed"
            )
            for label, ids in (("+", t.added), ("-", t.removed), ("~", t.changed)):
                for i in ids[:show]:
                    lines.append(f"    {label} {i}")
                if len(ids) > show:
                    lines.append(f"    {label} ... {len(ids) - show} more")
        return "\n".join(lines)

    def changelog(self, version: str, date: str) -> str:
        out = [f"## {version} ({date})", "", "### Schema", ""]
        out += [f"- {c}" for c in self.schema] or ["- No changes."]
        out += ["", "### Data", ""]
        for name, t in self.tables.items():
            if t.empty:
                out.append(f"- {name}: unchanged.")
            else:
                out.append(
                    f"- {name}: {len(t.added)} added, {len(t.removed)} removed, {len(t.changed)} changed."
                )
        return "\n".join(out) + "\n"


def _fields(descriptor: dict[str, Any]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for res in descriptor.get("resources", []):
        if res.get("format") == "parquet":
            out[res.get("table", res["name"])] = {f["name"]: f["type"] for f in res["schema"]["fields"]}
    return out


def _schema_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    a, b = _fields(old), _fields(new)
    changes = []
    for table in sorted(set(a) | set(b)):
        if table not in a:
            changes.append(f"{table}: new table")
            continue
        if table not in b:
            changes.append(f"{table}: table removed")
            continue
        for col in b[table]:
            if col not in a[table]:
                changes.append(f"{table}: added column `{col}` ({b[table][col]})")
            elif a[table][col] != b[table][col]:
                changes.append(f"{table}: column `{col}` changed type {a[table][col]} -> {b[table][col]}")
        for col in a[table]:
            if col not in b[table]:
                changes.append(f"{table}: removed column `{col}`")
    return changes


def _row_hashes(pkg: Package, table: str) -> dict[str, str]:
    """Primary key -> hash of the row's values (in a fixed column order)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    res = pkg.resource(table)
    paths = verify_resource(pkg, res)
    key = res["schema"]["primaryKey"][0]
    tbl = pa.concat_tables([pq.read_table(p) for p in paths])
    cols = sorted(tbl.column_names)
    columns = {c: tbl.column(c).to_pylist() for c in cols}
    out = {}
    for i, k in enumerate(columns[key]):
        row = "\x1f".join(repr(columns[c][i]) for c in cols)
        out[str(k)] = hashlib.sha256(row.encode()).hexdigest()
    return out


def diff(old: str | Path, new: str | Path) -> Diff:
    """What changed from ``old`` to ``new`` (build folders, releases or their URLs)."""
    with open_package(old) as a, open_package(new) as b:
        result = Diff(schema=_schema_changes(a.descriptor, b.descriptor))
        for table in TABLES:
            ha, hb = _row_hashes(a, table), _row_hashes(b, table)
            result.tables[table] = TableDiff(
                added=sorted(set(hb) - set(ha)),
                removed=sorted(set(ha) - set(hb)),
                changed=sorted(k for k in set(ha) & set(hb) if ha[k] != hb[k]),
            )
    return result
