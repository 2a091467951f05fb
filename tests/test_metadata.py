"""schema/ is the single source of truth: every artefact must agree with it."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from newstables import metadata
from newstables.validation import pandera_schema

REPO = Path(__file__).parent.parent


def yaml_tables() -> dict[str, dict]:
    pkg = yaml.safe_load((REPO / "schema" / "package.yaml").read_text())
    return {t: yaml.safe_load((REPO / "schema" / f"{t}.yaml").read_text()) for t in pkg["tables"]}


def test_contract_columns_are_present() -> None:
    required = {
        "articles": ["article_id", "source", "date", "text"],
        "speakers": ["speaker_id", "name"],
        "quotes": [
            "quote_id",
            "article_id",
            "speaker_id",
            "kind",
            "text",
            "start",
            "end",
            "speaker_start",
            "speaker_end",
            "cue",
        ],
        "figures": [
            "figure_id",
            "article_id",
            "text",
            "start",
            "end",
            "kind",
            "value",
            "unit",
            "date_value",
            "qualifier",
        ],
    }
    for table, cols in required.items():
        assert set(cols) <= set(metadata.table(table).columns), table


def test_every_artefact_matches_schema_yaml() -> None:
    descriptor = json.loads((REPO / "datapackage.json").read_text())
    for name, spec in yaml_tables().items():
        cols = [f["name"] for f in spec["fields"]]
        t = metadata.table(name)
        assert t.arrow_schema().names == cols
        assert list(pandera_schema(name).columns) == cols
        for res in (r for r in descriptor["resources"] if r["table"] == name):
            fields = res["schema"]["fields"]
            assert [f["name"] for f in fields] == cols
            assert [f["type"] for f in fields] == [f["type"] for f in spec["fields"]]
            assert res["schema"]["primaryKey"] == spec["primary_key"]
            for f, y in zip(fields, spec["fields"], strict=True):
                assert f.get("constraints", {}).get("required", False) == y.get("required", False)
                assert f.get("constraints", {}).get("enum") == (y.get("constraints") or {}).get("enum")


def test_readme_data_dictionary_is_generated() -> None:
    readme = (REPO / "README.md").read_text()
    assert metadata.data_dictionary() in readme


def test_loader_tables_are_the_schema_tables() -> None:
    from newstables.loader import TABLES  # kept literal: the loader reads no schema files

    assert tuple(name for name in metadata.table_names() if name != "rejects") == TABLES


def test_schema_files_read_the_same_with_the_fast_yaml_loader() -> None:
    """The schema is read with libyaml's safe loader where there is one: it must give what
    PyYAML's own safe loader gives, for every file."""
    files = sorted((REPO / "schema").glob("*.yaml"))
    assert len(files) > 1
    for path in files:
        assert metadata._read_yaml(path) == yaml.safe_load(path.read_text(encoding="utf-8")), path.name
