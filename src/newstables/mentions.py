"""Speaker mentions: find the noun phrase that says who spoke, and resolve it to a full name.

A mention is one of three kinds: a ``name`` ("Kosachev", "the World Health Organization"), a
``pronoun`` ("he") or a ``nominal`` description ("a senior Russian official", "the company").
Names are canonicalised within the article to their fullest form; pronouns and descriptions are
resolved by :class:`Resolver` from what came before (or, for an indefinite description that
opens an article, from the person named right after it).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from mypy_extensions import i64

from newstables import lexicon
from newstables.segment import (
    Token,
    bisect_left,
    bisect_right,
    holds_at,
    is_alpha,
    is_lower,
    is_upper,
    last_word,
    lower_word,
    tokens,
    word_char_at,
    word_character,
)

PLACE_WORDS: Final = lexicon.word_class("place_words")
MAX_NAME_WORDS: Final = 12  # a name run longer than this is not a name (and must not cost more)
PRONOUNS: Final = frozenset({"he", "she", "they", "it", "we", "i"})
PERSON_PRONOUNS: Final = frozenset({"he", "she"})
_SUBJECT_FORMS: Final = {"him": "he", "her": "she", "them": "they"}
DETERMINERS: Final = lexicon.word_class("determiners")
SKIPPABLE: Final = lexicon.word_class("skippable")
NAME_JOINERS: Final = lexicon.word_class("name_joiners")
# the joiners only a person's name holds ("Juan de Dios Pueblos", "Ursula von der Leyen")
_NAME_PARTICLES: Final = NAME_JOINERS - {"of", "and", "for", "&"}
_ROLE_MODIFIERS: Final = frozenset(w.lower() for w in lexicon.word_class("role_modifiers"))
# a lone capitalised word ending so is an adjective more often than a body ("the Andean ...")
_ADJECTIVE_ENDINGS: Final = ("an", "ese", "ish")
# How far back (in names, or in speakers resolved) a pronoun or description looks for what it
# refers to: far more than any news article's antecedent, few enough to keep a lookup bounded
ANTECEDENT_REACH: Final = 200
# Words that make another office of a title: "Vice President", "Prime Minister"
TITLE_MODIFIERS: Final = lexicon.word_class("title_modifiers")
# What may follow a name in apposition: "..., Tony Fratto.", "..., Sean McCormack who added"
APPOSITION_ENDS: Final = frozenset({",", ".", ";", "!", "?", "who"})
APPOSITION_STOPS: Final = APPOSITION_ENDS | {"\u201c", '"'}
# Between a person and where they belong: "Regina Ip from the pro-Beijing camp", "Jan Johnson,
# with the Bureau of Mediation"
AFFILIATIONS: Final = frozenset({"from", "of", "at", "with"})
ORG_WORDS: Final = lexicon.org_words()
_KNOWN_BODIES: Final = lexicon.word_class("known_bodies")  # "Hamas", "Xinhua": no business
_KNOWN_ORGANISATIONS: Final = lexicon.word_class("known_businesses") | _KNOWN_BODIES  # "Embraer"
_PLURAL_QUANTITIES: Final = frozenset({"dozens", "hundreds", "thousands", "millions", "tens"})
# A word glued to "$" is a currency's prefix ("CA$18.5", "US$"), not a name.
_NAME_WORD: Final = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w'’&-]*+(?!\$))"
ON_HEADS: Final = lexicon.word_class("on_heads")
_WEEKDAYS: Final = frozenset(lexicon.WEEKDAYS)
_DAYS_AND_MONTHS: Final = frozenset((*lexicon.WEEKDAYS, *lexicon.MONTH_NAMES))
# "on" joins a name only after one of ON_HEADS ("Commission on Presidential Debates"): one
# lookbehind each, as re's need a fixed width ("Obama on Monday" is no name). They look back
# from after "on", so the lookbehinds run only where "on" is (before it, all of them ran after
# every word of every capitalised run: _NAME_RUN took 23.5 us an article, now 19.3).
_AFTER_ON_HEAD: Final = "|".join(f"(?<={re.escape(w)}[ \\t]on)" for w in sorted(ON_HEADS))
_DAY_OR_MONTH: Final = "|".join(sorted(_DAYS_AND_MONTHS))  # "the Committee on Monday"
_JOINER: Final = "|".join(re.escape(w) for w in sorted(NAME_JOINERS, key=lambda w: (-len(w), w)))
_NAME_RUN: Final = re.compile(
    _NAME_WORD + rf"(?:[ \t]+(?:(?:{_JOINER}|on(?:{_AFTER_ON_HEAD})(?![ \t]+(?:{_DAY_OR_MONTH})\b))"
    r"[ \t]+)?" + _NAME_WORD + ")*"
)
_ON_HEAD_LIST: Final = tuple(sorted(ON_HEADS))
_DAY_OR_MONTH_LIST: Final = tuple(sorted(_DAYS_AND_MONTHS))
_LONGEST_JOINER: Final = max(map(len, NAME_JOINERS))


def name_runs(text: str) -> list[tuple[int, int]]:
    """The spans of _NAME_RUN's matches in ``text``, in order."""
    return _scanned_name_runs(text) if lexicon.COMPILED else [m.span() for m in _NAME_RUN.finditer(text)]


def _scanned_name_runs(text: str) -> list[tuple[int, int]]:
    r"""The same spans, read character by character (compiled, 9 us an article against 23
    for the pattern, whose alternations of joiners and lookbehinds run after every word of
    every run, and whose match objects each cost a method call to read; as plain Python it
    is slower, so only the compiled module uses it).

    As the pattern: a run opens at any capital (inside a word too: "iPhone" gives "Phone")
    where a name word starts, and goes on while white space ("[ \t]+") and a name word
    follow, with at most one joiner ("of", "de", "&") or a head's "on" ("Committee on")
    between them; where a word fails, the search goes on from the next character.
    """
    out: list[tuple[int, int]] = []
    n: i64 = len(text)
    i: i64 = 0
    while i < n:
        c: i64 = ord(text[i])
        if not 65 <= c <= 90:
            i += 1
            continue
        end: i64 = _name_word_end(text, i, n)
        if end < 0:
            i += 1
            continue
        while True:
            k: i64 = _after_blanks(text, end, n)
            if k in (end, n):
                break
            nxt: i64 = _name_word_end(text, k, n)
            if nxt < 0:  # a joiner, white space, then a name word
                after: i64 = _joined_at(text, k, n)
                if after < 0:
                    break
                p: i64 = _after_blanks(text, after, n)
                nxt = _name_word_end(text, p, n) if p > after else -1
                if nxt < 0:
                    break
            end = nxt
        out.append((i, end))
        i = end
    return out


def _after_blanks(text: str, i: i64, n: i64) -> i64:
    """Past the spaces and tabs from ``i``."""
    while i < n:
        c: i64 = ord(text[i])
        if c != 32 and c != 9:
            break
        i += 1
    return i


def _name_word_end(text: str, i: i64, n: i64) -> i64:
    r"""Where _NAME_WORD matched at ``i`` ends, or -1: capitals each with a period ("U.S.",
    "J."), else a capital and the word characters, "'", "’", "&" and "-" after it, with no
    "$" next ("US$" is a currency)."""
    if i >= n or not 65 <= ord(text[i]) <= 90:
        return -1
    if i + 1 < n and ord(text[i + 1]) == 46:
        j: i64 = i + 2
        while j + 1 < n and 65 <= ord(text[j]) <= 90 and ord(text[j + 1]) == 46:
            j += 2
        return j
    j = i + 1
    while j < n:
        d: i64 = ord(text[j])
        if d < 128:
            if not (word_character(d) or d == 39 or d == 38 or d == 45):
                break
        elif not (d == 0x2019 or text[j].isalnum()):
            break
        j += 1
    return -1 if j < n and ord(text[j]) == 36 else j


def _joined_at(text: str, k: i64, n: i64) -> i64:
    """Where a joiner at ``k`` ends, with a space or tab after it ("of ", "de ", "& "), or a
    head's "on" ("Committee on ", not "Committee on Monday"); else -1."""
    m: i64 = k
    while m < n and m - k <= _LONGEST_JOINER:
        c: i64 = ord(text[m])
        if c == 32 or c == 9:
            break
        m += 1
    if m in (n, k) or m - k > _LONGEST_JOINER:
        return -1
    word = text[k:m]
    if word in NAME_JOINERS:
        return m
    if word != "on" or ord(text[k - 1]) not in (32, 9):
        return -1
    if not any(text.endswith(head, 0, k - 1) for head in _ON_HEAD_LIST):
        return -1
    p: i64 = _after_blanks(text, m, n)
    for day in _DAY_OR_MONTH_LIST:
        if text.startswith(day, p):
            q: i64 = p + len(day)
            if q == n or not word_char_at(text, q):
                return -1
    return m


DOCUMENT_SOURCES: Final = lexicon.word_class("document_sources")
DOCUMENT_NOUNS: Final = frozenset({"statement", "report", "release", "letter", "ruling", "decision"})
NAMED_ORG_HEADS: Final = frozenset(
    {"government", "military", "army", "police", "ministry", "navy", "parliament", "cabinet", "embassy"}
)
# Heads that name an organisation with the capitalised words before them when a description
# ends in one ("the Bush administration", "The McCain campaign"), though inside a longer one
# they start a role ("Obama campaign manager David Plouffe")
_NAMED_BODY_HEADS: Final = NAMED_ORG_HEADS | frozenset({"administration", "campaign"})
REFERRING_ORG_NOUNS: Final = lexicon.word_class("referring_org_nouns")
_BUSINESS_NOUNS: Final = lexicon.word_class("business_nouns")
_BODY_NOUNS: Final = lexicon.word_class("body_nouns")
_PUBLIC_BODY_WORDS: Final = lexicon.word_class("public_body_words")
_PUBLICATION_NOUNS: Final = lexicon.word_class("publication_nouns")
# "-ed" words that describe ("a Tokyo based newswire", "a state-owned company")
MODIFIER_PARTICIPLES: Final = lexicon.word_class("modifier_participles")
# What after a name (or its possessive) shows it is an organisation's: "Xinhua news agency",
# "Google's shares" (not a website or headquarters, which people have too)
_ORG_AFTER: Final = re.compile(
    r"(?:'s|’s)?\s+(?:news\s+agency|agency|newspaper|daily|magazine|broadcaster|shares|stock|employees|"
    r"board\s+of\s+directors|chief\s+executive|CEO)\b"
)
_THING_WORDS: Final = lexicon.word_class("thing_words")
# Titles that are also part of Arabic names ("Khalid Sheikh Mohammed", "Radzi Sheikh Ahmad")
# a romanised Korean or Chinese given name ("Ki-moon", "Ying-jeou", "Hai-chan"), which follows
# the family name: a hyphen and a small letter after it (not "Smith-Jones", "Jean-Marc")
_EAST_ASIAN_GIVEN: Final = re.compile(r"[A-Z][a-z]+-[a-z]+")
_NAME_PART_TITLES: Final = frozenset({"Sheikh", "Sheik", "Shaikh"})
_LOWER_TITLES: Final = frozenset(t.lower().rstrip(".") for t in lexicon.titles() if " " not in t)
# where an apposition's title ends ("the President of the United States"), and the article
# that opens a title before a name ("the Treasurer, Peter Costello")
_APPOSITION_STOP: Final = re.compile(r"\b(?:of|for|to|in|at|and|who|which|since)\b")
_DETERMINER_SPLIT: Final = re.compile(r"(?:^|\s)(?:the|a|an)\s", re.I)
_PUBLICATION_KINDS: Final = lexicon.word_class("publication_kinds")
MUNICIPAL_NOUNS: Final = lexicon.word_class("municipal_nouns")
# "the city of White Plains", "the town of Paradise": the name after it is a municipality
_MUNICIPALITY_OF: Final = re.compile(rf"\b(?:{'|'.join(sorted(MUNICIPAL_NOUNS))})\s+of\s+$", re.I)
_VERBISH: Final = lexicon.word_class("verbish")
_VERB_HINTS: Final = lexicon.word_class("verb_hints")
_DESCRIPTOR_STOPS: Final = lexicon.word_class("descriptor_stops")
_UNNAMED_GROUPS: Final = lexicon.word_class("unnamed_groups")
_POST_NOMINALS: Final = lexicon.word_class("post_nominals")
_PLACE_PREPOSITIONS: Final = frozenset({"in", "near", "across", "throughout"})
_CLAUSE_JOINS: Final = frozenset({"and", "but", "or"})
_CLAUSE_OPENERS: Final = _CLAUSE_JOINS - {"or"} | {'"', "\u201c", "\u201d", ",", ";", ":", "("}
OBJECT_PREPOSITIONS: Final = lexicon.word_class("object_prepositions")
_PARTICIPLE_OBJECTS: Final = lexicon.word_class("participle_objects")
_ROLE_PARTICIPLES: Final = lexicon.word_class("role_participles")
# Words after which what follows is an object's, not a subject's: a name is no one set beside
# a description ("published in The Lancet, researchers said"), a cue word is a noun ("rely on
# stress tests", "the claims")
_OBJECT_OPENERS: Final = OBJECT_PREPOSITIONS | DETERMINERS
_GROUP_NOUNS: Final = lexicon.word_class("group_nouns")
_COMPANY_ENDINGS: Final = lexicon.word_class("company_endings")
_PARTY_LABELS: Final = lexicon.word_class("party_labels")
_PARTY_MEMBERS: Final = lexicon.word_class("party_members")
_ROLE_STOPS: Final = frozenset({",", ";", ":", "(", '"', "\u201c", "\u201d"})
_RELATIVE_STOPS: Final = _ROLE_STOPS | _CLAUSE_JOINS  # where a relative clause before a cue ends
# words before which a description in apposition starts: "while the campaign's director, ..."
ROLE_BREAKS: Final = lexicon.word_class("subordinators") | {"but"}
# lowercase words that open a clause inside a sentence, whose subject a later "he" seldom is
_INNER_CLAUSE_OPENERS: Final = lexicon.word_class("subordinators") | {
    "which",
    "whom",
    "whose",
    "where",
    "when",
    "after",
    "before",
    "until",
    "as",
    "that",
}
# where a role written before a name starts after: "of", "for" and "to" join a role to what
# it is of ("chief of staff", "adviser to the ..." ends at "the" anyway)
_PREMODIFIER_STOPS: Final = (
    DETERMINERS
    | ROLE_BREAKS
    | (OBJECT_PREPOSITIONS - {"of", "for", "to"})
    | {"as", "after", "before", "like", "than", "during", "whether"}
)
MAX_ROLE_TOKENS: Final = 20  # a description in apposition longer than this runs into its clause
_LOWER_DEMONYMS: Final = frozenset(w.lower() for w in lexicon.demonyms())  # "iranian"
# "a spokesman", "an opposition spokesman", "a senior official": someone the text does not name
_INDEFINITE_ROLE: Final = re.compile(r"\b[Aa]n? ((?:[\w-]+ ){0,3}?[a-z]+)\b(?!['’])")
DESCRIPTION_LOOKBACK: Final = 3000  # how far back an unnamed "a spokesman" is looked for
PORTFOLIOS: Final = lexicon.word_class("portfolios")  # "health" in "the health minister"
REGIONS: Final = lexicon.word_class("regions")  # states and provinces: "Houston, Texas"
_CAPITALS: Final = lexicon.word_class("capitals")  # "Beijing said": a government
# characters after a name read for the verb that makes it a subject: room for an adverb and
# the verb after it ("Ehud Olmert, ..., flatly rejected")
SUBJECT_VERB_REACH: Final = 32
# what a name opens a sentence or clause after (blanks aside)
_ENDS_BEFORE_A_CLAUSE: Final = '\n.!?;:"“”'
# how far back an organisation named as a subject is what "it" refers to before any other
IT_SUBJECT_REACH: Final = 250
# how far a role set off by commas after a name may reach ("John R. Bolton, the US ambassador,")
ROLE_APPOSITION_REACH: Final = 80
_CITY_PREPOSITIONS: Final = frozenset({"in", "of", "from", "near", "outside"})  # "in <City>, <State>"
_ISSUED_DOCUMENTS: Final = DOCUMENT_NOUNS | frozenset({"message", "telegram", "announcement", "notice"})
# how far back "the report" looks for the document it refers to: past this many mentions of
# the noun, within this many characters, reading this many characters around each
DOCUMENT_LOOKBACK: Final = 6
DOCUMENT_REACH: Final = 4000
DOCUMENT_WINDOW: Final = 300
_ISSUING_VERBS: Final = frozenset(
    {"issued", "released", "sent", "published", "posted", "made", "gave", "put"}
)
ADDRESS_TITLES: Final = lexicon.word_class("address_titles")  # "Mr. Smith of GM": no office
_APPOSITION_BOUNDS: Final = frozenset({",", ";", ":", "(", ")", '"', "\u201c", "\u201d"})
_CLAUSE_OPENING_MARKS: Final = frozenset({'"', "\u201c", "\u201d", ";", ":", "-", "\u2013", "\u2014"})
BE_FORMS: Final = frozenset({"is", "are", "was", "were"})  # finite "be": a cue's auxiliary
_NOT_IN_PERSON: Final = frozenset({"of", "for", "and", "&"})  # joiners of organisations' names
# Words between people and the place or body they belong to ("researchers in the United
# Kingdom", "officials from the ministry", "retailers across Europe")
_AFFILIATION_LINKS: Final = frozenset(
    {"in", "from", "at", "of", "with", "inside", "within", "across", "throughout"}
)
_AGENT_ENDINGS: Final = ("er", "or", "ist", "ian", "ant", "ent")
# agent endings whose plural is the singular's with "s" ("-man" has "-men")
_PLURAL_AGENT_SUFFIXES: Final = tuple(
    sorted(lexicon.word_class("agent_suffixes") - {"man", "woman", "person"})
)
_ACRONYM_JOINERS: Final = lexicon.word_class("acronym_joiners")
_ROMAN_NUMERAL: Final = re.compile(r"[IVXL]+")
_ACRONYM_DEF: Final = re.compile(r"\(([A-Z][A-Za-z&.-]{1,11})\)")


_NOT_SLUG: Final = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=4096)  # the same speakers recur from article to article
def slug(name: str) -> str:
    """The speaker id for a canonical name: ASCII, lowercase, hyphenated; a hash if no letters."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = _NOT_SLUG.sub("-", ascii_name.lower()).strip("-")[:120].strip("-")
    if s:
        return s
    import hashlib

    return "h" + hashlib.sha256(name.casefold().encode()).hexdigest()[:16]


NAME_PARTICLE: Final = re.compile(
    r"(?:al|el|ad|as|ar|ash|at|az|ibn|bin|ben|abu|van|von|de|da|di|du|le|la|d|l|o)[-'’][A-Z]"
)


def is_capitalised(word: str) -> bool:
    """A name word: capitalised, or with a lowercase particle ("al-Maliki", "d'Estaing"). A
    particle has one to three letters, then its mark: without a mark in ``word[1:4]`` the
    pattern cannot match, and most words asked about are lowercase words without one."""
    if is_upper(word[:1]):
        return True
    head = word[1:4]
    return ("-" in head or "'" in head or "’" in head) and NAME_PARTICLE.match(word) is not None


def is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("&", "")
    return len(letters) >= 2 and is_upper(letters) and is_alpha(letters)


def looks_organisation(name: str) -> bool:
    words = name.split()
    if len(words) == 1:
        return (
            is_acronym(words[0])
            or words[0] in ORG_WORDS
            or words[0] in _KNOWN_ORGANISATIONS
            or _web_address(words[0])
        )
    if any(w in ORG_WORDS for w in words) or "of" in words or "for" in words or "and" in words or "&" in name:
        return True  # "&" too: "Johnson & Johnson", "AT&T"
    if _web_address(words[-1]):
        return True  # "Salon.com", "FreeMediaOnline.org": websites
    # "Belarusian KGB", "Microsoft UK"; not "Benedict XVI"
    return is_acronym(words[-1]) and not _ROMAN_NUMERAL.fullmatch(words[-1])


def _web_address(word: str) -> bool:
    """A website's address as a name ("CNN.com", "Alternet.org")."""
    head, dot, tail = word.rpartition(".")
    return bool(dot) and bool(head) and tail in lexicon.word_class("web_domains")


# init=False and its own __init__, as figures.Figure (dataclasses' generated one runs
# interpreted even in the compiled build).
@dataclass(init=False)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # name | pronoun | nominal
    name: str | None = None  # name mentions: the name without titles
    role: str | None = None  # title or pre-modifier role ("President", "Wynnum coach")

    def __init__(
        self, start: int, end: int, text: str, kind: str, name: str | None = None, role: str | None = None
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.name = name
        self.role = role


def strip_titles(words: list[str]) -> tuple[list[str], list[str]]:
    """Split a capitalised run into (title words, name words) at the last title it holds;
    letters after a name ("QC", "MP") are left out of both."""
    titles = lexicon.titles()
    first_words = lexicon.title_first_words()
    stop = lexicon.name_stopwords()
    cut = 0
    i = 0
    while i < len(words):
        if words[i] not in first_words:  # most words: no phrase joined, nothing hashed
            i += 1
            continue
        for n in (3, 2, 1):
            if i + n <= len(words) and " ".join(words[i : i + n]) in titles:
                if words[i] == "General" and i and words[i - 1] in ORG_WORDS and words[i - 1] not in titles:
                    break  # "Directorate General of Civil Aviation": an organisation's name
                if i + n == len(words) and i > cut and (cut or words[i - 1] in lexicon.first_name_genders()):
                    break  # "Major General Shaukat Sultan", "Bob King": a surname, not a title
                # "Sheik Sharif Sheik Ahmed", "Khalid Sheikh Mohammed": a title between name words
                # (after a title, or after a given name) is the name's
                if (
                    i > cut
                    and i + n == len(words) - 1
                    and (cut or words[i - 1] in lexicon.first_name_genders() or words[i] in _NAME_PART_TITLES)
                    and _plain_name(words[cut:])
                ):
                    break
                if i + n == len(words) and not cut and i and words[i - 1] in {"of", "for"}:
                    break  # "the Court of Justice", "Department of Justice": the name's end
                cut = i + n
                i += n - 1
                break
        i += 1
    if cut < len(words) and all(w in ORG_WORDS for w in words[cut:]):
        cut = 0  # "General Motors", "the General Assembly": a name, no title
    rest = words[cut:]
    # "Minister of Education Stefania Giannini": after a title, "of X" names the office.
    if cut and rest and rest[0] in {"of", "for"}:
        rest = rest[-3:] if len(rest) > 3 and _is_initial(rest[-2]) else rest[-2:]
        cut = len(words) - len(rest)
    while rest and ((rest[0] in stop and len(rest) > 1) or rest[0] in NAME_JOINERS):
        rest = rest[1:]
        cut += 1
    while len(rest) > 1 and rest[-1] in _POST_NOMINALS:  # "Ken Macdonald QC"
        rest = rest[:-1]
    last = rest[-1] if rest else ""
    if len(last) > 2 and last.count(".") == 1 and last[-1] == "." and is_upper(last[:-1]):
        rest = [*rest[:-1], last[:-1]]  # "according to the BBC.": the sentence's stop, not "U.S."
    return words[:cut], rest


def _plain_name(words: list[str]) -> bool:
    """Capitalised words only, none a stopword or an affix ("Sharif Sheik Ahmed"; not
    "Immigration Senator Vanstone" after "Minister for", nor "Sagun Jr. The")."""
    return all(is_capitalised(w) and w not in lexicon.name_stopwords() for w in words) and not any(
        w in _POST_NOMINALS or w in {"Jr.", "Sr."} for w in words
    )


def _afterpossessive(words: list[str]) -> int:
    """Where the words after the last possessive before the final word start ("Saudi
    Arabia's Civil Defense Authority": the authority), or 0."""
    for w in range(len(words) - 2, -1, -1):
        if possessive(words[w]):
            if w == len(words) - 2 and words[-1].lower() in lexicon.org_nouns():
                return 0  # "Sam's Club", "the Sheriff's Office": one name
            return w + 1
    return 0


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." and is_upper(word[0])


def _person_before_who(toks: list[Token], j: int, floor: int) -> int:
    """The token ending the person's name before ", who" (the token before the comma is
    ``j``), past one apposition that opens with a determiner; -1 if no person is named there."""
    k = j
    while k > floor and k > j - 12 and toks[k].text not in _APPOSITION_BOUNDS:
        k -= 1
    if k - 1 >= floor and toks[k].text == "," and toks[k + 1].text in {"the", "a", "an"}:
        j = k - 1
    return j if _person_run_start(toks, j, floor) >= 0 and not _country(toks[j].text) else -1


def _person_run_start(toks: list[Token], end: int, floor: int) -> int:
    """Where the capitalised run ending at token ``end`` starts, if past its titles it names
    a person ("Senator Mark Bishop"); -1 if not."""
    s = end
    while s > floor and (is_capitalised(toks[s - 1].text) or _is_initial(toks[s - 1].text)):
        s -= 1
    return s if person_like(strip_titles([t.text for t in toks[s : end + 1]])[1]) else -1


def _verb_like(word: str) -> bool:
    """A word that may be a finite verb after a subject: a listed one, or a past form."""
    return word in _VERBISH or past_form(word)


def past_form(word: str) -> bool:
    """A lowercase "-ed" word that may be a past form ("stated", "quoted"; not "led")."""
    return is_lower(word) and word.endswith("ed") and len(word) > 3


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a word of its own, not part of a longer one."""
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def _document_issuer(text: str, toks: list[Token], noun: int, floor: int) -> Mention | None:
    """Who issued the document whose noun is token ``noun`` ("Facebook released a statement
    which read": Facebook), the subject of the issuing verb before it, or None."""
    k = noun - 1
    while k > floor and noun - k < 5 and is_alpha(toks[k].text) and is_lower(toks[k].text):
        if toks[k].text in _ISSUING_VERBS:
            return mention_before(text, toks, k, floor)
        k -= 1
    return None


def _complement_follows(toks: list[Token], i: int) -> bool:
    """Whether "that" or a quote follows the cue at token ``i`` within a few words ("who said
    Thursday that", "who said, "...""), not an object ("who reported the misconduct")."""
    if i + 1 >= len(toks):
        return True  # the frame ends at the cue: a quote opens right after it
    for t in toks[i + 1 : i + 8]:
        if t.text in {"that", '"', "\u201c", ":"}:
            return True
        if t.text in {".", ";", "!", "?"}:
            return False
    return False


def _unclosed_apposition(text: str, toks: list[Token], j: int, floor: int) -> Mention | None:
    """The person whose name opens the clause before a description ending at token ``j``
    that lacks its closing comma: "Eric Schmidt, CEO of Google stated", "Koon Chow, a
    strategist for Barclays Capital said", "David DeBatto, who wrote the original article
    states" (not Google, Barclays Capital or the article). None unless the description
    opens as one (a lowercase word, a possessive, a title or role, "who") and, but for "who",
    holds no verb."""
    c = j
    while c > floor and c > j - MAX_ROLE_TOKENS and toks[c].text not in _APPOSITION_BOUNDS:
        c -= 1
    if c <= floor or c == j or toks[c].text != ",":
        return None
    inner = toks[c + 1 : j + 1]
    head = inner[0].text
    if head == "who" and len(inner) == 1:
        return None  # "Jeff Morris, who reported the misconduct": the relative clause's own verb
    if head != "who":
        if head.lower() in PRONOUNS:
            return None  # "Part III, they argued, sets ...": the pronoun is the subject
        if not (
            is_lower(head)
            or possessive(head)
            or head in lexicon.titles()
            or is_role_word(head)
            or head in _PARTY_LABELS  # "Nancy Pelosi, Democrat from California said"
        ):
            return None
        if any(_verb_like(t.text) for t in inner):
            return None  # "Smith, the minister resigned and ...": a clause of its own
    s = _person_run_start(toks, c - 1, floor)
    if s < 0 or (s > floor and toks[s - 1].text not in _CLAUSE_OPENING_MARKS):
        return None  # no person; "Unlike Smith, the minister said", "from Ohio, a senator said"
    m = _name_mention(text, toks, c - 1, s, None)
    if m is not None:
        m.role = text[inner[0].start : inner[-1].end]
    return m


def _skip_to_subject(toks: list[Token], j: int, floor: int) -> int:
    """Back from token ``j`` over what may stand between a subject and its verb: auxiliaries
    and adverbs ("has also said", "consistently claimed"), a day ("on Monday said") and a
    floating quantifier ("both report")."""
    while j >= floor:
        if lower_word(toks[j].text) in SKIPPABLE or _is_ly_adverb(toks[j].text):
            j -= 1
        elif toks[j].text in _WEEKDAYS and j - 1 >= floor and toks[j - 1].text == "on":
            j -= 2
        elif floating_quantifier(toks, j, floor):
            j -= 1  # "The Times and the Associated Press both report", "they all said"
        else:
            break
    return j


_FLOATING_QUANTIFIERS: Final = frozenset({"both", "all", "each"})


def floating_quantifier(toks: Sequence[Token], j: int, floor: int = 0) -> bool:
    """Whether token ``j`` is a "both", "all" or "each" that follows its subject ("The Times
    and the Associated Press both report", "they all said", "the airlines all admitted"), not
    one that is the subject ("Both said", "of all said") or follows a verb ("said both were")."""
    if lower_word(toks[j].text) not in _FLOATING_QUANTIFIERS or j - 1 < floor:
        return False
    word = toks[j - 1].text
    low = word.lower()
    if low in ("they", "we", "you"):
        return True
    if not is_alpha(word[:1]) or low in DETERMINERS or low in OBJECT_PREPOSITIONS or low in BE_FORMS:
        return False
    return is_capitalised(word) or (
        is_lower(word) and low.endswith("s") and not low.endswith(("ss", "us", "is", "as"))
    )


def mention_before(text: str, toks: list[Token], i: int, floor: int = 0) -> Mention | None:
    """The subject mention that ends just before token ``i`` (the cue), or None.

    Skips auxiliaries and adverbs ("has also said"), one apposition or relative clause set off
    by commas ("Kosachev, deputy chairman of the Council, said"), and a relative clause without
    commas ("Terri Collins who sponsored the bill remarked"). Who is "close to" a name is
    someone else ("Sources close to Hillary Clinton said"): the description, which names no
    one.
    """
    m = _mention_before(text, toks, i, floor)
    if m is not None and m.kind == "name":
        k = _index_at(toks, m.start, i - 1, floor)
        if k is not None and (where := _people_of_a_place(text, toks, k, m, floor)) is not None:
            return where
        while k is not None and k > floor and is_capitalised(toks[k - 1].text) and toks[k - 1].text != "I":
            k -= 1  # "close to President George W. Bush", "close to Prime Minister Tony Blair"
        if (
            k is not None
            and k - 3 >= floor
            and [lower_word(t.text) for t in toks[k - 2 : k]] == ["close", "to"]
        ):
            h = k - 3  # the description's head: "sources", "a person", "lobbyists"
            if h > floor and lower_word(toks[h - 1].text) in DETERMINERS:
                h -= 1
            if is_alpha(toks[k - 3].text[:1]):
                return Mention(toks[h].start, m.end, text[toks[h].start : m.end], "nominal")
    return m


def _people_of_a_place(text: str, toks: list[Token], k: int, m: Mention, floor: int) -> Mention | None:
    """The people or reports a place's name (its first token ``k``) follows ("protesters in
    Athens marched", "Reports from the United Kingdom suggest", "officials in Baghdad said"):
    who speaks is unnamed, not the place. People "from" what is no place name where they work
    ("officials from British Petroleum"), and a report "in" one names its publication ("a
    report in the Washington Post")."""
    p = k - 1
    if p > floor and lower_word(toks[p].text) == "the":
        p -= 1
    if p <= floor:
        return None
    preposition, head = lower_word(toks[p].text), toks[p - 1].text
    if preposition not in _PLACE_PREPOSITIONS and preposition != "from":
        return None
    if not (is_alpha(head) and (is_lower(head) or p - 1 == floor)):  # "Reports from ..." opening
        return None
    low = head.lower()
    name = m.name or m.text
    place = _country(name) or is_region(name) or name in _CAPITALS or name.split()[-1] in PLACE_WORDS
    document = low in DOCUMENT_NOUNS or _or_singular_in(low, DOCUMENT_SOURCES)
    people = low.endswith("s") or low in lexicon.role_nouns() or low in _GROUP_NOUNS
    # reports name a place "in" or "from" it; people are in a place, or come from one
    if not (place if document or preposition == "from" else people):
        return None
    h = p - 1
    while h > floor and is_lower(toks[h - 1].text) and is_alpha(toks[h - 1].text) and p - h < 4:
        h -= 1  # "eyewitness reports", "Communist party officials"
        if lower_word(toks[h].text) in DETERMINERS:
            break
    return Mention(toks[h].start, m.end, text[toks[h].start : m.end], "nominal")


def _mention_before(text: str, toks: list[Token], i: int, floor: int = 0) -> Mention | None:
    j = _skip_to_subject(toks, i - 1, floor)
    if j >= floor and i < len(toks) and lower_word(toks[j].text) in BE_FORMS and toks[i].text.endswith("ing"):
        j = _skip_to_subject(toks, j - 1, floor)  # "The Herald Sun is reporting": progressive, not passive
    role = None
    if j >= floor and toks[j].text == ",":
        k = _apposition_open(toks, j - 1, j, floor)
        if (
            k > floor
            and toks[k].text == ","
            and is_region(text[toks[k + 1].start : toks[j - 1].end])
            and _city_before(toks, k + 1, floor) is not None
        ):
            # "Arif Desai, Imam of the Islamic Society in Amherst, New York, said": the comma
            # before a state after a city closes nothing. As if the cue followed the city
            # ("Rick Perry of Austin, Texas, said", "..., Moriah Arnold from Harvard,
            # Massachusetts, said"); else the description before the city is the apposition
            located = mention_before(text, toks, k, floor)
            if located is not None and located.name and person_like(located.name.split()):
                return located
            k = _apposition_open(toks, k - 1, j, floor)
            if not (k > floor and toks[k].text == ","):
                return located
        if not (k > floor and toks[k].text == ","):
            return None
        inner_toks = toks[k + 1 : j]
        if not inner_toks:
            return None
        inner = text[inner_toks[0].start : inner_toks[-1].end]
        head = lower_word(inner_toks[0].text)
        if head in {"and", "but", "or", "so", "while", "as", "if", "when"}:
            return None
        if _participle_phrase(inner_toks):
            # "Pascal Lamy, Director-General of the WTO, speaking at a conference, said": what
            # the subject was doing says nothing of who it is; the subject stands before it,
            # with its own apposition
            return _subject_before_participle(text, toks, k, floor)
        # "The elder, Targan, said": one capitalised word after a role names its holder
        one_name = (
            len(inner_toks) == 1
            and is_capitalised(inner_toks[0].text)
            and inner_toks[0].text not in lexicon.name_stopwords()
            and k - 1 >= floor
            and is_lower(toks[k - 1].text)
            and is_role_word(toks[k - 1].text)
        )
        inner_words = [t.text for t in inner_toks]
        # "Dr Paul Skerrit", "Bishop Juan de Dios Pueblos": past the title
        if all(
            is_capitalised(w) or (w in _NAME_PARTICLES and 0 < n < len(inner_words) - 1)
            for n, w in enumerate(inner_words)
        ):
            inner_words = strip_titles(inner_words)[1]
        else:  # "The study's lead author, doctoral candidate Maninder Thind, said": past the role
            inner_words = _name_after_role(inner_words) or inner_words
        # "..., Rick Santorum of Pennsylvania, said": a person from somewhere
        last = j - 1
        for w in range(2, len(inner_toks) - 1):
            # (past a title: "..., Senator Bob Menendez of New Jersey, said")
            words = strip_titles([t.text for t in inner_toks[:w]])[1]
            linked = inner_toks[w].text in AFFILIATIONS
            if linked and words and person_like(words) and not any(map(is_role_word, words)):
                last, inner_words = k + w, words
                break
        if one_name or person_like(inner_words):
            # "The director of the society, Bob Hughes, told": the name is the apposition.
            m = _name_mention(text, toks, last, k + 1, None)
            if m is not None:
                # the description back to the clause's start: "The deal is off, the union
                # leader, Bob Smith, said" is "the union leader"
                r = k - 1
                while r > floor and k - r < MAX_ROLE_TOKENS:
                    if toks[r].text == ")":  # "the secretary of the RMT (National Union of Rail, ...)"
                        r = next(
                            (p for p in range(r - 1, max(floor, r - 20) - 1, -1) if toks[p].text == "("), r
                        )
                    if r == floor or _role_starts(toks, r):
                        break
                    r -= 1
                while r < k - 1 and lower_word(toks[r].text) in OBJECT_PREPOSITIONS:
                    r += 1  # "with the director of Clean Air Watch, Frank O'Donnell,": no "with"
                m.role = text[toks[r].start : toks[k - 1].end] if k - 1 >= floor else None
                return m
        # "the Court, which rules on constitutional matters, said": skip the relative clause
        # ("The embassy in New Delhi, India, said": a place is no role)
        role = (
            None
            if head in {"who", "which", "citing", "whose", "whom", "where"} or is_region(inner)
            else inner
        )
        j = _skip_to_subject(toks, k - 1, floor)
    else:
        named = _unclosed_apposition(text, toks, j, floor)
        if named is not None:
            return named
        # a relative clause without commas on a name or a role: "Terri Collins who sponsored
        # the bill remarked", "The leftist president who has been a thorn in the side of the
        # American government told"
        # (not after a preposition, where the cue is a noun: "doctors who rely on stress tests")
        noun_cue = i - 1 >= floor and lower_word(toks[i - 1].text) in _OBJECT_OPENERS
        own_verb = False
        if (
            toks[j].text == "who"
            and j - 2 >= floor
            and toks[j - 1].text == ","
            and _complement_follows(toks, i)
        ):
            # "featured Bob Smith, who said ...": the cue is the relative clause's own verb, its
            # subject the person named before the comma, or before an apposition there
            # ("Condoleezza Rice, the US Secretary of State, who said"); not a description
            # ("the judges, who said"), whose clause may be anyone's
            person_end = _person_before_who(toks, j - 2, floor)
            if person_end >= 0:
                own_verb, j = True, person_end
        for w in range(j, max(floor, j - 14) - 1, -1) if not (noun_cue or own_verb) else ():
            word = toks[w].text
            if word in _RELATIVE_STOPS:
                break  # "The doctor who made the claim is a supporter and some might think"
            if word == "who" and w - 1 >= floor:
                before = toks[w - 1].text
                if is_capitalised(before) or (is_lower(before) and before in lexicon.role_nouns()):
                    j = w - 1
                    break
    if j < floor:
        return None
    tok = toks[j]
    low = lower_word(tok.text)
    if low in PRONOUNS:
        return Mention(tok.start, tok.end, tok.text, "pronoun", role=role)
    if low in {"which", "that"} and j - 1 > floor and lower_word(toks[j - 1].text) in _ISSUED_DOCUMENTS:
        # "Facebook released a statement which read": who issued the document speaks
        issuer = _document_issuer(text, toks, j - 1, floor)
        if issuer is not None:
            return issuer
    if tok.text == ")":  # "the Royal Canadian Mounted Police (RCMP) confirmed"
        k = j - 1
        while k >= floor and k > j - 4 and toks[k].text != "(":
            k -= 1
        if k > floor and toks[k].text == "(":
            m = mention_before(text, toks, k, floor)
            if m is not None:
                m.end = tok.end
                m.text = text[m.start : m.end]
                if j == k + 2:
                    take_acronym(m, toks[k + 1].text, text, toks[k].start)
            return m
        return None
    if is_capitalised(tok.text) or tok.text[:1].isdigit():
        m = _name_mention(text, toks, j, floor, role)
        if m is not None and role is None and not any(c.isdigit() for c in m.text):
            first = _index_at(toks, m.start, j, floor)
            if first is not None and first - 2 > floor and possessive(toks[first - 1].text):
                first -= 1  # "in China's Guangdong Province": past the possessor
            if first is not None and first - 1 > floor and toks[first - 1].text == "in":
                # "The Ministry of Justice in Switzerland said", "a Hamas official in Gaza":
                # where the speaker is, not who
                return mention_before(text, toks, first - 1, floor)
            at = (
                _city_before(toks, first, floor)
                if first is not None and m.name and is_region(m.name)
                else None
            )
            if at is not None:
                # "The United States Embassy in New Delhi, India has warned": the embassy (not
                # so after a fronted phrase: "At a meeting in Paris, France said")
                located = mention_before(text, toks, at, floor)
                if located is not None and not _fronted(toks, located.start, at, floor):
                    return located
        holder = _role_holder(text, toks, m, j, floor) if m is not None and role is None else None
        if holder is None and m is not None and m.kind == "nominal" and m.name is None:
            holder = _named_beside(text, toks, m, j, floor)
        return holder or m
    if is_alpha(tok.text[:1]):
        nominal = _nominal_mention(text, toks, j, floor, role)
        if nominal is None:
            return None
        person = _person_of(text, toks, nominal, j, floor)
        if person is None and nominal.name is None:
            person = _named_before_role(text, toks, nominal, j, floor)
        return person or nominal
    return None


def _participle_phrase(inner: list[Token]) -> bool:
    """Whether a segment set off by commas is a participle phrase ("speaking to reporters",
    "commenting on the ruling", "outlining his plans", "speaking unofficially"), not a role
    that opens with an "-ing" word ("managing director of the IMF", "acting mayor")."""
    first = inner[0].text
    if not (is_lower(first) and first.endswith("ing") and len(first) > 4):
        return False
    if first in _ROLE_PARTICIPLES:
        return False
    if len(inner) == 1:
        return True
    nxt = lower_word(inner[1].text)
    return nxt in _PARTICIPLE_OBJECTS or nxt in DETERMINERS or _is_ly_adverb(inner[1].text)


def _subject_before_participle(text: str, toks: list[Token], k: int, floor: int) -> Mention | None:
    """The subject before a participle phrase opened by the comma at token ``k``: the person
    right before the comma ("Officials, speaking on condition of anonymity, said"; "In
    Geneva, Lamy, speaking to reporters, said"; "Sydney, Australia etiquette expert Alex
    Travers, remarking on ..., said"); but when that mention is what a role is of, the
    person named before the role ("P.S. Pasricha, director-general of police in Maharashtra,
    speaking to reporters, said"), if any."""
    nearest = _mention_before(text, toks, k, floor)
    if nearest is None:
        return None
    first = _index_at(toks, nearest.start, k - 1, floor)
    p = first if first is not None else floor - 1
    if p >= floor and lower_word(toks[p].text) not in _ROLE_OBJECT_PREPOSITIONS:
        p -= 1  # the mention may start with its preposition ("of police in Maharashtra")
    while p > floor and lower_word(toks[p].text) in DETERMINERS:
        p -= 1
    if p < floor or lower_word(toks[p].text) not in _ROLE_OBJECT_PREPOSITIONS:
        return nearest  # not what a role is of ("Prime Minister of New Zealand")
    opener = _apposition_open(toks, k - 1, k, floor)
    if (
        opener > floor
        and toks[opener].text == ","
        and any(is_role_word(t.text) for t in toks[opener + 1 : k])
    ):
        m = _mention_before(text, toks, k + 1, floor)
        if m is not None and m.kind == "name" and m.role is not None:
            return m
    return nearest


def _apposition_open(toks: list[Token], k: int, j: int, floor: int) -> int:
    """Back from token ``k`` to the mark that may open an apposition closed by the comma at
    token ``j`` (a comma, parenthesis, semicolon or colon), at most 30 tokens; the index
    reached, which callers check is a comma."""
    while k >= floor and k > j - 30 and toks[k].text not in {",", "(", ";", ":"}:
        k -= 1
    return k


def _thing(name: str) -> bool:
    """A name ending in a law's or charter's word ("the Bolivian Constitution"): no one speaks
    as it, and no "he" points back to it."""
    return name.split()[-1] in _THING_WORDS


def is_region(name: str) -> bool:
    """A country, state or province: what follows a city after a comma ("Houston, Texas")."""
    return _country(name) or name in REGIONS


def _city_before(toks: list[Token], first: int, floor: int) -> int | None:
    """The index of the "in" before "in <City>, " when the name starting at token ``first``
    follows that comma, with a word before the "in" ("The embassy in New Delhi, India"; not
    "In Washington, Obama said"), else None."""
    if first - 2 <= floor or toks[first - 1].text != ",":
        return None
    c = first - 2
    while c > floor and c > first - 6 and is_capitalised(toks[c].text):
        c -= 1
    if c == first - 2 or toks[c].text not in _CITY_PREPOSITIONS:
        return None
    return c if c - 1 >= floor and toks[c - 1].text[:1].isalnum() else None


def _fronted(toks: list[Token], start: int, last: int, floor: int) -> bool:
    """Whether the mention starting at ``start`` is the object of a preposition that opens its
    clause ("At a meeting in Paris, ..."): a fronted phrase, no subject."""
    i = _index_at(toks, start, last, floor)
    p = i - 1 if i is not None else -1
    if p < floor or lower_word(toks[p].text) not in OBJECT_PREPOSITIONS:
        return False
    return p == floor or not toks[p - 1].text[:1].isalnum()


def _named_before_role(text: str, toks: list[Token], m: Mention, j: int, floor: int) -> Mention | None:
    """ "Sonja Bachmann, a U.N. political officer told": the person a lowercase description of
    a role (ending at token ``j``) is set beside after a comma, when the name opens the sentence
    or a clause; not an object's name ("the plant Automobile Craiova, a Romanian official said")."""
    if not any(map(is_role_word, m.text.split())):
        return None
    first = _index_at(toks, m.start, j, floor)
    if first is None or first - 1 <= floor or toks[first - 1].text != ",":
        return None
    person = _named_beside(text, toks, m, j, floor)
    if person is None:
        return None
    k = _index_at(toks, person.start, j, floor)
    opens = k is not None and (k <= floor or toks[k - 1].text in _CLAUSE_OPENERS)
    return person if opens else None


def _titled_person(words: list[str]) -> bool:
    """ "Premier Carpenter", "Andy Clarke": a title or a known given name, then a person's name."""
    titles, name = strip_titles(words)
    if not name or "and" in words or not person_like(name) or looks_organisation(" ".join(name)):
        return False
    return bool(titles) or name[0] in lexicon.first_name_genders()


def _name_after_role(words: list[str]) -> list[str] | None:
    """ "doctoral candidate Maninder Thind" -> "Maninder Thind": a person's name of two words
    or more after lowercase role words ending in a role noun; not a place or body after a
    preposition ("a spokesman for Amnesty International")."""
    r = len(words)
    while r > 0 and is_capitalised(words[r - 1]):
        r -= 1
    name = words[r:]
    if r == 0 or len(name) < 2 or not all(is_lower(w) and w not in OBJECT_PREPOSITIONS for w in words[:r]):
        return None  # not "spokesman for current president Susilo Bambang Yudhoyono": his
    if not is_role_word(words[r - 1]) or not person_like(name) or looks_organisation(" ".join(name)):
        return None
    return name


def _person_of(text: str, toks: list[Token], m: Mention, j: int, floor: int) -> Mention | None:
    """ "Regina Ip from the pro-Beijing camp said", "John Smith of the residents' association
    said": the person named before the description of where they belong."""
    k = _index_at(toks, m.start, j, floor)  # the description's first token; ``j`` its last
    if k is None or k - 2 < floor or toks[k - 1].text not in AFFILIATIONS:
        return None
    if not is_capitalised(toks[k - 2].text):
        return None
    person = _name_mention(text, toks, k - 2, floor, None)
    if person is None or person.kind != "name" or not person_like((person.name or "").split()):
        return None
    person.role = person.role or m.text
    return person


_ROLE_LINKS: Final = frozenset({"for", "of", "at", "with", "to"})
# what a role can be of: "Prime Minister of New Zealand", "director-general of police in
# Maharashtra", "a Republican from Connecticut"
_ROLE_OBJECT_PREPOSITIONS: Final = _ROLE_LINKS | {"in", "from"}


def _role_holder(text: str, toks: list[Token], m: Mention, j: int, floor: int) -> Mention | None:
    """ "Michael Berger, spokesman for 911Truth.org said": the person, not the organisation
    of the role set off by one comma before the verb (with both commas the apposition is
    skipped anyway). ``m`` is the name that ends at token ``j``."""
    p = _index_at(toks, m.start, j, floor)
    if p is None or p - 2 < floor or lower_word(toks[p - 1].text) not in _ROLE_LINKS:
        return None
    roles, k = lexicon.role_nouns(), p - 2
    while k > floor and k > p - 6 and toks[k].text != "," and lower_word(toks[k].text) not in roles:
        k -= 1
    if lower_word(toks[k].text) not in roles:
        return None
    while (
        k > floor
        and toks[k - 1].text not in {",", "and"}
        and (is_lower(toks[k - 1].text) or only_demonyms([toks[k - 1].text]))
        and k > p - 7
    ):
        k -= 1  # "senior spokesman", "a spokesman", "the Israeli Minister"
    if k - 2 >= floor and toks[k - 1].text == "and" and is_capitalised(toks[k - 2].text):
        # "Jennifer Daskal of American University and contributor to Slate wrote"
        first = _name_mention(text, toks, k - 2, floor, None)
        if first is not None and first.name and person_like(first.name.split()):
            first.role = text[toks[k].start : m.end]
            return first
        return None
    comma = k - 1
    if comma <= floor or toks[comma].text != ",":
        return None
    start = comma - 1
    while start > floor and (is_capitalised(toks[start - 1].text) or _is_initial(toks[start - 1].text)):
        start -= 1
    if not person_like([t.text for t in toks[start:comma]]):
        return None
    holder = _name_mention(text, toks, comma - 1, start, text[toks[k].start : m.end])
    return holder


def _split_prefixes(parts: list[list[str]]) -> list[list[str]]:
    """Each part of a split run with a role or organisation prefix cut from the person's name
    it holds ("Immunologist Kristian Andersen" of "... of Scripps Research")."""
    out = []
    for part in parts:
        cut = _person_after_prefix(part)
        out.extend([part[:cut], part[cut:]] if cut else [part])
    return out


def _person_after_prefix(words: list[str]) -> int:
    """Where a person's name starts after an organisation or role prefix, or 0."""
    if len(words) < 3 or not person_like(words[-2:]):
        return 0
    for cut in (len(words) - 2, len(words) - 3):
        prefix, name = words[:cut], words[cut:]
        if cut <= 0 or not person_like(name):
            continue
        if len(name) == 3 and name[0] not in lexicon.first_name_genders():
            continue  # "Task Force Operation Inherent Resolve" is no person
        last = prefix[-1]
        if last in ORG_WORDS or is_role_word(last) or last.lower().endswith("ist"):
            return cut
    return 0


def _drop_demonym(words: list[str]) -> list[str]:
    """ "Australian Mamdouh Habib" -> "Mamdouh Habib", "USA George W. Bush" -> "George W.
    Bush", "Zimbabwe Morgan Tsvangirai" (a dateline that lost its punctuation) -> "Morgan
    Tsvangirai", "Democrat Jay Rockefeller" -> "Jay Rockefeller": a country word or a party
    label before a person's name is not part of the name."""
    while len(words) > 2 and (is_acronym(words[0]) or words[0] in lexicon.demonyms() or _country(words[0])):
        words = words[1:]
    # a party label before a given name ("Democrat Jay Rockefeller"; "Republican Sinn Fein" is
    # a party's name)
    while len(words) > 2 and (
        words[0] in _PARTY_MEMBERS
        or (
            words[0] in _PARTY_LABELS
            and (words[1] in _PARTY_LABELS or words[1] in lexicon.first_name_genders())
        )
    ):
        words = words[1:]
    return words


def _or_singular_in(word: str, words: frozenset[str]) -> bool:
    """Whether ``word``, or the word before its plural -s, is one of ``words`` ("Australians",
    "reports")."""
    return word in words or (word[-1:] == "s" and word[:-1] in words)


_JOINED: Final = frozenset({"of", "and"})  # "Times of India", "Immigration and Customs Enforcement"


def _publication_name(words: Sequence[str]) -> str | None:
    """The name in "the Independent newspaper", "The Times of India newspaper", "the Ansa news
    agency": the capitalised words (with "of") right before the publication noun and the
    words that only say what kind ("news", "online"); None when they are a nationality or a
    place's adjective alone ("The Thai newspaper", "The Jutland-based newspaper")."""
    end = len(words) - 1
    if not is_lower(words[end]):
        return None  # "the Central Intelligence Agency": a name already
    while end > 1 and words[end - 1] in _PUBLICATION_KINDS:
        end -= 1
    start = end
    while start > 1 and (is_capitalised(words[start - 1]) or (words[start - 1] in _JOINED and start < end)):
        start -= 1
    name = [w.removesuffix("'s").removesuffix("’s") for w in words[start:end]]
    while len(name) > 1 and only_demonyms(name[:1]):
        name = name[1:]  # "the Japanese Nikkei newspaper"
    if not name or name[0] in _JOINED or only_demonyms(name) or any("-" in w for w in name):
        return None
    return " ".join(name)


def only_demonyms(words: Sequence[str]) -> bool:
    """ "Israeli", "Australians": nationality words, which alone name no one ("the Israeli
    strikes", "Syrian border guard Ibrahim Brahim", "Romanian media reports")."""
    demonyms = lexicon.demonyms()
    # "Mexican and Caribbean" too: demonyms joined are no name either
    return bool(words) and all(
        _or_singular_in(w, demonyms) or (0 < i < len(words) - 1 and w == "and") for i, w in enumerate(words)
    )


def _country(name: str) -> bool:
    """A country's name ("Iran", "North Korea") that is no given name too ("Jordan", "Chad",
    "Georgia" are both). A country that speaks does so through its government: its kind is
    organisation (not a name that only begins with one, "Israel Kamakawiwo'ole")."""
    return name in lexicon.word_class("countries") and name not in lexicon.first_name_genders()


def _may_speak_for(name: str) -> bool:
    """Whether a name may be what "the company" or "the statement" stands for: an
    organisation of more than one word, or an acronym; no place ("U.S.", "Croatia and
    Hungary") and no thing ("Official Secrets Act"); not "National" alone."""
    words = name.split()
    if len(words) == 1 and not is_acronym(words[0]):
        return False
    return looks_organisation(name) and not _places(name) and not any(w in _THING_WORDS for w in words)


def _places(name: str) -> bool:
    """Countries or places, alone or joined ("U.S.", "Croatia and Hungary", "Sadr City"): what
    "the statement" or "the company" never is."""
    parts = name.replace(" and ", ",").split(",")
    return all(_country(p.strip()) or any(w in PLACE_WORDS for w in p.split()) for p in parts)


def names_a_place(name: str) -> bool:
    """A place's name, or an organisation's named after its country, which speaks as an
    organisation: it ends in a country's name that is no given name ("South Australia",
    "American Samoa", "Air Canada"; not "Chad Smith") or in a place word ("Sadr City"); or
    it is a state's or capital's name alone ("Texas", "Beijing")."""
    words = name.split()
    if len(words) == 1:
        # "Moscow said", "Texas sued": a government (not "Sydney", a given name too)
        return (is_region(name) or name in _CAPITALS) and name not in lexicon.first_name_genders()
    return _country(words[-1]) or words[-1] in PLACE_WORDS


def named_as_organisation(text: str, name: str) -> bool:
    """Whether an article writes a name the way it writes an organisation's, which no person's
    takes: any name before an organisation's noun ("Xinhua news agency", "Google's shares");
    a one-word name also after "the" and before a verb or a stop ("the Pentagon said", "the
    Guardian reported", "according to the Taliban."), or before ", which" ("Google, which")."""
    if name in lexicon.first_name_genders() or name in lexicon.titles() or is_role_word(name):
        return False  # "the President said", "the Taoiseach said": a person by office
    if _written_before_org_noun(text, name):
        return True  # "Xinhua news agency", "Google's shares", "RIA Novosti news agency"
    if _written_after_publication_noun(text, name):
        return True  # "newspaper Le Devoir", "the German magazine Der Spiegel"
    if " " in name:
        return False
    if name + ", which" in text:
        return True
    for needle in ("the " + name, "The " + name):
        i = text.find(needle)
        while i != -1:
            after = i + len(needle)
            if _whole_word(text, i, after):
                if text[after : after + 1] in (",", ".", ";", ":", "'", "’"):
                    return True
                word = text[after + 1 : after + 20].split(" ", 1)[0]
                if word in lexicon.reporting_verbs() or word in _VERB_HINTS:
                    return True
            i = text.find(needle, after)
    return False


def _written_after_publication_noun(text: str, name: str) -> bool:
    """Whether ``name`` stands right after a publication's noun that a lower-case word, a
    nationality or a place's "-based" describes ("the newspaper Le Devoir", "Polish daily
    Gazeta Wyborcza", "Montreal-based newspaper Le Devoir"); not after a named one's ("Cleo
    magazine Sharri Markson": someone at Cleo)."""
    if name.split()[0] in lexicon.first_name_genders():
        return False
    i = text.find(name)
    while i != -1:
        end = i + len(name)
        if i > 0 and not text[i - 1].isalnum():
            noun_start, noun_end = _word_before(text, i)
            if text[noun_start:noun_end] in _PUBLICATION_NOUNS:
                describer_start, describer_end = _word_before(text, noun_start)
                describer = text[describer_start:describer_end]
                if describer and (
                    is_lower(describer[:1])
                    or only_demonyms([describer])
                    or _modifier_compound(describer)
                    or describer in {"The", "A", "An"}
                ):
                    return True
        i = text.find(name, end)
    return False


def _word_before(text: str, i: int) -> tuple[int, int]:
    """The span of the white-space-delimited word before the white space before ``i``
    (empty where there is none)."""
    e = i
    while e > 0 and text[e - 1].isspace():
        e -= 1
    k = e
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    return k, e


def _written_before_org_noun(text: str, name: str) -> bool:
    """Whether ``name`` (a whole word) stands right before what only an organisation has
    ("Xinhua news agency", "Google's shares"). Found with str.find and one compiled pattern:
    a pattern built for each name cost a compilation per speaker (extraction 20% slower)."""
    i = text.find(name)
    while i != -1:
        end = i + len(name)
        if (i == 0 or not text[i - 1].isalnum()) and _ORG_AFTER.match(text, end) is not None:
            return True
        i = text.find(name, end)
    return False


def person_like(words: list[str]) -> bool:
    """Two to four capitalised words, no organisation word, no title, no "of" or "and" (only a
    particle joins a person's name: "Ursula von der Leyen", not "CEO of Acme Companies"):
    "Bob Hughes"."""
    if not 2 <= len(words) <= 4:
        return False
    if any(w in ORG_WORDS or w in lexicon.name_stopwords() or w in _NOT_IN_PERSON for w in words):
        return False
    return all(is_capitalised(w) or _is_initial(w) or w in NAME_JOINERS for w in words) and is_capitalised(
        words[0]
    )


def possessive(word: str) -> bool:
    """ "Stardom's", "Britain’s": a possessor (either apostrophe)."""
    return word.endswith(("'s", "’s"))


def _is_ly_adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and is_lower(word) and word not in {"only"}


def _numbered_name(toks: list[Token], n: int, j: int, floor: int) -> bool:
    """Whether the number at token ``n`` is part of the name running to token ``j``: one of a
    station, programme, body or address, with an organisation's word or an acronym in it
    ("1010 WINS", "News 8 Austin", "the 1990 Trust", "10 Downing Street"), not a year, a day
    or a count before a name ("2008 Fred Thompson", "18 October", "120,000 Muslims", "July 26
    Nasrallah")."""
    if not toks[n].text.isdigit():
        return False
    words = [t.text for t in toks[max(n - 1, floor) : j + 1] if t is not toks[n]]
    return any(w in ORG_WORDS or is_acronym(w) for w in words)


def _name_mention(text: str, toks: list[Token], j: int, floor: int, role: str | None) -> Mention | None:
    k = j
    while k - 1 >= floor and k > j - MAX_NAME_WORDS:
        prev = toks[k - 1].text
        if (
            is_capitalised(prev)
            or _is_initial(prev)
            or (prev[:1].isdigit() and is_capitalised(toks[k].text) and _numbered_name(toks, k - 1, j, floor))
            or (prev in NAME_JOINERS and k - 2 >= floor and is_capitalised(toks[k - 2].text))
            or (
                prev == "on"
                and k - 2 >= floor
                and toks[k - 2].text in ON_HEADS
                and toks[k].text not in _DAYS_AND_MONTHS
            )
        ):
            k -= 1
        else:
            break
    words = [t.text for t in toks[k : j + 1]]
    # "Jennifer Lu of Marriage Equality Coalition Taiwan": a person, then where they work.
    for w, word in enumerate(words):
        if word in {"of", "for"} and w >= 2 and person_like(strip_titles(words[:w])[1]):
            j = k + w - 1
            words = words[:w]
            break
    # "Members of Congress said", "Residents of Baghdad said": people of a place or body, a
    # description (as "members of Congress" would be) when only the sentence capitalises them
    if (
        len(words) > 2
        and words[1] in _AFFILIATION_LINKS
        and words[0].lower() in lexicon.role_nouns()
        and plural_looking(words[0].lower())
        and _sentence_initial(text, toks[k].start)
    ):
        return Mention(toks[k].start, toks[j].end, text[toks[k].start : toks[j].end], "nominal", role=role)
    # "Dr. Steven Wolf at Saint Francis said", "Arnel dela Vega of the army's Command said"
    p = k - 1
    while (
        p >= floor
        and p > k - 4
        and is_lower(toks[p].text[:1])
        and toks[p].text not in _AFFILIATION_LINKS
        and toks[p].text != "for"
    ):
        p -= 1
    if p >= floor and toks[p + 1].text == "and" and p + 1 < k and is_capitalised(toks[p].text):
        # "researchers from Yale University and the College of Wooster reported": the people
        # the first body's name is of are the coordinated bodies' too
        people = _name_mention(text, toks, p, floor, role)
        if people is not None and people.kind == "nominal" and _people_of_a_body(toks, people.start, p):
            people.end, people.text = toks[j].end, text[people.start : toks[j].end]
            return people
    if p - 1 >= floor and toks[p].text in {"at", "of", "from", "with", "for"}:
        earlier = _name_mention(text, toks, p - 1, floor, role) if is_capitalised(toks[p - 1].text) else None
        if earlier is not None and earlier.name and person_like(earlier.name.split()):
            return earlier
    if (
        p - 1 >= floor
        and toks[p].text in _AFFILIATION_LINKS
        # not a person's name ("earlier in the day Premier Carpenter said", "the director of
        # air transport Andy Clarke said"): a person is no place nor body anyone belongs to
        and not _titled_person(words)
        and (
            is_lower(toks[p - 1].text)
            # "Doctors in the Gaza Strip say": a plural capitalised only as the sentence's first
            # word ("Leader of the opposition David Cameron said" is Cameron)
            or (
                is_lower(toks[p - 1].text[1:])
                and plural_looking(lower_word(toks[p - 1].text))
                and _sentence_initial(text, toks[p - 1].start)
            )
        )
        # "Figures from the Australian Bureau of Statistics revealed": the bureau's
        and not _or_singular_in(lower_word(toks[p - 1].text), DOCUMENT_SOURCES)
    ):
        # "researchers in the United Kingdom said": the researchers, not the country
        head = _nominal_mention(text, toks, p - 1, floor, role)
        if head is not None:
            head.end, head.text = toks[j].end, text[head.start : toks[j].end]
        return head
    # "Saudi Arabia's Civil Defense Authority": the authority, not Saudi Arabia
    cut = _afterpossessive(words)
    k += cut
    titles, name_words = strip_titles(words[cut:])
    if not name_words and not cut and _titled_description(words, toks, k, floor):
        # "The President said", "the Prime Minister said": a description, as "the president";
        # after a preposition an object ("Tests on the Vice President indicated"), no subject
        first = k if words[0].lower() in DETERMINERS else k - 1
        if first - 1 >= floor and lower_word(toks[first - 1].text) in OBJECT_PREPOSITIONS:
            return None
        start = toks[first].start
        return Mention(start, toks[j].end, text[start : toks[j].end], "nominal", role=role)
    if len(name_words) == 1 and not titles and not cut and name_words[0].lower() in _UNNAMED_GROUPS:
        # "Some say", "Many believe": a group nobody names, a description
        return Mention(toks[j].start, toks[j].end, toks[j].text, "nominal", role=role)
    if not name_words or (len(name_words) == 1 and name_words[0] in lexicon.name_stopwords()):
        return None
    if only_demonyms(name_words):
        if len(name_words) == 1 and name_words[0].endswith("s") and not titles and not cut:
            # "Palestinians say that ...", "Some Azeris believe that ...": a people, unnamed
            return Mention(toks[j].start, toks[j].end, toks[j].text, "nominal", role=role)
        return None
    if all(w[:1].isdigit() for w in name_words):
        return None  # "2006 to respond": a number is nobody
    split = office_split(name_words) if not titles and not cut and _title_of_the_at(toks, k - 3) else -1
    if split == 0:
        # "The President of the United States said", "the President of the Senate ruled":
        # whoever holds the office speaks, not the body it is of
        first = k - 3
        if first >= 1 and lower_word(toks[first - 1].text) in DETERMINERS:
            first -= 1
        if first >= 2 and toks[first - 1].text == "," and is_capitalised(toks[first - 2].text):
            # "George W. Bush, the President of the United States delivered": the holder named
            named = _name_mention(text, toks, first - 2, 0, role)
            if named is not None and named.name and person_like(named.name.split()):
                return named
        return Mention(
            toks[first].start, toks[j].end, text[toks[first].start : toks[j].end], "nominal", role=role
        )
    if split > 0:
        # "President of the United States Barack Obama", "Secretary of the Treasury Steven
        # Mnuchin": "the" ended the name run, so the run holds the body, then the person
        first = _office_title_start(toks, k - 3)
        start = toks[k + split].start
        return Mention(
            start,
            toks[j].end,
            text[start : toks[j].end],
            "name",
            name=" ".join(name_words[split:]),
            role=role or text[toks[first].start : toks[k + split - 1].end],
        )
    # "Refugee Council Enver Solomon", "Immunologist Kristian Andersen": a person after an
    # organisation or a role word
    split = _person_after_prefix(name_words)
    if split:
        titles = titles + name_words[:split]
        name_words = name_words[split:]
    if (_describes(name_words) and name_words[-1] not in ORG_WORDS) or (
        not titles and not cut and _plural_common_noun(text, toks[k].start, name_words)
    ):
        # "Prosecutors said", "a Government Official said", "Economists expect": a description
        start = toks[j - len(name_words) + 1].start
        return Mention(start, toks[j].end, text[start : toks[j].end], "nominal", role=role)
    start = toks[k + len(titles)].start
    # the titles as written: "PG&E President" is tokens "PG", "&", "E", "President"
    pre_role = (
        text[toks[k].start : toks[k + len(titles) - 1].end]
        if titles
        else _premodifier_role(text, toks, k, floor)
    )
    name = " ".join(name_words)
    if " & " in name and name.replace(" & ", "&") in text[start : toks[j].end]:
        name = name.replace(" & ", "&")  # "AT&T" as written: the tokens split at "&"
    return Mention(
        start,
        toks[j].end,
        text[start : toks[j].end],
        "name",
        name=name,
        role=role or pre_role or None,
    )


def office_split(words: list[str]) -> int:
    """How many of a capitalised run's words, after "<Title> of the", name the body the
    title is of, the rest being a person's name: "United States Barack Obama" -> 2,
    "Opposition Kim Beazley" -> 1; 0 where no person ends the run. A name opening with a
    known given name may follow any body ("State of Alabama Kay Ivey"); other two words only
    a body without joining words that is no lone adjective, where they would as well end
    the body's own name ("Council of Trade Unions", "Australian Republican Movement")."""
    for split in (len(words) - 3, len(words) - 2):
        person, body = words[split:], words[:split]
        if split < 1 or not person_like(person):
            continue
        if person[0] in lexicon.first_name_genders():
            return split
        if (
            len(person) == 2
            and not any(w in NAME_JOINERS for w in body)
            and not (
                len(body) == 1 and (body[0] in lexicon.demonyms() or body[0].endswith(_ADJECTIVE_ENDINGS))
            )
        ):
            return split
    return 0


# what joins a title to the body it is of: "Speaker of the House", "Minister for the
# Environment", "Ambassador to the United Nations"
_OFFICE_PREPOSITIONS: Final = ("of", "for", "to")
_OF_THE: Final = tuple(f" {p} the " for p in _OFFICE_PREPOSITIONS)


def title_of_the_before(text: str, start: int) -> str:
    """The title just before " of the " (or " for the ", " to the ") that ends at ``start``
    ("Speaker" in "Speaker of the House"), or "": ``_title_of_the_at`` on the text, for
    callers without tokens."""
    if not holds_at(text, start - 5, " the "):
        return ""  # most names: one check for what every joint ends with
    for joint in _OF_THE:
        if holds_at(text, start - len(joint), joint):
            end = start - len(joint)
            word = last_word(text, max(0, end - 40), end)  # no title word is longer
            return word if word in lexicon.titles() else ""
    return ""


def person_after_office(text: str, start: int, end: int) -> int:
    """Where the person's name starts in the capitalised run ``text[start:end]`` when the run
    follows "<Title> of the" and opens with the body ("Secretary of the Treasury Steven
    Mnuchin"); ``start`` otherwise."""
    if not title_of_the_before(text, start):
        return start
    split = office_split(text[start:end].split())
    i = start
    for _ in range(split):
        while i < end and not text[i].isspace():
            i += 1
        while i < end and text[i].isspace():
            i += 1
    return i


def _title_of_the_at(toks: list[Token], i: int) -> bool:
    """Whether a title ("President", "Chief Judge") stands at token ``i``, then "of the"
    ("for the", "to the")."""
    return (
        i >= 0
        and i + 2 < len(toks)
        and toks[i + 1].text in _OFFICE_PREPOSITIONS
        and toks[i + 2].text == "the"
        and toks[i].text in lexicon.titles()
    )


def _office_title_start(toks: list[Token], title: int) -> int:
    """The first token of the title whose last word is token ``title`` (before "of the"):
    the longest title ending there ("Deputy Prime Minister", "Vice President") and a role
    modifier before it ("former Secretary of the Navy"). The title may stand before a
    caller's floor (a subject scan starts at the run after "of the"): only the role reaches
    back there, the mention starts at the person."""
    first = title
    for n in (3, 2):
        if (
            title + 1 - n >= 0
            and " ".join(t.text for t in toks[title + 1 - n : title + 1]) in lexicon.titles()
        ):
            first = title + 1 - n
            break
    if first >= 1 and lower_word(toks[first - 1].text) in _ROLE_MODIFIERS:
        first -= 1
    return first


def _index_at(toks: list[Token], start: int, last: int, floor: int) -> int | None:
    """The index of the token that starts at ``start``, looked for from ``last`` back to
    ``floor`` (where a mention built from those tokens begins)."""
    for i in range(last, floor - 1, -1):
        if toks[i].start == start:
            return i
    return None


def _named_beside(text: str, toks: list[Token], m: Mention, j: int, floor: int) -> Mention | None:
    """The person a capitalised description (ending at token ``j``) is set beside ("Ehud
    Olmert the Israeli Prime Minister said", "Linus Upson, an engineering director at Google
    said"), or None."""
    p = _index_at(toks, m.start, j, floor)
    if p is None:
        return None
    q = p - 1
    if q >= floor and toks[q].text == ",":
        q -= 1
    if q < floor or not is_capitalised(toks[q].text):
        return None
    named = _name_mention(text, toks, q, floor, None)
    if named is None or named.kind != "name" or not named.name or not person_like(named.name.split()):
        return None
    b = _index_at(toks, named.start, q, floor)
    if b is None:
        b = floor
    while b - 1 >= floor and is_capitalised(toks[b - 1].text):
        b -= 1  # back past the name's titles: "with British Prime Minister Tony Blair, the ..."
    if b - 1 >= floor and lower_word(toks[b - 1].text) in _OBJECT_OPENERS:
        return None  # "published in The Lancet Infectious Diseases, researchers ... said"
    named.end, named.role = m.end, m.text
    named.text = text[named.start : named.end]
    return named


def _titled_description(words: list[str], toks: list[Token], k: int, floor: int) -> bool:
    """Whether capitalised titles alone, after a determiner, make the run ("The President",
    "the Foreign Minister"): a description of whoever holds the title."""
    if words[0].lower() in DETERMINERS:
        return len(words) > 1
    return k - 1 >= floor and toks[k - 1].text in DETERMINERS


def _plural_common_noun(text: str, start: int, name_words: list[str]) -> bool:
    """One plural-looking word capitalised only because it opens a sentence ("Economists
    expect", "Bishops argue", "Followers say"): a description when the article also writes
    it, or its singular, in lower case ("an economist") and never capitalised inside a
    sentence, where a name would be ("Reuters", "Hamas", "Sanders" never appear lower case)."""
    if len(name_words) != 1:
        return False
    word = name_words[0]
    if not (is_lower(word[1:]) and is_alpha(word) and plural_looking(word.lower())):
        return False
    if not _sentence_initial(text, start):
        return False
    low = word.lower()
    lower_words, capitalised_inside = _article_words(text)
    if word in capitalised_inside:
        return False
    # ("Reuters": an agency's name, alone at a sentence's start)
    return low in lower_words or low[:-1] in lower_words or (_agent_plural(low) and word not in ORG_WORDS)


def _agent_plural(low: str) -> bool:
    """A plural of a noun naming people by what they do ("recruiters", "campaigners",
    "historians", "detainees"): a description even where the article writes it only at a
    sentence's start. (A surname like it, "Sanders", is written after a given name or inside
    a sentence somewhere, which the caller checks first.)"""
    return len(low) > 5 and low.endswith("s") and low[:-1].endswith(_PLURAL_AGENT_SUFFIXES)


_LOWER_WORD: Final = re.compile(r"\b[a-z]+\b")
_CAPITALISED_INSIDE: Final = re.compile(r"(?<=[\w,;:)]) +([A-Z][a-z]+)\b")


@lru_cache(maxsize=2)  # one article at a time; the text's hash is cached by the string itself
def _article_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The article's lowercase words, and its capitalised words that stand inside a sentence:
    scanned once an article, not once a question (a search per question made a 2 MB text
    quadratic)."""
    if lexicon.COMPILED:
        return _scanned_article_words(text)
    return frozenset(_LOWER_WORD.findall(text)), frozenset(_CAPITALISED_INSIDE.findall(text))


def _scanned_article_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    r"""The same two sets from one pass over the text's words (compiled: a quarter of the two
    patterns' instructions, which ran every character through a class; as plain Python
    slower, so only the compiled module uses it).

    Both patterns' words are whole runs of word characters (re's ``\w``: ``str.isalnum`` or
    "_"): a run of small ASCII letters is a lowercase word; a capital and small letters is a
    capitalised one when spaces and a word character or one of ",;:)" come before it."""
    lower: set[str] = set()
    inside: set[str] = set()
    n: i64 = len(text)
    i: i64 = 0
    while i < n:
        c: i64 = ord(text[i])
        if not (word_character(c) if c < 128 else text[i].isalnum()):
            i += 1
            continue
        j: i64 = i + 1
        small = True  # whether the run's characters after its first are all small letters
        while j < n:
            d: i64 = ord(text[j])
            if 97 <= d <= 122:
                pass
            elif word_character(d) if d < 128 else text[j].isalnum():
                small = False
            else:
                break
            j += 1
        if small and 97 <= c <= 122:
            lower.add(text[i:j])
        elif small and 65 <= c <= 90 and j - i >= 2 and i and text[i - 1] == " ":
            p: i64 = i - 2
            while p >= 0 and text[p] == " ":
                p -= 1
            before: i64 = ord(text[p]) if p >= 0 else 32
            if before != 32 and (word_char_at(text, p) or before in (44, 59, 58, 41)):  # , ; : )
                inside.add(text[i:j])
        i = j
    return frozenset(lower), frozenset(inside)


def _sentence_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence (after quote marks or a bracket)."""
    before = text[max(0, start - 4) : start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n"


def plural_looking(word: str) -> bool:
    """Whether a lowercase word looks like a plural noun ("analysts", "economists", and the
    plurals of role nouns in -man and -person: "spokesmen", "spokespeople"), not "press",
    "boss", "analysis", "census" or "this"."""
    if word.endswith("men") or word.endswith("people"):
        singular = word[:-3] + "man" if word.endswith("men") else word[:-6] + "person"
        return singular in lexicon.role_nouns()
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "is", "us"))


def _describes(name_words: list[str]) -> bool:
    """Capitalised words that make a description, not a name: ending in a role ("a Government
    Official"), or one word that names documents or an unnamed group ("Reports", "Figures",
    "Others"; "U.S. Geological Survey" and "Party of Working People" are names)."""
    word = name_words[-1].lower()
    if (
        word in lexicon.role_nouns()
        and name_words[0] in lexicon.first_name_genders()
        and person_like(name_words)
    ):
        return False  # "Mark Bishop", "Tom Judge": a surname that is also a role
    if word in lexicon.role_nouns():
        # "Department of Justice", "Court of Justice": the role word names a domain, the head
        # before "of" is no role ("Minister of Justice" is one)
        return not (
            len(name_words) > 2
            and name_words[-2] in {"of", "for"}
            and not any(is_role_word(w) for w in name_words[:-2])
        )
    if len(name_words) > 1:
        return False
    return word in _UNNAMED_GROUPS or _or_singular_in(word, DOCUMENT_SOURCES)


def _people_of_a_body(toks: list[Token], start: int, p: int) -> bool:
    """Whether the description from offset ``start`` to token ``p`` is people of a body or
    place ("researchers from Yale University", "officials in Iraq"), not a titled one ("The
    Czech Deputy Prime Minister")."""
    first = next((i for i in range(p + 1) if toks[i].start >= start), p)
    return any(
        toks[i].text in _AFFILIATION_LINKS
        and (is_lower(toks[i - 1].text) or plural_looking(lower_word(toks[i - 1].text)))
        for i in range(first + 1, p)
    )


def _premodifier_role(text: str, toks: list[Token], k: int, floor: int) -> str | None:
    """ "Wynnum coach Matt Myers": the words before the name, back to a determiner, a comma
    or a preposition or subordinator the role is the object of ("an attack on U.S. diplomat
    Michael Parmly", "days after provisional prime minister Boniface Alexandre")."""
    m = k - 1
    if m < floor or not is_role_word(toks[m].text):
        return None
    while (
        m - 1 >= floor
        and is_alpha(toks[m - 1].text[:1])
        and lower_word(toks[m - 1].text) not in _PREMODIFIER_STOPS
        and m > k - 6
    ):
        m -= 1
    return text[toks[m].start : toks[k - 1].end]


def is_role_word(word: str) -> bool:
    """ "coach", "spokesperson", "director-general": a role, as a word or a hyphenated part."""
    low = word.lower()
    return low in lexicon.role_nouns() or any(p in lexicon.role_nouns() for p in low.split("-") if p)


def _nominal_mention(text: str, toks: list[Token], j: int, floor: int, role: str | None) -> Mention | None:
    """ "a senior Russian official", "the company", "officials", "Jefferson Parish officials":
    back to a determiner; without one, only a role noun or a plural with modifiers."""
    k = j
    while k - 1 >= floor and k > j - 6 and is_alpha(toks[k - 1].text[:1]):
        if lower_word(toks[k].text) in DETERMINERS:
            break
        k -= 1
    determined = lower_word(toks[k].text) in DETERMINERS
    owner = None
    if not determined and toks[j].text in DOCUMENT_NOUNS:
        owner = next((p for p in range(j - 1, k - 1, -1) if possessive(toks[p].text)), None)
    if owner is not None:
        # "Stardom's official statement read": the possessor's name opens it
        k = owner
        while k - 1 >= floor and owner - k < MAX_NAME_WORDS and is_capitalised(toks[k - 1].text):
            k -= 1
        if not is_capitalised(toks[k].text):
            return None
    elif not determined:
        head = lower_word(toks[j].text)
        if head not in lexicon.role_nouns() and not head.endswith("s") and not plural_looking(head):
            return None
        # modifiers before a bare role noun or plural: capitalised words or one adjective
        k = j
        while k - 1 >= floor and k > j - 4:
            prev = toks[k - 1].text
            if not (is_capitalised(prev) or (k == j and is_lower(prev))):
                break
            if prev in lexicon.name_stopwords() or prev.lower() in {"and", "or", "but"}:
                break
            k -= 1
    return Mention(toks[k].start, toks[j].end, text[toks[k].start : toks[j].end], "nominal", role=role)


def _name_run_end(toks: list[Token], j: int, limit: int) -> int:
    """The last token of the capitalised run that starts at ``j``."""
    end = j
    while end + 1 < limit and (
        is_capitalised(toks[end + 1].text)
        or _is_initial(toks[end + 1].text)
        or (toks[end + 1].text in NAME_JOINERS and end + 2 < limit and is_capitalised(toks[end + 2].text))
    ):
        end += 1
    return end


def _occupation(word: str) -> bool:
    """A lowercase word between an organisation and a person's name that says what the person
    does there: a role ("NASA administrator Jim Bridenstine") or an agent noun ("UCL astronomer
    Angelos Tsiaras", "Google engineer", "Oxford economist")."""
    if not is_lower(word):
        return False
    return is_role_word(word) or (len(word) > 4 and word.endswith(_AGENT_ENDINGS))


def _people_in_a_place(lead: list[str]) -> bool:
    """Whether the lowercase words before a name are people "in" or "near" it ("police in",
    "media agencies in"): the name is where they are. Not a document ("a report in the
    Washington Post": the newspaper), nor "from" or "at" a name (where they work)."""
    for w in range(1, len(lead)):
        if lead[w] in _PLACE_PREPOSITIONS:
            head = lead[w - 1]
            if head in DOCUMENT_NOUNS or _or_singular_in(head, DOCUMENT_SOURCES):
                return False
            return (
                head in lexicon.role_nouns()
                or head in _GROUP_NOUNS
                or (head.endswith("s") and is_alpha(head))
            )
    return False


def _after_demonym(text: str, toks: list[Token], i: int, j: int, nxt: int, limit: int) -> Mention | None:
    """The mention after "according to" or an inverted cue that starts with nationality words
    (tokens ``j`` to ``nxt``): the name its description leads to ("Syrian border guard Ibrahim
    Brahim", "Polish newspaper Gazeta Wyborcza"), else the description, someone unnamed
    ("Romanian media reports", "the Kenyan foreign ministry in a statement": up to its head)."""
    n = head = nxt
    while n < limit and n < nxt + 5:
        word = toks[n].text
        if not is_alpha(word) or not (is_lower(word) or word in ORG_WORDS) or word in _DESCRIPTOR_STOPS:
            break
        n += 1
        if word.lower() in lexicon.role_nouns() or word.lower() in NAMED_ORG_HEADS:
            head = n
    if n == nxt:
        return None
    if n < limit and is_capitalised(toks[n].text):
        named = _name_mention(text, toks, _name_run_end(toks, n, limit), n, None)
        if named is not None:
            named.role = named.role or text[toks[j].start : toks[n - 1].end]
            return named
    if n == nxt + 1 and toks[nxt].text in NAMED_ORG_HEADS:  # "Iraqi military"
        return Mention(toks[j].start, toks[nxt].end, text[toks[j].start : toks[nxt].end], "nominal")
    end = toks[(head if head > nxt else n) - 1].end
    return Mention(toks[i].start, end, text[toks[i].start : end], "nominal")


def _described_then_named(text: str, toks: list[Token], i: int, n: int, limit: int) -> Mention | None:
    """ "said T Rowe Price Head trader, Andy Brooks.", "said Home Affairs Minister, Kembo
    Mohadi.": a description that is no name, ending in what its holder does or in a title,
    then the holder's name in apposition (tokens ``i`` to the comma after ``n``), or None."""
    while n < limit and n < i + 8 and is_alpha(toks[n].text) and is_lower(toks[n].text):
        n += 1
    if not (i < n - 1 < n < limit and toks[n].text == ","):
        return None
    last = toks[n - 1].text
    if not (_occupation(last) or last in lexicon.titles() or (is_capitalised(last) and is_role_word(last))):
        return None
    named = _name_closing_apposition(text, toks, n, limit)
    if named is not None:
        named.role = text[toks[i].start : toks[n - 1].end]
    return named


def _name_closing_apposition(text: str, toks: list[Token], comma: int, limit: int) -> Mention | None:
    """The person's name in apposition after the comma at ``comma``: up to five words, ending
    the clause (at a comma, a sentence's end or "who"), or None."""
    stop = comma + 1
    while stop < limit and stop <= comma + 5 and toks[stop].text not in APPOSITION_ENDS:
        stop += 1
    words = [t.text for t in toks[comma + 1 : stop]]
    if not (stop >= limit or toks[stop].text in APPOSITION_ENDS) or not person_like(words):
        return None  # (person_like takes no "and": "the leaders, Smith and Jones," are two)
    return _name_mention(text, toks, stop - 1, comma + 1, None)


def _apposed_person(text: str, toks: list[Token], comma: int, limit: int, role: str) -> Mention | None:
    """The person a description names in apposition, if the token at ``comma`` opens one and
    the name ends the clause: "a spokesman for the White House, Tony Fratto.", "the director
    of the museum, Hans Westra.", "his father, Abdullah Kurdi, following ...". Only for a
    description of one person (a singular role noun in ``role``): "the company, Microsoft
    Corp." is none."""
    roles = [w for w in role.split() if is_role_word(w)]
    if comma >= limit or toks[comma].text != "," or all(plural_looking(w.lower()) for w in roles):
        return None  # no role, or many: "According to officials, João Vieira, the president, was shot"
    named = _name_closing_apposition(text, toks, comma, limit)
    if named is None or not named.name or not person_like(named.name.split()):
        return None
    named.role = role
    return named


def _latest_first(starts: list[int], before: int) -> range:
    """Indices into a list of offsets in text order (``starts``) of those before ``before``,
    the latest first, at most ANTECEDENT_REACH of them: what a pronoun or description can
    point back to. Bounded, so an article of thousands of names costs a bounded amount a
    lookup, not its length."""
    k = bisect_left(starts, before)
    return range(k - 1, max(k - ANTECEDENT_REACH, 0) - 1, -1)


def _person_part(words: Sequence[str]) -> list[str]:
    """A titled person's name without the body after it ("Judge Denny Chin of Federal District
    Court" is Denny Chin)."""
    for w, word in enumerate(words):
        if word in {"of", "for"} and w >= 2 and person_like(list(words[:w])):
            return list(words[:w])
    return list(words)


def _title_written_before(text: str, start: int) -> str | None:
    """A lowercase title right before the name at ``start``, with up to three words before
    it back to an article, a possessive or a mark, lowercased ("the Russian president
    Vladimir Putin" -> "russian president", "Australia's treasurer Peter Costello" ->
    "treasurer"); else None. Cheap where no title is: most names follow no such word."""
    if start < 2 or text[start - 1] != " ":
        return None
    word_start = text.rfind(" ", max(0, start - 30), start - 1) + 1
    word = text[word_start : start - 1]
    if not is_lower(word) or word not in _LOWER_TITLES:
        return None
    words = text[max(0, word_start - 60) : word_start].split()
    taken = [word]
    for w in reversed(words[-3:]):
        if w.lower() in DETERMINERS or possessive(w) or not w.replace("-", "").isalpha():
            break
        taken.insert(0, w.lower())
    return " ".join(taken)


def _apposed_title(text: str, start: int, end: int) -> str | None:
    """The title set beside a name by a comma, lowercased: after it ("Barack Obama, the US
    President, said" -> "us president"; "Bush, the President of the United States" ->
    "president") or before it ("the Treasurer, Peter Costello,"); else None."""
    if text.startswith(", ", end):
        phrase = text[end + 2 : end + 60].split(",", 1)[0].split(".", 1)[0]
        # an apposition the writer left open ends at its verb: "Helen Coonan, Australia's
        # communications minister announced"
        words = phrase.split()
        verb = next((k for k, w in enumerate(words) if k > 1 and w in lexicon.reporting_verbs()), None)
        if verb is not None:  # (two words at least: not "Willamette Week, mayor admitted")
            phrase = " ".join(words[:verb])
        title = _title_phrase(_APPOSITION_STOP.split(phrase, maxsplit=1)[0])
        if title is not None:
            return title
    if text.endswith(", ", 0, start):
        phrase = text[max(0, start - 80) : start - 2].rsplit(",", 1)[-1].rsplit(".", 1)[-1]
        # what the title is of is no part of it: "the governor of the state of Virginia, Bob
        # McDonnell", "Australian treasurer, Peter Costello"
        head = _APPOSITION_STOP.split(phrase, maxsplit=1)[0]
        return _title_phrase(_DETERMINER_SPLIT.split(head)[-1])
    return None


def _title_phrase(phrase: str) -> str | None:
    """ "the US President" -> "us president": a short phrase that ends in a title, lowercased."""
    words = phrase.lower().split()
    while words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    if not words or len(words) > 4 or words[-1].rstrip(".") not in _LOWER_TITLES:
        return None
    return " ".join(words)


def _described_office(words: list[str]) -> bool:
    """ "the newly inaugurated governor": a description of four or five words ending in a
    title, its modifiers lowercase and no preposition among them (not "the office of the
    President", which is no president)."""
    return words[-1].lower().rstrip(".") in _LOWER_TITLES and all(
        is_lower(w) and w not in OBJECT_PREPOSITIONS for w in words[1:-1]
    )


def _title_fits(title: str, want: str) -> bool:
    """Whether a title someone was named with ("president", "vice president", "foreign
    minister") is the one a description asks for ("the president", "the vice president",
    "the minister"): "the vice president" is no President Bush, "the president" no Vice
    President Cheney, "the minister" no Prime Minister."""
    if title == want:
        return True
    if not title.endswith(" " + want):
        return False
    before = title[: -len(want) - 1].rsplit(" ", 1)[-1]
    return before not in TITLE_MODIFIERS


# Words that end a description's run of lower-case words: what follows is no name it gives
_DESCRIPTION_BREAKS: Final = OBJECT_PREPOSITIONS | DETERMINERS | {"and", "or", "but", "that", "who", "which"}


def _past_description(toks: list[Token], k: int, limit: int) -> int:
    """Where a name starts after the description before it ("by Montreal-based newspaper Le
    Devoir", "by the newspaper Le Devoir", "by Tokyo based newswire Kyodo"): past a place's
    "-based" and up to three lower-case words; ``k`` itself when no name follows them."""
    n = k
    if n < limit and _modifier_compound(toks[n].text):
        n += 1
    elif n + 1 < limit and is_capitalised(toks[n].text) and toks[n + 1].text in MODIFIER_PARTICIPLES:
        n += 2
    start = n
    while (
        n < limit
        and n < start + 3
        and is_lower(toks[n].text)
        and is_alpha(toks[n].text)
        and toks[n].text not in _DESCRIPTION_BREAKS  # "the author of the article in the Monitor"
    ):
        n += 1
    return n if n > k and n < limit and is_capitalised(toks[n].text) else k


def _modifier_compound(word: str) -> bool:
    """ "Montreal-based", "state-owned", "Hamas-led": a modifier, never a name's word."""
    head, dash, tail = word.rpartition("-")
    return bool(dash and head) and tail in MODIFIER_PARTICIPLES


def mention_after(text: str, toks: list[Token], i: int, limit: int) -> Mention | None:
    """The mention that starts at token ``i``, as after "according to" or an inverted cue:
    "Nicolas Retsinas, director of ...", "lead author Professor David Livermore", "officials",
    "a 1989 report from the NTSB" (the NTSB), "the mayor of Yartsevo" (an unnamed mayor),
    "NASA administrator Jim Bridenstine", "Iraqi military", "Windsor Locks' first selectman,
    Chris Kervick"."""
    if i >= limit:
        return None
    if lower_word(toks[i].text) in PRONOUNS:
        return Mention(toks[i].start, toks[i].end, toks[i].text, "pronoun")
    j = i
    while j < limit and j < i + 4 and not is_capitalised(toks[j].text) and toks[j].text[:1].isalnum():
        j += 1  # determiners, numbers and role words before a name: "the", "lead author", "a 1989"
    lead = [lower_word(t.text) for t in toks[i:j]]
    document = any(w in DOCUMENT_SOURCES for w in lead) and not any(is_role_word(w) for w in lead)
    if document or (j < limit and lower_word(toks[j].text) in DOCUMENT_SOURCES):
        # "a 1989 report from the NTSB", "a survey published in 2017 by the Society"
        for n in range(i, min(limit - 1, i + 10)):
            if toks[n].text in {"from", "by", "of"} and n + 1 < limit:
                k = _past_description(toks, n + 1 + (lower_word(toks[n + 1].text) in DETERMINERS), limit)
                if k < limit and is_capitalised(toks[k].text):
                    return _name_mention(text, toks, _name_run_end(toks, k, limit), k, None)
    if _people_in_a_place(lead):
        # "police in Baytown, Texas", "journalists in Kinshasa": people the article does not name
        end = _name_run_end(toks, j, limit) if j < limit else j - 1
        return Mention(toks[i].start, toks[end].end, text[toks[i].start : toks[end].end], "nominal")
    if lead and lead[-1] == "of" and any(w in lexicon.role_nouns() for w in lead):
        # "the mayor of Yartsevo": a role holder the article does not name
        end = _name_run_end(toks, j, limit) if j < limit else j - 1
        role = text[toks[i].start : toks[end].end]
        return _apposed_person(text, toks, end + 1, limit, role) or Mention(
            toks[i].start, toks[end].end, role, "nominal"
        )
    if j < limit and is_capitalised(toks[j].text):
        end = _name_run_end(toks, j, limit)
        m = _name_mention(text, toks, end, j, None)
        if m is None:
            if only_demonyms([t.text for t in toks[j : end + 1]]):
                return _after_demonym(text, toks, i, j, end + 1, limit)
            return _described_then_named(text, toks, i, end + 1, limit)
        if j > i:
            m.role = m.role or text[toks[i].start : toks[j - 1].end]
        nxt = end + 1
        if nxt < limit and lower_word(toks[nxt].text) in NAMED_ORG_HEADS and end == j:
            # "Iraqi military": an organisation named by its country
            return Mention(toks[j].start, toks[nxt].end, text[toks[j].start : toks[nxt].end], "nominal")
        n = nxt
        while n < limit and n < nxt + 2 and is_lower(toks[n].text) and is_alpha(toks[n].text):
            n += 1
        if (
            n == nxt + 2
            and n < limit
            and is_lower(toks[n].text)
            and is_alpha(toks[n].text)
            and not any(
                lower_word(t.text) in _OBJECT_OPENERS or t.text in PRONOUNS for t in toks[nxt : n + 1]
            )
        ):
            n += 1  # a third word of a role: "Ipsos Reid senior vice president Darrell Bricker"
        if n > nxt and n < limit and _occupation(toks[n - 1].text) and is_capitalised(toks[n].text):
            person = _name_mention(text, toks, _name_run_end(toks, n, limit), n, None)
            if person is not None and person.name and person_like(person.name.split()):
                person.role = text[toks[j].start : toks[n - 1].end]  # "NASA administrator"
                return person
        if (
            n > nxt
            and lower_word(toks[n - 1].text) in lexicon.role_nouns()
            and (n >= limit or not is_capitalised(toks[n].text))
        ):
            # "an unnamed U.N. Information Ministry official": someone the article does not name
            role = text[toks[i].start : toks[n - 1].end]
            return _apposed_person(text, toks, n, limit, role) or Mention(
                toks[i].start, toks[n - 1].end, role, "nominal"
            )
        comma = next((c for c in range(nxt, min(nxt + 5, limit)) if toks[c].text == ","), None)
        if comma is not None and comma + 1 < limit:
            stop = comma + 1
            while stop < limit and toks[stop].text not in APPOSITION_STOPS:
                stop += 1
            appositive = [t.text for t in toks[comma + 1 : stop]]
            if (
                person_like(appositive)
                and (stop >= limit or toks[stop].text in APPOSITION_ENDS)
                and "and" not in appositive
                and (is_lower(toks[comma - 1].text) or any(is_role_word(t.text) for t in toks[i:comma]))
            ):
                # "according to Windsor Locks' first selectman, Chris Kervick, ...", "the Director
                # General of the IAEA, Mohamed ElBaradei": a role; "according to the Star Tribune,
                # Laurie Coleman, ..." is the newspaper's, she is its clause's subject
                named = _name_mention(text, toks, stop - 1, comma + 1, None)
                if named is not None:
                    named.role = text[toks[i].start : toks[comma - 1].end]
                    return named
            if comma == nxt:
                m.role = m.role or text[toks[comma + 1].start : toks[stop - 1].end]
        return m
    end = i
    while end + 1 < limit and end < i + 4 and is_alpha(toks[end + 1].text) and is_lower(toks[end + 1].text):
        end += 1
    if not is_alpha(toks[i].text[:1]):
        return None
    role = text[toks[i].start : toks[end].end]
    return _apposed_person(text, toks, end + 1, limit, role) or Mention(
        toks[i].start, toks[end].end, role, "nominal"
    )


def split_run(words: list[str]) -> list[list[str]]:
    """Split "Antoine Quirin and Nicolas Redouane" or "David Buik of BGC Partners" where the
    part before the joiner is a person's name, and "ALAEA and Qantas" or "British Airways and
    Aer Lingus" where it is a whole organisation's; organisation names ("Bank of England",
    "Food and Drug Administration") stay."""
    for w, word in enumerate(words):
        if (
            (word in {"and", "of", "for", "at", "&"} and person_like(words[:w]))
            or (word == "and" and 0 < w < len(words) - 1 and _whole_organisation(words[:w]))
            or (word == "and" and w > 0 and _given_named(words[w + 1 :]))
        ):
            rest = words[w + 1 :]
            while rest and rest[0] in NAME_JOINERS:
                rest = rest[1:]
            return [words[:w], *split_run(rest)] if rest else [words[:w]]
    return [words] if words else []


def _occurrences(text: str, phrase: str) -> int:
    """How often ``phrase`` stands in ``text`` as whole words. By ``str.find``: a pattern made
    for each phrase cost its compilation, 1% of extraction's instructions."""
    n = 0
    i = text.find(phrase)
    while i != -1:
        end = i + len(phrase)
        if (i == 0 or not word_char_at(text, i - 1)) and (end == len(text) or not word_char_at(text, end)):
            n += 1
            i = text.find(phrase, end)  # past it, as a pattern's findall goes on
        else:
            i = text.find(phrase, i + 1)
    return n


def _given_named(words: list[str]) -> bool:
    """ "Michael Bloomberg" after "Senator Elizabeth Warren of Massachusetts and": a person's
    name opening with a known given name, which no organisation's second half does ("Procter
    and Gamble", "Food and Drug Administration")."""
    return person_like(words) and words[0] in lexicon.first_name_genders()


def _role_starts(toks: list[Token], r: int) -> bool:
    """Whether a description in apposition starts at token ``r``: after a clause's mark or a
    subordinating word ("while the communications director for the campaign, Tim Murtaugh,"),
    or at a sentence the splitter missed ("... 6 a.m. The governor of Ohio, Mike DeWine,")."""
    before = toks[r - 1].text
    return (
        before in _ROLE_STOPS
        or before.lower() in ROLE_BREAKS
        or (before[-1:] == "." and is_lower(before[:1]) and is_upper(toks[r].text[:1]))
    )


def _whole_organisation(words: list[str]) -> bool:
    """An acronym alone ("ALAEA") or a name with a company's last word ("British Airways"):
    an "and" after it joins a second name, not more of the same one ("Securities and Exchange
    Commission")."""
    return (len(words) == 1 and is_acronym(words[0])) or words[-1] in _COMPANY_ENDINGS


# init=False and its own __init__, as figures.Figure (dataclasses' generated one runs
# interpreted even in the compiled build).
@dataclass(init=False)
class Entity:
    name: str
    kind: str  # person | organisation
    roles: list[str] = field(default_factory=list)

    def __init__(self, name: str, kind: str, roles: list[str] | None = None) -> None:
        self.name = name
        self.kind = kind
        self.roles = [] if roles is None else roles


# a capitalised run's title words, name words, and names with their keys
ParsedRun = tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[tuple[str, ...], str], ...]]


def _parse_run(run: str) -> ParsedRun:
    """A capitalised run's title words, name words and the names it holds (stopwords alone
    left out) with their keys ("Barack Obama"). A pure function of the run's text; tuples, so
    no caller can change an answer of ``_cached_parse_run``."""
    words = run.split()
    return _parse_word(words[0]) if len(words) == 1 else _parse_words(words)


def _parse_words(words: list[str]) -> ParsedRun:
    """``_parse_run`` of a run split into words."""
    words = words[_afterpossessive(words) :]  # "Brazil's National Institute ..."
    words = [_without_possessive(w) for w in words]
    run_titles, run_words = strip_titles([w for w in words if w])
    cut = _person_after_prefix(run_words)
    parts = [run_words[:cut], run_words[cut:]] if cut else _split_prefixes(split_run(run_words))
    return tuple(run_titles), tuple(run_words), _named(parts)


def _without_possessive(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s").removesuffix("'")


def _named(parts: Sequence[Sequence[str]]) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The parts of a run that name someone or something, with their keys: not a stopword
    alone ("The"), nor nationality words alone."""
    return tuple(
        (tuple(p), " ".join(p))
        for p in parts
        if not (len(p) == 1 and p[0] in lexicon.name_stopwords()) and not only_demonyms(p)
    )


def _parse_word(word: str) -> ParsedRun:
    """``_parse_words([word])`` (two in five of the runs parsed are one word), without the
    steps only words beside it can change: no possessive before a last word, no split at a
    joiner, no prefix before a person's name."""
    word = _without_possessive(word)
    run_titles, run_words = strip_titles([word] if word else [])
    return tuple(run_titles), tuple(run_words), _named([run_words] if run_words else [])


# Runs recur within and across articles ("The", "President Barack Obama"): 3,000 articles hold
# 115,000 runs, 83,000 distinct within their article, 33,000 in all. As plain Python, an LRU
# cache makes extraction 4% faster. Compiled, an LRU cache's lookup among 65,536 runs costs
# more than parsing; two plain dicts keep the cross-article hits without the LRU bookkeeping
# (a pure function: what they hold changes no answer, only how fast it comes). New runs go
# into the young one; when it is full it becomes the old one (the old one dropped), and a run
# found only in the old one moves to the young: runs met since the last swap survive it,
# where emptying one dict made every common run be parsed again (over 2,500 articles, 14.8
# parses an article; 11.5 so, 10.1 with no bound). A run held costs ~530 bytes: at most
# 2 x 8,192 of them, ~8 MiB; 65,536 in one dict added 30 MiB to a build's peak memory.
_cached_parse_run: Final = lru_cache(maxsize=1 << 16)(_parse_run)
_PARSED_RUNS: Final[dict[str, ParsedRun]] = {}
_OLDER_PARSED_RUNS: Final[dict[str, ParsedRun]] = {}
PARSED_RUNS_LIMIT: Final = 1 << 13


def clear_caches() -> None:
    """Empty what carries over from one article to the next (parsed name runs, speaker ids):
    a benchmark that runs the same texts again would otherwise time mostly cache hits."""
    _PARSED_RUNS.clear()
    _OLDER_PARSED_RUNS.clear()
    _cached_parse_run.cache_clear()
    slug.cache_clear()


def _parsed_run(run: str) -> ParsedRun:
    """``_parse_run(run)``, from the runs parsed before when they hold it."""
    parsed = _PARSED_RUNS.get(run)
    if parsed is None:
        parsed = _OLDER_PARSED_RUNS.get(run)
        if parsed is None:
            parsed = _parse_run(run)
        if len(_PARSED_RUNS) >= PARSED_RUNS_LIMIT:  # bounded memory over any corpus
            _OLDER_PARSED_RUNS.clear()
            _OLDER_PARSED_RUNS.update(_PARSED_RUNS)
            _PARSED_RUNS.clear()
        _PARSED_RUNS[run] = parsed
    return parsed


def acronym_like(word: str) -> bool:
    """ "OSCE", "MoD", "U.N.": more capitals than small letters, and two at least; "(Embraer)"
    after a name is a short name, no acronym."""
    capitals = sum(is_upper(c) for c in word)
    return capitals >= 2 and capitals > sum(is_lower(c) for c in word)


def spelled_out(acronym: str, text: str, end: int) -> str | None:
    """The words just before ``end`` whose initials spell an acronym, over small joining words
    ("Organization for Security and Co-operation in Europe" for OSCE, "General Motors" for
    GM), or None."""
    if not acronym_like(acronym):
        return None
    letters = "".join(c for c in acronym if is_upper(c))
    words = text[max(0, end - 160) : end].split()
    if words:
        words[-1] = words[-1].removesuffix("'s").removesuffix("’s")
    initials = ""
    for i in range(len(words) - 1, max(-1, len(words) - 16), -1):
        word = words[i]
        if is_upper(word[:1]):
            initials = word[0] + initials
            if initials == letters:
                return " ".join(words[i:])
            if not letters.endswith(initials):
                return None
        elif word not in _ACRONYM_JOINERS:
            return None
    return None


def take_acronym(m: Mention, acronym: str, text: str, paren: int) -> None:
    """ "... in Europe (OSCE) said": a name that is part of what the acronym in the parentheses
    at ``paren`` spells out is named by the acronym (which the resolver knows in full), not
    "Europe"; "Paulo Rocha (PT)" stays the person."""
    if m.kind == "name" and m.name:
        spelled = spelled_out(acronym, text, paren)
        if spelled is not None and m.name in spelled:
            m.name = acronym


def _ends_a_longer_name(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` follows a capitalised word and small joining
    words ("... Organization of the | United Nations", "... Mission in | Haiti")."""
    words = text[max(0, start - 40) : start].split()
    i = len(words) - 1
    while i >= 0 and words[i] in _ACRONYM_JOINERS:
        i -= 1
    if i == len(words) - 1 or i < 0:
        return False
    word = words[i]  # a name's word, not "According to the ..." or "In the ..."
    return (
        is_upper(word[:1])
        and word not in lexicon.name_stopwords()
        and word.lower() not in lexicon.cue_first_words()
    )


def _defined_by(
    acronym: str, text: str, start: int, end: int, run_words: tuple[str, ...]
) -> tuple[str, bool] | None:
    """What a short name in parentheses after a name (ending at ``end``) stands for, and
    whether its initials spell it: the words that do ("General Motors (GM)": "General" is no
    title there), else the name's words; None when those are only initials ("S. A.
    (Embraer)")."""
    spelled = spelled_out(acronym, text, end)
    if spelled is not None:
        return spelled, True
    if all(_is_initial(w) for w in run_words):
        return None
    if _ends_a_longer_name(text, start):
        return None  # "Food and Agriculture Organization of the United Nations (FAO)": not the UN
    return " ".join(run_words), False


def _names_a_municipality(words: list[str]) -> bool:
    """ "Bay City", "the Municipality of Livorno", "Toronto City Council"; not "City Hall Plaza"
    (the word must end the name, or be followed by "of" or "Council")."""
    for i, word in enumerate(words):
        if word.lower() in MUNICIPAL_NOUNS and (i + 1 == len(words) or words[i + 1] in ("of", "Council")):
            return True
    return False


def _comma_space_at(text: str, i: int) -> bool:
    """``segment.holds_at(text, i, ", ")`` with the two characters written out: three times a
    capitalised run, where the general check measured 0.3% more instructions of extraction
    (``text.startswith(", ", i)``, a method call by name compiled, ~600 instructions)."""
    return 0 <= i < len(text) - 1 and text[i] == "," and text[i + 1] == " "


_BUSINESS_DESCRIPTORS: Final = lexicon.word_class("business_descriptors")
_COMPANY_OFFICERS: Final = r"(?:chief\s+executive|CEO|chairman|chairwoman|founder|spokes(?:man|woman|person))"
_DESCRIBED: Final = "|".join(sorted(_BUSINESS_DESCRIPTORS))
# Before a business's name: one of its nouns ("retailer Circuit City") or its officers
# ("chief executive of Volvo Cars"); after it: an apposition that describes it ("Aer Lingus,
# an Irish airline"), its shares or officers ("Ryanair shares").
_BUSINESS_BEFORE: Final = re.compile(
    rf"\b(?:{_DESCRIBED}|{_COMPANY_OFFICERS}\s+(?:of|for|at)(?:\s+the)?)\s+$"
)
_NAME_GOES_ON: Final = re.compile(r"\w|[ \t]+[A-Z]")  # a longer name holds this one
# The same, by a business's noun alone (no officers or shares, which people have too)
_DESCRIBED_BEFORE: Final = re.compile(rf"\b(?:{_DESCRIBED})\s+$")
_DESCRIBED_AFTER: Final = re.compile(
    rf",\s+(?:a|an|the)\s+(?:(?!(?:for|of|at|with|in|from|to|by|on|and)\b)[\w’'-]+\s+){{0,4}}?(?:{_DESCRIBED})\b"
    rf"(?=\s*[,.;:)]|\s+(?:that|which|whose|behind|based|headquartered|in|of|from|with|for|known|founded|"
    rf"owned|run|related|linked|affiliated|allied|associated|close|specialising|specializing)\b)"
)  # its head the business's noun, the apposition ending there: not "a spokesman for the
# group", "the company's owner", "an independent airline analyst", "the group assaulted him"
_BUSINESS_AFTER: Final = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{_DESCRIBED})\b"
    rf"|(?:'s|’s)?\s+(?:shares|stock|shareholders|employees|{_COMPANY_OFFICERS})\b"
)


def _business_noun_before(text: str, i: int) -> bool:
    """``_DESCRIBED_BEFORE.search(text, max(0, i - 40), i)``: the word before the white space
    before ``i`` is a business's noun, read backwards from ``i`` (the search tried each of
    the 40 offsets, for every mention of every speaker asked)."""
    k = i
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k == i:
        return False
    e = k
    while k > 0 and word_char_at(text, k - 1):
        k -= 1
    return k >= i - 40 and text[k:e] in _BUSINESS_DESCRIPTORS


def described_as_business(text: str, name: str) -> bool:
    """Whether ``text`` calls ``name`` a business by a business's noun, before it ("retailer
    Circuit City", "technology giant Sony") or in apposition after it ("Aer Lingus, an Irish
    airline"), where it is written."""
    i = text.find(name)
    while i != -1:
        end = i + len(name)
        if text.startswith(("'s", "’s"), end) and not name.endswith("s"):
            end += 2  # "Sainsbury's, the UK supermarket chain," (the store's name)
        whole = not _NAME_GOES_ON.match(text, end)  # not "company Nanjing Automobile"
        if whole and (_DESCRIBED_AFTER.match(text, end) or _business_noun_before(text, i)):
            return True
        i = text.find(name, end)
    return False


class Resolver:
    """Resolves mentions to canonical names within one article.

    ``quoted`` spans (the content of quote marks) are not antecedents: a name inside a quote
    is what the speaker talked about, not who speaks next.
    """

    def __init__(self, text: str, quoted: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        self.names: list[tuple[int, list[str]]] = []  # (offset, name words without titles)
        self.acronyms: dict[str, str] = {}
        self.counts: dict[str, int] = {}
        self.subjects: set[int] = set()  # offsets of names that start a clause or precede a verb
        self.titled: list[tuple[int, str, list[str]]] = []  # (offset, title, name) from "Governor X"
        self.titled_starts: list[int] = []  # their offsets, in order, for bisection
        self._titled_names: set[str] = set()  # names given with a title: people
        self._one_word_people: set[str] = set()  # one-word names right after a person's title
        spans = sorted(quoted)
        si = 0
        spelled: set[str] = set()  # acronyms defined by the words that spell them
        for start, end in name_runs(text):
            office_start = start
            start = person_after_office(text, start, end)  # "... of the Treasury Steven Mnuchin"
            run = text[start:end]
            run_titles, run_words, parts = _parsed_run(run) if lexicon.COMPILED else _cached_parse_run(run)
            if start != office_start and run_words:  # "Speaker of the House Nancy Pelosi": "the speaker"
                title = title_of_the_before(text, office_start).lower()
                self.titled.append((start, title, _person_part(run_words)))
                self.titled_starts.append(start)
                self._titled_names.add(" ".join(run_words))
            elif run_titles and run_words:  # "Governor Kay Ivey": who "the governor" is
                self.titled.append((start, " ".join(run_titles).lower().rstrip("."), _person_part(run_words)))
                self.titled_starts.append(start)
                if any(w in lexicon.titles() for w in run_titles):  # not "The Airbus A380"
                    self._titled_names.add(" ".join(run_words))
                    if len(run_words) == 1 and not any(map(is_lower, run.split())):
                        # "President Erdoğan" (not "CEO of Hutchison"): a person, one word
                        self._one_word_people.add(run_words[0])
            elif (
                run_words
                and (_comma_space_at(text, end) or _comma_space_at(text, start - 2))
                and person_like(list(run_words))
                and (apposed := _apposed_title(text, start, end)) is not None
            ):  # "Barack Obama, the US President,", "the Treasurer, Peter Costello,"
                self.titled.append((start, apposed, list(run_words)))
                self.titled_starts.append(start)
            if run_words and (written := _title_written_before(text, start)) is not None:
                # "the Russian president Vladimir Putin", "White House spokesman Tony Snow"
                person = _person_part(run_words)
                if person_like(person):
                    self.titled.append((start, written, person))
                    self.titled_starts.append(start)
                elif len(run_words) == 1 and not run_titles:
                    self._one_word_people.add(run_words[0])  # "Turkish president Erdoğan"
            bracket = end + 1 < len(text) and text[end + 1] == "("
            after = _ACRONYM_DEF.match(text, end + 1) if bracket else None
            if after and any(w not in lexicon.name_stopwords() for w in run_words):
                # not "The (MoD)" where words were lost: a stopword alone defines nothing
                acronym, defined = after.group(1), _defined_by(after.group(1), text, start, end, run_words)
                # the first definition, unless a later one spells it out ("Securities and
                # Exchange Board (SEBI) of India" before "... Board of India (SEBI)")
                if defined is not None and (
                    acronym not in self.acronyms or (defined[1] and acronym not in spelled)
                ):
                    self.acronyms[acronym] = defined[0]
                    if defined[1]:
                        spelled.add(acronym)
            while si < len(spans) and spans[si][1] <= start:
                si += 1
            if not parts or (si < len(spans) and spans[si][0] <= start):
                continue
            if self._subject_position(start, end, run_words):
                self.subjects.add(start)
            for part, key in parts:
                if self._participle_opens(start, part):
                    # "Calling Thaksin "unusually rich," the committee said": Thaksin
                    start, part, key = text.index(part[1], start), part[1:], " ".join(part[1:])
                self.names.append((start, list(part)))
                self.counts[key] = self.counts.get(key, 0) + 1
        self.name_starts = [offset for offset, _ in self.names]  # in text order, for bisection
        self._subject_offsets = sorted(self.subjects)  # for spoken_of's bisection
        self.history: list[tuple[int, Entity]] = []  # resolved speakers, in text order
        self.history_starts: list[int] = []
        # Indexes over the distinct names, in order of first appearance, so a lookup costs the
        # names that can match, not the whole article (canonical() runs for every mention).
        self._by_last: dict[str, list[list[str]]] = {}
        self._by_first: dict[str, list[list[str]]] = {}  # names of two or three words
        self._by_initials: dict[str, list[str]] = {}
        seen: set[str] = set()
        for _, cand in self.names:
            key = " ".join(cand)
            if key in seen:
                continue
            seen.add(key)
            self._by_last.setdefault(cand[-1], []).append(cand)
            if "on" in cand[1:]:  # "Committee on Foreign Affairs" is also what "the Committee" is
                self._by_last.setdefault(cand[cand.index("on", 1) - 1], []).append(cand)
            if len(cand) in (2, 3):
                self._by_first.setdefault(cand[0], []).append(cand)
            if len(cand) >= 2:
                self._by_initials.setdefault("".join(w[0] for w in cand if is_upper(w[0])), cand)

    def _before_blanks(self, start: int) -> int:
        """The offset of the last character before ``start`` that is no space or tab; -1."""
        i = start - 1
        while i >= 0 and self.text[i] in " \t":
            i -= 1
        return i

    def _participle_opens(self, start: int, part: Sequence[str]) -> bool:
        """Whether a name's first word is a participle opening its sentence, and the rest a
        name the article writes without it ("Calling Thaksin ...", "Confirming Interfax's
        report"; not "Housing Industry Association", "Downing Street", "Flemming Rose")."""
        if len(part) < 2 or not part[0].endswith("ing") or part[0] in lexicon.first_name_genders():
            return False
        if not self.text.startswith(part[0], start):
            return False  # past a title: "President Barack ..."
        i = self._before_blanks(start)
        if i >= 0 and self.text[i] not in _ENDS_BEFORE_A_CLAUSE:
            return False
        rest = " ".join(part[1:])
        return _occurrences(self.text, rest) > 1

    def _apposed_name(self, comma: int, start: int, end: int, words: Sequence[str]) -> bool:
        """Whether the name from ``start`` to ``end`` (its words without titles: ``words``),
        after the comma at ``comma``, is a person's in apposition ("the candidate, Morgan
        Tsvangirai, pulled out"), not a role ("..., Executive Director of California Safe
        Schools, noted") nor a place's second part ("from Brooklyn, New York, posted")."""
        run = self.text[start:end]
        if " of " in run or " for " in run or not person_like(list(words)):
            return False
        before = self.text[max(0, comma - 40) : comma].split()
        return not (
            len(before) >= 2 and is_upper(before[-1][:1]) and before[-2] in _PLACE_PREPOSITIONS | AFFILIATIONS
        )

    def _subject_position(self, start: int, end: int, words: Sequence[str] = ()) -> bool:
        """Whether a name opens a sentence or clause, or stands right before a verb: the
        places a later "he" or "she" most often points back to."""
        i = self._before_blanks(start)
        if i < 0 or self.text[i] in _ENDS_BEFORE_A_CLAUSE:
            return True
        if self.text[i] in "-–—" and self.text[i - 1 : i] in (" ", "\t") and self._dash_opens(i, end):
            return True
        before = last_word(self.text, max(0, i - 14), i + 1)
        if before in OBJECT_PREPOSITIONS:
            return False  # "a resident of the town of Abu Kamal said": the resident spoke
        after = self.text[end : end + SUBJECT_VERB_REACH]
        if after.startswith(", who ") and person_like(list(words)):
            # "One of these was Diane Abbott, who told Wikinews": a topic now (not "McCain, who
            # he said ...", where the clause has a subject of its own)
            verb = (after[6:].split() or [""])[0]
            return verb not in PRONOUNS and (verb in _VERBISH or verb.endswith(("ed", "s")))
        if after.startswith(" (") and person_like(list(words)):  # "Stanley Myers (President & CEO) continued"
            close = self.text.find(")", end, end + 80)
            after = self.text[close + 1 : close + 1 + SUBJECT_VERB_REACH] if close != -1 else after
        if after.startswith((", the ", ", a ", ", an ")) and person_like(list(words)):
            # "..., John R. Bolton, the US ambassador, on Saturday welcomed": past the role
            close = self.text.find(",", end + 2, end + ROLE_APPOSITION_REACH)
            if close != -1 and "\n" not in self.text[end:close]:
                after = self.text[close + 1 : close + 1 + SUBJECT_VERB_REACH]
        elif after.startswith(",") and self.text[i] == "," and self._apposed_name(i, start, end, words):
            after = self.text[end + 1 : end + 1 + SUBJECT_VERB_REACH]  # "..., Alan Mulally, commented"
        nxt = after.split()
        if not nxt:
            return False
        word = nxt[0].strip(",.;:")
        if len(nxt) > 1 and len(word) > 3 and word.endswith("ly") and is_lower(word):
            word = nxt[1].strip(",.;:")  # "Ehud Olmert, ..., flatly rejected": an adverb first
        elif len(nxt) > 2 and word == "on" and nxt[1] in _WEEKDAYS and self.text[i] == ",":
            # "..., John R. Bolton, the US ambassador, on Saturday welcomed" (not "after
            # delivering Angelus Blessing on Sunday has issued": an object)
            word = nxt[2].strip(",.;:")
        if _verb_like(word):
            return True
        # "Barack Obama gave a speech"; "Ibrahim Mohammed Ahmed owns a small grocery shop": a
        # present form before its object's determiner (a plural noun seldom stands before
        # one). Not a subordinate clause's subject inside a sentence ("..., in which
        # Tsvangirai became prime minister", "ambassador when Phnom Penh fell").
        present_before_object = (
            len(nxt) > 1
            and len(word) > 3
            and word.endswith("s")
            and is_lower(word)
            and lower_word(nxt[1]) in DETERMINERS
            and person_like(list(words))
            and not possessive(self.text[start:end])
        )
        if word in lexicon.irregular_past() or present_before_object:
            return before not in _INNER_CLAUSE_OPENERS
        # "official Dan Blumenthal believes": a person, then a reporting verb's present form
        # (not one that only cues quote marks: "Coca Cola continues"); not a possessor's noun
        # ("Brough's claims") nor a plural one a verb follows ("Gulf states have")
        cue = lexicon.reporting_verbs().get(word) if word.endswith("s") else None
        if cue is None or cue.direct_only or possessive(self.text[start:end]) or not person_like(list(words)):
            return False
        then = after.split()[1:2]
        return not then or then[0] not in _VERBISH

    def _dash_opens(self, dash: int, end: int) -> bool:
        """Whether the spaced dash at ``dash`` opens the clause of the name ending at ``end``:
        after a dateline ("OTTAWA - Frank McKenna, ..., announced"), or as a parenthesis
        closed before the name's verb ("a senior Democrat - Senator Dick Durbin of Illinois -
        denounced"); not inside a name ("Zimbabwe African National Union – Patriotic Front")
        nor before a list ("the three — Marie-Jeanne Ion (32), ...")."""
        word = self.text[max(0, dash - 20) : dash].split()[-1:]
        if word and len(word[0]) > 1 and is_upper(word[0]) and is_alpha(word[0]):
            return True
        after = self.text[end : end + 30].split()
        if len(after) < 2 or after[0] not in ("-", "–", "—"):
            return False
        verb = after[1].strip(",.;:")
        return _verb_like(verb)

    def spoken_of(self, start: int, end: int) -> None:
        """Marks a person's reported clause ("noting that President Thabo Mbeki is
        mediating"): like what quote marks hold, the people named in it were spoken of, so
        none is a later "he" or "she" by being a clause's subject there."""
        i = bisect_left(self._subject_offsets, start)
        while i < len(self._subject_offsets) and self._subject_offsets[i] < end:
            self.subjects.discard(self._subject_offsets[i])
            i += 1

    def part_of_a_person(self, word: str) -> bool:
        """Whether the article names a person whose surname ``word`` is, or whose given name
        it is and a known one ("Udhav Thackeray" for "Thackeray"; not "Congressional Record"
        for "Congressional")."""
        if any(person_like(c) for c in self._by_last.get(word, ())):
            return True
        return word in lexicon.first_name_genders() and any(
            person_like(c) for c in self._by_first.get(word, ())
        )

    def canonical(self, name: str) -> Entity:
        words = name.split()
        if len(words) == 1 and words[0] in self.acronyms:
            full = self.acronyms[words[0]]
            return Entity(full, "organisation")
        if len(words) == 1 and is_acronym(words[0]):
            letters = words[0].replace(".", "").replace("&", "")
            if letters in self._by_initials:
                return Entity(" ".join(self._by_initials[letters]), "organisation")
            return Entity(words[0], "organisation")
        is_org = looks_organisation(name)
        best, best_key = words, (0, 0)
        # a country is itself, not a region named after it ("Israel" after "Northern Israel",
        # "Ireland" after "Northern Ireland")
        fuller_forms = () if _country(name) else self._by_last.get(words[-1], ())
        for cand in fuller_forms:
            if len(cand) <= len(words) or not all(w in cand for w in words):
                continue
            before = cand[: cand.index(words[0])]
            if "and" in before or cand[0].lower() in _PLURAL_QUANTITIES:
                continue  # "Aeroflot and Chicago-based Boeing", "Thousands of Hamas": no fuller name
            if "of" in before and any(
                is_role_word(w) or w in lexicon.titles() or is_acronym(w) for w in before[:-1]
            ):
                continue  # "CFO of Microsoft": someone's office, not the name in full
            if looks_organisation(" ".join(cand)) != is_org:
                continue
            if not is_org and (len(cand) > 4 or any(w in NAME_JOINERS for w in cand)):
                continue
            # the most frequent fuller form; among equals the shorter ("Joe Biden", not
            # "United States President-elect Joe Biden")
            key = (self.counts.get(" ".join(cand), 0), -len(cand))
            if key > best_key:
                best, best_key = cand, key
        if best is words and len(words) == 1:  # "Terri said", "Wen said" after "Wen Jiabao"
            fuller = [c for c in self._by_first.get(words[0], []) if self._fuller_given(words[0], c)]
            if not fuller:  # "Ban" after "Ban Ki-moon", "Ma" after "Ma Ying-jeou": family name first
                fuller = [
                    c
                    for c in self._by_first.get(words[0], [])
                    if len(c) == 2 and _EAST_ASIAN_GIVEN.fullmatch(c[1])
                ]
            if len({" ".join(c) for c in fuller}) == 1:
                best = fuller[0]
        if not is_org:
            best = _drop_demonym(best)
        full = " ".join(best)
        return Entity(full, "organisation" if looks_organisation(full) or _country(full) else "person")

    def _fuller_given(self, word: str, fuller: list[str]) -> bool:
        """Whether a lone name is the first of ``fuller``, a person's name: a known given name
        before a two-word name ("Terri" for "Terri Collins"); else one that ends no fuller name
        of the article, before the name, of two or three words, of someone the article names
        with a title ("Minister Hardeep Singh Puri", "Premier Wen Jiabao"; not "Microsoft
        Windows", "Sadr City", "Google VP")."""
        if word in lexicon.first_name_genders() and len(fuller) == 2:
            return True
        if (
            word in lexicon.titles()
            or _country(word)
            or any(len(c) >= 2 for c in self._by_last.get(word, ()))
        ):
            return False
        name = " ".join(fuller)
        if "and" not in fuller and described_as_business(self.text, name):
            return True  # "Lehman" after "Lehman Brothers, a major American investment firm"
        if not person_like(fuller) or looks_organisation(name):
            return False
        return name in self._titled_names

    def _last_name(self, before: int, want: str) -> tuple[int, Entity] | None:
        if want == "organisation" and (subject := self._last_subject_organisation(before)) is not None:
            return subject
        for k in self._names_back(before):
            offset, words = self.names[k]
            name = " ".join(words)
            if _country(name):
                continue  # "he" or "it" seldom points back to a country named in passing
            if "and" in words and self._joint(name):
                continue  # "between Boeing and Aeroflot": no one antecedent
            is_org = looks_organisation(name)
            if want == "organisation" and (org := self._organisation_antecedent(name, is_org)) is not None:
                return offset, org
            if want == "person" and offset not in self.subjects:
                continue
            if (
                want == "person"
                and not is_org
                and (len(words) >= 2 or self._known_person(words[0]) or words[0] in self._one_word_people)
            ):  # "President Erdoğan called for ... "...," he said"
                if _thing(name):
                    continue  # "as the Bolivian Constitution says": no one a "he" is
                return offset, self.canonical(name)
        return None

    def _last_subject_organisation(self, before: int) -> tuple[int, Entity] | None:
        """The latest organisation named as a subject shortly before ``before``: what "it"
        most often is ("Karapatan called on the Melo Commission to ..., which, it said, ...",
        not the commission named after it)."""
        for k in self._names_back(before):
            offset, words = self.names[k]
            if before - offset > IT_SUBJECT_REACH:
                break
            if offset not in self.subjects:
                continue
            name = " ".join(words)
            if _country(name) or ("and" in words and self._joint(name)):
                continue
            # (an organisation's name that may not speak for itself still may as a business)
            speaks = looks_organisation(name) and _may_speak_for(name)
            if (org := self._organisation_antecedent(name, speaks)) is not None:
                return offset, org
        return None

    def _organisation_antecedent(self, name: str, is_org: bool) -> Entity | None:
        """The organisation a name is, as what "it" or "the company" may be: one written as an
        organisation that may speak for itself, or one the article calls a business ("Boeing
        ... it"); None for anything else."""
        if is_org:
            return self.canonical(name) if _may_speak_for(name) else None
        if described_as_business(self.text, name):
            return Entity(self.canonical(name).name, "organisation")
        return None

    def _joint(self, name: str) -> bool:
        """Whether a name is two joined by "and": two people ("Mary Jones and Tom Brown",
        "Bush and McClellan"), two organisations ("BBC and Reuters", "Sirius and XM"), two
        countries ("United States and Israel"). Not one organisation's name ("Food and Drug
        Administration", "UK Foreign and Commonwealth Office", "Johnson and Johnson")."""
        words = name.split()
        if words.count("and") != 1:
            return False
        w = words.index("and")
        first, second = words[:w], words[w + 1 :]
        if not first or not second or first == second:
            return False
        return self._standalone(first, name) and self._standalone(second, name)

    def _standalone(self, words: list[str], whole: str) -> bool:
        """Whether words name someone or something on their own: a country, a person with a
        known given name, a surname the article gives in full, or a name the article uses
        outside ``whole``."""
        name = " ".join(words)
        if _country(name) or _given_named(words) or (len(words) == 1 and self._known_person(words[0])):
            return True
        return _occurrences(self.text, name) > _occurrences(self.text, whole)

    def _known_person(self, word: str) -> bool:
        """Whether a fuller name ending in ``word`` names a person ("Smith" after "John Smith")."""
        return any(len(c) >= 2 and not looks_organisation(" ".join(c)) for c in self._by_last.get(word, ()))

    def _last(self, before: int, want: str) -> Entity | None:
        found = self._last_name(before, want)
        for k in self._history_back(before):
            offset, ent = self.history[k]
            # a country quoted earlier is seldom what a later "it" is (the report, the agency)
            if want == "organisation" and _country(ent.name):
                continue
            if want == "person" and _thing(ent.name):
                continue
            if ent.kind == want:
                if found is None or offset >= found[0]:
                    return ent
                break
        return found[1] if found else None

    def last_person(self, before: int, pronoun: str | None = None) -> Entity | None:
        """The most recent person before ``before``; with "he" or "she", the most recent one
        whose given name does not say otherwise."""
        want = {"he": "m", "she": "f"}.get(pronoun or "")
        if want is None:
            return self._last(before, "person")
        at = before
        for _ in range(6):  # step back past people of the other gender
            ent = self._last(at, "person")
            if ent is None:
                return None
            gender = lexicon.first_name_genders().get(ent.name.split()[0])
            if gender is None or gender == want:
                return ent
            earlier = self.latest_mention(ent, at)
            if earlier is None:
                return None
            at = earlier
        return None

    def latest_mention(self, ent: Entity, before: int) -> int | None:
        """Where the latest mention of ``ent`` before ``before`` starts (history or names)."""
        best = None
        for k in self._history_back(before):
            if self.history[k][1].name == ent.name:
                best = self.history[k][0]
                break
        last_word = ent.name.split()[-1]
        for k in self._names_back(before):
            offset, words = self.names[k]
            if words[-1] == last_word:
                best = offset if best is None else max(best, offset)
                break
        return best

    def last_organisation(self, before: int) -> Entity | None:
        return self._last(before, "organisation")

    def _named_with(self, noun: str, before: int) -> Entity | None:
        """The latest fuller name before ``before`` that holds ``noun`` ("Department of Labor")."""
        for k in self._names_back(before):
            words = self.names[k][1]
            if len(words) > 1 and any(w.lower() == noun for w in words):
                return self.canonical(" ".join(words))
        return None

    def organisation_for(self, noun: str, before: int) -> Entity | None:
        """What "the bank" or "the ministry" refers to: the latest organisation named with
        that word ("... Bank"), else the latest one that is not a place; "the company" or "the
        firm" (``_BUSINESS_NOUNS``), else the business the article names most before it."""
        if noun in _BUSINESS_NOUNS:
            return self._business_before(noun, before)
        fallback = None
        for k in self._names_back(before):
            words = self.names[k][1]
            name = " ".join(words)
            if any(w.lower() == noun for w in words):
                return self.canonical(name)
            if fallback is None and _may_speak_for(name):
                fallback = self.canonical(name)
        return fallback

    def _business_before(self, noun: str, before: int) -> Entity | None:
        """The latest name before ``before`` holding ``noun`` ("Hudson's Bay Company"), else
        the business named most often before it (a mention that opens a clause or stands
        before a verb counting twice: "Dell explained", "GM says"; one after "in", "at",
        "from" or "to", a place's, not at all), the later among equals. Most often, not
        latest: "the company" is what the story is about, and the names just before it are
        often a lender, a regulator or a rival named in passing ("financing from Deutsche
        Bank", "MasterCard UK disagreed with the OFT"). A business: a name that looks like an
        organisation's and is no public body, or one the article describes as a business
        (``_described_as_business``). With none, the latest organisation that may speak."""
        scores: dict[str, int] = {}
        latest: dict[str, int] = {}
        evidence: dict[str, bool] = {}
        fallback = None
        for k in self._names_back(before):
            offset, words = self.names[k]
            if any(w.lower() == noun for w in words):
                return Entity(self.canonical(" ".join(words)).name, "organisation")
            written = " ".join(words)
            if fallback is None and _may_speak_for(written) and self._may_be_business(words):
                fallback = self.canonical(written)
            if self._after_place_preposition(offset):
                continue
            if written not in evidence:
                if self._may_be_business(words):
                    evidence[written] = (
                        looks_organisation(written)
                        or named_as_organisation(self.text, written)
                        or self._described_as_business(written)
                    )
                else:  # a place's word the article calls a business's: "retailer Circuit City"
                    evidence[written] = (
                        not any(w in _PUBLIC_BODY_WORDS or w in _THING_WORDS for w in words)
                        and not (_country(written) or _country(written + "."))  # "U.S. stock"
                        and self._described_as_business(written)
                    )
            name = self.canonical(written).name
            if name.split() != words and not self._may_be_business(name.split()):
                continue  # "CalFire" for a department, "Schur" for "Marvin Schur"
            if not evidence[written] and not evidence.get(name, False):
                continue
            evidence[name] = True
            scores[name] = scores.get(name, 0) + (2 if offset in self.subjects else 1)
            latest.setdefault(name, offset)
        if not scores:
            return None if fallback is None else Entity(fallback.name, "organisation")
        best = max(scores, key=lambda n: (scores[n], latest[n]))
        return Entity(best, "organisation")

    def _described_as_business(self, name: str) -> bool:
        """Whether the article describes ``name`` as a business somewhere: after a business's
        noun ("retailer Circuit City", "technology giant Sony"), with one in apposition after
        it ("Aer Lingus, an Irish airline"), or as what a company's officer or shares belong
        to ("chief executive of Volvo Cars", "Ryanair shares"). Asked at each place the name
        is written, not searched for through the text: only "the company" asks."""
        text = self.text
        i = text.find(name)
        while i != -1:
            end = i + len(name)
            if _BUSINESS_AFTER.match(text, end) or _BUSINESS_BEFORE.search(text, max(0, i - 40), i):
                return True
            i = text.find(name, end)
        return False

    def _after_place_preposition(self, start: int) -> bool:
        """Whether a name at ``start`` follows "in", "at", "from" or "to", as a place's does
        ("flights from Cincinnati", "offices in São Paulo")."""
        return last_word(self.text, max(0, start - 6), start) in ("in", "at", "from", "to")

    def _may_be_business(self, words: list[str]) -> bool:
        """Whether a name may be a business's: no public body, place, country or thing; of
        one word, an acronym or a word that is no given name, title, region or demonym nor a
        person's name's first or last word ("Boeing", "GM"; not "Blankenship" after "Don
        Blankenship"); of more, an organisation's or one whose first word is no given name
        ("Bear Stearns", "Time Warner") of no one the article gives a title."""
        name = " ".join(words)
        # a name's words may have lost a last period: "U.S" is "U.S."
        place = _places(name) or (
            name.endswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) and "." in name and _places(name + ".")
        )
        if place or any(w in _PUBLIC_BODY_WORDS or w in _THING_WORDS for w in words) or name in _KNOWN_BODIES:
            return False  # not "Treaty of Versailles" either, nor "Xinhua"
        if "and" in words and words[0] != words[-1]:
            # two named together ("Deutsche Bank and Credit Suisse", "Europe and Japan"); not
            # one name twice ("Johnson and Johnson")
            return False
        first = words[0]
        if len(words) > 1:
            if looks_organisation(name):
                return True
            return first not in lexicon.first_name_genders() and name not in self._titled_names
        if is_acronym(first):
            return True
        if (
            first in ORG_WORDS
            or first in lexicon.first_name_genders()
            or first in lexicon.titles()
            or first in REGIONS
            or first in lexicon.demonyms()
            or is_role_word(first)
        ):
            return False
        people = [*self._by_last.get(first, ()), *self._by_first.get(first, ())]
        return not any(person_like(c) and not looks_organisation(" ".join(c)) for c in people)

    def municipality_for(self, before: int) -> Entity | None:
        """What "the city" or "the town" refers to: the latest place named as one ("the city
        of White Plains", "the Municipality of Livorno", "Toronto City Council"); a place
        named without such a word ("in Boston") is not taken, as it may be any kind of place."""
        for k in self._names_back(before):
            offset, words = self.names[k]
            if _names_a_municipality(words) or _MUNICIPALITY_OF.search(
                self.text, max(0, offset - 20), offset
            ):
                return Entity(self.canonical(" ".join(words)).name, "organisation")
        return None

    def _sentence_initial_common_noun(self, mention: Mention) -> bool:
        word = mention.text
        if " " in word or not is_lower(word[1:]):
            return False
        low = word.lower()
        if low not in lexicon.role_nouns() and low not in lexicon.org_nouns():
            return False
        before = self.text[max(0, mention.start - 3) : mention.start].rstrip(" \t")
        return not before or before[-1] in '.!?\n"“”:'

    def resolve(self, mention: Mention | None, at: int) -> Entity | None:
        """The entity a mention refers to, or None when the article never names it. A pronoun
        looks back from ``at``: its own start, or, set inside the words it reports ("Obama, he
        said, had been wrong"), their start (the names before it there are spoken of)."""
        if mention is None:
            return None
        if mention.kind == "name" and mention.name:
            if self._joint(mention.name):
                return None  # "Mary Jones and Tom Brown said": no one speaker
            # "reads Judge Miller's statement": Miller's statement is Miller speaking
            entity = self.canonical(mention.name.removesuffix("'s").removesuffix("’s"))
            if entity.name == mention.name and self._sentence_initial_common_noun(mention):
                return None  # "Police said" with no "Thames Valley Police" named: unnamed
            if entity.name.lower() in lexicon.org_nouns():
                # "according to the Government", "released by the Department": the one named
                # with that word, as "the department" would be, else nobody named
                return self._named_with(entity.name.lower(), mention.start)
            return entity
        low = lower_word(mention.text)
        if low.startswith(("the latter", "the former")):  # the last or the one before of two named
            k = bisect_left(self.name_starts, mention.start)
            named = self.names[max(k - 2, 0) : k]
            if len(named) == 2:
                return self.canonical(" ".join(named[1 if low.startswith("the latter") else 0][1]))
            return None
        if mention.kind == "pronoun":
            low = _SUBJECT_FORMS.get(low, low)  # "quoted him as saying": he
            if low in PERSON_PRONOUNS or low == "i":
                return self.last_person(at, low)
            if low == "it":
                return self.last_organisation(at)
            return None
        words = low.split()
        original = mention.text.split()
        if words[-1] in _NAMED_BODY_HEADS:
            # "the German government", "Lebanon's government", "an official with the Israeli
            # Foreign Ministry": capitalised modifiers make it a name (a sentence's "The" does not)
            i = len(original) - 1
            while i > 0 and is_capitalised(original[i - 1]) and words[i - 1] not in DETERMINERS:
                i -= 1
            if i == len(original) - 1:
                # "the Russian foreign ministry": lowercase modifiers after a capitalised one
                first = 0
                while first < i and not (is_capitalised(original[first]) and words[first] not in DETERMINERS):
                    first += 1
                i = first if all(is_alpha(w) and is_lower(w) for w in original[first + 1 : i]) else i
            if i < len(original) - 1:
                return Entity(" ".join(original[i:]), "organisation")
        if words[0] == "the" and words[-1] in _PUBLICATION_NOUNS:
            publication = _publication_name(original)
            if publication is not None:
                return Entity(self.canonical(publication).name, "organisation")
        # "the governor", "the newly inaugurated governor" -> the last Governor named
        if words[0] == "the" and 2 <= len(words) <= 5 and (len(words) <= 3 or _described_office(original)):
            holder = self._title_holder(words, mention.start)
            if holder is not None:
                return holder
        if words[-1] in DOCUMENT_NOUNS:
            # "the Supreme Court decision stated", "a White House statement said": named there
            start = 1 if words[0] in DETERMINERS else 0
            issuer = original[start:-1]
            a_name = len(issuer) >= 2 or (len(issuer) == 1 and is_acronym(issuer[0]))
            if a_name and all(is_capitalised(w) and not possessive(w) for w in issuer):
                return Entity(self.canonical(" ".join(issuer)).name, "organisation")
        if words[-1] in DOCUMENT_NOUNS and (owner := self._document_owner(original, mention.start)):
            return owner  # "Stardom's official statement read", "the company's statement said"
        if words[0] == "the" and len(words) == 2 and words[-1] in DOCUMENT_NOUNS:
            # "the report said" after "a report published by DEFRA": whoever issued the report
            # the article introduced
            introduced = self._document_antecedent(words[-1], mention.start)
            if introduced is not None:
                return introduced
        if words[0] in {"the", "its"} and words[-1] in DOCUMENT_NOUNS and not any(map(possessive, words)):
            # "the statement read", "the report said": whoever issued it spoke last (not "the
            # judge's statement", someone's whom the article does not name)
            for k in self._history_back(mention.start):
                ent = self.history[k][1]
                if ent.kind == "organisation" and not _country(ent.name):
                    return ent
        if words[0] in {"the", "its"} and words[-1] in REFERRING_ORG_NOUNS:
            return self.organisation_for(words[-1], mention.start)
        if (
            words[0] == "the"
            and len(words) == 2
            and words[-1] in _BODY_NOUNS
            and self._body_speaks(mention.start)
        ):
            return self._named_with(words[-1], mention.start)  # "the committee": the one named
        if words[0] == "the" and len(words) == 2 and words[-1] in MUNICIPAL_NOUNS:
            return self.municipality_for(mention.start)
        return None

    def _document_antecedent(self, noun: str, at: int) -> Entity | None:
        """Who issued the document "the <noun>" at ``at`` refers to: the latest one the
        article introduced before it ("A report published today by DEFRA", "The US government
        released a preliminary report", "said the U.N. in a statement"), past repeated "the
        <noun>"s; None where the latest mention introduces no issuer or another document."""
        # only the stretch looked back over is lowercased: the whole text for every "the
        # statement" went quadratic in an article of them
        base = max(0, at - DOCUMENT_REACH)
        low = self.text[base:at].lower()
        end = len(low)
        for _ in range(DOCUMENT_LOOKBACK):
            found = low.rfind(noun, 0, end)
            while found != -1 and not _whole_word(low, found, found + len(noun)):
                found = low.rfind(noun, 0, found)
            if found == -1:
                return None
            end = found
            found += base
            window_start = self.text.rfind("\n", max(0, found - DOCUMENT_WINDOW), found) + 1
            window_start = max(window_start, found - DOCUMENT_WINDOW)
            line_end = self.text.find("\n", found, found + DOCUMENT_WINDOW)
            window_end = line_end if line_end != -1 else min(len(self.text), found + DOCUMENT_WINDOW)
            toks = tokens(self.text, window_start, window_end)
            n = next((i for i, t in enumerate(toks) if t.start == found), None)
            if n is None:
                return None
            d = n - 1
            while d >= 0 and n - d <= 3 and is_lower(toks[d].text) and toks[d].text not in DETERMINERS:
                d -= 1  # "a preliminary report", "a joint statement"
            if d < 0 or lower_word(toks[d].text) not in {"a", "an", "the"}:
                return None  # "another statement", "statements", "Amnesty's report": not this one
            if lower_word(toks[d].text) == "the":
                continue  # a repeated mention: the one that introduced it is further back
            return self._issuer_of(toks, d, n)
        return None

    def _issuer_of(self, toks: list[Token], d: int, n: int) -> Entity | None:
        """Who issued the document introduced by the determiner at token ``d`` with its noun at
        ``n``: named after it ("a report published by DEFRA", "a statement from the Ministry"),
        the subject of an issuing verb before it ("The US government released a report"), or
        the speaker of the sentence it was said in ("said the U.N. in a statement")."""
        by = next((i for i in range(n + 1, min(n + 5, len(toks))) if toks[i].text in {"by", "from"}), -1)
        after = mention_after(self.text, toks, d, len(toks)) if by >= 0 else None
        if after is not None and after.start > toks[by].end:  # not "a letter to Turkey"
            return self.resolve(after, after.start)
        issuer = _document_issuer(self.text, toks, n, 0)
        if issuer is not None and issuer.kind != "nominal":
            return self.resolve(issuer, issuer.start)
        if d > 0 and lower_word(toks[d - 1].text) in {"in", "via", "through"}:
            sentence_start, sentence_end = toks[0].start, toks[-1].end
            for t in toks[:d]:
                if t.text in {".", "!", "?", ";"}:
                    sentence_start = t.end
            for t in toks[n:]:
                if t.text in {".", "!", "?", ";"}:
                    sentence_end = t.start
                    break
            k = bisect_left(self.history_starts, sentence_start)
            if k < len(self.history) and self.history_starts[k] < sentence_end:
                return self.history[k][1]
        return None

    def _body_speaks(self, start: int) -> bool:
        """Whether "the committee" at ``start`` is who speaks: not after a preposition that
        makes it an object or a part ("members of the party", "a statement to the court", "a
        senior executive at the council"), but after "according to", "by" or "from" ("a
        statement by the association")."""
        before = self.text[max(0, start - 16) : start].split()
        if before[-2:] == ["according", "to"] or before[-2:] == ["According", "to"]:
            return True
        if not before:
            return True
        word = lower_word(before[-1])
        return word in ("by", "from") or word not in OBJECT_PREPOSITIONS

    def _document_owner(self, words: list[str], at: int) -> Entity | None:
        """Who issued a document named with its possessor: a name ("Stardom's statement", "the
        BBC's report") or an organisation's description ("the company's statement")."""
        p = next((i for i, w in enumerate(words[:-1]) if possessive(w)), None)
        if p is None:
            return None
        owner = [w.removesuffix("'s").removesuffix("’s") for w in words[: p + 1]]
        while owner and owner[0].lower() in DETERMINERS:
            owner = owner[1:]
        if owner and all(is_capitalised(w) or w in NAME_JOINERS for w in owner):
            # not an office or a day ("the Portuguese President's decision", "Today's report")
            titles, stop = lexicon.titles(), lexicon.name_stopwords()
            if all(w in titles or w in stop or w in lexicon.demonyms() or w in NAME_JOINERS for w in owner):
                return None
            return self.canonical(" ".join(owner))
        if len(owner) == 1 and owner[0] in REFERRING_ORG_NOUNS:
            return self.organisation_for(owner[0], at)
        if 1 <= len(owner) <= 2 and owner[-1] in lexicon.role_nouns():
            return self._title_holder(["the", *owner], at)  # "the judge's statement": the judge
        return None

    def _title_holder(self, words: list[str], at: int) -> Entity | None:
        """Who "the governor" (``words``, "the" first) is: the latest person named before
        ``at`` with that title ("Governor Kay Ivey")."""
        # "the vice president" asks for that office; "the current president" for a president
        want = " ".join(words[1:]) if words[-2] in TITLE_MODIFIERS else words[-1]
        # from the latest title named before the mention back: found by bisection, not by
        # walking past every later one (quadratic in an article of many titles)
        portfolios = PORTFOLIOS.intersection(words)
        nations = _LOWER_DEMONYMS.intersection(words)
        for k in _latest_first(self.titled_starts, at):
            offset, title, name = self.titled[k]
            if not _title_fits(title, want):
                continue
            held = title.split()
            if portfolios and PORTFOLIOS.intersection(held) and not portfolios.intersection(held):
                continue  # "the local health minister" is no "Civil Aviation Minister"
            if nations and _LOWER_DEMONYMS.intersection(held) and not nations.intersection(held):
                continue  # "The Iranian president" is no "Zimbabwean president Robert Mugabe"
            if self._unnamed_since(want, max(offset, at - DESCRIPTION_LOOKBACK), at):
                return None  # "A spokesman for the opposition said ... the spokesman added"
            return self.canonical(" ".join(name))
        return None

    def _unnamed_since(self, want: str, start: int, end: int) -> bool:
        """Whether an unnamed holder of the title ``want`` ("a spokesman", "an official")
        is introduced between ``start`` and ``end``: a later "the spokesman" is that one."""
        head = want.split()[-1]
        return any(
            m.group(1).lower().split()[-1] == head for m in _INDEFINITE_ROLE.finditer(self.text, start, end)
        )

    def remember(self, offset: int, entity: Entity) -> None:
        k = bisect_right(self.history_starts, offset)  # speakers come in text order: the end
        self.history.insert(k, (offset, entity))
        self.history_starts.insert(k, offset)

    def _names_back(self, before: int) -> range:
        return _latest_first(self.name_starts, before)

    def _history_back(self, before: int) -> range:
        return _latest_first(self.history_starts, before)


def roles_beside(text: str, toks: list[Token], last: int, name: str) -> list[str]:
    """The role phrases set beside a mention of ``name`` whose last token is ``last``, as
    written: its title or pre-modifier ("French President Emmanuel Macron", "Wynnum coach Matt
    Myers") and a description in apposition after it ("Kaoru Yosano, the Japanese minister of
    fiscal policy, said"; "said Nicolas Retsinas, director of Housing Studies."). None where
    the capitalised run there names someone else."""
    m = _name_mention(text, toks, last, 0, None)
    if m is None or m.name != name:
        return []
    found = [m.role] if m.role else []
    title = m.role.split()[-1] if m.role else ""
    office = _office_after(toks, last) if title in lexicon.titles() and title not in ADDRESS_TITLES else None
    if office is not None:
        # "Commissioner James Rovella of the Connecticut Department of Emergency Services":
        # the title is of what follows the name (after the title alone, which the longer
        # one replaces unless it proves no role)
        found.append(f"{m.role} {text[toks[office[0]].start : toks[office[1]].end]}")
    apposition = _apposition_after(toks, last)
    if apposition is not None:
        found.append(text[toks[apposition[0]].start : toks[apposition[1]].end])
    return found


def _office_after(toks: list[Token], last: int) -> tuple[int, int] | None:
    """The token span of "of/at/from <a body>" right after a titled name, up to the clause's
    next mark, verb or coordinated title ("of the police of the Autonomous Region in Muslim
    Mindanao", "at Saint Francis"; not "of Ohio and Prime Minister Blair"), or None. It must
    name the body: a capitalised word after the preposition."""
    p = last + 1
    if p + 2 >= len(toks) or toks[p].text not in {"of", "at", "from"}:
        return None
    body = toks[p + 2].text if toks[p + 1].text == "the" else toks[p + 1].text
    if toks[p].text != "of" and not is_capitalised(body):
        return None  # "President Sarkozy at a military air base": where, not what of
    e = p + 1
    while e < len(toks) and e - p <= MAX_ROLE_TOKENS:
        word = toks[e].text
        if word in _APPOSITION_BOUNDS or word in {".", "!", "?"} or _verb_like(word):
            break
        if is_lower(word) and (
            word.endswith("ing")
            or word in lexicon.irregular_past()
            or (word.endswith("s") and word in lexicon.reporting_verbs())
        ):
            break  # "of interfering in", "of Findlay thinks", "of the Court struck down": a clause
        if word in {"and", "or"} and (e + 1 >= len(toks) or not is_capitalised(toks[e + 1].text)):
            break
        if word in {"and", "or"} and toks[e + 1].text in lexicon.title_first_words():
            break
        e += 1
    if e - p > MAX_ROLE_TOKENS or not any(is_capitalised(t.text) for t in toks[p + 1 : e]):
        return None
    return p, e - 1


def _apposition_after(toks: list[Token], last: int) -> tuple[int, int] | None:
    """The token span of a description set off by commas after token ``last`` (or ending
    the sentence), when it opens as one (an article, a lowercase word or a title) and holds
    a role word: not a list of names ("Smith, Jones and Brown") nor a clause ("Smith, the
    company said, ...")."""
    c = last + 1
    if c + 1 >= len(toks) or toks[c].text != ",":
        return None
    e = c + 1
    while e < len(toks) and e - c <= MAX_ROLE_TOKENS and toks[e].text not in _APPOSITION_BOUNDS:
        if toks[e].text in {".", "!", "?"}:
            break
        e += 1
    if e == c + 1 or e - c > MAX_ROLE_TOKENS or (e < len(toks) and toks[e].text not in {",", ".", ";"}):
        return None
    inner = toks[c + 1 : e]
    head = inner[0].text
    if not (is_lower(head) or head in {"The", "A", "An"} or head in lexicon.titles()) or head in {
        "and",
        "or",
        "but",
    }:
        return None  # (", and the US secretary of state, Condoleezza Rice,": someone else)
    if not any(is_role_word(t.text) or t.text in lexicon.titles() for t in inner):
        return None
    if (
        head in lexicon.titles()
        and len(inner) > 1
        and is_capitalised(inner[-1].text)
        and person_like([t.text for t in inner[1:]])
    ):
        return None  # "Iran, Ayatollah Ruhollah Khomeini,": a titled person, someone else
    if any(_verb_like(t.text) for t in inner):
        return None
    return c + 1, e - 1
