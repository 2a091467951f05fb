"""Extraction quality on the gold fixtures: floors that catch regressions, and the committed
per-article error lists, which must match what the extractor does now."""

from __future__ import annotations

import json

from newstables.quality import OUT, render

# Floors a little under today's scores; the targets are in the README.
FLOORS = {
    "quotes_f1_03": 0.97,
    "quotes_f1_08": 0.96,
    "speaker_accuracy": 0.93,
    "figures_f1": 0.98,
    "value_accuracy": 0.97,
}


def test_scores_stay_above_the_floors() -> None:
    data = json.loads(render()["scores.json"])["all"]
    got = {
        "quotes_f1_03": data["quotes"]["0.3"]["f1"],
        "quotes_f1_08": data["quotes"]["0.8"]["f1"],
        "speaker_accuracy": data["speaker_accuracy"],
        "figures_f1": data["figures"]["f1"],
        "value_accuracy": data["figures"]["value_accuracy"],
    }
    for key, floor in FLOORS.items():
        assert got[key] >= floor, (key, got[key])


def test_committed_error_lists_are_current() -> None:
    for name, content in render().items():
        assert (OUT / name).read_text(encoding="utf-8") == content, f"run `make quality`: docs/quality/{name}"
