"""Compiles the extractor's hot modules with mypyc (see src/newstables/compiled.py for why).

``NEWSTABLES_COMPILE=0`` installs plain Python; so does any machine where mypyc or a C
compiler is missing (the extensions are optional: a failed compile leaves the pure modules).
``NEWSTABLES_PGO=generate`` and then ``NEWSTABLES_PGO=use`` compile with gcc's profile-guided
optimisation, the profile written in between by a training build (the Makefile's setup does
all three). Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sysconfig
from pathlib import Path
from types import ModuleType

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
PACKAGE_DIR = HERE / "src" / "newstables"
WORK_DIR = HERE / ".setuptools-build"
PROFILE_DIR = WORK_DIR / "profile"
# How each pass compiles. gcc keys a profile to its object file's path and each function's
# source lines; "use" must not fail for a function the training never ran, or for one whose
# profile no longer fits (mypyc's generated C adds -Werror).
PGO_FLAGS = {
    "generate": [f"-fprofile-generate={PROFILE_DIR}"],
    "use": [
        f"-fprofile-use={PROFILE_DIR}",
        "-fprofile-partial-training",
        "-Wno-missing-profile",
        "-Wno-coverage-mismatch",
        "-Wno-error",
    ],
}


class FixedFolderBuildExt(build_ext):
    """Objects in one folder, compiled every time: gcc finds a profile by its object file's
    path, which in the build backend's temporary folder changes from one build to the next,
    and the two passes differ only in flags, which the up-to-date check does not see."""

    def finalize_options(self) -> None:
        super().finalize_options()
        self.build_temp = str(WORK_DIR / "objects")
        self.force = True


def _compiled_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_newstables_compiled", PACKAGE_DIR / "compiled.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ext_modules(pgo: str = "") -> list[Extension]:
    """The compiled extractor's extensions; ``pgo`` names a profile-guided pass (PGO_FLAGS)."""
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
        # The generated functions are global symbols of a -fPIC library, which gcc may
        # neither inline nor call directly unless told nothing will interpose them (nothing
        # does: other modules reach them through a capsule). Extraction ~6% faster.
        ext.extra_compile_args = [*ext.extra_compile_args, "-fno-semantic-interposition"]
    if pgo:
        _profile_guided(extensions, pgo)
    compiled.write_stamp(PACKAGE_DIR)
    return extensions


def _pgo_mode() -> str:
    """NEWSTABLES_PGO's pass, when the compiler is gcc (clang's profiles take another tool and
    other flags); empty otherwise, which compiles as usual."""
    mode = os.environ.get("NEWSTABLES_PGO", "")
    if mode not in PGO_FLAGS:
        return ""
    compiler = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()
    try:
        version = subprocess.run([*compiler, "--version"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return ""
    return mode if "clang" not in version.lower() else ""


def _profile_guided(extensions: list[Extension], mode: str) -> None:
    from mypyc.build import include_dir

    # mypyc's runtime C is #included into the generated module from the build environment,
    # a new temporary folder each build: a fixed copy keeps its functions' profiles valid.
    original, runtime = include_dir(), WORK_DIR / "lib-rt"
    shutil.rmtree(runtime, ignore_errors=True)
    shutil.copytree(original, runtime)
    for ext in extensions:
        ext.include_dirs = [str(runtime) if d == original else d for d in ext.include_dirs]
        # mypycify hands every extension the same argument lists: new lists, not appends
        ext.extra_compile_args = [*ext.extra_compile_args, *PGO_FLAGS[mode]]
        if mode == "generate":
            ext.extra_link_args = [*ext.extra_link_args, *PGO_FLAGS[mode]]


PGO = _pgo_mode()
setup(ext_modules=ext_modules(PGO), cmdclass={"build_ext": FixedFolderBuildExt} if PGO else {})
