"""Score extraction against hand-checked gold files (the rules of ``gold/FORMAT.md``).

Quotes: a prediction matches a gold quote when it covers more than a share (0.3 "found", 0.8
"right boundaries") of the gold quote's characters; one-to-one, best coverage first. Speaker
accuracy is over quotes matched at 0.3. Figures: spans must overlap; a matched figure is right
when kind, value (within 0.5%) or date_value, and unit where the gold gives one, agree.
Roles: each gold speaker's roles against the roles found for the speaker of the same name
(casefolded, a leading article dropped), exactly or sharing at least half their words (word
F1 >= 0.5); one-to-one, best first. A gold speaker not found counts its roles as missed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newstables.extract import ArticleExtraction, extract_text

THRESHOLDS = (0.3, 0.8)
VALUE_TOLERANCE = 0.005
ROLE_OVERLAP = 0.5
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an|another)\s+")


def norm_name(name: str | None) -> str | None:
    if name is None:
        return None
    return re.sub(r"[\W_]+", "", name.casefold())


def _locate(text: str, needle: str, start: int | None = None, occurrence: int | None = None) -> int:
    if start is not None and text[start : start + len(needle)] == needle:
        return start
    pos = -1
    for _ in range(occurrence or 1):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            break
    return pos


@dataclass
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "pred": self.pred,
            "gold": self.gold,
        }


@dataclass
class Score:
    quotes: dict[float, Counts] = field(default_factory=lambda: {t: Counts() for t in THRESHOLDS})
    by_kind: dict[str, Counts] = field(default_factory=dict)
    speaker_right: int = 0
    speaker_total: int = 0
    figures: Counts = field(default_factory=Counts)
    figures_right: int = 0
    figure_kinds: dict[str, list[int]] = field(default_factory=dict)  # kind -> [right, matched, gold]
    roles: Counts = field(default_factory=Counts)  # exact
    roles_overlap: Counts = field(default_factory=Counts)  # word F1 >= ROLE_OVERLAP
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for t in THRESHOLDS:
            self.quotes[t].add(other.quotes[t])
        for k, c in other.by_kind.items():
            self.by_kind.setdefault(k, Counts()).add(c)
        self.speaker_right += other.speaker_right
        self.speaker_total += other.speaker_total
        self.figures.add(other.figures)
        self.figures_right += other.figures_right
        for k, v in other.figure_kinds.items():
            acc = self.figure_kinds.setdefault(k, [0, 0, 0])
            for i in range(3):
                acc[i] += v[i]
        self.roles.add(other.roles)
        self.roles_overlap.add(other.roles_overlap)
        self.errors.extend(other.errors)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_total if self.speaker_total else 1.0

    @property
    def value_accuracy(self) -> float:
        return self.figures_right / self.figures.tp if self.figures.tp else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "quotes": {str(t): c.as_dict() for t, c in self.quotes.items()},
            "quotes_by_kind": {
                k: {"precision": c.precision, "recall": c.recall, "f1": c.f1}
                for k, c in sorted(self.by_kind.items())
            },
            "speaker_accuracy": self.speaker_accuracy,
            "figures": {
                "precision": self.figures.precision,
                "recall": self.figures.recall,
                "f1": self.figures.f1,
                "value_accuracy": self.value_accuracy,
            },
            "figures_by_kind": {
                k: {"right": v[0], "matched": v[1], "gold": v[2]}
                for k, v in sorted(self.figure_kinds.items())
            },
            "roles": {"exact": self.roles.as_dict(), "overlap": self.roles_overlap.as_dict()},
        }


def _match(pairs: list[tuple[float, int, int]]) -> dict[int, tuple[int, float]]:
    """One-to-one matching, best score first: gold index -> (prediction index, score)."""
    matched: dict[int, tuple[int, float]] = {}
    used: set[int] = set()
    for score, g, p in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if g in matched or p in used:
            continue
        matched[g] = (p, score)
        used.add(p)
    return matched


def score_quotes(doc: dict[str, Any], ext: ArticleExtraction, score: Score) -> None:
    text = doc["text"]
    scope = doc.get("scope", [])
    direct_only = "direct-quotes" in scope and "quotes" not in scope
    preds = [q for q in ext.quotes if not (direct_only and q["kind"] == "indirect")]
    golds = []
    for g in doc.get("quotes", []):
        pos = _locate(text, g["text"], g.get("start"))
        if pos >= 0:
            golds.append((pos, pos + len(g["text"]), g))
    pairs = []
    for gi, (gs, ge, _) in enumerate(golds):
        for pi, p in enumerate(preds):
            overlap = min(ge, p["end"]) - max(gs, p["start"])
            if overlap > 0:
                pairs.append((overlap / (ge - gs), gi, pi))
    for t in THRESHOLDS:
        m = _match([x for x in pairs if x[0] > t])
        score.quotes[t].add(Counts(len(m), len(preds), len(golds)))
        if t != THRESHOLDS[0]:
            continue
        for kind in ("direct", "indirect"):
            kc = Counts(
                sum(1 for g, (p, _) in m.items() if golds[g][2]["kind"] == kind),
                sum(1 for p in preds if p["kind"] == kind),
                sum(1 for g in golds if g[2]["kind"] == kind),
            )
            score.by_kind.setdefault(kind, Counts()).add(kc)
        for gi, (pi, _) in m.items():
            gold_name, pred_name = golds[gi][2].get("speaker"), preds[pi].get("speaker")
            ok = norm_name(gold_name) == norm_name(pred_name)
            score.speaker_total += 1
            score.speaker_right += ok
            if not ok:
                score.errors.append(
                    f"{doc['id']}\tspeaker\tgold={gold_name!r} pred={pred_name!r} "
                    f"mention={preds[pi].get('speaker_mention')!r}\t{golds[gi][2]['text'][:70]!r}"
                )
        used = {pi for pi, _ in m.values()}
        for gi, (_, _, g) in enumerate(golds):
            if gi not in m:
                score.errors.append(f"{doc['id']}\tmissed-quote\t{g['kind']}\t{g['text'][:90]!r}")
        for pi, p in enumerate(preds):
            if pi not in used:
                score.errors.append(f"{doc['id']}\tfalse-quote\t{p['kind']}\t{p['text'][:90]!r}")


def _figure_right(g: dict[str, Any], p: dict[str, Any]) -> bool:
    if g.get("kind") != p.get("kind"):
        return False
    if g.get("unit") is not None and g["unit"] != p.get("unit"):
        return False
    if g.get("date_value") is not None:
        return g["date_value"] == p.get("date_value")
    gv, pv = g.get("value"), p.get("value")
    if gv is None:
        return True
    if pv is None:
        return False
    return abs(pv - gv) <= VALUE_TOLERANCE * max(abs(gv), 1e-12)


def score_figures(doc: dict[str, Any], ext: ArticleExtraction, score: Score) -> None:
    text = doc["text"]
    golds = []
    for g in doc.get("figures", []):
        pos = _locate(text, g["text"], g.get("start"), g.get("occurrence"))
        if pos >= 0:
            golds.append((pos, pos + len(g["text"]), g))
    preds = ext.figures
    pairs = []
    for gi, (gs, ge, _) in enumerate(golds):
        for pi, p in enumerate(preds):
            overlap = min(ge, p["end"]) - max(gs, p["start"])
            if overlap > 0:
                pairs.append((overlap / max(ge - gs, p["end"] - p["start"]), gi, pi))
    m = _match(pairs)
    score.figures.add(Counts(len(m), len(preds), len(golds)))
    for gi, (_, _, g) in enumerate(golds):
        acc = score.figure_kinds.setdefault(g["kind"], [0, 0, 0])
        acc[2] += 1
        if gi not in m:
            score.errors.append(f"{doc['id']}\tmissed-figure\t{g['kind']}\t{g['text']!r}")
            continue
        p = preds[m[gi][0]]
        acc[1] += 1
        if _figure_right(g, p):
            acc[0] += 1
            score.figures_right += 1
        else:
            score.errors.append(
                f"{doc['id']}\twrong-figure\tgold={g['text']!r} {g['kind']} {g.get('value')} "
                f"{g.get('unit')} {g.get('date_value')} | pred={p['text']!r} {p['kind']} "
                f"{p.get('value')} {p.get('unit')} {p.get('date_value')}"
            )
    used = {pi for pi, _ in m.values()}
    for pi, p in enumerate(preds):
        if pi not in used:
            score.errors.append(f"{doc['id']}\tfalse-figure\t{p['kind']}\t{p['text']!r}")


def norm_role(role: str) -> str:
    return _LEADING_ARTICLE.sub("", " ".join(role.casefold().split()))


def _word_f1(a: str, b: str) -> float:
    aw, bw = a.split(), b.split()
    common = sum(min(aw.count(w), bw.count(w)) for w in set(aw))
    return 2 * common / (len(aw) + len(bw)) if common else 0.0


def score_roles(doc: dict[str, Any], ext: ArticleExtraction, score: Score) -> None:
    found = {norm_name(name): roles for name, _, roles in ext.speakers.values()}
    for speaker in doc.get("speakers", []):
        name = norm_name(speaker["name"])
        golds = [norm_role(r) for r in speaker.get("roles", [])]
        preds = [norm_role(r) for r in found.get(name, [])]
        exact = _match([(1.0, gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds) if g == p])
        score.roles.add(Counts(len(exact), len(preds), len(golds)))
        pairs = [(_word_f1(g, p), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)]
        overlap = _match([x for x in pairs if x[0] >= ROLE_OVERLAP])
        score.roles_overlap.add(Counts(len(overlap), len(preds), len(golds)))
        if sorted(golds) != sorted(preds):
            score.errors.append(f"{doc['id']}\troles\t{speaker['name']!r}\tgold={golds!r} pred={preds!r}")


def read_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate_docs(docs: Iterable[dict[str, Any]]) -> Score:
    import datetime as dt

    total = Score()
    for doc in docs:
        ext = extract_text(doc["text"], dt.date.fromisoformat(doc["date"]))
        s = Score()
        scope = doc.get("scope", ["quotes", "figures"])
        if "quotes" in scope or "direct-quotes" in scope:
            score_quotes(doc, ext, s)
            score_roles(doc, ext, s)
        if "figures" in scope:
            score_figures(doc, ext, s)
        total.add(s)
    return total


def evaluate(paths: Iterable[Path | str]) -> dict[str, Score]:
    """Score each gold file; the result maps file name to its :class:`Score`."""
    return {Path(p).name: evaluate_docs(read_gold(Path(p))) for p in paths}


def format_score(name: str, s: Score) -> str:
    q3, q8 = s.quotes[0.3], s.quotes[0.8]
    lines = [
        f"{name}",
        f"  quotes@0.3  P {q3.precision:.3f}  R {q3.recall:.3f}  F1 {q3.f1:.3f}  "
        f"({q3.tp} matched, {q3.pred} predicted, {q3.gold} gold)",
        f"  quotes@0.8  P {q8.precision:.3f}  R {q8.recall:.3f}  F1 {q8.f1:.3f}",
    ]
    for kind, c in sorted(s.by_kind.items()):
        lines.append(f"    {kind:<9} P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  ({c.gold} gold)")
    lines.append(f"  speaker accuracy {s.speaker_accuracy:.3f}  ({s.speaker_right}/{s.speaker_total})")
    f = s.figures
    lines.append(
        f"  figures     P {f.precision:.3f}  R {f.recall:.3f}  F1 {f.f1:.3f}  "
        f"value accuracy {s.value_accuracy:.3f}  ({f.tp} matched, {f.pred} predicted, {f.gold} gold)"
    )
    for kind, (right, matched, gold) in sorted(s.figure_kinds.items()):
        lines.append(f"    {kind:<9} {right}/{matched} right of {gold} gold")
    for label, c in (("roles", s.roles), ("roles~", s.roles_overlap)):
        lines.append(
            f"  {label:<10}  P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  "
            f"({c.tp} matched, {c.pred} predicted, {c.gold} gold)"
        )
    return "\n".join(lines)
