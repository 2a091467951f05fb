"""Word lists the extractors use, loaded from the plain tables in ``newstables/data``.

The lists are data, not code: add a reporting verb or a currency by editing a TSV file.
"""

from __future__ import annotations

import csv
import re
import types
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

from mypy_extensions import i64

VOWELS: Final = "aeiou"


def _compiled() -> bool:
    """Whether the extractor runs compiled by mypyc (its modules all are, or none are: see
    newstables.compiled): a compiled module's functions are built-in functions. A few scans
    read text character by character when compiled, which is fast in C and slow in Python."""
    return not isinstance(_compiled, types.FunctionType)


COMPILED: Final = _compiled()

# The calendar, shared by the date figures and the quote rules ("said on Tuesday").
MONTH_NAMES: Final[tuple[str, ...]] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS: Final[tuple[str, ...]] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)


def _lines(name: str) -> list[str]:
    text = (resources.files("newstables") / "data" / name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _tsv(name: str) -> list[dict[str, str]]:
    rows = csv.DictReader(_lines(name), delimiter="\t")
    return [{k: (v or "").strip() for k, v in row.items()} for row in rows]


def _word_set(name: str) -> frozenset[str]:
    return frozenset(ln.strip() for ln in _lines(name))


_WORD_CLASSES: Final[dict[str, frozenset[str]]] = {}


def title_abbreviations() -> dict[str, str]:
    """Abbreviated title -> full title ("Dr." -> "Doctor"); read once by its one user."""
    return {row["abbreviation"]: row["title"] for row in _tsv("title_abbreviations.tsv")}


def word_class(name: str) -> frozenset[str]:
    """A word class the rules look words up in, from ``data/<name>.txt`` (one word a line;
    the file's first line says what the class is for): hearers, determiners, ...

    Cached by hand, not with ``functools.cache``: other modules call it at import, inside an
    import cycle (the package imports them), where mypy, and so mypyc, cannot always infer a
    decorated function's type."""
    found = _WORD_CLASSES.get(name)
    if found is None:
        found = _WORD_CLASSES[name] = _word_set(f"{name}.txt")
    return found


def regular_forms(lemma: str) -> tuple[str, str, str]:
    """(past, third person singular, -ing) by the usual English spelling rules.

    A phrasal verb inflects its first word ("point out" -> "pointed out"); doubled consonants
    ("admitted") are irregular forms in the table.
    """
    word, _, rest = lemma.partition(" ")
    rest = " " + rest if rest else ""
    consonant_y = word.endswith("y") and word[-2:-1] not in VOWELS
    if word.endswith("e"):
        past, ing = word + "d", word[:-1] + "ing"
    elif consonant_y:
        past, ing = word[:-1] + "ied", word + "ing"
    else:
        past, ing = word + "ed", word + "ing"
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = word + "es"
    elif consonant_y:
        third = word[:-1] + "ies"
    else:
        third = word + "s"
    return past + rest, third + rest, ing + rest


@dataclass(frozen=True)
class Cue:
    lemma: str
    takes_object: bool
    weak: bool
    direct_only: bool
    takes_thing: bool = False  # "announced plans to ...": the "noun" flag


def reporting_verbs() -> dict[str, Cue]:
    """Every inflected form (lowercase) of every reporting verb, mapped to its entry."""
    return _REPORTING_VERBS


def _load_reporting_verbs() -> dict[str, Cue]:
    forms: dict[str, Cue] = {}
    for row in _tsv("reporting_verbs.tsv"):
        lemma, flags = row["lemma"], set(row["flags"].split(","))
        cue = Cue(lemma, "obj" in flags, "weak" in flags, "direct" in flags, "noun" in flags)
        irregular = row["irregular"].split("|") if row["irregular"] else []
        inflected = irregular if len(irregular) == 3 else list(regular_forms(lemma))
        for form in [lemma, *inflected]:
            forms.setdefault(form, cue)
    return forms


def cue_first_words() -> frozenset[str]:
    """First words of every cue form: a fast rejection test before any lookup."""
    return _CUE_FIRST_WORDS


def _load_cue_first_words() -> frozenset[str]:
    return frozenset(form.split(" ", 1)[0] for form in reporting_verbs())


def cue_three_word_openings() -> frozenset[str]:
    """The first two words of the cue forms of three words ("quoted as" of "quoted as
    saying"): where a cue may go on past two."""
    return _CUE_THREE_WORD_OPENINGS


def _load_cue_three_word_openings() -> frozenset[str]:
    return frozenset(" ".join(form.split()[:2]) for form in reporting_verbs() if form.count(" ") == 2)


WORD: Final = re.compile(r"[A-Za-z]+")


def indirect_first_words() -> tuple[frozenset[str], frozenset[str]]:
    """First words of the verb cues that can report indirect speech: (strong, weak).

    Direct-only cues ("called", "posted") never start an indirect quote, and weak ones
    ("found", "believes") only with "that", so a sentence without them is skipped.
    """
    return _INDIRECT_FIRST_WORDS


def _load_indirect_first_words() -> tuple[frozenset[str], frozenset[str]]:
    strong: set[str] = set()
    weak: set[str] = set()
    for form, cue in reporting_verbs().items():
        if not cue.direct_only:
            (weak if cue.weak else strong).add(form.split(" ", 1)[0])
    return frozenset(strong), frozenset(weak - strong)


def indirect_cue_words() -> frozenset[str]:
    """Every word that can start a verb cue of indirect speech, strong or weak."""
    return _INDIRECT_CUE_WORDS


def _load_indirect_cue_words() -> frozenset[str]:
    strong, weak = indirect_first_words()
    return strong | weak


def reporting_phrase_first_words() -> frozenset[str]:
    return _REPORTING_PHRASE_FIRST_WORDS


def _load_reporting_phrase_first_words() -> frozenset[str]:
    return frozenset(p.split(" ", 1)[0] for p in reporting_phrases())


def reporting_phrase_rests() -> dict[str, tuple[tuple[str, ...], ...]]:
    """For each reporting phrase's first word, the words that follow it in each phrase (none
    for a phrase of one word: "quoting")."""
    return _REPORTING_PHRASE_RESTS


def _load_reporting_phrase_rests() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(reporting_phrases()):
        first, *rest = phrase.split(" ")
        out.setdefault(first, []).append(tuple(rest))
    return {first: tuple(rests) for first, rests in out.items()}


def cue_or_phrase_words() -> frozenset[str]:
    """Every word that can start an indirect-speech cue or a reporting phrase ("according")."""
    return _CUE_OR_PHRASE_WORDS


_THAT: Final = re.compile(r"(?<!\w)that(?!\w)", re.IGNORECASE)
THAT_WINDOW: Final = 80


def that_follows(text: str, end: int) -> bool:
    """Whether the word "that", in any case ("that,", "That"), stands within THAT_WINDOW
    characters after ``end``: a weak cue reports speech only with it ("found that"), which
    the quote extractor looks for as a token up to ten tokens past the cue and its object.
    A match of _THAT ending by the window's end, found in the article's lowercase text (a
    regex search per weak word was 1% of an extraction)."""
    stop = end + THAT_WINDOW
    if lowers_to_ascii(text):  # the pattern decides
        m = _THAT.search(text, end, stop + 1)  # the character after the window bounds the word
        return m is not None and m.end() <= stop
    low = lowered(text)
    i = low.find("that", end, stop)
    while i != -1:
        if (i == 0 or not _word_char(low[i - 1])) and (i + 4 >= len(low) or not _word_char(low[i + 4])):
            return True
        i = low.find("that", i + 1, stop)
    return False


def _word_char(c: str) -> bool:
    """``re``'s \\w for one character."""
    return c.isalnum() or c == "_"


def cue_word_offsets(text: str) -> list[int]:
    """Offsets of every word that can start an indirect-speech cue, in order: strong verb
    cues anywhere, weak ones only when "that" follows soon, and a reporting
    phrase's first word where its other words may follow (``may_open_phrase``): "in" and "as"
    open a phrase ("in the words of", "as reported by") but stand in most sentences, which
    then had every token made and looked up for nothing.

    A word scan with a set lookup: a regex alternation of ~700 forms is 40x slower here.
    """
    strong, weak = indirect_first_words()
    rests = reporting_phrase_rests()
    out = []
    for start, end, low in key_words(text):
        verb = low in strong or (low in weak and that_follows(text, end))
        if verb or (low in rests and may_open_phrase(text, end, rests[low])):
            out.append(start)
    return out


def may_open_phrase(text: str, end: int, rests: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the words of one of ``rests`` may follow a phrase's first word (ending at
    ``end``), each as the next token. The quote extractor reads the next token in the text:
    it leaves out a quotation's words but not its marks, so the token after a word is never
    one of them. A token equal to a word when lowercased holds the word's letters lowercased
    in place, so the next characters, lowercased, are the word ("in the" of a sentence is no
    "in the words of", which opens no sentence for the indirect pass)."""
    n = len(text)
    for rest in rests:
        i = end
        for word in rest:
            while i < n and text[i].isspace():
                i += 1
            if text[i : i + len(word)].lower() != word:
                break
            i += len(word)
        else:
            return True
    return False


def scanned_vocabulary() -> frozenset[str]:
    """The words the extractors look up in a text: cue and reporting-phrase words, number
    words and "and"."""
    return _SCANNED_VOCABULARY


def _load_scanned_vocabulary() -> frozenset[str]:
    return frozenset({*cue_or_phrase_words(), *number_words(), *ordinal_words(), *scale_words(), "and"})


@lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """``text`` with its ASCII capitals made small, once per article for the extractors that
    search it whole (each lowercasing of a whole text was ~1% of extraction). Where they
    look, it is ``text.lower()``: they find ASCII words in it and ask whether a character
    next to one is alphanumeric, which lowercasing never changes, and the characters whose
    lowercase is ASCII or two characters ("İ", the Kelvin sign: ``lowers_to_ascii``) send
    them another way. ``str.lower`` beyond ASCII looks every character up in Unicode's
    tables; UTF-8 keeps ASCII bytes for ASCII characters only, and ``bytes.lower`` changes
    only those (2.4x as fast on a text beyond ASCII)."""
    if text.isascii():
        return text.lower()
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def lowers_to_ascii(text: str) -> bool:
    """Whether ``text`` holds "İ" or the Kelvin sign: of all characters, the only ones whose
    lowercase holds an ASCII letter ("i̇", "k")."""
    return not text.isascii() and ("\u0130" in text or "\u212a" in text)  # isascii: a flag


@lru_cache(maxsize=4)
def key_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """The ASCII words of ``text`` that are in ``scanned_vocabulary()``, as (start, end,
    lowercase): made once per article and shared by the extractors.

    The text is lowercased once rather than word by word, which keeps every offset as long as
    no character lowercases to two ("İ") or to an ASCII letter (the Kelvin sign): Unicode has
    only those two. One findall then yields each word with the gap before it, so offsets
    follow from lengths and no match object is made per word; a set lookup keeps the few
    that matter. (Locating only the vocabulary words present with str.find was slower: "in"
    and "as" are among them, and turn up inside most words.) Texts holding "İ" or the Kelvin
    sign are scanned match by match.
    """
    vocabulary = scanned_vocabulary()
    if lowers_to_ascii(text):
        found = ((m.start(), m.end(), m.group().lower()) for m in WORD.finditer(text))
        return tuple(w for w in found if w[2] in vocabulary)
    low = lowered(text)
    return _scanned_key_words(low) if COMPILED else _matched_key_words(low)


def _matched_key_words(low: str) -> tuple[tuple[int, int, str], ...]:
    vocabulary = scanned_vocabulary()
    out = []
    at = 0
    for gap, word in _GAP_AND_WORD.findall(low):
        start = at + len(gap)
        at = start + len(word)
        if word in vocabulary:  # never the empty word after a text's last gap
            out.append((start, at, word))
    return tuple(out)


def _scanned_key_words(low: str) -> tuple[tuple[int, int, str], ...]:
    """The same words, found character by character: compiled, ``ord(low[i])`` is read
    straight from the string and only the words are made, not the gaps between them: 2.4x
    as fast as the findall (22 vs 54 us an article); as plain Python 1.8x slower, so only the
    compiled module uses it."""
    vocabulary = scanned_vocabulary()
    shapes = _VOCABULARY_SHAPES
    out = []
    n: i64 = len(low)
    i: i64 = 0
    while i < n:
        first: i64 = ord(low[i])
        if 97 <= first <= 122:
            j: i64 = i + 1
            while j < n and 97 <= ord(low[j]) <= 122:
                j += 1
            # most words are no vocabulary word's shape: no string made, hashed and looked up
            if shapes[_shape(first, ord(low[j - 1]), j - i)]:
                word = low[i:j]
                if word in vocabulary:
                    out.append((i, j, word))
            i = j
        else:
            i += 1
    return tuple(out)


def _shape(first: i64, last: i64, length: i64) -> i64:
    """A lowercase ASCII word's first and last letters and length (31 for any longer), as an
    index into a table of the shapes of the vocabulary's words."""
    return ((first - 97) * 26 + last - 97) * 32 + min(length, 31)


def _vocabulary_shapes(words: frozenset[str]) -> bytes:
    """For every shape (see _shape), 1 where a word of ``words`` has it: a word of another
    shape is none of them. (Of a news text's words, 30% have a shape of the scanned
    vocabulary's and 10% are in it.)"""
    table = bytearray(26 * 26 * 32)
    for word in words:
        if word.isascii() and word.isalpha() and word.islower():
            table[_shape(ord(word[0]), ord(word[-1]), len(word))] = 1
    return bytes(table)


# On lowercased text: a word of WORD and the gap before it, both possessive and the word
# possibly empty (a text's last gap), so nothing is ever scanned twice: linear time.
_GAP_AND_WORD: Final = re.compile(r"([^a-z]*+)([a-z]*+)")


def reporting_phrases() -> frozenset[str]:
    return _REPORTING_PHRASES


def _load_reporting_phrases() -> frozenset[str]:
    return frozenset(row["phrase"] for row in _tsv("reporting_phrases.tsv"))


def irregular_past() -> frozenset[str]:
    """Irregular past-tense verbs, so a reported clause's verb is recognised ("took", "won")."""
    return _IRREGULAR_PAST


def _load_irregular_past() -> frozenset[str]:
    return _word_set("irregular_past.txt")


def first_name_genders() -> dict[str, str]:
    """Given name -> "m" or "f" for names that usually take "he" or "she"."""
    return _FIRST_NAME_GENDERS


def _load_first_name_genders() -> dict[str, str]:
    return {row["name"]: row["gender"] for row in _tsv("first_names.tsv")}


def demonyms() -> frozenset[str]:
    return _DEMONYMS


def _load_demonyms() -> frozenset[str]:
    return _word_set("demonyms.txt")


def titles() -> frozenset[str]:
    return _TITLES


def _load_titles() -> frozenset[str]:
    return _word_set("titles.txt")


def title_first_words() -> frozenset[str]:
    """The first word of every title ("Prime" of "Prime Minister"): a word that is none
    starts no title, so a name's words are joined into phrases only where one may."""
    return _TITLE_FIRST_WORDS


def role_nouns() -> frozenset[str]:
    return _ROLE_NOUNS


def _load_role_nouns() -> frozenset[str]:
    return _word_set("role_nouns.txt")


def org_words() -> frozenset[str]:
    return _ORG_WORDS


def _load_org_words() -> frozenset[str]:
    return _word_set("org_words.txt")


def org_nouns() -> frozenset[str]:
    return _ORG_NOUNS


def _load_org_nouns() -> frozenset[str]:
    return _word_set("org_nouns.txt")


def name_stopwords() -> frozenset[str]:
    return _NAME_STOPWORDS


def _load_name_stopwords() -> frozenset[str]:
    return _word_set("name_stopwords.txt")


def number_words() -> dict[str, int]:
    return _NUMBER_WORDS


def _load_number_words() -> dict[str, int]:
    return {row["word"]: int(row["value"]) for row in _tsv("number_words.tsv")}


def ordinal_words() -> dict[str, int]:
    return _ORDINAL_WORDS


def _load_ordinal_words() -> dict[str, int]:
    return {row["word"]: int(row["value"]) for row in _tsv("ordinal_words.tsv")}


def scale_words() -> dict[str, int]:
    return _SCALE_WORDS


def _load_scale_words() -> dict[str, int]:
    return {row["word"]: int(row["value"]) for row in _tsv("scale_words.tsv")}


def currencies() -> list[dict[str, str]]:
    """Currency symbols, codes and words with their ISO 4217 code; longest first for matching."""
    return _CURRENCIES


def _load_currencies() -> list[dict[str, str]]:
    rows = _tsv("currencies.tsv")
    return sorted(rows, key=lambda r: -len(r["text"]))


def dollar_places() -> dict[str, tuple[str, ...]]:
    """Dollar currency code -> the places whose mention makes a bare "$" that dollar."""
    return _DOLLAR_PLACES


def _load_dollar_places() -> dict[str, tuple[str, ...]]:
    places: dict[str, list[str]] = {}
    for row in _tsv("dollar_places.tsv"):
        places.setdefault(row["code"], []).append(row["place"])
    return {code: tuple(names) for code, names in places.items()}


def units() -> dict[str, str]:
    """Unit as written (lowercase) -> normalised unit."""
    return _UNITS


def _load_units() -> dict[str, str]:
    return {row["text"]: row["unit"] for row in _tsv("units.tsv")}


def qualifiers() -> dict[str, str]:
    """Qualifier phrase (lowercase) -> `approx`, `lt`, `le`, `gt` or `ge`."""
    return _QUALIFIERS


def _load_qualifiers() -> dict[str, str]:
    return {row["phrase"]: row["qualifier"] for row in _tsv("qualifiers.tsv")}


# Every list is loaded once, here, at import (7 ms for all): the extractors ask for them ~250
# times an article, mostly per word, and a call through functools.cache cost a module lookup
# and a Python-level call each time, where mypyc compiles a call to one of the plain functions
# above, which return these constants, to a direct C call. In dependency order.
_REPORTING_VERBS: Final[dict[str, Cue]] = _load_reporting_verbs()
_CUE_FIRST_WORDS: Final[frozenset[str]] = _load_cue_first_words()
_CUE_THREE_WORD_OPENINGS: Final[frozenset[str]] = _load_cue_three_word_openings()
_REPORTING_PHRASES: Final[frozenset[str]] = _load_reporting_phrases()
_REPORTING_PHRASE_FIRST_WORDS: Final[frozenset[str]] = _load_reporting_phrase_first_words()
_INDIRECT_FIRST_WORDS: Final[tuple[frozenset[str], frozenset[str]]] = _load_indirect_first_words()
_INDIRECT_CUE_WORDS: Final[frozenset[str]] = _load_indirect_cue_words()
_CUE_OR_PHRASE_WORDS: Final[frozenset[str]] = _INDIRECT_CUE_WORDS | _REPORTING_PHRASE_FIRST_WORDS
_REPORTING_PHRASE_RESTS: Final[dict[str, tuple[tuple[str, ...], ...]]] = _load_reporting_phrase_rests()
_NUMBER_WORDS: Final[dict[str, int]] = _load_number_words()
_ORDINAL_WORDS: Final[dict[str, int]] = _load_ordinal_words()
_SCALE_WORDS: Final[dict[str, int]] = _load_scale_words()
_SCANNED_VOCABULARY: Final[frozenset[str]] = _load_scanned_vocabulary()
_VOCABULARY_SHAPES: Final[bytes] = _vocabulary_shapes(_SCANNED_VOCABULARY)
_IRREGULAR_PAST: Final[frozenset[str]] = _load_irregular_past()
_FIRST_NAME_GENDERS: Final[dict[str, str]] = _load_first_name_genders()
_DEMONYMS: Final[frozenset[str]] = _load_demonyms()
_TITLES: Final[frozenset[str]] = _load_titles()
_TITLE_FIRST_WORDS: Final[frozenset[str]] = frozenset(t.split(" ", 1)[0] for t in _TITLES)
_ROLE_NOUNS: Final[frozenset[str]] = _load_role_nouns()
_ORG_WORDS: Final[frozenset[str]] = _load_org_words()
_ORG_NOUNS: Final[frozenset[str]] = _load_org_nouns()
_NAME_STOPWORDS: Final[frozenset[str]] = _load_name_stopwords()
_CURRENCIES: Final[list[dict[str, str]]] = _load_currencies()
# Currencies as written before a number ("$", "US$") and after one ("euros", "USD"), longest first
PREFIX_CURRENCIES: Final[tuple[str, ...]] = tuple(r["text"] for r in _CURRENCIES if r["position"] != "suffix")
SUFFIX_CURRENCIES: Final[tuple[str, ...]] = tuple(r["text"] for r in _CURRENCIES if r["position"] != "prefix")
_DOLLAR_PLACES: Final[dict[str, tuple[str, ...]]] = _load_dollar_places()
_UNITS: Final[dict[str, str]] = _load_units()
_QUALIFIERS: Final[dict[str, str]] = _load_qualifiers()
