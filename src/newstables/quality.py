"""The committed quality record: scores and per-article error lists on the gold files.

``python -m newstables.quality`` rewrites ``docs/quality/``; a test fails when the files no
longer match the extractor, so every change in extraction shows up as a diff in review.
"""

from __future__ import annotations

import json
from pathlib import Path

from newstables.scoring import Score, evaluate, format_score

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "fixtures" / "gold"
OUT = REPO / "docs" / "quality"


def render(gold_dir: Path = GOLD) -> dict[str, str]:
    """File name -> content for the quality record."""
    paths = sorted(gold_dir.glob("*.jsonl"))
    scores = evaluate(paths)
    total = Score()
    for s in scores.values():
        total.add(s)
    text = "\n".join(format_score(name, s) for name, s in scores.items())
    text += "\n" + format_score("all", total) + "\n"
    errors = "".join(f"{name}\t{line}\n" for name, s in scores.items() for line in sorted(s.errors))
    data = {name: s.as_dict() for name, s in scores.items()} | {"all": total.as_dict()}
    return {
        "scores.txt": text,
        "errors.tsv": "gold_file\tarticle\terror\tdetail\n" + errors,
        "scores.json": json.dumps(data, indent=2, sort_keys=True) + "\n",
    }


def write(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, content in render().items():
        (out / name).write_text(content, encoding="utf-8")


if __name__ == "__main__":
    write()
