"""The compiled extractor (mypyc, built by setup.py) gives exactly what the Python source
gives, and a compiled module that no longer matches its source never runs."""

from __future__ import annotations

import dataclasses
import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newstables
from conftest import FIXTURES, SEED
from newstables import compiled

PACKAGE = Path(newstables.__file__).parent
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _fake_package(tmp_path: Path, binaries: tuple[str, ...] = compiled.MODULES) -> Path:
    folder = tmp_path / "pkg"
    folder.mkdir()
    for m in compiled.MODULES:
        shutil.copy(PACKAGE / f"{m}.py", folder / f"{m}.py")
    for m in binaries:
        (folder / f"{m}{SUFFIX}").write_bytes(b"")  # only their presence is looked at
    return folder


def test_no_binaries_is_not_stale(tmp_path: Path) -> None:
    assert not compiled.stale(_fake_package(tmp_path, binaries=()))


def test_binaries_built_from_these_sources_are_not_stale(tmp_path: Path) -> None:
    folder = _fake_package(tmp_path)
    compiled.write_stamp(folder)
    assert not compiled.stale(folder)


def test_an_edited_source_makes_the_binaries_stale(tmp_path: Path) -> None:
    folder = _fake_package(tmp_path)
    compiled.write_stamp(folder)
    with (folder / "quotes.py").open("a") as fh:
        fh.write("# an edit after the compile\n")
    assert compiled.stale(folder)


def test_binaries_without_a_stamp_are_stale(tmp_path: Path) -> None:
    assert compiled.stale(_fake_package(tmp_path))


def test_some_binaries_missing_is_stale(tmp_path: Path) -> None:
    folder = _fake_package(tmp_path, binaries=("quotes", "segment"))
    compiled.write_stamp(folder)
    assert compiled.stale(folder)


def _fresh_stdout(script: str, *args: str, pure: bool = False) -> str:
    """What ``script`` prints in a fresh interpreter, compiled where it can be (plain Python
    with ``pure``)."""
    env = {k: v for k, v in os.environ.items() if k != compiled.PURE_ENV}
    if pure:
        env[compiled.PURE_ENV] = "1"
    done = subprocess.run(
        [sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def _extract_fixtures(pure: bool) -> tuple[str, str]:
    """(mode, JSON of every fixture article's extraction), from a fresh interpreter."""
    script = (
        "import json, sys, datetime as dt\n"
        "from pathlib import Path\n"
        "from newstables import compiled\n"
        "from newstables.extract import extract_text\n"
        "out = {}\n"
        "for p in sys.argv[1:]:\n"
        "    text = Path(p).read_text(encoding='utf-8').split('\\n\\n', 1)[-1]\n"
        "    e = extract_text(text, dt.date(2015, 6, 1), weekdays=True)\n"
        "    out[Path(p).name] = [e.quotes, e.figures, e.speakers]\n"
        "print(json.dumps([compiled.mode(), json.dumps(out, sort_keys=True, default=str)]))\n"
    )
    paths = [str(SEED), *map(str, sorted((FIXTURES / "wikinews").glob("*.txt")))]
    mode, output = json.loads(_fresh_stdout(script, *paths, pure=pure))
    return mode, output


def test_pure_env_imports_every_hot_module_from_its_source() -> None:
    script = (
        "import sys\n"
        "import newstables.extract\n"
        "print(all(sys.modules['newstables.' + m].__file__.endswith('.py') for m in sys.argv[1:]))\n"
    )
    env = {**os.environ, compiled.PURE_ENV: "1"}
    done = subprocess.run(
        [sys.executable, "-c", script, *compiled.MODULES], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "True"


@pytest.mark.skipif(
    not compiled.usable(PACKAGE),
    reason="no compiled extractor here, or a stale one: NEWSTABLES_COMPILE=0, no mypyc or C compiler, "
    "or a hot module edited since the install (make setup compiles it again)",
)
def test_compiled_extractor_runs_and_matches_the_source_byte_for_byte() -> None:
    compiled_mode, compiled_out = _extract_fixtures(pure=False)
    pure_mode, pure_out = _extract_fixtures(pure=True)
    assert (compiled_mode, pure_mode) == ("compiled (mypyc)", "pure Python")
    assert json.loads(compiled_out)  # the fixtures do give quotes and figures
    assert compiled_out == pure_out


def test_make_compiles_again_after_an_edit_to_any_compiled_module() -> None:
    """The Makefile's list of hot sources (an edit to one recompiles) is compiled.MODULES."""
    makefile = (Path(__file__).parent.parent / "Makefile").read_text()
    hot = makefile.split("HOT := $(wildcard", 1)[1].split(")", 1)[0]
    listed = {Path(p).stem for p in hot.replace("\\", " ").split()}
    assert listed == {*compiled.MODULES, "compiled"}


def test_profile_training_reads_the_projects_sample_not_a_users_corpus() -> None:
    """make setup's training build (the profile for gcc) reads a folder of the repository's own
    articles, never all of raw/, where a user's corpus of any size may be, and that folder holds
    articles in every clone."""
    repo = Path(__file__).parent.parent
    makefile = (repo / "Makefile").read_text()
    folders = makefile.split("TRAINING_RAW := $(firstword $(wildcard ", 1)[1].split("\n", 1)[0]
    first, fallback = folders.replace(")", " ").split()
    assert (first, fallback) == ("raw/wikinews", "tests/fixtures/wikinews")
    assert "build $(TRAINING_RAW) --out $(TRAINING) --no-cache" in makefile
    assert len(list((repo / fallback).glob("*.txt"))) >= 10


@pytest.mark.skipif(not compiled.usable(PACKAGE), reason="no compiled extractor here, or a stale one")
def test_compiled_tokens_stay_out_of_the_garbage_collector() -> None:
    """Tokens, quote spans and sentences hold no references that could close a cycle, so the
    compiled classes are acyclic: not tracked by the collector (the source keeps them plain)."""
    script = (
        "import gc\n"
        "from newstables import compiled\n"
        "from newstables.segment import Quote, Sentence, Token\n"
        "made = [Token('a', 0, 1), Quote(0, 1, True, 0), Sentence(0, 1, 0)]\n"
        "print(compiled.mode(), [gc.is_tracked(x) for x in made])\n"
    )
    assert _fresh_stdout(script) == "compiled (mypyc) [False, False, False]"


@pytest.mark.skipif(not compiled.usable(PACKAGE), reason="no compiled extractor here, or a stale one")
def test_compiled_records_are_made_by_compiled_constructors() -> None:
    """The records made by the thousand (figures, mentions, entities, quotes) are dataclasses
    whose __init__ is the class's own, which mypyc compiles: the one dataclasses writes is
    Python source, made at import, and runs interpreted even in the compiled build."""
    script = (
        "import types\n"
        "from newstables import compiled\n"
        "from newstables.figures import Figure\n"
        "from newstables.mentions import Entity, Mention\n"
        "from newstables.quotes import ExtractedQuote\n"
        "kinds = [isinstance(c.__dict__['__init__'], types.FunctionType)\n"
        "         for c in (Figure, Mention, Entity, ExtractedQuote)]\n"
        "print(compiled.mode(), kinds)\n"
    )
    assert _fresh_stdout(script) == "compiled (mypyc) [False, False, False, False]"


def test_records_keep_their_dataclass_fields_defaults_and_equality() -> None:
    from newstables.figures import Figure
    from newstables.mentions import Entity, Mention
    from newstables.quotes import ExtractedQuote

    fig = Figure(1, 4, "count")
    assert (fig.value, fig.unit, fig.qualifier, fig.scale) == (None, None, None, 1)
    assert fig == Figure(1, 4, "count") and fig != Figure(1, 4, "money")
    assert [f.name for f in dataclasses.fields(Figure)][:4] == ["start", "end", "kind", "value"]
    first, second = Entity("Ann Lee", "person"), Entity("Ann Lee", "person")
    first.roles.append("mayor")
    assert second.roles == []  # each entity its own list
    mention = Mention(0, 3, "Lee", "name", name="Lee")
    assert mention.role is None
    quote = ExtractedQuote("direct", 0, 9, "said", mention)
    assert (quote.entity, quote.paragraph, quote.floating) == (None, 0, False)
    assert "mention=Mention(start=0" in repr(quote)
