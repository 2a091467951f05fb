"""The scorer follows gold/FORMAT.md: coverage thresholds, one-to-one matching, speaker names."""

from __future__ import annotations

from newstables.extract import ArticleExtraction
from newstables.scoring import Score, norm_name, score_figures, score_quotes

TEXT = "Alpha beta gamma delta. Epsilon zeta eta theta."


def doc(**kw: object) -> dict:
    return {"id": "d", "text": TEXT, "scope": ["quotes", "figures"], "quotes": [], "figures": [], **kw}


def quote(start: int, end: int, speaker: str | None = "A", kind: str = "indirect") -> dict:
    return {"kind": kind, "text": TEXT[start:end], "start": start, "end": end, "speaker": speaker}


def test_coverage_thresholds() -> None:
    gold = doc(quotes=[{"text": "Alpha beta gamma delta", "kind": "indirect", "speaker": "A"}])  # 22 chars
    for covered, at3, at8 in ((5, 0, 0), (10, 1, 0), (20, 1, 1)):
        s = Score()
        score_quotes(gold, ArticleExtraction.from_dicts(quotes=[quote(0, covered)]), s)
        assert (s.quotes[0.3].tp, s.quotes[0.8].tp) == (at3, at8), covered


def test_one_to_one_and_precision() -> None:
    gold = doc(quotes=[{"text": "Alpha beta gamma delta", "kind": "indirect", "speaker": "A"}])
    s = Score()
    score_quotes(gold, ArticleExtraction.from_dicts(quotes=[quote(0, 22), quote(0, 20), quote(24, 30)]), s)
    c = s.quotes[0.3]
    assert (c.tp, c.pred, c.gold) == (1, 3, 1)
    assert round(c.precision, 3) == 0.333 and c.recall == 1.0


def test_speaker_accuracy_ignores_case_and_punctuation_and_none_is_a_name() -> None:
    assert norm_name("Jean-Luc  O'Neil") == norm_name("jean luc oneil")
    gold = doc(
        quotes=[
            {"text": "Alpha beta", "kind": "indirect", "speaker": "Jean-Luc O'Neil"},
            {"text": "Epsilon zeta", "kind": "indirect", "speaker": None},
        ]
    )
    s = Score()
    pred = [quote(0, 10, "jean luc oneil"), quote(24, 36, None)]
    score_quotes(gold, ArticleExtraction.from_dicts(quotes=pred), s)
    assert (s.speaker_right, s.speaker_total) == (2, 2)
    s = Score()
    score_quotes(gold, ArticleExtraction.from_dicts(quotes=[quote(0, 10, None), quote(24, 36, "Someone")]), s)
    assert s.speaker_right == 0


def test_direct_quotes_scope_ignores_indirect_predictions() -> None:
    gold = doc(scope=["direct-quotes"], quotes=[{"text": "Alpha beta", "kind": "direct", "speaker": "A"}])
    s = Score()
    score_quotes(gold, ArticleExtraction.from_dicts(quotes=[quote(0, 10, kind="direct"), quote(24, 36)]), s)
    assert (s.quotes[0.3].tp, s.quotes[0.3].pred) == (1, 1)


def test_figures_overlap_kind_value_unit() -> None:
    text = "It cost $ 108 billion in 2005."
    gold = {
        "id": "f",
        "text": text,
        "scope": ["figures"],
        "quotes": [],
        "figures": [
            {"text": "$ 108 billion", "kind": "money", "value": 108e9, "unit": "USD"},
            {"text": "2005", "kind": "year", "value": 2005},
        ],
    }
    pred = [
        {"text": "$ 108 billion", "start": 8, "end": 21, "kind": "money", "value": 108.4e9, "unit": "USD"},
        {"text": "2005", "start": 25, "end": 29, "kind": "count", "value": 2005},
    ]
    s = Score()
    score_figures(gold, ArticleExtraction.from_dicts(figures=pred), s)
    assert (s.figures.tp, s.figures_right) == (2, 1)  # within 0.5% is right; the wrong kind is not


def test_roles_exact_and_overlapping() -> None:
    from newstables.scoring import score_roles

    gold = doc(
        speakers=[
            {"name": "Kaoru Yosano", "roles": ["Japanese minister of fiscal policy"]},
            {"name": "Mike DeWine", "roles": ["Governor of Ohio"]},
            {"name": "Ash Soni", "roles": ["President of the Royal Pharmaceutical Society"]},
            {"name": "Nobody Found", "roles": ["doctor"]},
        ]
    )
    ext = ArticleExtraction.from_dicts(
        speakers={
            # an article and case are no difference
            "kaoru-yosano": ("Kaoru Yosano", "person", ["the Japanese Minister of Fiscal Policy"]),
            # half the words: found, not exact
            "mike-dewine": ("Mike DeWine", "person", ["Governor", "Ohio Governor"]),
            # under half
            "ash-soni": ("Ash Soni", "person", ["pharmacist in the society"]),
        }
    )
    s = Score()
    score_roles(gold, ext, s)
    assert (s.roles.tp, s.roles.pred, s.roles.gold) == (1, 4, 4)
    # one-to-one: "Governor of Ohio" matches one of DeWine's two roles
    assert (s.roles_overlap.tp, s.roles_overlap.pred, s.roles_overlap.gold) == (2, 4, 4)
    assert sum("roles" in e for e in s.errors) == 3
