"""Every input the fuzzer (bench/fuzz.py) ever crashed on stays fixed."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from conftest import REPO, module_from_file

CRASHES = sorted((REPO / "tests" / "fixtures" / "crashes").glob("*.bin"))


def _fuzz_module() -> ModuleType:
    return module_from_file("fuzz", REPO / "bench" / "fuzz.py")


@pytest.mark.parametrize("path", CRASHES, ids=[p.stem for p in CRASHES])
def test_former_crash_is_fixed(path: Path) -> None:
    _fuzz_module().check(path.read_bytes())


def test_fuzzer_runs_and_finds_nothing_new() -> None:
    fuzz = _fuzz_module()
    import random

    rng = random.Random(0)
    seeds = [p.read_text(encoding="utf-8") for p in fuzz.SEEDS[:5]]
    for _ in range(30):
        fuzz.check(fuzz.mutate(rng, rng.choice(seeds)).encode("utf-8", "surrogatepass"))
