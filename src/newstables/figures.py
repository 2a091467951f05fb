"""Figures: every number in an article, typed (money, percent, count, quantity, ordinal, year,
date, range) and normalised to an exact value with its unit.

The scanner finds numeric cores (digits, number words, ordinals) and grows each one: to the
left a currency sign and a qualifier ("nearly $ 108 billion"), to the right a scale word, a
currency word, a percent sign or a unit, and a second bound for ranges. Dates, times of day,
URLs and phone numbers are claimed first so their digits never become counts. Values are
computed with :class:`decimal.Decimal`, so ``$ 108 billion`` is exactly 108000000000.

Word lists (currencies, units, scales, qualifiers, number words) live in ``newstables/data``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any, Final

from mypy_extensions import i64

from newstables import lexicon
from newstables.segment import char_offsets, is_alpha, is_upper, word_char_at, word_character

MONTHS: Final = {name.lower(): i for i, name in enumerate(lexicon.MONTH_NAMES, start=1)} | {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_FORMS: Final = (
    *lexicon.MONTH_NAMES,
    *r"Jan\.? Feb\.? Mar\.? Apr\.? Jun\.? Jul\.? Aug\.? Sept?\.? Oct\.? Nov\.? Dec\.?".split(),
)
_MONTH: Final = rf"(?P<mon>{'|'.join(_MONTH_FORMS)})"
_DAY: Final = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR: Final = r"(?P<year>1\d{3}|20\d{2})"


def _opening(forms: tuple[str, ...]) -> str:
    r"""``\b(?:form|form|...)`` for the start of a whole-text pattern, written to open with a
    character class: its first letter, with the word boundary checked behind it and each form's
    rest after a lookbehind for its letter (same forms, same order, same matches). Python's re
    tries a pattern at every offset, but skips in C to the next offset that can start one that
    opens with a class: month scans run twice as fast."""
    rests: dict[str, list[str]] = {}
    for form in forms:
        rests.setdefault(form[0], []).append(form[1:])
    first = f"[{''.join(rests)}]"
    body = "|".join(f"(?<={letter})(?:{'|'.join(r)})" for letter, r in rests.items())
    return rf"{first}(?<!\w{first})(?:{body})"


# The day of a day-first date, opened the same way: [12]\d | 3[01] | 0?[1-9], by first digit.
_DAY_OPENING: Final = (
    r"(?P<day>[0-9](?<!\w[0-9])(?:(?<=[12])\d|(?<=3)[01]|(?<=0)[1-9]|(?<=[1-9])))(?:st|nd|rd|th)?"
)
_MONTH_OPENING: Final = f"(?P<mon>{_opening(_MONTH_FORMS)})"
DATE_MDY: Final = re.compile(rf"{_MONTH_OPENING}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?(?!\s*(?:%|percent|per cent))")
DATE_DMY: Final = re.compile(rf"{_DAY_OPENING}\s+(?:of\s+)?{_MONTH}(?![a-z])(?:,?\s+{_YEAR}\b)?")
DATE_MY: Final = re.compile(rf"{_MONTH_OPENING}(?:\s+of)?,?\s+{_YEAR}\b")
_LATER_DAY: Final = rf"(?P<written>{_DAY})\b(?![\d%:]|[.,]\d)"
DAY_RANGE: Final = re.compile(rf"\s*(?:-|–|to|and|or|through|until)\s*{_LATER_DAY}")
# "May 11, 12, and 13": the days of a list before its last, which DAY_LIST_END takes
DAY_LIST_ITEM: Final = re.compile(rf",\s*{_LATER_DAY}")
DAY_LIST_END: Final = re.compile(rf",?\s*(?:and|or)\s*{_LATER_DAY}")
# the same before a day-first date ("15 to 17 March", "3-4 May", "9, 10 and 11 April"), read
# back from the date: the day just before it, then each one before that in a list
_EARLIER_DAY: Final = rf"(?<![\w.,$£€#])(?P<written>{_DAY})"
DAY_BEFORE: Final = re.compile(rf"{_EARLIER_DAY}\s*,?\s*(?:-|–|to|and|or|through|until)\s*\Z")
DAY_LIST_ITEM_BEFORE: Final = re.compile(rf"{_EARLIER_DAY}\s*,\s*\Z")
WEEKDAY: Final = re.compile(
    r"\b(?:on|last|this|next|from|since|by|until)\s+(?P<wd>" + "|".join(lexicon.WEEKDAYS) + r")\b"
)
# Patterns that cannot open with a character class open with a lookahead for the characters
# they can start with: re still tries every offset, but the one-character test turns most
# away before the alternation runs (2x to 5x faster scans).
# "the 1990s", "the 1990's", "the '80s" (an apostrophe opens no word, so no \b before it)
DECADE: Final = re.compile(
    r"(?=[12'‘’])(?:\b(?P<full>1\d|20)(?P<dec>\d)0['’]?s|(?<!\w)['‘’](?P<short>\d)0s)\b"
)
URLS: Final = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+")  # URLs and e-mail addresses
# lowercase, a hyphen read as a space ("one-on-one" is "one on one")
NUMBER_IDIOMS: Final = tuple(sorted(lexicon.word_class("number_idioms")))
# Times, clock hours and phone numbers: taken before the number scan so their digits are no
# figures. Opened the same way (it used to open with a lookahead, "(?=[\d+(])"): the first
# character is consumed, and what the branches asked of it is asked behind it: "\b" before a
# digit is "(?<!\w\d)" after it, "\d{1,2}" with its first digit read is "\d?", and a phone
# number's opening "+", "(" or first digit is told apart with "(?<=\+)", "(?<=\()" and
# "(?<=\d)". Same matches as the lookahead form (tests/test_properties.py) on all 5,579
# corpus texts and 300,000 random strings of digits, signs, "a.m.", "UTC" and "o'clock";
# 1.6x faster.
EXCLUDED: Final = re.compile(
    r"[\d+(]"
    r"(?:(?<!\w\d)(?<=\d)"  # a digit that starts a word
    r"(?:\d?:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"  # 9:54 a.m., 17:30
    r"|\d?\s*(?:[ap]\.m\.|[ap]m\b)"  # 9 pm
    r"|\d{2,3}\s*(?:UTC|GMT|ET|EST|EDT|PST|PDT|CET|BST|hrs)\b"  # 1354 UTC
    r"|\d?\s*o'clock\b)"
    # phones: +44 20 7946 0958, (020) 7946 0958, 555-123-4567
    r"|(?<![\w.][\d+(])(?:(?<=\+)\d{1,3}[\s.-]?\(?\d{2,4}|(?<=\()\d{2,4}|(?<=\d)\d{1,3})"
    r"\)?[\s.-]\d{3,4}[\s.-]\d{3,4}(?![\d]))"
)
# Opens with the digit itself and looks behind it for what may not precede it ("(?<![\w.,])"
# before the digit, said after it): a pattern that starts with a character class lets re skip
# in C to the next digit instead of trying the pattern at every offset (1.6x faster).
DIGITS: Final = re.compile(r"\d(?<![\w.,]\d)(?:\d{0,2}(?:,\d{3})+|\d*)(?:\.\d+)?(?![\d])(?!,\d{3})")
DIGIT_ORDINAL: Final = re.compile(
    r"(?=[\d#N])(?:(?<![\w.,])(?P<n>\d+)(?:st|nd|rd|th)\b|#(?P<h>\d+)\b|\bNo\. ?(?P<no>\d+)\b)"
)
YEAR_PREFIX: Final = re.compile(r"\b(?:mid|pre|post|early|late)-$", re.I)  # "mid-2020" is a year
# "a third", "three quarters" and "half" name a share only before "of" ("a third term", "the
# last three quarters", "half-time"); "one-third", "two-thirds" and "two thirds" always do
# ("a two-thirds majority").
FRACTION: Final = re.compile(
    r"(?=[aoth])\b(?P<f>(?:(?:a|one)[ -](?:quarter|third|fifth|half)|three[ -]quarters|half)(?= of\b)"
    r"|one-(?:quarter|third|fifth|half)\b|two[ -]thirds\b|three-quarters\b)",
    re.I,
)
# Cheap necessary conditions that let a text skip a whole-text scan that cannot match it
# (these scans were a sixth of the extraction time; most texts hold no decade, fraction or
# digit ordinal). Each is exact, never turning away a text the pattern matches: every form in
# _MONTH opens with the first three letters of a month name, every decade ends in "0s" (or "0's"),
# every fraction holds one of FRACTION_WORDS, every digit ordinal one of DIGIT_SUFFIX, "#"
# or "No.". tests/test_figures.py checks them against the patterns on arbitrary text.
MONTH_PREFIXES: Final = tuple(sorted({name[:3] for name in lexicon.MONTH_NAMES}))
# What first_month and month_starts find, as a pattern (tests hold them to it)
_MONTH_PREFIX: Final = re.compile("|".join(MONTH_PREFIXES))
_MONTH_PREFIX_SET: Final = frozenset(MONTH_PREFIXES)
_MONTH_INITIALS: Final = "".join(sorted({prefix[0] for prefix in MONTH_PREFIXES}))
DIGIT_SUFFIX: Final = re.compile(r"\d(?:st|nd|rd|th)")
# re.IGNORECASE takes these for ASCII letters ("İ" and "ı" for i, "ſ" for s, the Kelvin sign
# for k), which str.lower() leaves alone or makes two characters of: a case-insensitive match
# is looked up by the word it stands for (an "almoſt" once raised KeyError), and a text
# holding one skips no case-insensitive scan.
IGNORECASE_LOOKALIKES: Final = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_UNLOOKALIKE: Final = str.maketrans(IGNORECASE_LOOKALIKES)
FRACTIONS: Final = {
    "quarter": Decimal(25),
    "third": Decimal(100) / 3,
    "fifth": Decimal(20),
    "half": Decimal(50),
    "thirds": Decimal(200) / 3,
    "quarters": Decimal(75),
}
FRACTION_WORDS: Final = tuple(word for word in FRACTIONS if not word.endswith("s"))  # "thirds" holds "third"
SPACE: Final = re.compile(r"[ \t\u00a0]*")
# Before the first of two numbers joined by "to", what makes them a change, not a range: "by"
# ("up by 5% to 7%"), or "from" after a verb of change ("rose from 3.8% to 4.6%"), a
# qualifier between ("by over EUR 400 million to ...")
CHANGE_VERBS: Final = (
    "rose|risen|rising|rises|increased|increasing|increases|fell|fallen|falling|falls|dropped|"
    "dropping|grew|grown|growing|climbed|declined|jumped|raised|lowered|reduced|cut|soared|plunged|slipped|"
    "edged|went|up|down"
)
CHANGE_BEFORE: Final = re.compile(
    rf"(?:\bby|\b(?P<verb>{CHANGE_VERBS})\s+from)\s+(?:(?:about|around|nearly|almost|over|some|roughly|"
    r"just|only|more than|less than)\s+)?[^\w\s]{0,3}\s*$",
    re.I,
)
# A change near before a figure in a unit: the level it reaches takes the unit ("the Dow fell
# 12.26 points to 10,447.37"), where a score does not ("defeated Wynnum 45 points to 24")
CHANGE_NEAR: Final = re.compile(rf"\b(?:by|from|gained|lost|added|shed|{CHANGE_VERBS})\b", re.I)
CHANGE_RATIO: Final = 3  # "by X to Y" is a change when Y is more than this many times X
CHANGE_LOOKBACK: Final = 25  # characters before a change's figure searched for CHANGE_NEAR
AND_A_HALF: Final = re.compile(r"[ \t]+and[ \t]+a[ \t]+half\b(?![ \t-]+(?:of|dozen)\b)")
QUALIFIER_LOOKBACK: Final = 25
# characters before a day-first date that a list of earlier days ("9, 10, 11 and") is read in
EARLIER_DAYS_LOOKBACK: Final = 40
MAX_DIGITS: Final = 40  # characters in one number, separators included
FUTURE_DATE_DAYS: Final = 92
IDENTIFIER_OK: Final = lexicon.word_class("identifier_ok")
MAX_CODE_CHARS: Final = 12  # how far back a code before a hyphen is read ("K2", "A380")
FIRST_COMPOUNDS: Final = lexicon.word_class("first_compounds")
COUNTED_PEOPLE: Final = lexicon.word_class("counted_people")
YEAR_PREPOSITIONS: Final = frozenset({"in", "since", "until", "till", "during", "before", "after"})
DETERMINERS: Final = lexicon.word_class("determiners")
NEXT_LOWER_WORD: Final = re.compile(r"[ \t]+([a-z]+)\b")
PREV_WORD: Final = re.compile(r"([\w'’]+)[ \t]+$")


def _place_names(names: tuple[str, ...]) -> re.Pattern[str]:
    r"""Any of ``names`` as a whole word, opened with a character class (see _opening: these
    run over whole texts). A name ends where no word character follows: ``\b`` after "U.S."
    asked for one, so "the U.S. Senate" never counted and "U.S.S.R." did."""
    return re.compile(rf"(?:{_opening(tuple(map(re.escape, names)))})(?!\w)")


# Places that say which dollar a bare "$" is (data/dollar_places.tsv)
CONTEXT_DOLLARS: Final = {code: _place_names(names) for code, names in lexicon.dollar_places().items()}
# The same places in one pattern, each name mapped to its code: a single pass over the text
# instead of one per code (2.5x as fast). The counts are the same: no place's name starts
# another's, nor is any met inside another, so no match hides one a separate pass would find
# (tested against CONTEXT_DOLLARS).
DOLLAR_PLACE_CODES: Final = {name: code for code, names in lexicon.dollar_places().items() for name in names}
ANY_DOLLAR_PLACE: Final = _place_names(tuple(DOLLAR_PLACE_CODES))
# Its names by first letter, in the pattern's order, for dollar_places
_DOLLAR_PLACES_BY_INITIAL: Final[dict[str, tuple[str, ...]]] = {
    initial: tuple(n for n in DOLLAR_PLACE_CODES if n[0] == initial)
    for initial in dict.fromkeys(n[0] for n in DOLLAR_PLACE_CODES)
}
_DOLLAR_PLACE_INITIALS: Final = "".join(_DOLLAR_PLACES_BY_INITIAL)
# The dollars other than the US one written out ("C$", "Canadian dollars"): whether a text
# holds any of them at all, in one search rather than a search for each.
WRITTEN_DOLLARS: Final = tuple(
    row for row in lexicon.currencies() if row["code"] != "USD" and row["text"].endswith(("$", "dollars"))
)
ANY_WRITTEN_DOLLAR: Final = re.compile("|".join(re.escape(row["text"]) for row in WRITTEN_DOLLARS))
# WRITTEN_DOLLARS by how they end, for writes_other_dollar
_WRITTEN_DOLLARS_BY_END: Final[tuple[tuple[str, tuple[str, ...]], ...]] = tuple(
    (end, tuple(r["text"] for r in WRITTEN_DOLLARS if r["text"].endswith(end))) for end in ("$", "dollars")
)


PERCENT: Final = re.compile(r"%|percent\b|per cent\b|percentage points?\b|pct\b|basis points?\b|bps?\b", re.I)
UNIT_ADJECTIVE: Final = re.compile(r"(?:consecutive|straight|successive|additional|more|full|long)\s+", re.I)
# What UNIT_ADJECTIVE's first character matches case-insensitively ("ſ" is an "s" to re)
_UNIT_ADJECTIVE_FIRSTS: Final = frozenset("cCsSaAmMfFlLſ")
_A: Final = frozenset("a")  # AND_A_HALF's word after the blanks
YEARS_OLD: Final = re.compile(r"-old\b| old\b")
NAME_BEFORE: Final = re.compile(r"([A-Z][\w&'’.-]*)[ \t]+$")
SCORE_AFTER: Final = re.compile(r"\s*[–-]\s*\d")
PHONED_BEFORE: Final = re.compile(r"\b(?:call|called|calling|dial|dialled|dialed|phoned)\s+$")
_PHONED_WORDS: Final = ("call", "called", "calling", "dial", "dialled", "dialed", "phoned")
ONE_ANOTHER: Final = re.compile(r"[ \t]+another\b")
MODEL_NAME: Final = re.compile(r"\d+[ \t]+(?:Max|Pro|Plus|Mini|Ultra|Series|Classic|Neo|Air|Lite|Edition)\b")
YEARLIKE: Final = re.compile(r"1\d{3}|20\d{2}")
SLASHED: Final = re.compile(r"\d+(?:/\d+)+")  # "9/11", "24/7", "2/3", "2006/07", "7/8/07"
SPAN_DASHES: Final = ("-", "–", "/")  # "2008-09", "2009–10", "2006/07"
MAX_YEAR_SPAN: Final = 30  # "Canada's prime minister from 1968-79"
MAX_DENOMINATOR: Final = 10  # "2/3", "3/4", "7/10"; "9/11" and "24/7" are names
FRACTION_SUFFIX: Final = re.compile(r"(?:st|nd|rd|th)s?")  # "2/3rds", "1/100th": any denominator
WHOLE_BEFORE: Final = re.compile(r"(?<![\d.,/])\d+[ -]$")  # "2 1/2 years", "11-1/2"
# "at one point", "at one time", "at one stage": an idiom, no count (nor 1 point)
AT_BEFORE: Final = re.compile(r"\b[Aa]t[ \t]+$")
AT_ONE_IDIOM: Final = re.compile(r"[ \t]+(?:point|time|stage)\b")
# A number in a wiki table's markup ('rowspan="2"', "width=50") is layout, not content.
MARKUP_ATTRIBUTE: Final = re.compile(
    r"\b(?:rowspan|colspan|width|height|border|cellspacing|cellpadding)[ \t]*=[ \t]*[\"']?$", re.I
)
COORDINATED: Final = re.compile(r"\s*(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+)\s*")
# between a change in a unit and the level it reaches: "points to", "points (2.90%) to",
# "points) to a value of"
CHANGE_TARGET: Final = re.compile(
    r"\)?\s*(?:\([^()]{0,40}\)\s*)?to\s+(?:a\s+(?:value|level|close|high|low|record)\s+of\s+)?"
)
BETWEEN_BEFORE: Final = re.compile(r"\bbetween\s+$")
RANGE_GAP: Final = re.compile(r"\s*(?:-|–|to|or)\s*")  # "3-5", "three to six", "two or three"
BETWEEN_GAP: Final = re.compile(r"\s+and\s+")  # "between 20 and 30"
_GAP_WORDS: Final = frozenset({"-", "–", "to", "or", "and"})  # what the two gaps hold, stripped
FRACTION_PARTS: Final = re.compile(r"[ -]")  # "one-third", "two thirds"
AGE_WORD_BEFORE: Final = re.compile(r"\b(?:age|aged|ages)\s+$|\bage of\s+$")
NAME_COMMA_BEFORE: Final = re.compile(r"[A-Z][\w'’-]*,\s*$")
AGE_AFTER: Final = re.compile(r"\s*(?:,|\)|and\s+\d+\s*,)")
NAME_COMMA_PAIR_BEFORE: Final = re.compile(r"[A-Z][\w'’-]*,\s*\d+\s+and\s+$")
COMMA_AFTER: Final = re.compile(r"\s*,")
NOUN_COMMA_BEFORE: Final = re.compile(r"[a-z]+,\s*$")
AGE_VERB_AFTER: Final = re.compile(r"\s*,\s*(?:was|is|were|who|has|had|died|remains)\b")
_AGE_CONTEXT_ENDS: Final = (",", "and", "age", "aged", "ages", "of")  # what the patterns above end in
SCALE_WORD_BEFORE: Final = re.compile(r"(?:\b(half)[ \t]+)?\b(a|an)[ \t]+$", re.I)
DEMONYM_BEFORE: Final = re.compile(r"\b(?:the|this|that|an?)[ \t]+([A-Z][a-z]+)[ \t]+$", re.I)
PRONOUN_ONE_BEFORE: Final = re.compile(  # "no one" may open a sentence: "No one should ..."
    r"\b(?i:no|any|every|some)[ \t]*$|\b(?:a|an|the|this|that|each|which|another)[ \t]+(?:[a-z]+[ \t]+)?$"
)
_STREET_WORDS: Final = "|".join(map(re.escape, sorted(lexicon.word_class("street_words"))))
# The characters MODEL_NAME's and STREET_AFTER's word after the blanks can open with: where
# another follows a number, neither pattern is tried (most numbers precede a lowercase word)
_MODEL_FIRSTS: Final = frozenset("MPUSCNALE")
_STREET_FIRSTS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ") | {
    w[0] for w in lexicon.word_class("street_words")
}
# "10 Downing Street", "1600 Pennsylvania Avenue", "36 Quai des Orfèvres": a house number
# (and where the name goes on, "the 3rd Taipei Citizen Elimination Road Race", it is no street)
STREET_AFTER: Final = re.compile(
    rf"[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{0,3}}(?:{_STREET_WORDS})(?![\w-])(?![ \t]+[A-Z][a-z])"
)


@cache
def _scale_rx() -> re.Pattern[str]:
    return _alternation(tuple(lexicon.scale_words()), re.I)


@cache
def _unit_rx() -> re.Pattern[str]:
    return _alternation(tuple(lexicon.units()), re.I)


@cache
def _units_by_first_character() -> tuple[re.Pattern[str] | None, ...]:
    """For each ASCII character, _unit_rx with only the units whose first character matches
    it as _unit_rx's own case-insensitive match would (asked of ``re``, so "k" keeps the
    units opening with the Kelvin sign): the same match, without trying ~150 alternatives
    where a number's next word opens with another letter (1.3 us a number for the whole)."""
    units = tuple(lexicon.units())
    out: list[re.Pattern[str] | None] = []
    for code in range(128):
        char = chr(code)
        fitting = tuple(u for u in units if re.fullmatch(re.escape(u[0]), char, re.I))
        out.append(_alternation(fitting, re.I) if fitting else None)
    return tuple(out)


def _opens_after_blanks(text: str, i: int, firsts: frozenset[str]) -> bool:
    """Whether one or more spaces or tabs stand at ``i`` and one of ``firsts`` after them."""
    j = i
    while j < len(text) and text[j] in " \t":
        j += 1
    return j > i and j < len(text) and text[j] in firsts


def _bisect_spans(spans: list[tuple[int, int]], start: i64, end: i64, right: bool) -> i64:
    """``bisect.bisect_left`` (or ``bisect_right``) of ``(start, end)`` in sorted ``spans``.
    Compiled, a call into the bisect module is generic and compares tuples generically
    (~1,000 instructions a call, ~25 calls an article); this loop compares the ints."""
    if not lexicon.COMPILED:
        return (bisect.bisect_right if right else bisect.bisect_left)(spans, (start, end))
    lo: i64 = 0
    hi: i64 = len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        s0, s1 = spans[mid]
        if s0 < start or (s0 == start and (s1 <= end if right else s1 < end)):
            lo = mid + 1
        else:
            hi = mid
    return lo


def _digit_run_end(text: str, i: i64) -> i64:
    """Where the digits from ``i`` end (``str.isdigit``, which every ``\\d`` is)."""
    n: i64 = len(text)
    while i < n and text[i].isdigit():
        i += 1
    return i


def _ordinal_suffix_at(text: str, i: i64) -> bool:
    """Whether DIGIT_ORDINAL's "21st" branch may match at ``i``: digits, then "st", "nd",
    "rd" or "th" (a shorter run of digits would leave a digit before the suffix)."""
    j = _digit_run_end(text, i)
    return j > i and text[j : j + 2] in ("st", "nd", "rd", "th")


def _may_be_excluded(text: str, i: i64) -> bool:
    """Whether EXCLUDED may match at ``i``; at a digit, only where one of its forms goes on
    after the digits: ":" or "a.m."/"pm"/"o'clock" after one or two, a time zone after three
    or four, a separator and a digit after two to four (a phone number). Most numbers ("5
    people", "1,000") go on otherwise, and were tried against every form."""
    if not text[i].isdigit():
        return True  # "+" or "(": the pattern decides
    j = _digit_run_end(text, i)
    run = j - i
    n: i64 = len(text)
    if run <= 2 and j < n and text[j] == ":":
        return True
    k = j
    while k < n and text[k].isspace():
        k += 1
    if k < n and ((run <= 2 and text[k] in "apo") or (3 <= run <= 4 and text[k] in "UGEPCBh")):
        return True
    if 2 <= run <= 4:
        p = j + 1 if j < n and text[j] == ")" else j
        if p + 1 < n and (text[p].isspace() or text[p] in ".-") and text[p + 1].isdigit():
            return True
    return False


def _later_days(text: str, end: int) -> list[re.Match[str]]:
    """The days after a month and day that ends at ``end`` and share its month: the end of a
    range ("March 15 to 17", "September 24 and 25") or the rest of a list that closes with
    "and" or "or" ("May 11, 12, and 13"; not "May 11, 12 people", a count)."""
    items: list[re.Match[str]] = []
    while (item := DAY_LIST_ITEM.match(text, end)) is not None:
        items.append(item)
        end = item.end()
    last = (DAY_LIST_END if items else DAY_RANGE).match(text, end)
    return [*items, last] if last is not None else []


def _earlier_days(text: str, start: int) -> list[re.Match[str]]:
    """The days before a day-first date that starts at ``start`` and share its month (and
    year): the start of a range ("15 to 17 March", "3-4 May") and the list before it ("9, 10
    and 11 April"), last first."""
    window = max(0, start - EARLIER_DAYS_LOOKBACK)
    found: list[re.Match[str]] = []
    m = DAY_BEFORE.search(text, window, start)
    while m is not None:
        found.append(m)
        m = DAY_LIST_ITEM_BEFORE.search(text, window, m.start())
    return found


def unit_at(text: str, i: int) -> re.Match[str] | None:
    """``_unit_rx().match(text, i)``."""
    if i < len(text) and ord(text[i]) < 128:
        rx = _units_by_first_character()[ord(text[i])]
        return rx.match(text, i) if rx is not None else None
    return _unit_rx().match(text, i)


@cache
def _qualifier_rx() -> re.Pattern[str]:
    phrases = sorted(lexicon.qualifiers(), key=len, reverse=True)
    body = "|".join(re.escape(p).replace("\\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w])({body})\s+$", re.I)


@cache
def _currency_rows() -> dict[str, dict[str, str]]:
    return {row["text"]: row for row in lexicon.currencies()}


# Where a currency as written starts (after no ASCII letter or digit: "S$" is in "US$") and
# where one that ends in a letter ends (before no letter)
_CURRENCY_START: Final = r"(?<![A-Za-z0-9])"
_CURRENCY_END: Final = r"(?![^\W\d_])"
_PREFIX_CURRENCY_ENDS: Final = frozenset(c[-1] for c in lexicon.PREFIX_CURRENCIES)


@cache
def _currency_prefix_rx() -> re.Pattern[str]:
    body = _alternation(lexicon.PREFIX_CURRENCIES).pattern
    return re.compile(rf"{_CURRENCY_START}({body})[ \u00a0]?$")


@cache
def _written_alone(currency: str) -> re.Pattern[str]:
    """A currency as written, not inside a longer word or sign: "S$" (Singapore) is in "US$"."""
    end = _CURRENCY_END if is_alpha(currency[-1]) else ""
    return re.compile(rf"{_CURRENCY_START}{re.escape(currency)}{end}")


@cache
def _currency_suffix_rx() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternation(lexicon.SUFFIX_CURRENCIES).pattern}){_CURRENCY_END}")


def _may_open_word(text: str, i: int) -> bool:
    """Whether a scale, percent or currency word can start at ``i``: a letter, "%" or a
    character beyond ASCII ("₽") stands there (tested against the patterns). Most numbers
    are followed by a comma, a period or a digit, where the three matches were tried in vain
    (~1,500 instructions a number, compiled)."""
    if i >= len(text):
        return False
    c = ord(text[i])
    return c >= 128 or c == 37 or 97 <= c <= 122 or 65 <= c <= 90


def _lettered_before(text: str, end: int) -> bool:
    """Whether the word that ends at ``end`` (inclusive) mixes letters into its digits ("K2"
    in "K2-18b", "A380" in "A380-800"): a name's code, so the number after its hyphen is too."""
    i = end
    while i >= 0 and i > end - MAX_CODE_CHARS and text[i].isalnum():
        if is_alpha(text[i]):
            return True
        i -= 1
    return False


_ONE: Final = Decimal(1)


# init=False, and the __init__ below: dataclasses writes its own __init__ as plain Python at
# import, which runs interpreted even in the compiled build (~2,600 instructions a call, ~2%
# of extraction); this one mypyc compiles. Fields, repr and == stay the dataclass's.
@dataclass(init=False)
class Figure:
    start: int
    end: int
    kind: str
    value: Decimal | None = None
    unit: str | None = None
    unit_basis: str | None = None
    date_value: str | None = None
    precision: str | None = None
    qualifier: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    scale: Decimal = _ONE  # the scale word applied ("million"), for ranges that share it

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,
        value: Decimal | None = None,
        unit: str | None = None,
        unit_basis: str | None = None,
        date_value: str | None = None,
        precision: str | None = None,
        qualifier: str | None = None,
        low: Decimal | None = None,
        high: Decimal | None = None,
        scale: Decimal = _ONE,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value
        self.unit = unit
        self.unit_basis = unit_basis
        self.date_value = date_value
        self.precision = precision
        self.qualifier = qualifier
        self.low = low
        self.high = high
        self.scale = scale


def first_month(text: str) -> int:
    """The first offset where a month name can start, or -1: no date can be written here."""
    starts = month_starts(text, 0)
    return starts[0] if starts else -1


def month_starts(text: str, start: int) -> list[int]:
    """Every offset from ``start`` on where a month's first three letters stand, in order:
    _MONTH_PREFIX's matches. The capitals that open one are found by ``str.find`` (a memchr
    each, in C; char_offsets) and kept where the prefix is complete: ~6,000 instructions an
    article, where a find for each prefix ran through the whole text twelve times (~40,000)
    and the pattern's search stopped at every capital A, D, F, J, M, N, O or S (~75,000). No
    two prefixes can overlap: each has one capital, its first letter."""
    return [
        i
        for i in char_offsets(text, _MONTH_INITIALS, start, len(text))
        if text[i : i + 3] in _MONTH_PREFIX_SET
    ]


def word_key(matched: str) -> str:
    """The lexicon key of a case-insensitive match: "Percent" -> "percent", "almoſt" -> "almost".
    The lookalikes are not ASCII, so ASCII text skips the translation (~10,000 instructions
    for 25 characters)."""
    return (matched if matched.isascii() else matched.translate(_UNLOOKALIKE)).lower()


def may_hold_decade(text: str) -> bool:
    return "0s" in text or "0's" in text or "0’s" in text


def holds_lookalike(text: str) -> bool:
    """Whether ``text`` holds a character re.IGNORECASE takes for an ASCII letter."""
    return not text.isascii() and any(c in text for c in IGNORECASE_LOOKALIKES)


def may_hold_fraction(text: str) -> bool:
    """Whether FRACTION (case-insensitive) can match ``text`` at all."""
    if holds_lookalike(text):
        return True
    low = lexicon.lowered(text)
    return any(word in low for word in FRACTION_WORDS)


def fraction_starts(text: str) -> list[int]:
    """The offsets where FRACTION can match, in order: each fraction word's, and two, four and
    six characters before it, where "a ", "one-", "two ", "three " ... open (every form
    holds a fraction word). On lowercased text, so not where a character lowercases to two
    ("İ") or re.IGNORECASE takes a lookalike for a letter."""
    low = lexicon.lowered(text)
    starts = set()
    for word in FRACTION_WORDS:
        for i in _offsets(low, word):
            for back in (0, 2, 4, 6):
                if i >= back:
                    starts.add(i - back)
    return sorted(starts)


def may_hold_digit_ordinal(text: str) -> bool:
    """Whether DIGIT_ORDINAL can match ``text`` at all."""
    return "#" in text or "No." in text or DIGIT_SUFFIX.search(text) is not None


# The last word of every qualifier phrase, lowercase ("than" for "more than").
_QUALIFIER_ENDINGS: Final = tuple(sorted({phrase.lower().split()[-1] for phrase in lexicon.qualifiers()}))
_QUALIFIER_PHRASES: Final = tuple(sorted(" ".join(phrase.lower().split()) for phrase in lexicon.qualifiers()))


def may_end_in_qualifier(before: str) -> bool:
    """Whether the text before a number can end in a qualifier phrase (and white space): the
    qualifier pattern (case-insensitive, so it opens with no character re can skip to) was tried
    at each of the 25 offsets before every number, ~24,000 instructions a number; this test is
    a slice, its ``word_key`` (lowercase, lookalikes such as "almoſt" made the ASCII letters
    re.IGNORECASE takes them for) and ``endswith``; str.rstrip() strips what re's ``\\s``
    matches. Where it ends in a phrase's last word ("to", "of", "than": often), the whole
    phrase, its white space made single spaces (str.split splits at what ``\\s`` matches), must
    end it too ("rose to" is no "up to")."""
    key = word_key(before)
    return key.rstrip().endswith(_QUALIFIER_ENDINGS) and " ".join(key.split()).endswith(_QUALIFIER_PHRASES)


def number_starts(text: str) -> list[int]:
    r"""Every offset where a number, time or phone number can start: a digit (``\d``), "+"
    or "(" after no word character (``\w``). DIGITS and EXCLUDED match nowhere else.

    In an ASCII text (two in three articles; ``str.isascii`` is a flag, not a scan) those
    characters are found by ``str.find`` (a memchr each, in C): ~30,000 fewer instructions
    an article than the scan of every character, which the rest still need (a decimal digit
    may be any script's). (Capitals found so for the name runs cost more than they saved.)"""
    if text.isascii():
        return [
            i
            for i in char_offsets(text, _NUMBER_OPENERS, 0, len(text))
            if i == 0 or not word_character(ord(text[i - 1]))
        ]
    out = []
    after_word = False  # whether the character before is a word character
    n: i64 = len(text)
    i: i64 = 0
    while i < n:
        c: i64 = ord(text[i])
        if c < 128:
            digit = 48 <= c <= 57
            word = digit or 65 <= c <= 90 or 97 <= c <= 122 or c == 95
            can_start = digit or c == 43 or c == 40
        else:  # what re takes for \w and \d beyond ASCII
            ch = text[i]
            word = ch.isalnum()
            can_start = ch.isdecimal()
        if can_start and not after_word:
            out.append(i)
        after_word = word
        i += 1
    return out


_NUMBER_OPENERS: Final = "0123456789+("


def _offsets(text: str, part: str) -> list[int]:
    """Every offset where ``part`` occurs in ``text``."""
    out = []
    i = text.find(part)
    while i >= 0:
        out.append(i)
        i = text.find(part, i + 1)
    return out


def writes_other_dollar(text: str) -> bool:
    """``ANY_WRITTEN_DOLLAR.search(text) is not None``: each written dollar ends in "$" or
    "dollars", so only the few places where those stand are compared with the forms ending
    there (the pattern's search, no literal to skip to, took ~75,000 instructions an
    article with a "$")."""
    for end, forms in _WRITTEN_DOLLARS_BY_END:
        i = text.find(end)
        while i != -1:
            stop = i + len(end)
            if any(stop >= len(form) and text[stop - len(form) : stop] == form for form in forms):
                return True
            i = text.find(end, i + 1)
    return False


def dollar_places(text: str) -> list[str]:
    """``ANY_DOLLAR_PLACE.findall(text)``: the capitals that open a name are found by
    ``str.find`` (char_offsets) and each of the names they open is compared there, in the
    pattern's order (so "Australian" where "Australia" runs on). The pattern's search stopped
    at every capital C, O, Q, A, B, T, V, M, S, P, N, W, H or U of a text and tried each
    letter's lookbehind in turn (~170,000 instructions an article with a "$")."""
    out = []
    n = len(text)
    after = 0  # matches do not overlap
    for i in char_offsets(text, _DOLLAR_PLACE_INITIALS, 0, n):
        if i < after or (i and word_char_at(text, i - 1)):
            continue
        for name in _DOLLAR_PLACES_BY_INITIAL[text[i]]:
            end = i + len(name)
            if text[i:end] == name and not (end < n and word_char_at(text, end)):
                out.append(name)
                after = end
                break
    return out


def matches_from(rx: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """``rx.finditer(text)``, with ``rx`` tried only at ``starts`` (sorted, and holding every
    offset where it can match, non-empty)."""
    out = []
    after = 0  # matches do not overlap: none starts before the last one's end
    for i in starts:
        if i >= after:
            m = rx.match(text, i)
            if m is not None:
                out.append(m)
                after = m.end()
    return out


def _exact(v: Decimal | None) -> str | None:
    if v is None:
        return None
    s = format(v.normalize(), "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def _float(v: Decimal | None) -> float | None:
    return None if v is None else float(v)


@cache
def _alternation(words: tuple[str, ...], flags: int = 0) -> re.Pattern[str]:
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(body, flags)


CARDINAL_SCALES: Final = ("hundred", "thousand", "million", "billion", "trillion")


@cache
def _cardinals() -> frozenset[str]:
    return frozenset([*lexicon.number_words(), *CARDINAL_SCALES])


def _can_follow(prev: str, word: str) -> bool:
    """Whether number word ``word`` continues a number ending in ``prev``: "two hundred",
    "twenty-one", "hundred and twenty"; not "two three" or "two and three"."""
    values = lexicon.number_words()
    if word in CARDINAL_SCALES or word == "dozen":
        return True
    if prev in CARDINAL_SCALES:
        return True
    return values.get(prev, 0) >= 20 and values[prev] % 10 == 0 and 0 < values.get(word, 0) < 10


def word_numbers(text: str) -> list[tuple[int, int, list[str], bool]]:
    """Runs of number words ("twenty-one", "half a", "three million") and ordinal words
    ("twenty-first"), as (start, end, words, is_ordinal).

    One pass over the words with set lookups: a case-insensitive regex alternation of the
    same words is several times slower on long text.
    """
    cardinals, ordinals = _cardinals(), lexicon.ordinal_words()
    out: list[tuple[int, int, list[str], bool]] = []
    run: list[str] = []
    start = end = -1
    # only the words of scanned_vocabulary(): a word left out breaks a run as any other word
    # does, since the next number word's gap then holds letters and does not join
    for w_start, w_end, low in lexicon.key_words(text):
        gap = text[end:w_start]
        joined = bool(run) and (gap in (" ", "\t", "-") or (gap == " and " and run[-1] in CARDINAL_SCALES))
        if low in cardinals:
            if not (joined and _can_follow(run[-1], low)):
                if run:
                    out.append((start, end, run, False))
                run, start = [], w_start
            run.append(low)
            end = w_end
        elif low in ordinals:
            if joined and gap == "-" and len(run) == 1 and lexicon.number_words()[run[0]] >= 20:
                out.append((start, w_end, [run[0], low], True))  # "twenty-first"
            else:
                if run:
                    out.append((start, end, run, False))
                out.append((w_start, w_end, [low], True))
            run = []
        elif low == "and" and run and run[-1] in CARDINAL_SCALES and gap == " ":
            continue  # "one hundred and twenty": the run may go on
        elif run:
            out.append((start, end, run, False))
            run = []
    if run:
        out.append((start, end, run, False))
    return out


def _word_value(words: list[str]) -> Decimal | None:
    nums, scales = lexicon.number_words(), lexicon.scale_words()
    total, current, seen = Decimal(0), Decimal(0), False
    for w in words:
        w = w.lower()
        if w == "and":
            continue
        if w == "hundred":
            current = (current or Decimal(1)) * 100
        elif w == "dozen":
            current = (current or Decimal(1)) * 12
        elif w in CARDINAL_SCALES:  # "hundred" multiplies, above
            total += (current or Decimal(1)) * scales[w]
            current = Decimal(0)
        elif w in nums:
            current += nums[w]
        else:
            return None
        seen = True
    return total + current if seen else None


class FigureScanner:
    def __init__(self, text: str, date: dt.date, weekdays: bool = False) -> None:
        self.text = text
        self.date = date
        self.weekdays = weekdays
        self.taken: list[tuple[int, int]] = []  # sorted, non-overlapping
        self.out: list[Figure] = []
        self._dollar: tuple[str, str] | None = None  # computed on the first bare dollar
        self._number_starts: list[int] | None = None
        self._month_starts: list[int] | None = None  # where "Jan", "Feb", ... begin
        self._shares: set[int] = set()  # where a fraction ("2/3", "two-thirds") starts
        self._slash_group: tuple[int, int, bool] | None = None  # (start, end, read as usual)

    def _matches(self, rx: re.Pattern[str]) -> list[re.Match[str]]:
        """The matches of DIGITS, EXCLUDED, DIGIT_ORDINAL, DATE_DMY, DATE_MDY or DATE_MY.
        Compiled, they are tried only where one can start, not searched for: the number
        patterns at number_starts (a character scan, once an article; for DIGIT_ORDINAL also
        every "#" and "No."), the month-first dates where a month's first three letters are.
        The searches ran every character through \\d or a class (DIGITS and EXCLUDED: 32.9 ->
        13.1 us an article; DATE_DMY 10.3 -> 1.8; the month-first two 11.2 -> 7.3), and
        DIGIT_ORDINAL needed a guard searching for a digit and a suffix. As plain Python the
        scan is 6x slower than the searches, so there they run (month-first dates from the
        first month name: none starts before)."""
        text = self.text
        month_first = rx is DATE_MDY or rx is DATE_MY
        if month_first and self._first_month() < 0:
            return []
        if not lexicon.COMPILED:
            if month_first:
                return list(rx.finditer(text, self._first_month()))
            if rx is DIGIT_ORDINAL and not may_hold_digit_ordinal(text):
                return []
            return list(rx.finditer(text))
        if month_first:
            return matches_from(rx, text, self._all_month_starts())
        if self._number_starts is None:
            self._number_starts = number_starts(text)
        starts = self._number_starts
        if rx is DIGIT_ORDINAL:
            ordinal = [i for i in starts if _ordinal_suffix_at(text, i)]
            starts = sorted(ordinal + [i for mark in ("#", "No.") for i in _offsets(text, mark)])
        elif rx is EXCLUDED:
            starts = [i for i in starts if _may_be_excluded(text, i)]
        return matches_from(rx, text, starts)

    def _fractions(self) -> list[re.Match[str]]:
        """FRACTION's matches. Compiled, tried only a few characters before each fraction word
        ("a ", "one-", "three "): its search ran case-insensitively through the whole text
        (~100,000 instructions an article, for the one match in four articles)."""
        text = self.text
        if lexicon.COMPILED and not holds_lookalike(text):
            return matches_from(FRACTION, text, fraction_starts(text))  # no fraction word: none
        return list(FRACTION.finditer(text)) if may_hold_fraction(text) else []

    def _first_month(self) -> int:
        starts = self._all_month_starts()  # found once: the compiled scans want them all next
        return starts[0] if starts else -1

    def _all_month_starts(self) -> list[int]:
        if self._month_starts is None:
            self._month_starts = month_starts(self.text, 0)
        return self._month_starts

    # -- bookkeeping ----------------------------------------------------------------------
    def _free(self, start: int, end: int) -> bool:
        i = _bisect_spans(self.taken, start, -1, False)
        if i < len(self.taken) and self.taken[i][0] < end:
            return False
        return not (i and self.taken[i - 1][1] > start)

    def _take(self, start: int, end: int) -> None:
        self.taken.insert(_bisect_spans(self.taken, start, end, True), (start, end))

    def _emit(self, fig: Figure) -> None:
        if fig.end > fig.start and self._free(fig.start, fig.end):
            self._take(fig.start, fig.end)
            self.out.append(fig)

    def _dollar_context(self) -> tuple[str, str]:
        """Which dollar a bare "$" means: one the article writes out ("C$", "Canadian dollars"),
        else the dollar country it mentions most, else USD."""
        if writes_other_dollar(self.text):  # most articles write none
            for row in WRITTEN_DOLLARS:
                written = row["text"]
                if written in self.text and _written_alone(written).search(self.text):
                    return row["code"], "context"
        counts = dict.fromkeys(CONTEXT_DOLLARS, 0)
        for name in dollar_places(self.text):
            counts[DOLLAR_PLACE_CODES[name]] += 1
        best = max(counts, key=lambda c: (counts[c], c == "USD"))
        if best != "USD" and counts[best] > counts["USD"]:
            return best, "context"
        return "USD", "default"

    # -- dates ------------------------------------------------------------------------------
    def _resolve_year(self, month: int, day: int | None) -> int:
        """The year of a month-day written without one. News mostly looks back: the latest
        such day on or before the article date, unless the next one is nearer and within
        about three months ("the vote, planned for April 28" in a March article)."""
        past = future = None
        for year in (self.date.year - 1, self.date.year, self.date.year + 1):
            try:
                d = dt.date(year, month, day or 1)
            except ValueError:
                continue
            if d <= self.date:
                past = d
            elif future is None:
                future = d
        if future is not None and (
            past is None
            or ((future - self.date).days <= FUTURE_DATE_DAYS and future - self.date < self.date - past)
        ):
            return future.year
        return past.year if past is not None else self.date.year

    def _date(self, start: int, end: int, month: int, day: int | None, year: int | None) -> Figure | None:
        if year is None:
            year = self._resolve_year(month, day)
        if day is None:
            return Figure(start, end, "date", date_value=f"{year:04d}-{month:02d}", precision="month")
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
        return Figure(start, end, "date", date_value=f"{year:04d}-{month:02d}-{day:02d}", precision="day")

    def scan_dates(self) -> None:
        month_at = self._first_month()
        for rx in (DATE_MDY, DATE_DMY) if month_at >= 0 else ():
            for m in self._matches(rx):
                month = MONTHS[m.group("mon").rstrip(".").lower()]
                day = int(m.group("day"))
                year = int(m.group("year")) if m.group("year") else None
                fig = self._date(m.start(), m.end(), month, day, year)
                if fig is None or not self._free(fig.start, fig.end):
                    continue
                self._emit(fig)
                if rx is DATE_DMY:  # "15 to 17 March", "11, 12 and 13 May"
                    for r in _earlier_days(self.text, m.start()):
                        earlier = self._date(r.start(), r.end("written"), month, int(r.group("day")), year)
                        if earlier is not None and self._free(earlier.start, earlier.end):
                            self._emit(earlier)
                if rx is DATE_MDY and not m.group("year"):  # "March 15 to 17", "May 11, 12, and 13"
                    for r in _later_days(self.text, m.end()):
                        later = self._date(r.start("day"), r.end("written"), month, int(r.group("day")), None)
                        if later is not None:
                            self._emit(later)
        for m in self._matches(DATE_MY) if month_at >= 0 else ():
            month = MONTHS[m.group("mon").rstrip(".").lower()]
            fig = self._date(m.start(), m.end(), month, None, int(m.group("year")))
            if fig is not None:
                self._emit(fig)
        if self.weekdays:
            for m in WEEKDAY.finditer(self.text):
                back = (self.date.weekday() - lexicon.WEEKDAYS.index(m.group("wd"))) % 7 or 7
                d = self.date - dt.timedelta(days=back)
                self._emit(
                    Figure(m.start("wd"), m.end("wd"), "date", date_value=d.isoformat(), precision="day")
                )
        for m in DECADE.finditer(self.text) if may_hold_decade(self.text) else ():
            if m.group("full"):
                decade = int(m.group("full") + m.group("dec")) * 10
            else:
                short = int(m.group("short"))
                decade = (1900 if short >= 3 else 2000) + short * 10
            self._emit(
                Figure(
                    m.start(),
                    m.end(),
                    "year",
                    value=Decimal(decade),
                    date_value=str(decade // 10),
                    precision="decade",
                )
            )

    # -- numbers ----------------------------------------------------------------------------
    def _skip_space(self, i: int) -> int:
        """SPACE's match at ``i``: where the spaces, tabs and no-break spaces there end."""
        text = self.text
        while i < len(text) and text[i] in " \t\u00a0":
            i += 1
        return i

    def _right(self, end: int) -> tuple[int, dict[str, Any]]:
        """What follows a number: scale, currency word, percent or unit."""
        info: dict[str, Any] = {}
        text = self.text
        if text[end : end + 1] == "+" and not text[end + 1 : end + 2].isdigit():
            info["plus"] = True  # "50+ people", "a $50+ billion company": at least that
            end += 1
        half = AND_A_HALF.match(text, end) if _opens_after_blanks(text, end, _A) else None
        if half is not None:
            info["half"] = True  # "four and a half months", "two and a half million"
            end = half.end()
        i = self._skip_space(end)
        m = _scale_rx().match(text, i) if _may_open_word(text, i) else None
        if m and not is_alpha(text[m.end() : m.end() + 1]):
            word = word_key(m.group())
            # a lone "m" or "b" is a scale only when glued to the number ("$5m")
            if word not in ("m", "b", "k") or i == end:
                info["scale"] = Decimal(lexicon.scale_words()[word])
                end = m.end()
                i = self._skip_space(end)
        if _may_open_word(text, i):
            m = PERCENT.match(text, i)
            if m:
                word = m.group().lower()
                info["percent"] = "pp" if "percentage" in word else ("bp" if word.startswith("b") else "%")
                return m.end(), info
            cur = self._currency_after(i)
            if cur is not None:
                info["currency"] = cur[1]
                return cur[0], info
        if text[end : end + 1] in ("C", "F") and not text[end + 1 : end + 2].isalnum():
            info["unit"] = "°" + text[end]  # "40C": a temperature
            return end + 1, info
        j = i
        if text[end : end + 1] == "-":  # "two-year", "10-year-old"
            j = end + 1
        m = UNIT_ADJECTIVE.match(text, j) if text[j : j + 1] in _UNIT_ADJECTIVE_FIRSTS else None
        if m and j == i:
            j = m.end()
        u = unit_at(text, j)
        if (
            u
            and not text[u.end() : u.end() + 1].isalnum()
            and (j > end or u.group()[0].isalpha() or u.group()[0] == "°")
            and (len(u.group()) > 1 or u.group().islower())  # "5g" of sugar, not the "5G" network
        ):
            unit_text = word_key(u.group())
            if not (unit_text == "m" and "scale" in info):
                unit = lexicon.units()[unit_text]
                stop = u.end()
                old = YEARS_OLD.match(text, stop)
                if old and unit == "year":
                    stop = old.end()
                info["unit"] = unit
                info["unit_text"] = unit_text
                return stop, info
        return end, info

    def _currency_after(self, i: int) -> tuple[int, dict[str, str]] | None:
        m = _currency_suffix_rx().match(self.text, i)
        return (m.end(), _currency_rows()[m.group()]) if m else None

    def _currency_before(self, start: int) -> tuple[int, dict[str, str]] | None:
        # A prefix currency ends one to three characters before the number (a space, and "$"
        # may match before a last newline): without one of their last characters there, the
        # search of the eight before cannot match.
        if not any(c in _PREFIX_CURRENCY_ENDS for c in self.text[max(0, start - 3) : start]):
            return None
        m = _currency_prefix_rx().search(self.text, max(0, start - 8), start)
        if m is None:
            return None
        return m.start(), _currency_rows()[m.group(1)]

    def _qualifier_before(self, start: int) -> tuple[int, str] | None:
        lookback = max(0, start - QUALIFIER_LOOKBACK)
        if not may_end_in_qualifier(self.text[lookback:start]):
            return None
        m = _qualifier_rx().search(self.text, lookback, start)
        if m is None:
            return None
        return m.start(), lexicon.qualifiers()[" ".join(word_key(m.group(1)).split())]

    def _is_identifier(self, start: int, end: int, info: dict[str, Any]) -> bool:
        """ "COVID-19", "B-17", "Boeing 737", "FTSE 100", "Round 4": a number inside a name."""
        text = self.text
        if start and (
            is_alpha(text[start - 1])
            or (
                text[start - 1] == "-"
                and start > 1
                and (is_alpha(text[start - 2]) or _lettered_before(text, start - 2))
                and not YEAR_PREFIX.search(text, max(0, start - 8), start)
            )
        ):
            return True
        if info:
            return False
        if (
            _opens_after_blanks(text, _digit_run_end(text, start), _MODEL_FIRSTS)
            and MODEL_NAME.match(text, start)
            and not YEARLIKE.fullmatch(text[start:end])
        ):
            return True  # "the 737 Max": a number inside a product's name
        if _opens_after_blanks(text, end, _STREET_FIRSTS) and STREET_AFTER.match(text, end):
            return True  # a house number
        m = NAME_BEFORE.search(text, max(0, start - 30), start)
        word = m.group(1) if m else ""
        if not m or word in IDENTIFIER_OK or word in lexicon.name_stopwords() or word.endswith(("'s", "’s")):
            return False
        if m.group(1).rstrip(".").lower() in MONTHS:
            return False
        nxt = self.text[end : end + 3]
        return not SCORE_AFTER.match(nxt)  # "Caboolture 43–5" is a score

    def _counts_people(self, start: int, end: int, digits: str) -> bool:
        """ "killed 1500 people", "over 1000 students": year-like digits that count people
        ("In 2004 people voted" is still a year)."""
        after = NEXT_LOWER_WORD.match(self.text, end)
        if after is None or after.group(1) not in COUNTED_PEOPLE or self.text[start:end] != digits:
            return False
        before = PREV_WORD.search(self.text, max(0, start - 12), start)
        return before is None or before.group(1).lower() not in YEAR_PREPOSITIONS

    def _classify(
        self,
        start: int,
        end: int,
        value: Decimal,
        info: dict[str, Any],
        ordinal: bool,
        plain_digits: str | None,
    ) -> Figure:
        scale = info.get("scale", Decimal(1))
        if "currency" in info:
            row = info["currency"]
            code, basis = row["code"], "explicit"
            if row["dollar"] == "1":
                if self._dollar is None:
                    self._dollar = self._dollar_context()
                code, basis = self._dollar
            amount = value * scale / (100 if row["minor"] == "1" else 1)
            return Figure(start, end, "money", amount, code, basis)
        if "percent" in info:
            return Figure(start, end, "percent", value * scale, info["percent"])
        if "unit" in info:
            return Figure(start, end, "quantity", value * scale, info["unit"])
        if ordinal:
            return Figure(start, end, "ordinal", value)
        if (
            plain_digits is not None
            and "scale" not in info
            and YEARLIKE.fullmatch(plain_digits)
            and not self._counts_people(start, end, plain_digits)
        ):
            return Figure(start, end, "year", value, date_value=plain_digits, precision="year")
        fig = Figure(start, end, "count", value * scale)
        fig.scale = scale
        return fig

    def _grow(
        self, start: int, end: int, value: Decimal, ordinal: bool = False, plain_digits: str | None = None
    ) -> Figure | None:
        end2, info = (end, {}) if ordinal else self._right(end)
        if info.get("half"):
            value += Decimal("0.5")
        if plain_digits is not None and self._is_identifier(start, end, info):
            return None
        if plain_digits is not None and end2 == end and is_alpha(self.text[end : end + 1]):
            return None  # "5G", "3D": a number glued to a letter that is no unit or scale
        s = start
        cur = self._currency_before(start) if not ordinal else None
        if cur is not None and "currency" not in info and "percent" not in info:
            info["currency"] = cur[1]
            s = cur[0]
        if s and self.text[s - 1] == "-" and (s < 2 or self.text[s - 2] in " (") and plain_digits is not None:
            s -= 1  # a negative number
            value = -value
        fig = self._classify(s, end2, value, info, ordinal, plain_digits)
        q = self._qualifier_before(s)
        if q is not None:
            fig.qualifier = q[1]
        elif info.get("plus"):
            fig.qualifier = "ge"
        return fig

    def _age(self, start: int, end: int, value: Decimal) -> bool:
        """ "Emily Spanton, 39, ...", "aged 17", "at the age of 68": a person's age."""
        if value != value.to_integral() or not 0 < value < 125:
            return False
        before = self.text[max(0, start - 20) : start]
        if not before.rstrip().endswith(_AGE_CONTEXT_ENDS):
            return False  # every pattern below ends so, before white space (what \s matches)
        after = self.text[end : end + 12]
        if AGE_WORD_BEFORE.search(before):
            return True
        if NAME_COMMA_BEFORE.search(before) and AGE_AFTER.match(after):
            return True  # "Emily Spanton, 39,"
        if NAME_COMMA_PAIR_BEFORE.search(before) and COMMA_AFTER.match(after):
            return True  # "Quirin and Redouane, 40 and 49,"
        # "Another brother, 22, was still chained"
        return bool(NOUN_COMMA_BEFORE.search(before)) and bool(AGE_VERB_AFTER.match(after))

    def _in_name(self, start: int, is_word: bool) -> bool:
        """A capitalised number word inside a sentence belongs to a name ("Group of Seven",
        "Third Circuit"); a number after "called"/"dialled" is a phone number ("911")."""
        before = self.text[max(0, start - 12) : start]
        if before[-1:].isspace() and before.rstrip().endswith(_PHONED_WORDS) and PHONED_BEFORE.search(before):
            return True  # (the search only where it can match: a number seldom follows them)
        if not is_word or not is_upper(self.text[start]):
            return False
        prev = before.rstrip()
        return bool(prev) and prev[-1] not in ".!?:;\"“”'‘’(\n" and not prev.endswith(("...",))

    def _after_determined_demonym(self, start: int) -> bool:
        """Whether a determiner and a nationality word come right before ``start``."""
        m = DEMONYM_BEFORE.search(self.text, max(0, start - 40), start)
        return m is not None and m.group(1) in lexicon.demonyms()

    def _unit_follows(self, end: int) -> bool:
        nxt = NEXT_LOWER_WORD.match(self.text, end)
        return nxt is not None and nxt.group(1) in lexicon.units()

    def _first_is_no_rank(self, start: int, end: int) -> bool:
        """ "first" as an adverb ("Spanton first complained", "was first elected": before a past
        form, after no determiner or possessive) or in a compound ("first responders")."""
        nxt = NEXT_LOWER_WORD.match(self.text, end)
        if nxt is None:
            return False
        word = nxt.group(1)
        if word in FIRST_COMPOUNDS:
            return True
        if not (word.endswith("ed") or word in lexicon.irregular_past()):
            return False
        prev = PREV_WORD.search(self.text, max(0, start - 30), start)
        before = prev.group(1) if prev else ""
        return before.lower() not in DETERMINERS and not before.endswith(("'s", "’s", "'", "’"))

    def scan_numbers(self) -> None:
        cores: list[tuple[int, int, Decimal, bool, str | None]] = []
        for m in self._matches(DIGIT_ORDINAL):
            digits = m.group("n") or m.group("h") or m.group("no")
            if len(digits) <= MAX_DIGITS:
                cores.append((m.start(), m.end(), Decimal(digits), True, digits))  # digits: not a word
        for w_start, w_end, words, is_ordinal in word_numbers(self.text):
            if is_ordinal:
                if words == ["first"] and self._first_is_no_rank(w_start, w_end):
                    continue
                rank = Decimal(lexicon.ordinal_words()[words[-1]])
                if len(words) == 2:
                    rank += lexicon.number_words()[words[0]]
                cores.append((w_start, w_end, rank, True, None))
                continue
            start = w_start
            worded = _word_value(words)
            if worded is None:
                continue
            value = worded
            if words[0] in CARDINAL_SCALES or words[0] == "dozen":
                pre = SCALE_WORD_BEFORE.search(self.text[max(0, start - 10) : start])
                if not pre:
                    continue  # "thousands of", bare scale words
                start -= len(pre.group())
                if pre.group(1):
                    value = value / 2
            if words == ["one"] and PRONOUN_ONE_BEFORE.search(self.text[max(0, start - 25) : start]):
                continue  # "no one", "a commercial one": a pronoun, not a count
            if words == ["one"] and self._after_determined_demonym(start) and not self._unit_follows(w_end):
                continue  # "the Chinese one", "the Australian one" ("the Finnish one year period" counts)
            if words == ["one"] and ONE_ANOTHER.match(self.text, w_end):
                continue
            if (
                words == ["one"]
                and AT_ONE_IDIOM.match(self.text, w_end)
                and AT_BEFORE.search(self.text, max(0, start - 5), start)
            ):
                continue
            cores.append((start, w_end, value, False, None))
        for m in self._matches(DIGITS):
            start, end = m.span()  # once: a match's methods are called by name
            number = self.text[start:end]
            if len(number) > MAX_DIGITS:
                continue  # no figure has this many digits (and Decimal arithmetic would overflow)
            if self.text[start - 1 : start] in ('"', "'", "=") and MARKUP_ATTRIBUTE.search(
                self.text, max(0, start - 16), start
            ):
                continue
            if self.text[end : end + 1] == "/" or self.text[start - 1 : start] == "/":
                slashed = self._slashed(start, end)
                if slashed is not None:
                    if slashed[1] > slashed[0]:
                        cores.append(
                            (slashed[0], slashed[1], slashed[2], False, self.text[slashed[0] : slashed[1]])
                        )
                    continue
            year = self._year_span_end(start, end)
            if year is not None:
                cores.append((start, end, Decimal(year), False, str(year)))
                continue
            cores.append((start, end, Decimal(number.replace(",", "")), False, number))
        for m in self._fractions():
            share = FRACTIONS[FRACTION_PARTS.split(word_key(m.group("f")))[-1]]  # "one-third", "two thirds"
            cores.append((m.start(), m.end(), Decimal(share), False, "%"))
            self._shares.add(m.start())
        cores = [c for c in cores if not self._in_name(c[0], c[4] is None)]  # raw digits are no words
        cores.sort(key=lambda c: (c[0], -c[1]))
        pending: Figure | None = None
        for start, end, value, ordinal, raw in cores:
            if not self._free(start, end):
                continue
            if raw == "%":
                fig: Figure | None = Figure(
                    start, end, "percent", value.quantize(Decimal("0.0001")).normalize(), "%"
                )
                q = self._qualifier_before(start)
                if fig is not None and q:
                    fig.qualifier = q[1]
            elif raw is None and not ordinal:
                fig = self._grow(start, end, value)
            else:
                fig = self._grow(start, end, value, ordinal, raw)
            if fig is None:
                self._take(start, end)
                continue
            if start in self._shares and fig.kind == "count" and fig.scale == 1 and fig.value is not None:
                # "a 2/3 majority": a fraction of nothing named is a share ("1/2 mile" is 0.5 mi)
                fig.kind, fig.unit = "percent", "%"
                fig.value = (fig.value * 100).quantize(Decimal("0.0001")).normalize()
            if fig.kind == "count" and self._age(fig.start, fig.end, value):
                fig.kind, fig.unit = "quantity", "year"
            if pending is not None:
                merged = self._range(pending, fig)
                if merged is not None:
                    self.out.pop()  # ``pending`` is the figure emitted last
                    del self.taken[_bisect_spans(self.taken, pending.start, pending.end, False)]
                    fig = merged
                else:
                    self._share_unit(pending, fig)
            if not self._free(fig.start, fig.end):
                continue
            self._emit(fig)
            pending = fig

    def _year_span_end(self, start: int, end: int) -> int | None:
        """The year that two digits after a year and a dash or slash stand for ("the 2008-09
        season", "2006/07", "from 1968-79"), or None; a year-month-day ("2005-04-12") is none."""
        text = self.text
        if end - start != 2 or start < 5 or text[start - 1] not in SPAN_DASHES:
            return None
        first = text[start - 5 : start - 1]
        glued = start > 5 and (text[start - 6].isalnum() or text[start - 6] in ".,")
        if glued or not YEARLIKE.fullmatch(first):
            return None
        if text[end : end + 1] in SPAN_DASHES:
            return None
        year = int(first) // 100 * 100 + int(text[start:end])
        if year <= int(first):
            year += 100
        return year if year - int(first) <= MAX_YEAR_SPAN else None

    def _slashed(self, start: int, end: int) -> tuple[int, int, Decimal] | None:
        """A number joined to another by a slash: None when each is read as usual (a span of
        years, "2006/07", "1999/2001"); else (start, end, value) of one fraction ("2/3" of the
        vote, "2 1/2 years", "2/3rds"), with end == start for no figure at all: "9/11", "24/7",
        "50/50" and dates such as "7/8/07" are names or dates, never counts."""
        text = self.text
        none = (start, start, Decimal(0))
        group = self._slash_group
        if group is not None and group[0] < start < group[1]:
            return None if group[2] else none  # a later number of the group decided before
        g_start = start
        while g_start and (text[g_start - 1].isdigit() or text[g_start - 1] == "/"):
            g_start -= 1
        m = SLASHED.match(text, g_start)
        if m is None or m.end() < end or (g_start and text[g_start - 1] in ".,"):
            return None  # the slash joins no plain digits ("1,000/3"): read as before
        parts = m.group().split("/")
        # decided once a group: "1/1/1/..." walked and matched the chain from each number
        plain = self._slashed_plain(parts, m.end())
        self._slash_group = (g_start, m.end(), plain)
        if plain:
            return None
        g_end = m.end()
        suffix = FRACTION_SUFFIX.match(text, g_end) if len(parts) == 2 else None
        if suffix is not None:
            g_end = suffix.end()
        if (g_start and is_alpha(text[g_start - 1])) or text[g_end : g_end + 1].isalnum():
            return none  # "A4/5", "24/7h": part of a name
        if len(parts) != 2 or parts[0][0] == "0" or start != g_start:
            return none  # the fraction's figure starts at its numerator
        numerator, denominator = int(parts[0]), int(parts[1])
        if not 0 < numerator < denominator <= (denominator if suffix is not None else MAX_DENOMINATOR):
            return none
        value = Decimal(numerator) / denominator
        whole = WHOLE_BEFORE.search(text, max(0, g_start - 12), g_start)
        if whole is not None:
            return (whole.start(), g_end, int(whole.group()[:-1]) + value)
        self._shares.add(g_start)
        return (g_start, g_end, value)

    def _slashed_plain(self, parts: list[str], end: int) -> bool:
        """Whether the numbers of a slash group (``parts``, ending at ``end``) are read as
        usual: a span of years ("2006/07", "1999/2001")."""
        if len(parts) != 2 or not YEARLIKE.fullmatch(parts[0]):
            return False
        later = bool(YEARLIKE.fullmatch(parts[1])) and 0 < int(parts[1]) - int(parts[0]) <= MAX_YEAR_SPAN
        return later or self._year_span_end(end - 2, end) is not None

    def _share_unit(self, a: Figure, b: Figure) -> None:
        """ "fell by 1.5 and 3 percent", "2, 3 and 5 percent", "5 and 10 million": bare numbers
        coordinated with a percentage, a unit or a scale take it too (each stays its own
        figure; a range needs "to", "-" or "between")."""
        shares_unit = b.kind in ("percent", "quantity")
        shares_scale = b.kind == "count" and b.scale > 1
        if not (shares_unit or shares_scale) or b.start in self._shares:
            return  # "one and two thirds metres": a fraction lends nothing
        later = b
        i = len(self.out) - 1  # ``a`` is the figure emitted last; walk back from it
        while i >= 0:
            fig = self.out[i]
            i -= 1
            if fig.kind != "count" or fig.scale != 1 or fig.value is None:
                break
            if not COORDINATED.fullmatch(self.text, fig.end, later.start):
                break
            if shares_unit:
                fig.kind, fig.unit = b.kind, b.unit
            else:
                fig.value, fig.scale = fig.value * b.scale, b.scale
            later = fig

    def _range(self, a: Figure, b: Figure) -> Figure | None:
        """ "three to six feet", "3-5 percent", "between 20 and 30", "from $1 million to $2 million"."""
        gap = self.text[a.end : b.start]
        # RANGE_GAP and BETWEEN_GAP hold one word or dash between white space (str.strip
        # strips what re's \s matches): most numbers in a row are further apart, and were
        # searched for "between" before them all the same
        core = gap.strip()
        if core not in _GAP_WORDS:
            return None
        between = BETWEEN_BEFORE.search(self.text, max(0, a.start - 10), a.start)
        if not RANGE_GAP.fullmatch(gap) and not (between and BETWEEN_GAP.fullmatch(gap)):
            return None
        change = CHANGE_BEFORE.search(self.text, max(0, a.start - 40), a.start)
        if change is not None and (
            # "rose from 3.8% to 4.6%": two values; "up from $150-$350" is one range
            (change.group("verb") is not None and "to" in gap.split())
            # "raising her salary by $30,000 to $347,000"; but "fell by 2 to 3 percent" is a range
            or (a.value is not None and b.value is not None and b.value > a.value * CHANGE_RATIO)
        ):
            return None
        if (
            a.kind == "money"
            and b.kind == "count"
            and a.scale == 1
            and b.scale > 1
            and a.value is not None
            and b.value is not None
            and a.value * b.scale < b.value
        ):
            # "$1-2 million": the first bound shares the second's scale, the second the currency
            low = a.value * b.scale
            return Figure(
                a.start,
                b.end,
                "range",
                low,
                a.unit,
                a.unit_basis,
                qualifier=a.qualifier,
                low=low,
                high=b.value,
            )
        if b.kind not in ("money", "percent", "quantity") and not between:
            return None
        if a.kind not in ("count", b.kind) or a.kind == "year" or b.kind == "year":
            return None
        if a.kind == b.kind and a.unit != b.unit:
            return None
        if a.value is None or b.value is None or a.value >= b.value:
            return None
        return Figure(
            a.start,
            b.end,
            "range",
            a.value,
            b.unit,
            b.unit_basis,
            qualifier=a.qualifier,
            low=a.value,
            high=b.value,
        )

    def run(self) -> list[Figure]:
        if "@" in self.text or "http" in self.text or "www." in self.text:  # the scan is costly
            for m in URLS.finditer(self.text):
                self._take(m.start(), m.end())
        for m in self._matches(EXCLUDED):
            found = m.group()
            short_digit_groups = (
                not any(is_alpha(c) or c in ":+(" for c in found) and sum(c.isdigit() for c in found) < 9
            )
            if not short_digit_groups:  # too few digits for a phone number: leave them be
                self._take(m.start(), m.end())
        self.scan_dates()
        self.scan_numbers()
        figures = [f for f in self.out if not self._in_idiom(f)]
        figures.sort(key=lambda f: (f.start, f.end))
        self._carry_change_units(figures)
        return figures

    def _in_idiom(self, f: Figure) -> bool:
        """Whether a number word stands in one of NUMBER_IDIOMS ("released one by one"): each
        idiom the word is in is compared with the text where it would stand (a
        case-insensitive pattern searched over every text cost 17% of extraction's
        instructions, searched around each number word still 1%)."""
        text = self.text
        word = text[f.start : f.end].lower()
        if not is_alpha(word[:1]):
            return False
        for idiom in NUMBER_IDIOMS:
            at = idiom.find(word)
            while at != -1:
                start, end = f.start - at, f.start - at + len(idiom)
                if (
                    (at == 0 or idiom[at - 1] == " ")
                    and start >= 0
                    and end <= len(text)
                    and text[start:end].lower().replace("-", " ") == idiom
                    and (start == 0 or not word_char_at(text, start - 1))
                    and (end == len(text) or not word_char_at(text, end))
                ):
                    return True
                at = idiom.find(word, at + 1)
        return False

    def _carry_change_units(self, figures: list[Figure]) -> None:
        """ "fell 12.26 points to 10,447.37", "fell by 6.89% (2,328.45 points) to a value of
        31,490.04": the level a change reaches is measured in the change's unit (here an
        index's points), though the text writes it bare. A score is no change ("defeated
        Wynnum 45 points to 24": counts, as the gold has them)."""
        for n, b in enumerate(figures):
            if b.kind != "count" or b.scale != 1 or n == 0:
                continue
            for a in reversed(figures[max(0, n - 2) : n]):
                if (
                    a.kind == "quantity"
                    and CHANGE_TARGET.fullmatch(self.text, a.end, b.start)
                    and CHANGE_NEAR.search(self.text, max(0, a.start - CHANGE_LOOKBACK), a.start)
                ):
                    b.kind, b.unit, b.unit_basis = a.kind, a.unit, a.unit_basis
                    break


# The columns of a figure row, in order (a table row without its ids).
FIGURE_FIELDS: Final = (
    "text",
    "start",
    "end",
    "kind",
    "value",
    "value_exact",
    "value_low",
    "value_high",
    "unit",
    "unit_basis",
    "date_value",
    "precision",
    "qualifier",
)


def figure_rows(text: str, date: dt.date, weekdays: bool = False) -> list[tuple[Any, ...]]:
    """Every figure in ``text`` as a figures-table row without ids, a tuple of FIGURE_FIELDS.
    (Tuples, not dicts: a build pickles rows between processes and hands them to Arrow, where
    tuples cost about half as much.)"""
    rows = []
    for f in FigureScanner(text, date, weekdays).run():
        value = f.value
        rows.append(
            (
                text[f.start : f.end],
                f.start,
                f.end,
                f.kind,
                _float(value),
                _exact(value),
                _float(f.low),
                _float(f.high),
                f.unit,
                f.unit_basis,
                f.date_value,
                f.precision,
                f.qualifier,
            )
        )
    return rows


def extract_figures(text: str, date: dt.date, weekdays: bool = False) -> list[dict[str, Any]]:
    """Every figure in ``text`` as a figures-table row (without ids), keyed by column."""
    return [dict(zip(FIGURE_FIELDS, row, strict=True)) for row in figure_rows(text, date, weekdays)]
