"""Table metadata: read once from ``schema/`` and turned into every artefact that needs it.

Like PUDL's ``pudl.metadata``, this is the only place that knows what a table looks like. The
Pandera schemas (:mod:`newstables.validate`), the Arrow schemas used to write Parquet, the
Table Schemas in ``datapackage.json`` and the README's data dictionary are all generated here,
so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    import pyarrow as pa

# Table Schema type -> the pyarrow function making its Arrow type. Dates are date32 so any
# Parquet reader sees a calendar date. Named, not called here: this module is read before
# pyarrow is imported (a build starts its worker processes first, see newstables.pipeline).
ARROW_TYPES: dict[str, str] = {
    "string": "string",
    "integer": "int64",
    "number": "float64",
    "date": "date32",
}

# The pandas dtypes live in newstables.frames: the loader needs them without this module.

# libyaml's parser where PyYAML was built with it (the wheels are): the same safe loading,
# 4x faster (the schema files took 15 ms of every command's start)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    description: str
    required: bool = False
    unique: bool = False
    unit: str | None = None
    example: Any = None
    constraints: dict[str, Any] = field(default_factory=dict)

    @property
    def arrow_type(self) -> pa.DataType:
        import pyarrow as pa

        return getattr(pa, ARROW_TYPES[self.type])()

    def table_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "type": self.type, "description": self.description}
        if self.type == "date":
            out["format"] = "%Y-%m-%d"
        if self.unit:
            out["unit"] = self.unit
        if self.example is not None:
            out["example"] = self.example
        constraints = dict(self.constraints)
        if self.required:
            constraints["required"] = True
        if self.unique:
            constraints["unique"] = True
        if constraints:
            out["constraints"] = constraints
        return out


@dataclass(frozen=True)
class ForeignKey:
    fields: tuple[str, ...]
    resource: str
    reference_fields: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    # (start column, end column, text column): text[start:end] of the article must equal it.
    spans: tuple[tuple[str, str, str], ...] = ()

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no column {name!r}")

    def arrow_schema(self) -> pa.Schema:
        import pyarrow as pa

        return pa.schema(
            [pa.field(f.name, f.arrow_type, nullable=not f.required) for f in self.fields],
            metadata={"table": self.name, "description": self.description},
        )

    def table_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "fields": [f.table_schema() for f in self.fields],
            "primaryKey": list(self.primary_key),
            "missingValues": [""],
        }
        if self.foreign_keys:
            out["foreignKeys"] = [
                {
                    "fields": list(fk.fields),
                    "reference": {"resource": fk.resource, "fields": list(fk.reference_fields)},
                }
                for fk in self.foreign_keys
            ]
        return out


@dataclass(frozen=True)
class Package:
    meta: dict[str, Any]
    tables: dict[str, Table]


def schema_dir() -> Path:
    """The folder holding the YAML definitions (``schema/`` at the repository top)."""
    return Path(str(resources.files("newstables") / "_schema"))


def _load_table(path: Path) -> Table:
    raw = _read_yaml(path)
    fields = tuple(
        Field(
            name=f["name"],
            type=f["type"],
            description=" ".join(str(f["description"]).split()),
            required=bool(f.get("required", False)),
            unique=bool(f.get("unique", False)),
            unit=f.get("unit"),
            example=f.get("example"),
            constraints=dict(f.get("constraints") or {}),
        )
        for f in raw["fields"]
    )
    for f in fields:
        if f.type not in ARROW_TYPES:
            raise ValueError(f"{path.name}: column {f.name} has unknown type {f.type!r}")
    fks = tuple(
        ForeignKey(
            fields=tuple(fk["fields"]),
            resource=fk["reference"]["resource"],
            reference_fields=tuple(fk["reference"]["fields"]),
        )
        for fk in raw.get("foreign_keys") or []
    )
    return Table(
        name=raw["name"],
        title=raw["title"],
        description=" ".join(str(raw["description"]).split()),
        fields=fields,
        primary_key=tuple(raw["primary_key"]),
        foreign_keys=fks,
        spans=tuple(tuple(s) for s in raw.get("spans") or []),
    )


@cache
def package() -> Package:
    folder = schema_dir()
    meta = _read_yaml(folder / "package.yaml")
    tables = {name: _load_table(folder / f"{name}.yaml") for name in meta["tables"]}
    return Package(meta=meta, tables=tables)


def table(name: str) -> Table:
    return package().tables[name]


def table_names() -> list[str]:
    return list(package().tables)


def _constraint_text(f: Field) -> str:
    parts = []
    if f.required:
        parts.append("required")
    if f.unique:
        parts.append("unique")
    c = f.constraints
    if "enum" in c:
        parts.append("one of " + ", ".join(f"`{v}`" for v in c["enum"]))
    if "minimum" in c:
        parts.append(f"≥ {c['minimum']}")
    if "maximum" in c:
        parts.append(f"≤ {c['maximum']}")
    if "pattern" in c:
        parts.append(f"matches `{c['pattern']}`")
    return "; ".join(parts) or "nullable"


def data_dictionary() -> str:
    """The data dictionary as Markdown, one section per table."""
    out: list[str] = []
    for t in package().tables.values():
        out.append(f"### {t.name}\n")
        out.append(f"{t.description}\n")
        keys = f"Primary key: `{', '.join(t.primary_key)}`."
        for fk in t.foreign_keys:
            keys += f" `{', '.join(fk.fields)}` → `{fk.resource}.{', '.join(fk.reference_fields)}`."
        out.append(keys + "\n")
        out.append("| column | type | unit | constraints | description | example |")
        out.append("| --- | --- | --- | --- | --- | --- |")
        for f in t.fields:
            example = "" if f.example is None else f"`{f.example}`"
            desc = f.description.replace("|", "\\|")
            out.append(
                f"| {f.name} | {f.type} | {f.unit or ''} | {_constraint_text(f)} | {desc} | {example} |"
            )
        out.append("")
    return "\n".join(out)
