"""Roles as the speakers table gives them: the titles and descriptions found beside a name,
cleaned into short noun phrases.

The mention rules keep a name's pre-modifier or apposition as written, the better to resolve
"the minister" later; a table wants the office itself. So the phrase loses its article and
any form of address ("the Japanese minister of fiscal policy" -> "Japanese minister of fiscal
policy", "Undersecretary for Education Mr." -> "Undersecretary for Education"), coordinated
roles become two ("the lead author of the study and an addiction medicine specialist"), and
what is no role at all is dropped: a phrase opening with a preposition or relative word ("in
remarks to the BBC", "which cited sources") or holding a clause ("other buildings are
close to collapse"). The word lists are the data files named below.

Where: at the mention that attributed a quote (``extract``), and wherever the article writes
the speaker's name in full (:func:`article_roles`), its title or pre-modifier, what the title
is of ("Commissioner James Rovella of the Connecticut Department of ...") and an apposition
after it, read by ``mentions.roles_beside``.
"""

from __future__ import annotations

import re
from typing import Final

from newstables import lexicon
from newstables.mentions import (
    ADDRESS_TITLES,
    NAME_JOINERS,
    is_role_word,
    past_form,
    possessive,
    roles_beside,
)
from newstables.segment import is_alpha, is_lower, is_upper, tokens

OPENERS: Final = lexicon.word_class("role_openers")
NON_OPENERS: Final = lexicon.word_class("role_non_openers")
CLAUSE_WORDS: Final = lexicon.word_class("role_clause_words")
# a name's own lowercase words; "of", "for" and "and" join a title to what it is of
PARTICLES: Final = NAME_JOINERS - {"of", "for", "and", "&"}
MODIFIERS: Final = lexicon.word_class("role_modifiers")
COUNTRIES: Final = lexicon.word_class("countries")
PARTICIPLE_MODIFIERS: Final = lexicon.word_class("role_participles")
AGENT_SUFFIXES: Final = tuple(sorted(lexicon.word_class("agent_suffixes")))
_DETERMINERS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its"})
# ("that" is no relative word here: "analysts say that ..." is a clause, cut or not)
_RELATIVES: Final = frozenset({"who", "who's", "whose", "whom", "which", "where"})
# characters around a name that its title run and an apposition after it can reach
# (MAX_NAME_WORDS and a pre-modifier before, MAX_ROLE_TOKENS after, with room to spare)
WINDOW_BEFORE: Final = 200
WINDOW_AFTER: Final = 300
# the most characters a window's edge or a title word is looked for in
MAX_WORD: Final = 40
# after a titled name, what the title is of ("Commissioner James Rovella of the ... Department")
_OFFICE_LINKS: Final = (" of ", " at ", " from ")
# a verb's object taken for a role is a noun phrase of a few words, not a clause's remainder
MAX_OBJECT_ROLE_WORDS: Final = 6
TITLE_ABBREVIATIONS: Final = lexicon.title_abbreviations()
# the gold's longest role is 12 words; a longer phrase beside a name is a sentence's run-on
MAX_ROLE_WORDS: Final = 16
# "X and a Y", "X, and the Y": a second role, where "and" inside one ("President and CEO",
# "Minister of Trade and Industry") has no article after it
_COORDINATED: Final = re.compile(r",?\s+and\s+(?=(?:a|an|the)\s)")


def clean_roles(raw: str) -> list[str]:
    """The roles in one phrase found beside a name, in order; none when it is no role."""
    out: list[str] = []
    for part in _COORDINATED.split(raw) if "and" in raw else [raw]:  # it splits at " and " only
        role = _clean_one(part.split())
        if role and role not in out:
            out.append(role)
    return out


def add_roles(roles: list[str], new: list[str]) -> None:
    """Add to ``roles`` those of ``new`` it lacks, whatever their case ("Judge" after
    "judge"); a role that says more of one already there takes its place ("Commissioner of
    the Connecticut Department of ..." for "Commissioner"), one that says less is left out."""
    for role in new:
        low = role.casefold()
        if any(r.casefold() == low or r.casefold().startswith(low + " ") for r in roles):
            continue
        shorter = [i for i, r in enumerate(roles) if low.startswith(r.casefold() + " ")]
        if shorter:
            roles[shorter[0]] = role
            for i in reversed(shorter[1:]):
                del roles[i]
        else:
            roles.append(role)


def _clean_one(words: list[str]) -> str | None:
    words = _after_verb(_after_other_names(words))
    stop = lexicon.name_stopwords()
    # "In Japan", "What PT": a sentence's first word the name's run took for a title
    while words and (words[0].lower() in OPENERS or (words[0] in stop and not _opens_role(words[0]))):
        words = words[1:]
    # "and Dublin MEP", "and opposition politician": a role joined to another's
    if len(words) > 1 and words[0] in {"and", "or"} and (is_upper(words[1][:1]) or is_role_word(words[-1])):
        words = words[1:]
    clause = _clause_start(words)
    if clause == 0 or (words and _opens_clause(words)):
        return None  # "representing the plaintiffs", "seizing control of the city"
    if clause > 0:
        # "Chilean policeman working at Camp Hope", "military counsel who filed the request":
        # the role before the clause, if it names a person ("two nations planned on" does not)
        words = words[:clause]
        if not any(_person_word(w) for w in words):
            return None
    if words and words[-1] in {"of", "for", "to"}:
        return None  # "President of Venezuela", "CEO of Boeing": the office is the name's holder's
    # "Undersecretary for Education Mr.", "President Luiz Inácio Lula da": no address, no
    # name particle
    while words and (words[-1] in ADDRESS_TITLES or words[-1] in NAME_JOINERS):
        words = words[:-1]
    if not words or len(words) > MAX_ROLE_WORDS or not any(is_alpha(c) for c in words[0]):
        return None
    first, last = words[0], words[-1]
    if first in NON_OPENERS or first in lexicon.irregular_past():
        return None  # "in remarks to the BBC", "unless candidate", "met officers"
    if last in NON_OPENERS or last in _DETERMINERS:
        return None  # "a report in", "spokesman for the" (Foreign Office): the name ends the phrase
    if any(w in CLAUSE_WORDS for w in words):
        return None  # "buildings are close to collapse"
    if all(w in MODIFIERS for w in words) or " ".join(words) in COUNTRIES:
        return None  # "Outgoing", "United States" (Joe Biden): no role
    if len(words) == 1 and is_lower(first) and not _person_word(first):
        return None  # "latest", "recent": no person's role
    return " ".join(TITLE_ABBREVIATIONS.get(w, w) for w in words)


def _opens_role(word: str) -> bool:
    """A name stopword that still opens a role: a modifier, a form of address or an
    abbreviated title ("Former", "Mr.", "Dr", "PM")."""
    return word in MODIFIERS or word in ADDRESS_TITLES or word in TITLE_ABBREVIATIONS


def _person_word(word: str) -> bool:
    """A word that may name what a person is: a role noun, a title, an agent noun."""
    return is_role_word(word) or word in lexicon.titles() or word.lower().endswith(AGENT_SUFFIXES)


def _clause_start(words: list[str]) -> int:
    """Where a clause opens in a phrase beside a name, or -1: a relative word ("who filed
    the request") or a participle with its own object or adverbial ("representing the
    plaintiffs", "working at Camp Hope"), not a modifier ("acting parliament speaker") nor a
    gerund after a preposition ("director of engineering at Mozilla")."""
    for i, w in enumerate(words):
        if i and w in _RELATIVES:
            return i
        if not _participle(w):
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        if (after in NON_OPENERS or after in _DETERMINERS) and not (i and words[i - 1] in NON_OPENERS):
            return i
    return -1


def _after_verb(words: list[str]) -> list[str]:
    """What follows a finite verb that opens the run before a name ("stated Toronto Hydro
    president David Dobbin") or follows its capitalised subject there ("BBC quoted Iranian
    Foreign Ministry spokesman Hamid Reza Asefi", "She contacted Wikipedia founder"): the
    role is the verb's object's, when a short one. (Not "head of claims and assessments": the
    verb must follow the subject.)"""
    verbs = lexicon.reporting_verbs()
    first = words[0] if words else ""
    if (
        len(words) > 1
        and first in verbs
        and (first.endswith(("ed", "s")) or first in lexicon.irregular_past())
    ):
        return words[1:] if len(words) - 1 <= MAX_OBJECT_ROLE_WORDS else []
    for i in range(1, min(3, len(words) - 1)):
        w = words[i]
        if not is_upper(words[i - 1][:1]):
            break
        if (w in verbs and w.endswith("s")) or w in lexicon.irregular_past() or past_form(w):
            return words[i + 1 :] if len(words) - i - 1 <= MAX_OBJECT_ROLE_WORDS else []
    return words


def _opens_clause(words: list[str]) -> bool:
    """A participle opening the phrase as a verb: an "-ing" word that is no listed modifier,
    compound ("right-wing") or noun before a person's ("engineering director"); or a past
    form before a name or number ("dated August 2006", "contacted Ecuadorian president")."""
    first = words[0]
    if first.endswith("ing") and is_lower(first):
        if first in PARTICIPLE_MODIFIERS or "-" in first:
            return False
        return not (
            len(words) > 1 and (_person_word(words[1]) or (possessive(words[1]) and is_lower(words[1])))
        )
    return len(words) > 1 and past_form(first) and not is_lower(words[1][:1])


def _participle(word: str) -> bool:
    return is_lower(word) and (word.endswith("ing") or past_form(word) or word in lexicon.irregular_past())


def _after_other_names(words: list[str]) -> list[str]:
    """A title run that held another person's name joined by "and" ("German Chancellor Angela
    Merkel and British Prime Minister Boris Johnson"): the titles after the last such name."""
    given = lexicon.first_name_genders()
    named = max((i for i, w in enumerate(words) if w in given), default=-1)
    if named < 0:
        return words
    joint = next((i for i in range(named + 1, len(words)) if words[i] in {"and", "&"}), -1)
    return words[joint + 1 :] if joint >= 0 else words


def article_roles(text: str, names: list[str]) -> dict[str, list[str]]:
    """Each name's roles from wherever the article writes the name in full, in text order."""
    out: dict[str, list[str]] = {name: [] for name in names}
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            before = _title_before(text, at)
            after = (end < len(text) and text[end] == ",") or (before and text.startswith(_OFFICE_LINKS, end))
            if before or after:
                w_start, w_end = _window(text, at, end, before, after)  # no * call: generic, compiled
                toks = tokens(text, w_start, w_end)
                last = next((i for i, t in enumerate(toks) if t.end == end), None)
                if last is not None and any(t.start == at for t in toks[max(0, last - 8) : last + 1]):
                    for raw in roles_beside(text, toks, last, name):
                        add_roles(out[name], clean_roles(raw))
            at = text.find(name, end)
    return out


def _title_before(text: str, at: int) -> bool:
    """Whether a title or pre-modifier can stand before the name at ``at``: the word before
    it is capitalised, a role word or a name's particle ("Lula da"). Most mentions ("said
    Smith", "the office of Rick Renzi") have none, nor an apposition after, and are never
    tokenised."""
    i = at - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    stop = i + 1
    while i >= 0 and stop - i <= MAX_WORD and (is_alpha(text[i]) or text[i] in ".'-"):
        i -= 1
    if stop - i > MAX_WORD:
        return False  # no title is that long (and a name repeated without spaces stays linear)
    word = text[i + 1 : stop].strip(".")
    if not word or (word in lexicon.name_stopwords() and not _opens_role(word)):
        return False  # "The", "In", "But": no title
    return is_upper(word[0]) or is_role_word(word) or word in PARTICLES


def _window(text: str, at: int, end: int, before: bool, after: bool) -> tuple[int, int]:
    """The span to tokenise around a name at ``at:end``: what its titles (if ``before``) and
    an apposition (if ``after``) can reach, within its line (a paragraph: no sentence
    crosses a line break), cut at spaces. (Tokenising whole paragraphs for every mention
    made the extraction a fifth slower.)"""
    # the line's ends, looked for no further than the window reaches (a long line must not
    # make every mention scan it)
    back, ahead = WINDOW_BEFORE + MAX_WORD, WINDOW_AFTER + MAX_WORD
    first = max(0, at - back, text.rfind("\n", max(0, at - back), at) + 1)
    last = text.find("\n", end, end + ahead)
    if last < 0:
        last = min(len(text), end + ahead)
    start = at - WINDOW_BEFORE if before else at
    if start <= first:
        start = first
    else:  # at a space near it, or mid-word in a line without one (bounded either way)
        space = text.rfind(" ", max(first, start - MAX_WORD), start)
        start = start if space < 0 else space + 1
    stop = min(end + WINDOW_AFTER if after else end, last)
    space = text.find(" ", stop, min(last, stop + MAX_WORD))
    return start, (min(last, stop + MAX_WORD) if space < 0 else space)
