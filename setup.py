"""Compiles the extractor's hot modules with mypyc (see src/newstables/compiled.py for why).

``NEWSTABLES_COMPILE=0`` installs plain Python; so does any machine where mypyc or a C
compiler is missing (the extensions are optional: a failed compile leaves the pure modules).
Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

from setuptools import Extension, setup

HERE = Path(__file__).resolve().parent
PACKAGE_DIR = HERE / "src" / "newstables"


def _compiled_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_newstables_compiled", PACKAGE_DIR / "compiled.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ext_modules() -> list[Extension]:
    compiled = _compiled_module()
    stamp = PACKAGE_DIR / compiled.STAMP
    stamp.unlink(missing_ok=True)  # no stamp, no compiled module runs (until written below)
    if os.environ.get("NEWSTABLES_COMPILE", "1") == "0":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return []
    # Generated C goes under the setuptools build folder, not mypyc's default build/ (the
    # dataset's output folder here).
    extensions = mypycify(
        [f"src/newstables/{m}.py" for m in compiled.MODULES],
        opt_level="3",
        target_dir=".setuptools-build/mypyc",
    )
    for ext in extensions:
        ext.optional = True
    compiled.write_stamp(PACKAGE_DIR)
    return extensions


setup(ext_modules=ext_modules())
