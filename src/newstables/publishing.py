"""Releases: a versioned, byte-reproducible archive of a validated build.

dist/newstables-data-X.Y.Z.zip holds one folder with datapackage.json, the tables (Parquet
and CSV), the data card as README.md (with its plots), the data dictionary, CHANGELOG.md,
CITATION.cff, LICENSE and SHA256SUMS. Entries are sorted and every timestamp and permission
is fixed, so the same build gives the same bytes.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from newstables import __version__, datacard
from newstables.compare import diff
from newstables.digest import files_digest
from newstables.folders import write_json
from newstables.validation import validate

SEMVER = re.compile(r"\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?")
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold


class ReleaseError(RuntimeError):
    pass


CITATION = """cff-version: 1.2.0
message: "If you use these data, please cite them as below."
type: dataset
title: "newstables: quotes, speakers and figures from news articles"
version: "{version}"
date-released: "{date}"
license: CC-BY-2.5
authors:
  - name: "newstables contributors"
keywords:
  - news
  - quotes
  - speakers
  - figures
"""

LICENSE = """Data licence
============

The tables in this release are derived from news articles and contain their text.

Article text from English Wikinews (https://en.wikinews.org) is licensed under the Creative
Commons Attribution 2.5 licence (https://creativecommons.org/licenses/by/2.5/); articles
published before 25 September 2005 are in the public domain. To reuse it, credit "Wikinews"
and the article (title or URL, in articles.url or articles.source), link the licence, and
state that the text was modified: markup and page furniture were removed.

Other article text keeps the licence under which it was published; the articles table
records each article's source.

The structure of the tables, the extraction and the code that produced them are released
under the MIT licence by the newstables contributors.
"""


def _previous_release(dist: Path, version: str) -> Path | None:
    found = []
    for p in dist.glob("newstables-data-*.zip"):
        v = p.name.removeprefix("newstables-data-").removesuffix(".zip")
        if SEMVER.fullmatch(v) and _key(v) < _key(version):
            found.append((_key(v), p))
    return max(found)[1] if found else None


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(x) for x in version.split("-")[0].split("."))


def _update_changelog(text: str, entry: str, version: str) -> str:
    """CHANGELOG.md with this version's entry (replacing an older one for the same version)."""
    text = text or "# Changelog\n\n"
    head, _, rest = text.partition("\n## ")
    entries = [("## " + e) for e in ("\n## " + rest).split("\n## ") if e.strip()] if rest else []
    entries = [e for e in entries if not e.startswith(f"## {version} ")]
    body = "\n".join([entry.rstrip() + "\n", *[e.rstrip() + "\n" for e in entries]])
    return head.rstrip() + "\n\n" + body


def _write_zip(folder: Path, archive: Path, prefix: str) -> None:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    with zipfile.ZipFile(archive, "w") as zf:
        for p in files:
            info = zipfile.ZipInfo(f"{prefix}/{p.relative_to(folder).as_posix()}", date_time=ZIP_EPOCH)
            info.external_attr = 0o644 << 16
            info.create_system = 3
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, p.read_bytes(), compresslevel=9)


def release(
    version: str | None = None,
    build: str | Path = "build",
    dist: str | Path = "dist",
    previous: str | Path | None = None,
    changelog: str | Path | None = "CHANGELOG.md",
    quality_json: str | Path | None = "docs/quality/scores.json",
) -> Path:
    """Validate ``build`` and write dist/newstables-data-VERSION.zip; mirrors ``newstables release``."""
    version = version or __version__
    if not SEMVER.fullmatch(version):
        raise ReleaseError(f"version {version!r} is not SemVer (X.Y.Z)")
    build, dist = Path(build), Path(dist)
    report = validate(build)
    if not report.ok:
        raise ReleaseError(f"{build} is not valid; nothing released\n{report.summary()}")
    descriptor = json.loads((build / "datapackage.json").read_text(encoding="utf-8"))
    date = descriptor["created"][:10]
    dist.mkdir(parents=True, exist_ok=True)
    prev = Path(previous) if previous else _previous_release(dist, version)
    if prev is not None:
        entry = diff(prev, build).changelog(version, date)
    else:
        entry = f"## {version} ({date})\n\nFirst release.\n"
    current = Path(changelog).read_text(encoding="utf-8") if changelog and Path(changelog).is_file() else ""
    changelog_text = _update_changelog(current, entry, version)
    if changelog:
        Path(changelog).write_text(changelog_text, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "pkg"
        stage.mkdir()
        for p in sorted(build.iterdir()):
            if p.suffix in (".parquet", ".csv"):
                shutil.copyfile(p, stage / p.name)
        descriptor["version"] = version
        write_json(stage / "datapackage.json", descriptor)
        card_dir = Path(tmp) / "card"
        datacard.write(build, card_dir, Path(quality_json) if quality_json else None)
        (stage / "README.md").write_text(
            (card_dir / "DATACARD.md").read_text(encoding="utf-8"), encoding="utf-8"
        )
        shutil.copyfile(card_dir / "data-dictionary.md", stage / "data-dictionary.md")
        shutil.copytree(card_dir / "img", stage / "img")
        (stage / "CHANGELOG.md").write_text(changelog_text, encoding="utf-8")
        (stage / "CITATION.cff").write_text(CITATION.format(version=version, date=date), encoding="utf-8")
        (stage / "LICENSE").write_text(LICENSE, encoding="utf-8")
        sums = "".join(
            f"{files_digest([p])[1]}  {p.relative_to(stage).as_posix()}\n"
            for p in sorted(stage.rglob("*"))
            if p.is_file()
        )
        (stage / "SHA256SUMS").write_text(sums, encoding="utf-8")
        archive = dist / f"newstables-data-{version}.zip"
        tmp_archive = dist / f".{archive.name}.tmp"
        _write_zip(stage, tmp_archive, f"newstables-data-{version}")
        tmp_archive.replace(archive)
    return archive
