"""Fuzz the reader and the extractors: random mutations of real articles and random bytes.

    python bench/fuzz.py [--seconds 60] [--seed 1]

Every input is read like a raw file and extracted; any exception, invalid span or
non-deterministic output is a crash. Crashing inputs are saved to tests/fixtures/crashes/,
which tests/test_fuzz_regressions.py replays on every test run. Prints inputs tried and
crashes found.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import time
import traceback
from pathlib import Path

from newstables.extract import extract_text
from newstables.reader import BadArticle, decode_utf8, parse_txt

REPO = Path(__file__).resolve().parent.parent
CRASHES = REPO / "tests" / "fixtures" / "crashes"
SEEDS = sorted((REPO / "raw").rglob("*.txt"))[:50] or sorted((REPO / "tests" / "fixtures").rglob("*.txt"))
TOKENS = [
    '"',
    "“",
    "”",
    "«",
    "»",
    "„",
    "'",
    "’",
    "$",
    "€",
    "£",
    "%",
    "said",
    "told",
    "according to",
    "million",
    "percent",
    "per cent",
    "between",
    " and ",
    " to ",
    "-",
    "–",
    "June 28",
    "2021",
    "1990s",
    "first",
    "#3",
    "He ",
    "She ",
    "The ",
    "Mr. ",
    "U.S. ",
    ", ",
    ". ",
    "\n\n",
    ":",
    ";",
    "(",
    ")",
    "\u202e",
    "👍🏽",
    "e\u0301",
    "\x00",
    "\r\n",
    "\ufeff",
    "9:30 a.m.",
    "COVID-19",
    "half a",
    "a dozen",
    "twenty-one",
]


# Letters that case-insensitive patterns take for ASCII ones ("İ"/"ı" for i, "ſ" for s, the
# Kelvin sign for k): swapped into words, they once made a matched word miss its lexicon entry.
CASE_TWINS = {"i": "İı", "I": "ı", "s": "ſ", "k": "\u212a", "K": "\u212a"}


def case_games(rng: random.Random, chars: list[str], at: int) -> None:
    """Upper-case a span, or swap its letters for their case twins, in place."""
    span = slice(at, at + rng.randint(1, 30))
    if rng.random() < 0.5:
        chars[span] = list("".join(chars[span]).upper())
    else:
        chars[span] = [rng.choice(CASE_TWINS[c]) if c in CASE_TWINS else c for c in chars[span]]


def mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 12)):
        op = rng.random()
        pos = rng.randint(0, len(chars))
        if op < 0.35:
            chars[pos:pos] = list(rng.choice(TOKENS))
        elif op < 0.45 and chars:
            case_games(rng, chars, pos)
        elif op < 0.6 and chars:
            del chars[pos : pos + rng.randint(1, 20)]
        elif op < 0.75 and chars:
            a = rng.randint(0, len(chars) - 1)
            chars[pos:pos] = chars[a : a + rng.randint(1, 200)]
        elif op < 0.9:
            chars[pos:pos] = [chr(rng.randint(1, 0x2FFF)) for _ in range(rng.randint(1, 5))]
        else:
            chars[pos:pos] = list(rng.choice(TOKENS) * rng.randint(2, 300))
    return "".join(chars)


def check(data: bytes) -> None:
    """Read the bytes as a raw file and extract; raise on any broken invariant."""
    try:
        article = parse_txt("fuzz.txt", decode_utf8(data))
    except BadArticle:
        text, date = data.decode("utf-8", "replace"), dt.date(2021, 7, 15)
    else:
        text, date = article.text, article.date
    first = extract_text(text, date)
    for row in first.quotes + first.figures:
        if (
            not (0 <= row["start"] < row["end"] <= len(text))
            or text[row["start"] : row["end"]] != row["text"]
        ):
            raise AssertionError(f"bad span {row}")
    second = extract_text(text, date)
    if (second.quotes, second.figures) != (first.quotes, first.figures):
        raise AssertionError("output differs between two runs")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    seeds = [p.read_text(encoding="utf-8") for p in SEEDS]
    tried = crashes = 0
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        if rng.random() < 0.1:
            data = bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 400)))
        else:
            data = mutate(rng, rng.choice(seeds)).encode("utf-8", "surrogatepass")
        tried += 1
        try:
            check(data)
        except Exception:
            crashes += 1
            CRASHES.mkdir(parents=True, exist_ok=True)
            name = hashlib.sha256(data).hexdigest()[:16]
            (CRASHES / f"{name}.bin").write_bytes(data)
            print(f"crash {name}:\n{traceback.format_exc(limit=3)}")
    print(
        f"inputs tried: {tried:,}; crashes found: {crashes}; seconds: {args.seconds:.0f}; seed: {args.seed}"
    )


if __name__ == "__main__":
    main()
