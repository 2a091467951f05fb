"""The committed build/ and datapackage.json are exactly what a fresh build of raw/ gives."""

from __future__ import annotations

import hashlib
from pathlib import Path

import newstables

REPO = Path(__file__).parent.parent


def digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


def test_committed_build_matches_a_fresh_build(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    newstables.build(REPO / "raw", tmp_path / "build", jobs=1, root_descriptor=tmp_path / "datapackage.json")
    assert digests(REPO / "build") == digests(tmp_path / "build"), "run `make build` and commit build/"
    assert (REPO / "datapackage.json").read_bytes() == (tmp_path / "datapackage.json").read_bytes()
