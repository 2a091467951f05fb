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
from dataclasses import dataclass, field

from newstables import lexicon
from newstables.segment import Token

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
PERSON_PRONOUNS = frozenset({"he", "she"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their",
                         "his", "her", "our", "both", "some", "several", "many", "one", "two",
                         "three", "other", "another", "each"})
# Words that may stand between a subject and its verb ("has also said", "consistently claimed").
SKIPPABLE = frozenset({"has", "have", "had", "also", "later", "then", "further", "previously",
                       "recently", "earlier", "reportedly", "publicly", "consistently", "again",
                       "once", "already", "officially", "initially", "finally", "subsequently",
                       "yesterday", "today", "first", "too", "since", "now", "would", "will",
                       "could", "did", "does", "do", "just", "even", "originally", "separately",
                       "allegedly", "apparently", "privately", "repeatedly", "similarly"})
NAME_JOINERS = frozenset({"of", "and", "for", "de", "la", "le", "du", "van", "von", "der", "den",
                          "bin", "ibn", "al", "el", "da", "das", "dos", "del", "di", "&", "on"})
ORG_WORDS = frozenset("""Department Ministry Agency Association Police Court Corporation Corp Inc
    Ltd LLC Company Council Committee Commission Service Services Society Institute University
    College School Bank Times News Post Exchange Party Union Board Force Forces Corps
    Organization Organisation Center Centre Fund Group Network Office Authority Administration
    Government Parliament Assembly Congress Senate House Foundation League Federation Federal
    National International Coalition Alliance Airlines Airways Agency Bureau Guard Army Navy
    Telegraph Journal Herald Tribune Press Reuters Radio TV Television Broadcasting Hospital
    Station Club Team FC Media Watch Trust Inc. Ltd. Co. Authority Railway Railways Police
    Prosecutors Institute Laboratory Laboratories Academy Museum Council Secretariat
    Industries Holdings Partners Capital Motors Technologies Systems Energy Oil Petroleum
    Electric Gas Insider Daily Weekly Magazine Channel Broadcasting Infobase""".split())
_NAME_RUN = re.compile(
    r"[A-Z][\w'’.-]*(?:[ \t]+(?:(?:of|and|for|de|la|le|du|van|von|der|den|bin|ibn|al|el|da|"
    r"dos|del|di|&)[ \t]+)?[A-Z][\w'’.-]*)*"
)
_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z&.-]{1,11})\)")


def slug(name: str) -> str:
    """The speaker id for a canonical name: ASCII, lowercase, hyphenated; a hash if no letters."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:120].strip("-")
    if s:
        return s
    import hashlib

    return "h" + hashlib.sha256(name.casefold().encode()).hexdigest()[:16]


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("&", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def looks_organisation(name: str) -> bool:
    words = name.split()
    if len(words) == 1:
        return is_acronym(words[0]) or words[0] in ORG_WORDS
    return any(w in ORG_WORDS for w in words) or "of" in words or "and" in words


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str  # name | pronoun | nominal
    name: str | None = None  # name mentions: the name without titles
    role: str | None = None  # title or pre-modifier role ("President", "Wynnum coach")


def strip_titles(words: list[str]) -> tuple[list[str], list[str]]:
    """Split a capitalised run into (title words, name words) at the last title it holds."""
    titles = lexicon.titles()
    stop = lexicon.name_stopwords()
    cut = 0
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            if i + n <= len(words) and " ".join(words[i : i + n]) in titles:
                cut = i + n
                i += n - 1
                break
        i += 1
    while cut < len(words) and (words[cut] in stop or words[cut] in NAME_JOINERS):
        cut += 1
    if cut and cut < len(words) and words[cut - 1] not in NAME_JOINERS and "of" in words[cut:]:
        pass
    rest = words[cut:]
    # "Minister of Education Stefania Giannini": after a title, "of X" names the office.
    if cut and rest and rest[0] == "of":
        rest = rest[-3:] if len(rest) > 3 and _is_initial(rest[-2]) else rest[-2:]
        cut = len(words) - len(rest)
    while rest and (rest[0] in stop and len(rest) > 1 or rest[0] in NAME_JOINERS):
        rest = rest[1:]
        cut += 1
    return words[:cut], rest


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def mention_before(text: str, toks: list[Token], i: int, floor: int = 0) -> Mention | None:
    """The subject mention that ends just before token ``i`` (the cue), or None.

    Skips auxiliaries and adverbs ("has also said") and one apposition or relative clause set
    off by commas ("Kosachev, deputy chairman of the Council, said").
    """
    j = i - 1
    while j >= floor and (toks[j].text.lower() in SKIPPABLE or _is_ly_adverb(toks[j].text)):
        j -= 1
    role = None
    if j >= floor and toks[j].text == ",":
        k = j - 1
        while k >= floor and k > j - 30 and toks[k].text not in {",", "(", ";", ":"}:
            k -= 1
        if k >= floor and toks[k].text == "," and k > floor:
            inner = text[toks[k + 1].start : toks[j - 1].end] if j - 1 > k else ""
            head = inner.split(" ", 1)[0].lower()
            if inner and head not in {"and", "but", "or", "so", "which", "while", "as"}:
                role = None if head in {"who", "citing", "whose"} else inner
                j = k - 1
            else:
                return None
        else:
            return None
    if j < floor:
        return None
    tok = toks[j]
    low = tok.text.lower()
    if low in PRONOUNS:
        return Mention(tok.start, tok.end, tok.text, "pronoun", role=role)
    if tok.text == ")":  # "the Royal Canadian Mounted Police (RCMP) confirmed"
        k = j - 1
        while k >= floor and k > j - 4 and toks[k].text != "(":
            k -= 1
        if k > floor and toks[k].text == "(":
            m = mention_before(text, toks, k, floor)
            if m is not None:
                m.end = tok.end
                m.text = text[m.start : m.end]
            return m
        return None
    if is_capitalised(tok.text) or tok.text[:1].isdigit():
        return _name_mention(text, toks, j, floor, role)
    if tok.text[:1].isalpha():
        return _nominal_mention(text, toks, j, floor, role)
    return None


def _is_ly_adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in {"only"}


def _name_mention(text: str, toks: list[Token], j: int, floor: int, role: str | None) -> Mention | None:
    k = j
    while k - 1 >= floor:
        prev = toks[k - 1].text
        if is_capitalised(prev) or _is_initial(prev) or prev[:1].isdigit() and is_capitalised(toks[k].text):
            k -= 1
        elif prev in NAME_JOINERS and k - 2 >= floor and is_capitalised(toks[k - 2].text):
            k -= 1
        else:
            break
    words = [t.text for t in toks[k : j + 1]]
    titles, name_words = strip_titles(words)
    if not name_words:
        return None
    if len(name_words) == 1 and name_words[0].lower() in lexicon.role_nouns():
        # "Prosecutors said", "Officials said": a description, not a name.
        return Mention(toks[j].start, toks[j].end, toks[j].text, "nominal", role=role)
    start = toks[k + len(titles)].start
    pre_role = " ".join(titles) or _premodifier_role(text, toks, k, floor)
    return Mention(
        start, toks[j].end, text[start : toks[j].end], "name",
        name=" ".join(name_words), role=role or pre_role or None,
    )


def _premodifier_role(text: str, toks: list[Token], k: int, floor: int) -> str | None:
    """"Wynnum coach Matt Myers": the words before the name, back to a determiner or comma."""
    m = k - 1
    if m < floor or toks[m].text.lower() not in lexicon.role_nouns():
        return None
    while m - 1 >= floor and toks[m - 1].text[:1].isalpha() and toks[m - 1].text.lower() not in DETERMINERS and m > k - 6:
        m -= 1
    return text[toks[m].start : toks[k - 1].end]


def _nominal_mention(text: str, toks: list[Token], j: int, floor: int, role: str | None) -> Mention | None:
    k = j
    while k - 1 >= floor and k > j - 6 and toks[k - 1].text[:1].isalpha():
        if toks[k].text.lower() in DETERMINERS:
            break
        k -= 1
    if toks[k].text.lower() not in DETERMINERS and k != floor:
        return None
    return Mention(toks[k].start, toks[j].end, text[toks[k].start : toks[j].end], "nominal", role=role)


def mention_after(text: str, toks: list[Token], i: int, limit: int) -> Mention | None:
    """The mention that starts at token ``i`` ("said Nicolas Retsinas, director of ...")."""
    if i >= limit:
        return None
    tok = toks[i]
    if tok.text.lower() in PRONOUNS:
        return Mention(tok.start, tok.end, tok.text, "pronoun")
    j = i
    if tok.text.lower() in DETERMINERS:
        j += 1
    while j + 1 < limit and (
        is_capitalised(toks[j + 1].text) or _is_initial(toks[j + 1].text)
        or toks[j + 1].text in NAME_JOINERS and j + 2 < limit and is_capitalised(toks[j + 2].text)
    ) and is_capitalised(toks[j].text) | (toks[j].text in NAME_JOINERS) | _is_initial(toks[j].text):
        j += 1
    if j >= limit:
        return None
    if is_capitalised(toks[j].text):
        m = _name_mention(text, toks, j, i, None)
        if m is not None:
            if j + 2 < limit and toks[j + 1].text == ",":  # ", director of Housing Studies ..."
                end = j + 2
                while end < limit and toks[end].text not in {",", ".", ";", "\u201c", '"'}:
                    end += 1
                m.role = m.role or text[toks[j + 2].start : toks[end - 1].end]
            return m
    if toks[j].text[:1].isalpha():
        while j + 1 < limit and toks[j + 1].text[:1].isalpha() and toks[j + 1].text.islower() and j < i + 5:
            j += 1
        return Mention(toks[i].start, toks[j].end, text[toks[i].start : toks[j].end], "nominal")
    return None


@dataclass
class Entity:
    name: str
    kind: str  # person | organisation
    roles: list[str] = field(default_factory=list)


class Resolver:
    """Resolves mentions to canonical names within one article."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.names: list[tuple[int, list[str]]] = []  # (offset, name words without titles)
        self.acronyms: dict[str, str] = {}
        for m in _NAME_RUN.finditer(text):
            words = [w.rstrip(".") if not _is_initial(w) else w for w in m.group().split()]
            words = [w for w in words if w]
            _, name_words = strip_titles(words)
            while name_words and name_words[-1].endswith(("'s", "’s")):
                name_words = name_words[:-1] or []
                break
            if name_words:
                self.names.append((m.start(), name_words))
            after = _ACRONYM_DEF.match(text, m.end() + 1) if m.end() + 1 < len(text) else None
            if after and name_words:
                self.acronyms.setdefault(after.group(1), " ".join(name_words))
        self.history: list[tuple[int, Entity]] = []  # resolved speakers, in text order

    def canonical(self, name: str) -> Entity:
        words = name.split()
        if len(words) == 1 and words[0] in self.acronyms:
            full = self.acronyms[words[0]]
            return Entity(full, "organisation")
        if len(words) == 1 and is_acronym(words[0]):
            for _, cand in self.names:
                if len(cand) >= 2 and "".join(w[0] for w in cand if w[0].isupper()) == words[0].replace(".", ""):
                    return Entity(" ".join(cand), "organisation")
        best = words
        last = words[-1]
        for _, cand in self.names:
            if len(cand) > len(best) and len(cand) <= 5 and cand[-1] == last and all(w in cand for w in words):
                if looks_organisation(" ".join(cand)) == looks_organisation(name):
                    best = cand
        full = " ".join(best)
        return Entity(full, "organisation" if looks_organisation(full) else "person")

    def last_person(self, before: int) -> Entity | None:
        for offset, ent in reversed(self.history):
            if offset < before and ent.kind == "person":
                return ent
        return None

    def last_organisation(self, before: int) -> Entity | None:
        for offset, words in reversed(self.names):
            name = " ".join(words)
            if offset < before and looks_organisation(name) and len(words) > 1:
                return self.canonical(name)
        return None

    def resolve(self, mention: Mention | None, at: int) -> Entity | None:
        """The entity a mention refers to, or None when the article never names it."""
        if mention is None:
            return None
        if mention.kind == "name" and mention.name:
            return self.canonical(mention.name)
        low = mention.text.lower()
        if mention.kind == "pronoun":
            if low in PERSON_PRONOUNS or low == "i":
                return self.last_person(at)
            return None
        head = low.split()[-1]
        first = low.split()[0]
        if first in {"the", "its"} and head in {"company", "firm", "corporation", "group", "agency",
                                                 "organisation", "organization", "bank", "airline",
                                                 "carrier", "manufacturer", "retailer"}:
            return self.last_organisation(mention.start)
        return None

    def remember(self, offset: int, entity: Entity) -> None:
        self.history.append((offset, entity))
