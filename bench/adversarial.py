"""Time per MB of every extractor on hostile input, next to ordinary news text.

    python bench/adversarial.py [--mb 2]

Linear extractors show a flat time per MB as the input grows; the script prints each case
at two sizes so a super-linear one stands out.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from newstables.extract import extract_text
from newstables.figures import extract_figures
from newstables.quotes import extract_quotes
from newstables.roles import article_roles

REPO = Path(__file__).resolve().parent.parent
DAY = dt.date(2021, 1, 1)


def cases(mb: float) -> dict[str, str]:
    n = int(mb * 1_000_000)
    news = "\n\n".join(
        p.read_text(encoding="utf-8").split("\n\n\n", 1)[-1] for p in sorted((REPO / "raw").rglob("*.txt"))
    )
    return {
        "news text": (news * (n // len(news) + 1))[:n],
        "one paragraph": ("Officials said the plan, which cost $5 million, would work. " * (n // 60))[:n],
        "quote marks": '"' * n,
        "digits": "7" * n,
        "said repeated": ("said " * (n // 5))[:n],
        "mixed marks": ('“a” «b» „c“ "d ' * (n // 16))[:n],
        "trailing spaces": "Officials said it, he said." + " " * n,
        # a "he" with no person to point to, and titles: lookups that once went back to the start
        "pronouns": ('Smith met Jones. "It is bad," he said. ' * (n // 39))[:n],
        "titles": ("Vice President Dick Cheney spoke. The vice president said it was bad. " * (n // 71))[:n],
        # a speaker's name at every turn, with and without spaces: roles are read at each
        "name repeated": ("Smith said it would work.\n" + "Smith" * (n // 5))[:n],
        "appositions": ("Smith said it would work.\n" + "Mr Smith, the boss, " * (n // 20))[:n],
    }


def seconds(fn, text: str) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn(text)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=2.0)
    args = ap.parse_args()
    print(f"{'input':<16}{'MB':>6}{'quotes s/MB':>14}{'figures s/MB':>14}{'roles s/MB':>14}")
    for size in (args.mb / 4, args.mb):
        for name, text in cases(size).items():
            mb = len(text.encode()) / 1e6
            q = seconds(extract_quotes, text) / mb
            f = seconds(lambda t: extract_figures(t, DAY), text) / mb
            names = [n for n, _, _ in extract_text(text, DAY).speakers.values()]
            r = seconds(lambda t: article_roles(t, names), text) / mb  # noqa: B023 (called at once)
            print(f"{name:<16}{mb:>6.2f}{q:>14.3f}{f:>14.3f}{r:>14.3f}")


if __name__ == "__main__":
    main()
