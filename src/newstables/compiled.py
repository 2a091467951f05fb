"""The extractor's hot modules, compiled to C by mypyc at install, and the guard that never
lets a stale compiled module run.

Why compiled: the extraction rules are plain Python, and their profile is flat (tokens, name
inventory, cue and figure rules each take 5-20%), so no single rewrite buys much; mypyc
compiles the very same typed source to C and makes the whole extractor about twice as fast
(with a few scans that read characters one by one when compiled, where plain Python runs
their regular expressions: ``lexicon.COMPILED``). The Python source stays the one truth:
output is byte-identical either way (tested), and every module still runs as plain Python
wherever it was not compiled.

Why a guard: an editable install (``make setup``) builds the compiled modules beside their
sources, and Python imports ``quotes.*.so`` before ``quotes.py``. After an edit to
``quotes.py`` the old compiled code would run. ``setup.py`` therefore records each source's
hash in :data:`STAMP`; when any source no longer matches (or ``NEWSTABLES_PURE=1`` is set)
every hot module is imported from its source instead. All or none: compiled modules call each
other directly, so a mix would still run the old code.

This module imports nothing from newstables: ``setup.py`` loads it by path before the
package is installed.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PACKAGE = "newstables"
# What mypyc compiles: the extractor and the modules whose functions it calls per token.
MODULES = ("lexicon", "segment", "mentions", "roles", "quotes", "figures", "extract")
STAMP = "compiled.json"  # {"modules": {name: sha256 of its source}}, written by setup.py
PURE_ENV = "NEWSTABLES_PURE"


def source_digests(folder: Path) -> dict[str, str]:
    return {m: hashlib.sha256((folder / f"{m}.py").read_bytes()).hexdigest() for m in MODULES}


def write_stamp(folder: Path) -> None:
    (folder / STAMP).write_text(json.dumps({"modules": source_digests(folder)}, indent=2) + "\n")


def _binaries(folder: Path) -> list[bool]:
    """For each hot module, whether a compiled binary of it sits in ``folder``."""
    suffixes = importlib.machinery.EXTENSION_SUFFIXES
    return [any((folder / f"{m}{suffix}").exists() for suffix in suffixes) for m in MODULES]


def _stamp_matches(folder: Path) -> bool:
    """Whether the stamp records exactly the sources in ``folder``."""
    try:
        recorded = json.loads((folder / STAMP).read_text())["modules"]
    except (OSError, ValueError, KeyError):
        return False
    return bool(recorded == source_digests(folder))


def stale(folder: Path) -> bool:
    """Whether compiled modules sit in ``folder`` that must not run: built from other
    sources, or only some of them built (a compile that failed part-way)."""
    present = _binaries(folder)
    return any(present) and not (all(present) and _stamp_matches(folder))


def usable(folder: Path) -> bool:
    """Whether ``folder`` holds compiled modules, all of them built from its sources."""
    return all(_binaries(folder)) and _stamp_matches(folder)


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Imports the hot modules from their ``.py`` files, never from compiled binaries."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != PACKAGE or name not in MODULES:
            return None
        return importlib.util.spec_from_file_location(fullname, self.folder / f"{name}.py")


def install_guard(folder: Path) -> bool:
    """Route the hot modules to their sources when the compiled ones must not run; returns
    whether it did. Called once, when the package is imported."""
    if os.environ.get(PURE_ENV, "") in ("", "0") and not stale(folder):
        return False
    if not any(isinstance(f, _SourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder(folder))
    return True


def mode() -> str:
    """How the extractor runs in this process: "compiled (mypyc)" or "pure Python"."""
    from newstables import quotes

    return "pure Python" if str(quotes.__file__).endswith(".py") else "compiled (mypyc)"
