"""Extract one article: quotes, speakers and figures as table rows.

This is a pure function of (text, date), the unit of work that parallel and distributed
builds hand out, and what the cache keys on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from newstables.figures import extract_figures
from newstables.mentions import slug
from newstables.quotes import extract_quotes


@dataclass
class ArticleExtraction:
    quotes: list[dict[str, Any]] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    # speaker_id -> (name, kind, roles in order of appearance)
    speakers: dict[str, tuple[str, str, list[str]]] = field(default_factory=dict)


def extract_text(text: str, date: dt.date, weekdays: bool = False) -> ArticleExtraction:
    """Quotes, speakers and figures of one article; ``weekdays`` also dates "on Tuesday"."""
    out = ArticleExtraction()
    for q in extract_quotes(text):
        entity, mention = q.entity, q.mention
        speaker_id = None
        if entity is not None:
            speaker_id = slug(entity.name)
            _, _, roles = out.speakers.setdefault(speaker_id, (entity.name, entity.kind, []))
            role = mention.role if mention is not None and mention.kind == "name" else None
            if role and role not in roles:
                roles.append(role)
        out.quotes.append(
            {
                "kind": q.kind,
                "text": text[q.start : q.end],
                "start": q.start,
                "end": q.end,
                "speaker_id": speaker_id,
                "speaker": entity.name if entity is not None else None,
                "speaker_start": mention.start if mention is not None else None,
                "speaker_end": mention.end if mention is not None else None,
                "speaker_mention": mention.text if mention is not None else None,
                "cue": q.cue,
            }
        )
    out.figures = extract_figures(text, date, weekdays=weekdays)
    return out
