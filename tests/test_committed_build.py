"""The committed build/ and datapackage.json are exactly what a fresh build of raw/ gives."""

from __future__ import annotations

from pathlib import Path

import newstables
from conftest import digests

REPO = Path(__file__).parent.parent


def test_committed_build_matches_a_fresh_build(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    newstables.build(REPO / "raw", tmp_path / "build", jobs=1, root_descriptor=tmp_path / "datapackage.json")
    assert digests(REPO / "build") == digests(tmp_path / "build"), "run `make build` and commit build/"
    assert (REPO / "datapackage.json").read_bytes() == (tmp_path / "datapackage.json").read_bytes()
