from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newstables.validation import validate
from newstables.writer import PARQUET_OPTIONS


@pytest.fixture
def copy(built: Path, tmp_path: Path) -> Path:
    dst = tmp_path / "build"
    shutil.copytree(built, dst)
    return dst


def rewrite_parquet(path: Path, column: str, row: int, value: object) -> None:
    table = pq.read_table(path)
    values = table.column(column).to_pylist()
    values[row] = value
    idx = table.schema.get_field_index(column)
    table = table.set_column(idx, table.schema.field(idx), pa.array(values, table.schema.field(idx).type))
    pq.write_table(table, path, **PARQUET_OPTIONS)


def test_fresh_build_is_valid(built: Path) -> None:
    report = validate(built)
    assert report.ok, report.summary()
    assert report.checked["quotes"] > 0


def test_frictionless_cli_passes(built: Path) -> None:
    exe = Path(sys.executable).parent / "frictionless"
    proc = subprocess.run(
        [str(exe), "validate", str(built / "datapackage.json")], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout[-2000:]


def test_edited_csv_cell_is_named(copy: Path) -> None:
    path = copy / "quotes.csv"
    lines = path.read_bytes().decode("utf-8").split("\r\n")  # rows end in CRLF (RFC 4180)
    kind = re.search(r',"?(direct|indirect)"?,', lines[3])
    assert kind is not None
    flipped = "indirect" if kind.group(1) == "direct" else "direct"
    lines[3] = lines[3][: kind.start(1)] + flipped + lines[3][kind.end(1) :]
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    report = validate(copy, frictionless=False)
    assert not report.ok
    text = report.summary()
    assert "quotes.csv: sha256 does not match datapackage.json" in text
    assert "quotes.kind row 2" in text  # data row 2 (0-based) is line 4 of the file


def test_moved_span_in_parquet_is_named(copy: Path) -> None:
    start = pq.read_table(copy / "figures.parquet").column("start").to_pylist()[1]
    rewrite_parquet(copy / "figures.parquet", "start", 1, start + 1)
    report = validate(copy, frictionless=False)
    text = report.summary()
    assert "figures.parquet: sha256 does not match datapackage.json" in text
    assert "figures.start row 1: span" in text


def test_dangling_speaker_id_is_named(copy: Path) -> None:
    ids = pq.read_table(copy / "quotes.parquet").column("speaker_id").to_pylist()
    row = next(i for i, s in enumerate(ids) if s)
    rewrite_parquet(copy / "quotes.parquet", "speaker_id", row, "nobody-at-all")
    report = validate(copy, frictionless=False)
    assert f"quotes.speaker_id row {row}: foreign key -> speakers value 'nobody-at-all'" in report.summary()


def test_schema_check_failure_is_named(copy: Path) -> None:
    rewrite_parquet(copy / "quotes.parquet", "kind", 0, "hearsay")
    report = validate(copy, frictionless=False)
    assert "quotes.kind row 0: isin" in report.summary()


def test_cli_validate_exit_codes(built: Path, copy: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newstables.cli import main

    ok = CliRunner().invoke(main, ["validate", str(built), "--no-frictionless"])
    assert ok.exit_code == 0 and ok.output.startswith("valid")
    rewrite_parquet(copy / "quotes.parquet", "kind", 0, "hearsay")
    report = tmp_path / "r.json"
    bad = CliRunner().invoke(main, ["validate", str(copy), "--json", str(report)])
    assert bad.exit_code == 1
    assert json.loads(report.read_text())["valid"] is False


def test_resource_path_leaving_the_package_is_refused(copy: Path) -> None:
    from newstables.loader import PackageError

    desc = json.loads((copy / "datapackage.json").read_text())
    desc["resources"][0]["path"] = "../outside.parquet"
    (copy / "datapackage.json").write_text(json.dumps(desc))
    (copy.parent / "outside.parquet").write_bytes(b"not read")
    with pytest.raises(PackageError, match="leaves the package folder"):
        validate(copy, frictionless=False)


def test_csv_row_with_a_wrong_cell_count_is_reported(copy: Path) -> None:
    path = copy / "quotes.csv"
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    lines[3] += ",an extra cell"
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    report = validate(copy, frictionless=False)
    assert not report.ok
    cell_count = [f for f in report.failures if f.check == "csv matches parquet"]
    assert len(cell_count) == 1 and cell_count[0].row == 2
    assert "cells; the table has" in cell_count[0].detail
