"""Load the tables of a build folder, an unpacked release, a release .zip or an http(s) URL.

Needs only pandas and pyarrow: the column types come from the package's own
``datapackage.json``. Every file's size and sha256 are checked against the descriptor before a
table is returned; a mismatch is an error naming the file, never a silent load.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd

from newstables.digest import files_digest

TABLES = ("articles", "speakers", "quotes", "figures")


class PackageError(ValueError):
    """The package is unsafe, incomplete or does not match its descriptor."""


@dataclass
class Package:
    root: Path
    descriptor: dict[str, Any]

    def resource(self, table: str, fmt: str = "parquet") -> dict[str, Any]:
        for res in self.descriptor.get("resources", []):
            if res.get("table", res.get("name")) == table and res.get("format") == fmt:
                return res
        raise PackageError(f"{self.root / 'datapackage.json'} has no {fmt} resource for table {table!r}")

    def paths(self, res: dict[str, Any]) -> list[Path]:
        """The resource's files (several for a table written in parts)."""
        return [safe_join(self.root, rel) for rel in resource_paths(res)]


def resource_paths(res: dict[str, Any]) -> list[str]:
    """A resource's relative paths: one, or several for a table written in parts."""
    return [res["path"]] if isinstance(res["path"], str) else list(res["path"])


def safe_join(root: Path, rel: str) -> Path:
    """``root / rel``, refusing absolute paths, ``..`` and anything that leaves ``root``."""
    p = PurePosixPath(rel)
    if not p.parts or p.is_absolute() or ".." in p.parts or "\\" in rel or ":" in p.parts[0]:
        raise PackageError(f"resource path {rel!r} leaves the package folder")
    full = (root / Path(*p.parts)).resolve()
    if not full.is_relative_to(root.resolve()):
        raise PackageError(f"resource path {rel!r} leaves the package folder")
    return full


def safe_extract(archive: Path, dest: Path) -> None:
    """Unzip, refusing absolute paths, ``..`` and links (zip slip)."""
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            name = info.filename
            p = PurePosixPath(name)
            if p.is_absolute() or ".." in p.parts or name.startswith(("/", "\\")) or ":" in name:
                raise PackageError(f"{archive.name}: unsafe path {name!r} in the archive (zip slip)")
            if (info.external_attr >> 16) & 0o170000 == 0o120000:
                raise PackageError(f"{archive.name}: symbolic link {name!r} in the archive")
        zf.extractall(dest)


def _download(url: str, dest: Path) -> None:
    try:
        import fsspec  # type: ignore[import-untyped]

        with fsspec.open(url, "rb") as src, dest.open("wb") as out:
            shutil.copyfileobj(src, out)
    except ImportError:
        import urllib.request

        with urllib.request.urlopen(url) as src, dest.open("wb") as out:
            shutil.copyfileobj(src, out)


def _package_root(folder: Path) -> Path:
    if (folder / "datapackage.json").is_file():
        return folder
    found = sorted(folder.glob("*/datapackage.json"))
    if len(found) == 1:
        return found[0].parent
    raise PackageError(f"no datapackage.json in {folder}")


@contextmanager
def open_package(source: str | Path = "build") -> Iterator[Package]:
    """A package folder for ``source``; a zip or URL is unpacked into a temporary folder."""
    text = str(source)
    tmp: Path | None = None
    try:
        if text.startswith(("http://", "https://")):
            tmp = Path(tempfile.mkdtemp(prefix="newstables-"))
            name = PurePosixPath(text.split("?", 1)[0]).name or "download"
            local = tmp / name
            _download(text, local)
            if zipfile.is_zipfile(local):
                safe_extract(local, tmp / "pkg")
                root = _package_root(tmp / "pkg")
            else:
                descriptor = json.loads(local.read_text(encoding="utf-8"))
                base = text.rsplit("/", 1)[0]
                root = tmp / "pkg"
                root.mkdir()
                shutil.move(local, root / "datapackage.json")
                for res in descriptor.get("resources", []):
                    for rel in resource_paths(res):
                        target = safe_join(root, rel)
                        target.parent.mkdir(parents=True, exist_ok=True)
                        _download(f"{base}/{rel}", target)
        elif "://" in text and not text.startswith("file://"):  # any fsspec URL: s3://, gs://, ...
            import fsspec

            fs, remote = fsspec.core.url_to_fs(text)
            tmp = Path(tempfile.mkdtemp(prefix="newstables-"))
            if fs.isdir(remote):
                fs.get(remote.rstrip("/") + "/", str(tmp / "pkg"), recursive=True)
                root = _package_root(tmp / "pkg")
            else:
                fs.get(remote, str(tmp / "archive.zip"))
                safe_extract(tmp / "archive.zip", tmp / "pkg")
                root = _package_root(tmp / "pkg")
        else:
            path = Path(text.removeprefix("file://"))
            if path.is_file() and zipfile.is_zipfile(path):
                tmp = Path(tempfile.mkdtemp(prefix="newstables-"))
                safe_extract(path, tmp)
                root = _package_root(tmp)
            elif path.is_file() and path.name.endswith(".json"):
                root = path.parent
            elif path.is_dir():
                root = _package_root(path)
            else:
                raise PackageError(f"{source}: not a build folder, release .zip, datapackage.json or URL")
        descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
        yield Package(root, descriptor)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def resource_problems(pkg: Package, res: dict[str, Any]) -> list[tuple[str, str]]:
    """What is wrong with a resource's files against its descriptor, as (check, message): a
    missing file ("file"), its size ("bytes") or its sha256 ("sha256"). The loader stops at the
    first; ``newstables validate`` reports them all."""
    paths = pkg.paths(res)
    problems = [("file", f"{p.name}: file is missing") for p in paths if not p.is_file()]
    size, digest = files_digest([p for p in paths if p.is_file()])
    if "bytes" in res and size != res["bytes"]:
        problems.append(("bytes", f"{res['path']}: {size} bytes, but datapackage.json says {res['bytes']}"))
    want = str(res.get("hash", "")).removeprefix("sha256:")
    if want and digest != want:
        problems.append(
            ("sha256", f"{res['path']}: sha256 does not match datapackage.json (file changed or corrupt)")
        )
    return problems


def verify_resource(pkg: Package, res: dict[str, Any]) -> list[Path]:
    """Check the files' size and sha256 against the descriptor; return their paths."""
    problems = resource_problems(pkg, res)
    if problems:
        raise PackageError(problems[0][1])
    return pkg.paths(res)


def _read(pkg: Package, table: str, verify: bool) -> pd.DataFrame:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from newstables.frames import to_pandas

    res = pkg.resource(table)
    paths = verify_resource(pkg, res) if verify else pkg.paths(res)
    types = {f["name"]: f["type"] for f in res["schema"]["fields"]}
    return to_pandas(pa.concat_tables([pq.read_table(p) for p in paths]), types)


def load(table: str, source: str | Path = "build", verify: bool = True) -> pd.DataFrame:
    """One table as a DataFrame with the schema's dtypes (``string``, ``Int64``, ``float64``,
    ``datetime64[ms]``)."""
    if table not in TABLES and table != "rejects":
        raise ValueError(f"unknown table {table!r}; choose from {', '.join(TABLES)}")
    with open_package(source) as pkg:
        return _read(pkg, table, verify)


def load_all(source: str | Path = "build", verify: bool = True) -> dict[str, pd.DataFrame]:
    """All four tables, by name, unpacking a zip or URL once."""
    with open_package(source) as pkg:
        return {t: _read(pkg, t, verify) for t in TABLES}
