"""Every input the fuzzer (bench/fuzz.py) ever crashed on stays fixed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).parent.parent
CRASHES = sorted((REPO / "tests" / "fixtures" / "crashes").glob("*.bin"))


def _fuzz_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("fuzz", REPO / "bench" / "fuzz.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
