"""Extract one article: quotes, speakers and figures as table rows.

This is a pure function of (text, date), the unit of work that parallel and distributed
builds hand out, and what the cache keys on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Final

from mypy_extensions import mypyc_attr

from newstables import lexicon
from newstables.figures import FIGURE_FIELDS, figure_rows
from newstables.mentions import described_as_business, named_as_organisation, names_a_place, slug
from newstables.quotes import extract_quotes
from newstables.roles import add_roles, article_roles, clean_roles

# The columns of a quote row, in order: the quotes table's without its ids, and the speaker's
# name (the speakers table has it; evaluation compares it).
QUOTE_FIELDS: Final = (
    "kind",
    "text",
    "start",
    "end",
    "speaker_id",
    "speaker",
    "speaker_start",
    "speaker_end",
    "speaker_mention",
    "cue",
)
SPEAKER_ID: Final = QUOTE_FIELDS.index("speaker_id")
PERSON_ONLY_ROLES: Final = lexicon.word_class("person_only_roles")


# A plain Python class though the module is compiled: builds pickle it between processes and
# into the cache, and callers may build one from their own rows.
@mypyc_attr(native_class=False)
@dataclass
class ArticleExtraction:
    """An article's quotes and figures as rows, tuples of QUOTE_FIELDS and FIGURE_FIELDS (a
    build pickles them between processes and hands them to Arrow, where tuples cost about half
    what dicts do; ``quotes`` and ``figures`` give them keyed by column), and its speakers."""

    quote_rows: list[tuple[Any, ...]] = field(default_factory=list)
    figure_rows: list[tuple[Any, ...]] = field(default_factory=list)
    # speaker_id -> (name, kind, roles in order of appearance)
    speakers: dict[str, tuple[str, str, list[str]]] = field(default_factory=dict)

    @property
    def quotes(self) -> list[dict[str, Any]]:
        return [dict(zip(QUOTE_FIELDS, row, strict=True)) for row in self.quote_rows]

    @property
    def figures(self) -> list[dict[str, Any]]:
        return [dict(zip(FIGURE_FIELDS, row, strict=True)) for row in self.figure_rows]

    @classmethod
    def from_dicts(
        cls,
        quotes: Iterable[dict[str, Any]] = (),
        figures: Iterable[dict[str, Any]] = (),
        speakers: dict[str, tuple[str, str, list[str]]] | None = None,
    ) -> ArticleExtraction:
        """An extraction from rows keyed by column (another extractor's, say, to score it);
        a column left out is None."""
        return cls(
            [tuple(q.get(k) for k in QUOTE_FIELDS) for q in quotes],
            [tuple(f.get(k) for k in FIGURE_FIELDS) for f in figures],
            dict(speakers or {}),
        )


def _called_a_business(text: str, name: str) -> bool:
    """A speaker the article calls a business ("technology giant Sony", "Aer Lingus, an Irish
    airline") whose name opens with no given name: an organisation, however it is written."""
    return name.split()[0] not in lexicon.first_name_genders() and described_as_business(text, name)


def extract_text(text: str, date: dt.date, weekdays: bool = False) -> ArticleExtraction:
    """Quotes, speakers and figures of one article; ``weekdays`` also dates "on Tuesday"."""
    out = ArticleExtraction()
    for q in extract_quotes(text):
        entity, mention = q.entity, q.mention
        speaker_id = None
        if entity is not None:
            speaker_id = slug(entity.name)
            if speaker_id not in out.speakers:
                kind = entity.kind
                if kind == "person" and (
                    named_as_organisation(text, entity.name)
                    or names_a_place(entity.name)
                    or _called_a_business(text, entity.name)
                ):
                    kind = "organisation"
                out.speakers[speaker_id] = (entity.name, kind, [])
            _, _, roles = out.speakers[speaker_id]
            if mention is not None and mention.kind == "name" and mention.role:
                add_roles(roles, clean_roles(mention.role))
        out.quote_rows.append(
            (
                q.kind,
                text[q.start : q.end],
                q.start,
                q.end,
                speaker_id,
                entity.name if entity is not None else None,
                mention.start if mention is not None else None,
                mention.end if mention is not None else None,
                mention.text if mention is not None else None,
                q.cue,
            )
        )
    if out.speakers:
        found = article_roles(text, [name for name, _, _ in out.speakers.values()])
        for speaker_id, (name, kind, roles) in out.speakers.items():
            add_roles(roles, found[name])
            if kind == "organisation" and _named_person(name, roles):
                out.speakers[speaker_id] = (name, "person", roles)
            elif kind == "organisation":
                # "White House official said": the unnamed official's role, not the White House's
                roles[:] = [r for r in roles if r.rsplit(maxsplit=1)[-1].lower() not in PERSON_ONLY_ROLES]
    out.figure_rows = figure_rows(text, date, weekdays=weekdays)
    return out


def _named_person(name: str, roles: list[str]) -> bool:
    """Whether a speaker taken for an organisation by its last word ("Mike Hall", "Jim Press")
    is a person: a given name and a surname, with a role only a person holds ("chief executive
    of the New Zealand Fire Service", "Vice Chairman of Chrysler"); not "Howard Government"."""
    words = name.split()
    if (
        len(words) != 2
        or words[0] not in lexicon.first_name_genders()
        or words[1].lower() in lexicon.org_nouns()
    ):
        return False
    return any(_person_role(role) for role in roles)


def _person_role(role: str) -> bool:
    """A role whose head, before what it is of, is a title or a person's role noun."""
    head = role.split(" of ")[0].split(" at ")[0].split(" for ")[0].split()
    return bool(head) and (head[-1] in lexicon.titles() or head[-1].lower() in lexicon.role_nouns())
