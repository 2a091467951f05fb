"""The published release: reproducible archive, one-line loader, data card, diff, safety."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from conftest import serve
from newstables.compare import diff
from newstables.loader import PackageError, load, load_all, safe_join
from newstables.publishing import release
from newstables.validation import validate


@pytest.fixture(scope="module")
def archive(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    return release("1.2.3", built, dist, changelog=dist / "CHANGELOG.md")


def test_archive_contents(archive: Path) -> None:
    names = zipfile.ZipFile(archive).namelist()
    root = "newstables-data-1.2.3/"
    for name in (
        "datapackage.json",
        "README.md",
        "CHANGELOG.md",
        "CITATION.cff",
        "LICENSE",
        "SHA256SUMS",
        "data-dictionary.md",
        "img/top_speakers.png",
        "quotes.parquet",
        "quotes.csv",
    ):
        assert root + name in names, name
    assert names == sorted(names)
    zf = zipfile.ZipFile(archive)
    assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in zf.infolist())
    assert "type: dataset" in zf.read(root + "CITATION.cff").decode()
    sums = zf.read(root + "SHA256SUMS").decode().splitlines()
    for line in sums:
        digest, name = line.split("  ")
        assert hashlib.sha256(zf.read(root + name)).hexdigest() == digest


def test_two_releases_are_byte_identical(built: Path, tmp_path: Path) -> None:
    a = release("1.2.3", built, tmp_path / "a", changelog=None)
    b = release("1.2.3", built, tmp_path / "b", changelog=None)
    assert a.read_bytes() == b.read_bytes()


def test_data_card_has_datasheet_headings_and_front_matter(archive: Path) -> None:
    card = zipfile.ZipFile(archive).read("newstables-data-1.2.3/README.md").decode()
    assert card.startswith("---\nlicense: cc-by-2.5")
    assert "configs:" in card and "dataset_info:" in card
    for heading in (
        "Motivation",
        "Composition",
        "Collection and extraction",
        "Known limitations",
        "Licences and attribution",
        "Maintenance",
    ):
        assert f"## {heading}" in card
    assert "![Top speakers by quotes](img/top_speakers.png)" in card


def test_load_all_from_zip_has_schema_dtypes(archive: Path) -> None:
    tables = load_all(archive)
    assert set(tables) == {"articles", "speakers", "quotes", "figures"}
    q = tables["quotes"]
    assert q["speaker_start"].dtype == "Int64" and q["text"].dtype == "string"
    assert str(tables["articles"]["date"].dtype).startswith("datetime64")
    assert tables["figures"]["value"].dtype == "float64"


def test_loader_needs_only_pandas_and_pyarrow(archive: Path) -> None:
    blocked = [
        "pandera",
        "frictionless",
        "yaml",
        "duckdb",
        "click",
        "rich",
        "dask",
        "distributed",
        "matplotlib",
        "fsspec",
    ]
    code = (
        "import sys\n"
        f"BLOCKED = {blocked!r}\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in BLOCKED:\n"
        "            raise ImportError(f'blocked: {name}')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import newstables\n"
        f"t = newstables.load_all(source={str(archive)!r})\n"
        "print(sorted(t), t['quotes']['start'].dtype)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "['articles', 'figures', 'quotes', 'speakers'] Int64" in proc.stdout


def _tamper(archive: Path, member: str, dst: Path) -> Path:
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(dst, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith(member):
                data = data[:-10] + bytes([data[-10] ^ 1]) + data[-9:]
            out.writestr(info, data)
    return dst


def test_one_changed_byte_fails_load_and_validate(archive: Path, tmp_path: Path) -> None:
    bad = _tamper(archive, "/quotes.parquet", tmp_path / "bad.zip")
    with pytest.raises(PackageError, match=r"quotes\.parquet: sha256 does not match"):
        load("quotes", source=bad)
    report = validate(bad, frictionless=False)
    assert not report.ok and "quotes.parquet: sha256 does not match datapackage.json" in report.summary()


def test_zip_slip_and_escaping_paths_are_refused(tmp_path: Path) -> None:
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../outside.txt", "x")
    with pytest.raises(PackageError, match="zip slip"):
        load_all(evil)
    for rel in ("../x.parquet", "/etc/passwd", "a/../../x", "C:/x"):
        with pytest.raises(PackageError, match="leaves the package folder"):
            safe_join(tmp_path, rel)


def test_diff_reports_ids_and_schema(built: Path, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from newstables.digest import files_digest
    from newstables.writer import PARQUET_OPTIONS

    new = tmp_path / "new"
    shutil.copytree(built, new)
    t = pq.read_table(new / "quotes.parquet")
    kinds = t.column("kind").to_pylist()
    kinds[0] = "indirect" if kinds[0] == "direct" else "direct"
    t = t.set_column(t.schema.get_field_index("kind"), "kind", pa.array(kinds, pa.string())).slice(
        0, t.num_rows - 1
    )
    pq.write_table(t, new / "quotes.parquet", **PARQUET_OPTIONS)
    import json

    d = json.loads((new / "datapackage.json").read_text())
    for res in d["resources"]:
        if res["name"] == "quotes-parquet":
            res["bytes"], digest = files_digest([new / "quotes.parquet"])
            res["hash"] = "sha256:" + digest
            res["schema"]["fields"].append({"name": "extra", "type": "string"})
    (new / "datapackage.json").write_text(json.dumps(d))
    result = diff(built, new)
    assert result.tables["quotes"].changed and len(result.tables["quotes"].removed) == 1
    assert result.tables["articles"].empty
    assert "quotes: added column `extra` (string)" in result.schema
    entry = result.changelog("1.3.0", "2021-07-15")
    assert "### Schema" in entry and "### Data" in entry and "quotes: 0 added, 1 removed, 1 changed" in entry


def test_validate_and_load_over_http(archive: Path) -> None:
    with serve(archive.parent) as base:
        url = f"{base}/{archive.name}"
        assert validate(url, frictionless=False).ok
        assert isinstance(load("speakers", source=url), pd.DataFrame)


def test_cli_release_and_diff(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from newstables.cli import main

    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["release", "--version", "0.0.1", "--build", str(built), "--dist", "dist"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "dist" / "newstables-data-0.0.1.zip").is_file()
    assert "## 0.0.1" in (tmp_path / "CHANGELOG.md").read_text()
    r = CliRunner().invoke(main, ["diff", "dist/newstables-data-0.0.1.zip", str(built)])
    assert (
        r.exit_code == 0 and "no changes" in r.output and "quotes: 0 added, 0 removed, 0 changed" in r.output
    )
    r = CliRunner().invoke(main, ["release", "--version", "1.0", "--build", str(built)])
    assert r.exit_code == 1 and "not SemVer" in r.output
