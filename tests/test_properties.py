"""Property-based tests: arbitrary text and bytes never make the reader or an extractor raise,
every span is valid and points at its own text, and the same input gives the same output."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import module_from_file
from newstables.extract import extract_text
from newstables.figures import extract_figures
from newstables.quotes import extract_quotes
from newstables.reader import BadArticle, decode_utf8, parse_jsonl_line, parse_txt

# Characters the extractors care about, mixed with anything at all.
SPECIAL = [
    *"\"“”«»„'‘’$€£¥₽%.,;:!?-–—()[]#@/\n\r\t ",
    *["said", "told", " according to ", "million", "percent", "June", "2021", "first", "He ", "The "],
]
TEXT = st.lists(
    st.one_of(
        st.sampled_from(SPECIAL),
        st.text(min_size=1, max_size=8),
        st.integers(0, 10**12).map(str),
        st.sampled_from(["\u202e", "\u200f", "👍🏽", "e\u0301", "\x00", "\x1b", "ﬁ", "İ"]),
    ),
    max_size=60,
).map("".join)
DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_rows(text: str, rows: list[dict]) -> None:
    for r in rows:
        assert 0 <= r["start"] < r["end"] <= len(text), r
        assert text[r["start"] : r["end"]] == r["text"], r
        if r.get("speaker_start") is not None:
            assert 0 <= r["speaker_start"] < r["speaker_end"] <= len(text)
            assert text[r["speaker_start"] : r["speaker_end"]] == r["speaker_mention"]


@FAST
@given(TEXT, DATES)
def test_extraction_never_raises_and_spans_are_valid(text: str, date: dt.date) -> None:
    ext = extract_text(text, date)
    check_rows(text, ext.quotes)
    check_rows(text, ext.figures)
    again = extract_text(text, date)
    assert (again.quotes, again.figures) == (ext.quotes, ext.figures)


@FAST
@given(TEXT)
def test_quotes_alone(text: str) -> None:
    for q in extract_quotes(text):
        assert 0 <= q.start < q.end <= len(text)


@FAST
@given(TEXT, DATES)
def test_figures_alone(text: str, date: dt.date) -> None:
    rows = extract_figures(text, date, weekdays=True)
    check_rows(text, rows)
    for r in rows:
        assert r["kind"] in {"money", "percent", "count", "quantity", "ordinal", "year", "date", "range"}
        if r["value_exact"] is not None:
            assert float(r["value_exact"]) == r["value"] or abs(
                float(r["value_exact"]) - r["value"]
            ) <= 1e-9 * abs(r["value"])


@FAST
@given(st.binary(max_size=300))
def test_reader_never_raises_on_bytes(data: bytes) -> None:
    try:
        article = parse_txt("x.txt", decode_utf8(data))
    except BadArticle as exc:
        assert exc.reason in {"not_utf8", "binary", "no_header", "no_date", "bad_date", "empty_body"}
        return
    assert article.text == article.text.strip() and "\r" not in article.text


@FAST
@given(st.text(max_size=200))
def test_reader_never_raises_on_text(text: str) -> None:
    for candidate in (text, " date 2021-01-01\n\n" + text):
        with contextlib.suppress(BadArticle):
            parse_txt("x.txt", candidate)
        with contextlib.suppress(BadArticle):
            parse_jsonl_line("x.jsonl#1", candidate)


def _key_words_word_by_word(text: str) -> tuple[tuple[int, int, str], ...]:
    from newstables import lexicon

    found = ((m.start(), m.end(), m.group().lower()) for m in lexicon.WORD.finditer(text))
    return tuple(w for w in found if w[2] in lexicon.scanned_vocabulary())


@pytest.mark.parametrize(
    "text",
    [
        "Officials SAID two Hundred and Twenty-first people «claimed» it.",
        "İstanbul officials said three people left",  # "İ" lowercases to two characters
        "The \u212aelvin sign and said, then twenty K",  # the Kelvin sign lowercases to "k"
    ],
)
def test_key_words_offsets_match_a_word_by_word_scan(text: str) -> None:
    from newstables import lexicon

    assert lexicon.key_words(text) == _key_words_word_by_word(text)


_KEY_WORD_PIECES = [
    *"aeiostdnrwhKAS İ\u212a-.,“”\nÉéΣß\ud800",
    "said",
    "two",
    "Hundred",
    "THAT",
    "thät",
    "ThAt",
]


@given(st.lists(st.sampled_from(_KEY_WORD_PIECES), max_size=80).map("".join))
@settings(max_examples=200, deadline=None)
def test_key_words_on_any_text(text: str) -> None:
    from newstables import lexicon

    assert lexicon.key_words(text) == _key_words_word_by_word(text)
    if not lexicon.lowers_to_ascii(text):  # key_words runs one of these on such texts
        low = lexicon.lowered(text)  # ASCII capitals made small: text.lower() where they look
        for way in (lexicon._matched_key_words, lexicon._scanned_key_words):
            assert way(low) == _key_words_word_by_word(text), way.__name__
    for end in range(len(text) + 1):
        m = lexicon._THAT.search(text, end, end + lexicon.THAT_WINDOW + 1)
        assert lexicon.that_follows(text, end) == (m is not None and m.end() <= end + lexicon.THAT_WINDOW)


def test_key_words_in_a_text_holding_many_vocabulary_words() -> None:
    from newstables import lexicon

    words = sorted(lexicon.scanned_vocabulary())[:60]
    text = " ".join(f"{w.upper() if i % 3 else w}, un{w} {w}s" for i, w in enumerate(words))
    assert lexicon.key_words(text) == _key_words_word_by_word(text)
    assert len({w for _, _, w in lexicon.key_words(text)}) >= 60


def test_the_scan_finds_every_vocabulary_word_past_its_shape_table() -> None:
    """Each word of the vocabulary, alone and beside words of its own shape that are not in it
    ("saix" for "said"), is found by the scan that skips words of no vocabulary shape."""
    from newstables import lexicon

    words = sorted(w for w in lexicon.scanned_vocabulary() if w.isascii() and w.isalpha() and w.islower())
    text = " ".join(f"{w} {w[0]}q{w[-1]}, x{w}" for w in words)
    found = [w for _, _, w in lexicon._scanned_key_words(text)]
    assert [w for w in found if w in words] == words
    assert lexicon._scanned_key_words(text) == _key_words_word_by_word(text)


def test_the_scanned_vocabulary_holds_every_word_the_extractors_look_up() -> None:
    from newstables import figures, lexicon

    vocabulary = lexicon.scanned_vocabulary()
    assert figures._cardinals() | set(lexicon.ordinal_words()) | {"and"} <= vocabulary
    assert lexicon.indirect_cue_words() <= vocabulary
    assert (
        lexicon.cue_or_phrase_words() == lexicon.indirect_cue_words() | lexicon.reporting_phrase_first_words()
    )
    assert lexicon.cue_or_phrase_words() <= vocabulary


_THAT_PIECES = [*"tThHaA _,.\n-'’3é", "that", "That", "THAT", "that,", "thats", "xthat", "İ", "that's"]
_THAT_PIECES += [" " * 70]


@given(st.lists(st.sampled_from(_THAT_PIECES), max_size=40).map("".join), st.integers(0, 100))
@settings(max_examples=500, deadline=None)
@example("they found, in the end, xthat and thats; then that", 0)
@example("İ found " + "x" * 70 + " that", 1)
def test_that_follows_is_a_search_for_the_word(text: str, end: int) -> None:
    """that_follows finds what a search for "that" as a word (in any case) finds in the
    window, whether the text lowercases in place or not ("İ")."""
    from newstables import lexicon

    stop = end + lexicon.THAT_WINDOW
    want = any(
        m.start() >= end and m.end() <= stop for m in re.finditer(r"(?<!\w)that(?!\w)", text, re.IGNORECASE)
    )
    assert lexicon.that_follows(text, end) == want


_PHRASE_PIECES = [*" \n\t,.'’\"“”«»-é", "according", "According", "to", "To", "tom", "as", "As", "reported"]
_PHRASE_PIECES += ["quoted", "by", "in", "the", "words", "of", "quoting", "He said ", "“Yes,” ", '"No" ']
_PHRASE_PIECES += ["in the words of", "In The Words", "as reported by", "as quoted", "according to"]


@given(st.lists(st.sampled_from(_PHRASE_PIECES), max_size=40).map("".join))
@settings(max_examples=500, deadline=None)
@example('according "it is" to him')
@example("Sales rose, According To the ministry, and AS REPORTED\nby him, quoting")
@example("In the words of\tthe minister, in the end, as quoted by him")
def test_cue_offsets_hold_every_reporting_phrase_the_quote_extractor_reads(text: str) -> None:
    """Wherever the tokens the indirect pass reads (those outside quotations) hold a whole
    reporting phrase, the phrase's first word is among the cue offsets."""
    from newstables import lexicon
    from newstables.quotes import QuoteExtractor
    from newstables.segment import tokens

    toks = QuoteExtractor(text)._unquoted(tokens(text, 0, len(text)))
    low = [t.text.lower() for t in toks]
    offsets = set(lexicon.cue_word_offsets(text))
    for phrase in lexicon.reporting_phrases():
        words = phrase.split(" ")
        for j in range(len(low) - len(words) + 1):
            if low[j : j + len(words)] == words:
                assert toks[j].start in offsets, (phrase, j)


_CUE_PIECES = [
    *"aeiostKAS İ\u212aé3_-.,'’\"\n",
    *["said", "Said", "SAID", "that", "according to", " as ", "as", "In ", "ask", "U.S.", "don't"],
    *["said-so", "Mrs."],
]


@given(
    st.lists(st.sampled_from(_CUE_PIECES), max_size=60).map("".join), st.integers(0, 30), st.integers(0, 30)
)
@settings(max_examples=500, deadline=None)
@example("Officials as\u212a that it was said-so, according to Mrs. Said", 1, 5)  # "as\u212a" is "ask"
@example("İstanbul officials SAID, as reported by him", 0, 4)
def test_cue_tokens_are_the_tokens_whose_lowercase_is_a_cue_word(text: str, a: int, b: int) -> None:
    """The cue tokens found from the article's key words are those found by lowercasing every
    token, for the whole text and for any run of its tokens (a sentence, a window)."""
    from newstables import lexicon
    from newstables.quotes import QuoteExtractor
    from newstables.segment import tokens

    extractor = QuoteExtractor(text)
    toks = tokens(text, 0, len(text))
    for run in (toks, toks[a : a + b]):
        want = [
            (j, t.text.lower()) for j, t in enumerate(run) if t.text.lower() in lexicon.cue_or_phrase_words()
        ]
        assert extractor._cue_tokens(run) == want


# Pieces from which the figure scans' guards could go wrong: month names and their
# abbreviations, decades, fractions in any case (and the letters re.IGNORECASE takes for ASCII
# ones), digit ordinals, "#", "No.", digit groups and the characters around them.
_FIGURE_PIECES = [
    *"0123456789 ,.'#-–\n\u00a0aAxİı\u017f\u212a",
    *["Jan", "Jan.", "January", "Sept.", "May", "Dec", "of ", "No.", "No. ", "st", "th", "nd", "rd"],
    *["0s", "'9", "199", "20", "HALF", "half", "tHİrd", "third", "quarters", "Fifth", "a ", "one-", "two "],
    # whole matches, so each guard meets texts where its pattern matches only once
    *["May 5", "5 May", "Sept. 12, 2010", "August 2001", "1990s", "'90s", "half of", "a thİrd of"],
    *["one ﬁfth of", "21st", "#4", "No. 5", "No.7"],
]


def _seeded_strings(
    pieces: list[str], seed: int, count: int, longest: int
) -> Iterator[tuple[random.Random, str]]:
    """``count`` strings of 1 to ``longest`` pieces drawn with a seeded generator, each with
    the generator (for offsets into it): seeded rather than hypothesis strings, as a pattern's
    match can need several pieces in a row, which a few hundred examples seldom build."""
    rng = random.Random(seed)
    for _ in range(count):
        yield rng, "".join(rng.choice(pieces) for _ in range(rng.randint(1, longest)))


def _spans(rx: re.Pattern[str], text: str, pos: int = 0) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text, pos)]


def test_scale_percent_and_currency_words_open_where_may_open_word_says() -> None:
    """The guard before _right's scale, percent and currency patterns turns away no match:
    none starts with an ASCII character but a letter or "%"."""
    from newstables import figures as f

    tails = ["", "million", "m", "dollars", "percent", "per cent", "%", "bps", "pct", "x", "$", "€", "₽", " "]
    for rx in (f._scale_rx(), f.PERCENT, f._currency_suffix_rx()):
        for c in map(chr, range(128)):
            for tail in tails:
                text = c + tail
                if rx.match(text):
                    assert f._may_open_word(text, 0), (rx.pattern[:30], text)


_FRACTION_PIECES = [
    " ",
    "-",
    "a",
    "A",
    "one",
    "One",
    "two",
    "three",
    "Three",
    "half",
    "Half",
    "third",
    "thirds",
]
_FRACTION_PIECES += ["quarter", "quarters", "fifth", " of", "x", ".", "\n", "ahalf", "onethird"]


@given(st.lists(st.sampled_from(_FRACTION_PIECES), max_size=30).map("".join))
@settings(max_examples=1000, deadline=None)
def test_fraction_starts_hold_every_fraction_match(text: str) -> None:
    from newstables import figures as f

    want = [m.span() for m in f.FRACTION.finditer(text)]
    assert [m.span() for m in f.matches_from(f.FRACTION, text, f.fraction_starts(text))] == want


@given(
    st.lists(
        st.sampled_from([*_FIGURE_PIECES, "Mar", "MarMay", "JanJun", "Ma", "r", "Sept", "Oc"]), max_size=40
    ).map("".join),
    st.integers(0, 60),
)
@settings(max_examples=500, deadline=None)
def test_month_offsets_are_the_prefix_pattern_matches(text: str, start: int) -> None:
    from newstables import figures as f

    want = [m.start() for m in f._MONTH_PREFIX.finditer(text, start)]
    assert f.month_starts(text, start) == want
    first = f._MONTH_PREFIX.search(text)
    assert f.first_month(text) == (first.start() if first else -1)


@given(st.lists(st.sampled_from(_FIGURE_PIECES), max_size=40).map("".join))
@settings(max_examples=400, deadline=None)
def test_figure_scan_guards_never_turn_away_a_match(text: str) -> None:
    """A text a guard turns away holds no match of its pattern, and month-first dates never
    start before first_month(); the skipped scans cannot change the output."""
    from newstables import figures as f

    month_at = f.first_month(text)
    if month_at < 0:
        assert not _spans(f.DATE_MDY, text) and not _spans(f.DATE_DMY, text) and not _spans(f.DATE_MY, text)
    else:
        assert _spans(f.DATE_MDY, text, month_at) == _spans(f.DATE_MDY, text)
        assert _spans(f.DATE_MY, text, month_at) == _spans(f.DATE_MY, text)
    if "0s" not in text:
        assert not _spans(f.DECADE, text)
    if not f.may_hold_fraction(text):
        assert not _spans(f.FRACTION, text)
    if not f.may_hold_digit_ordinal(text):
        assert not _spans(f.DIGIT_ORDINAL, text)


_QUALIFIER_PIECES = [
    *" \n\t\u00a0\u2003\x1c.,-xAZs(",
    *["about", "ABOUT", "More", " than", "than", "more than", "up to", "almoſt", "İn excess of", "c.", "C."],
    *["nearly", "ınto", "at\nleast", "over", "overt", "shy of", "some", "Kelvın", "ﬁve", "\u212am"],
]


def test_qualifier_guard_never_turns_away_a_match() -> None:
    """A text may_end_in_qualifier() turns away holds no match of the qualifier pattern
    (seeded strings: a match needs several pieces in a row)."""
    from newstables.figures import _qualifier_rx, may_end_in_qualifier

    rng = random.Random(0)
    found = 0
    for _ in range(40_000):
        text = "".join(rng.choice(_QUALIFIER_PIECES) for _ in range(rng.randint(1, 8)))
        if _qualifier_rx().search(text) is not None:
            found += 1
            assert may_end_in_qualifier(text), text
    assert found > 1000  # the strings do hold matches


_GUARD_PIECES = [
    *" \t\n\u00a0\u2003-–,.'0123456789aA",
    *[" and a half", " and  a\thalf", "and", " a ", "half", "Max", " Pro", "Series", "Plus", "max"],
    *["Street", " Downing Street", " Avenue", "Rd.", "Ave.", "Main", "x", "ſtraight", "Consecutive", "more "],
    *[
        "full",
        "long",
        "successive",
        "additional",
        " to ",
        " or ",
        " and ",
        "-",
        "to",
        "called ",
        "dial",
        "phoned",
    ],
    *["\u0663", "²", "call", "Call "],
]


def test_guards_before_number_patterns_turn_away_no_match() -> None:
    """Where the figure scanner asks a cheap test before a pattern (_range's gap words,
    _in_name's phone words, _is_identifier's model names and streets, _right's "and a half",
    unit adjectives and blanks), the pattern never matches where the test says no (seeded
    strings: matches need several pieces in a row)."""
    from newstables import figures as f

    found = dict.fromkeys(("gap", "phoned", "model", "street", "half", "adjective"), 0)
    for _, text in _seeded_strings(_GUARD_PIECES, 1, 60_000, 7):
        if f.RANGE_GAP.fullmatch(text) or f.BETWEEN_GAP.fullmatch(text):
            found["gap"] += 1
            assert text.strip() in f._GAP_WORDS, text
        if f.PHONED_BEFORE.search(text):
            found["phoned"] += 1
            assert text[-1:].isspace() and text.rstrip().endswith(f._PHONED_WORDS), text
        if f.MODEL_NAME.match(text):
            found["model"] += 1
            digits_end = 0
            while digits_end < len(text) and text[digits_end].isdigit():
                digits_end += 1
            assert f._opens_after_blanks(text, digits_end, f._MODEL_FIRSTS), text
        if f.STREET_AFTER.match(text):
            found["street"] += 1
            assert f._opens_after_blanks(text, 0, f._STREET_FIRSTS), text
        if f.AND_A_HALF.match(text):
            found["half"] += 1
            assert f._opens_after_blanks(text, 0, f._A), text
        if f.UNIT_ADJECTIVE.match(text):
            found["adjective"] += 1
            assert text[:1] in f._UNIT_ADJECTIVE_FIRSTS, text
        scanner = f.FigureScanner(text, dt.date(2021, 1, 1))
        for i in range(len(text) + 1):
            assert scanner._skip_space(i) == f.SPACE.match(text, i).end(), (text, i)
    assert all(n > 20 for n in found.values()), found  # each pattern met matches


_RELATIVE_PIECES = [
    *" \t\n,.xA",
    "which",
    "WHICH",
    "That",
    "that",
    "who",
    "whO",
    "wıch",
    "whıch",
    "somewho",
    "the",
    "company",
    "said",
]


_BUSINESS_NOUN_PIECES = [
    *" \t\n\u00a0-_.x(",
    *["retailer", "group", "subgroup", "firm", "Firm", "giant", "company", "sub", "Sony"],
]


@pytest.mark.parametrize(
    ("module", "pattern", "test", "pieces", "window", "least"),
    [
        ("quotes", "RELATIVE_BEFORE", "_relative_before", _RELATIVE_PIECES, 30, 1000),
        ("mentions", "_DESCRIBED_BEFORE", "_business_noun_before", _BUSINESS_NOUN_PIECES, 40, 200),
    ],
)
def test_tests_before_an_offset_are_their_patterns_search(
    module: str, pattern: str, test: str, pieces: list[str], window: int, least: int
) -> None:
    """A test of the characters before an offset answers as its pattern's search through the
    ``window`` characters before it did."""
    import importlib

    mod = importlib.import_module(f"newstables.{module}")
    rx, fast = getattr(mod, pattern), getattr(mod, test)
    found = 0
    for rng, text in _seeded_strings(pieces, window, 30_000, 12):
        i = rng.randint(0, len(text))
        want = rx.search(text, max(0, i - window), i) is not None
        found += want
        assert fast(text, i) == want, (text, i)
    assert found > least  # the strings do hold matches


# DIGITS as first written: the lookbehind before the digit (slower: no character class opens it)
_DIGITS_PLAIN = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])(?!,\d{3})")


_DIGIT_PIECES = [*"0123456789,. a_\u0663\n", "1,000", ",000", "12.5", "1234", "12345", ",5", ".5"]


@given(st.lists(st.sampled_from(_DIGIT_PIECES), max_size=40).map("".join))
@settings(max_examples=400, deadline=None)
def test_digits_pattern_matches_its_plain_form(text: str) -> None:
    from newstables.figures import DIGITS

    assert _spans(DIGITS, text) == _spans(_DIGITS_PLAIN, text)


# EXCLUDED as first written: opened with a lookahead for its first character (slower: re
# tries it at every offset)
_EXCLUDED_PLAIN = re.compile(
    r"(?=[\d+(])"
    r"(?:\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"|\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)"
    r"|\b\d{3,4}\s*(?:UTC|GMT|ET|EST|EDT|PST|PDT|CET|BST|hrs)\b"
    r"|\b\d{1,2}\s*o'clock\b"
    r"|(?<![\w.])(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}(?![\d]))"
)
_EXCLUDED_PIECES = [
    *"0123456789+()-.: \n\tapmx_,\u0663\u00a0",
    *["o'clock", "a.m.", "p.m", "pm", "UTC", "EST", "hrs", "+44 ", "(020) ", "(1) ", "555-1234", "555 1234"],
    *["12:30", "1354"],
]


def test_excluded_pattern_matches_its_plain_form() -> None:
    # Seeded strings rather than hypothesis: a difference can need five pieces in a row
    # ("(", "1", ")", " ", "555-1234"), which 500 examples seldom build; 40,000 always did
    # for each of four one-character changes to the pattern tried.
    from newstables.figures import EXCLUDED

    rng = random.Random(0)
    for _ in range(40_000):
        text = "".join(rng.choice(_EXCLUDED_PIECES) for _ in range(rng.randint(1, 12)))
        assert _spans(EXCLUDED, text) == _spans(_EXCLUDED_PLAIN, text), text


def test_number_pattern_guards_turn_away_no_match() -> None:
    """The figure scanner tries EXCLUDED and DIGIT_ORDINAL's "21st" branch only at the number
    starts its guards pass: the patterns match at none of the others."""
    from newstables.figures import (
        DIGIT_ORDINAL,
        EXCLUDED,
        _may_be_excluded,
        _ordinal_suffix_at,
        number_starts,
    )

    pieces = [*_EXCLUDED_PIECES, "st", "nd", "rd", "th", "s", "1st", "22nd", "²", "\u0663rd"]
    found = excluded = 0
    for _, text in _seeded_strings(pieces, 4, 40_000, 12):
        for i in number_starts(text):
            if EXCLUDED.match(text, i):
                excluded += 1
                assert _may_be_excluded(text, i), (text, i)
            if text[i].isdigit() and DIGIT_ORDINAL.match(text, i):
                found += 1
                assert _ordinal_suffix_at(text, i), (text, i)
    assert found > 1000 and excluded > 1000, (found, excluded)


_TOKEN_PIECES = [
    *"aZ09._-'’,:;()\n\t \u00a0\u0663é_",
    *["e.g.", "U.S.", "Mr.", "Mrs", "amazon.com", "5th", "1,000", "3.5", "10:30", "O'Neil", "co-op"],
    *["CEO", "I", "A.", "said", "Obama", "x2", "café"],
]


@given(
    st.one_of(TEXT, st.lists(st.sampled_from(_TOKEN_PIECES), max_size=40).map("".join)),
    st.integers(0, 80),
    st.integers(0, 80),
)
@settings(max_examples=500, deadline=None)
def test_tokens_are_the_token_pattern_matches(text: str, start: int, end: int) -> None:
    from newstables.segment import TOKEN, _matched_tokens, _scanned_tokens, tokens

    want = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]
    for way in (tokens, _matched_tokens, _scanned_tokens):  # tokens() runs one of the others
        assert [(t.text, t.start, t.end) for t in way(text, start, end)] == want, way.__name__


_SCAN_PIECES = [
    *"aZ09._-'’,:;()\n\t \u00a0\u0663é_\x0b\x1c\x1f\x00\x7f",
    *[
        "Gov.",
        "Paris.",
        "Iraq.",
        "it.",
        "A.",
        "U.S.",
        "e.g.",
        "amazon.com",
        "x.Com",
        "Mr. ",
        "Prof. ",
        "Capt.",
    ],
    *["2009.", "2009. ", "1,000", "1,", "3.5", "10:30", "7:", "5th", "O'Neil", "co-op", "Word", "word"],
    *["US", "US.", "FIFA", "McCain.", "iPhone", "Obama's", "it’s", "rock-'n'-roll", "co-", "x'", "COVID-19"],
    *["1,000,000", "2.5.", "3:", "1,\u0663", "\u0663", "—", "“", "€", "\u2003", "\u0301", "\ud800"],
    "e\u0301",
    *["São", "José.", "É.", "²", "G20.", "Drs.", "Mrs.", "St-Jean.", "U.S.A", "p.m.", "a.b", "x.com", "W."],
]


def test_scanned_tokens_are_the_token_pattern_matches_on_seeded_strings() -> None:
    """The character scan against the pattern on strings built to hit its edges (the
    hypothesis test above seldom builds "Gov." before a space or "2009." before a letter)."""
    from newstables.segment import TOKEN, _scanned_tokens

    rng = random.Random(0)
    for _ in range(20_000):
        text = "".join(rng.choice(_SCAN_PIECES) for _ in range(rng.randint(1, 10)))
        start, end = rng.randint(0, 3), rng.randint(len(text) - 3, len(text) + 2)
        want = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]
        assert [(t.text, t.start, t.end) for t in _scanned_tokens(text, start, end)] == want, text


_END_PIECES = [*".!?…'\"”’)]“ \n\t\u00a0\u2003\x1cxA1", "...", "?!", ".”", ".'\"", "!) ", "end. Next", "…”"]


def test_sentence_ends_are_the_pattern_matches() -> None:
    from newstables.segment import _SENTENCE_END, sentence_ends

    rng = random.Random(0)
    for _ in range(20_000):
        text = "".join(rng.choice(_END_PIECES) for _ in range(rng.randint(1, 12)))
        start, end = rng.randint(0, 3), rng.randint(len(text) - 3, len(text) + 2)
        want = [m.span() for m in _SENTENCE_END.finditer(text, start, end)]
        assert sentence_ends(text, start, end) == want, text


def test_mark_offsets_are_the_pattern_matches() -> None:
    from newstables.segment import _MARK, mark_offsets

    rng = random.Random(0)
    pieces = [*"“”«»„\"'‘’‹›x \n", "\u201f", "\u2033"]
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        start, end = rng.randint(0, 3), rng.randint(len(text) - 3, len(text) + 2)
        want = [m.start() for m in _MARK.finditer(text, start, end)]
        assert mark_offsets(text, start, end) == want, text


_NUMBER_PIECES = [
    *"0123456789+()-.,: _aZé\u0663\u0660\u00b2\u2460\n\u00a0",
    *["12:30", "9 pm", "1354 UTC", "5 o'clock", "+44 20 7946 0958", "(020) 7946 0958", "555-123-4567"],
    *["1,000", "1,0000", "3.5", "x12", "_7", "é4", "\u0663\u0664", "2009."],
    *["1st", "22nd", "3rd", "4th", "th", "#", "#5", "No.", "No. 7", "xNo.5", "N"],
    *["5 May", "05 June", "31st of March, 2010", " May", " of ", "x1 May", "3\u00a0May", "xMay 5"],
    *["May 5", "Sept. 12, 2010", "August 2001", "Jan.", "Jun", "JanJun", "Decem", "March", ", 2020"],
]


def test_numbers_tried_where_they_can_start_are_the_searched_ones() -> None:
    """matches_from(rx, text, number_starts(text)) is rx.finditer(text) for the two patterns
    the compiled figure scan uses it for."""
    from newstables.figures import (
        DATE_DMY,
        DATE_MDY,
        DATE_MY,
        DIGIT_ORDINAL,
        DIGITS,
        EXCLUDED,
        FigureScanner,
        matches_from,
        number_starts,
    )

    rng = random.Random(0)
    for _ in range(20_000):
        text = "".join(rng.choice(_NUMBER_PIECES) for _ in range(rng.randint(0, 10)))
        starts = number_starts(text)
        for rx in (DIGITS, EXCLUDED):
            want = [m.span() for m in rx.finditer(text)]
            assert [m.span() for m in matches_from(rx, text, starts)] == want, (rx.pattern[:20], text)
        scanner = FigureScanner(text, dt.date(2020, 1, 1))
        for rx in (DIGITS, EXCLUDED, DIGIT_ORDINAL, DATE_DMY, DATE_MDY, DATE_MY):  # as the scanner asks
            want = [m.span() for m in rx.finditer(text)]
            assert [m.span() for m in scanner._matches(rx)] == want, (rx.pattern[:20], text)


def test_ignorecase_lookalikes_are_all_the_non_ascii_letters_re_matches_to_ascii_ones() -> None:
    from newstables.figures import IGNORECASE_LOOKALIKES

    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    found = {chr(c) for c in range(128, sys.maxunicode + 1) if ascii_letter.fullmatch(chr(c))}
    assert found == set(IGNORECASE_LOOKALIKES)
    for lookalike, letter in IGNORECASE_LOOKALIKES.items():
        assert re.fullmatch(letter, lookalike, re.IGNORECASE)


@given(st.lists(st.sampled_from(_FIGURE_PIECES), max_size=40).map("".join), DATES)
@settings(max_examples=300, deadline=None)
def test_figures_are_the_same_with_every_scan_run_on_every_text(text: str, date: dt.date) -> None:
    from unittest import mock

    f = _pure_figures()  # patched, a compiled module would still call its own functions
    guarded = f.extract_figures(text, date)
    assert guarded == extract_figures(text, date)
    with (
        mock.patch.object(f, "first_month", lambda text: 0),
        mock.patch.object(f, "may_hold_decade", lambda text: True),
        mock.patch.object(f, "may_hold_fraction", lambda text: True),
        mock.patch.object(f, "may_hold_digit_ordinal", lambda text: True),
    ):
        assert f.extract_figures(text, date) == guarded


@functools.cache
def _pure_figures() -> ModuleType:
    """A second, plain-Python copy of the figures module, whatever the installed one is."""
    import newstables

    return module_from_file("_figures_as_python", Path(newstables.__file__).parent / "figures.py")


# The date patterns as first written: a lookahead and a word boundary before the month or day
# (slower: no character class opens them). figures opens them with one; same matches.
_MONTH_PLAIN = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY_PLAIN = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR_PLAIN = r"(?P<year>1\d{3}|20\d{2})"
_DATES_PLAIN = {
    "DATE_MDY": re.compile(
        rf"(?=[ADFJMNOS])\b{_MONTH_PLAIN}\s+{_DAY_PLAIN}\b(?:,?\s+{_YEAR_PLAIN}\b)?"
        r"(?!\s*(?:%|percent|per cent))"
    ),
    "DATE_DMY": re.compile(
        rf"(?=\d)\b{_DAY_PLAIN}\s+(?:of\s+)?{_MONTH_PLAIN}(?![a-z])(?:,?\s+{_YEAR_PLAIN}\b)?"
    ),
    "DATE_MY": re.compile(rf"(?=[ADFJMNOS])\b{_MONTH_PLAIN}(?:\s+of)?,?\s+{_YEAR_PLAIN}\b"),
}
_DATE_PIECES = [
    *"0123456789 ,.-\nxé_",
    *["Jan", "Jan.", "January", "Ju", "June", "Jul", "Sept.", "Sep", "May", "Dec", "Mar", "March", "of "],
    *["May 5", "5 May", "05 June", "31st", "30 ", "32 ", "Sept. 12, 2010", "August 2001", " percent"],
]


@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=30).map("".join))
@settings(max_examples=500, deadline=None)
def test_date_patterns_match_their_plain_forms(text: str) -> None:
    from newstables import figures

    for name, plain in _DATES_PLAIN.items():
        assert _spans(getattr(figures, name), text) == _spans(plain, text), name
        for pos in (1, 3):  # a scan may start past the text's start
            assert _spans(getattr(figures, name), text, pos) == _spans(plain, text, pos), name


_PLACES = ("Canada", "Canadian", "British Columbia", "B.C.", "US", "U.S.", "United States", "Hong Kong")


@given(
    st.lists(st.sampled_from([*_PLACES, *" .,-xCBUé_\n", "Canadas", "USA", "B.C.-based"]), max_size=25).map(
        "".join
    )
)
@settings(max_examples=300, deadline=None)
def test_place_name_patterns_match_their_plain_form(text: str) -> None:
    """A whole word: no word character before or after it (after "U.S." a space, not a letter)."""
    from newstables.figures import _place_names

    initials = "".join(sorted({n[0] for n in _PLACES}))
    plain = re.compile(rf"(?=[{initials}])\b(?:{'|'.join(map(re.escape, _PLACES))})(?!\w)")
    assert _spans(_place_names(_PLACES), text) == _spans(plain, text)


def test_a_name_ending_in_a_dot_counts_before_a_space_not_inside_a_longer_one() -> None:
    from newstables.figures import CONTEXT_DOLLARS

    found = CONTEXT_DOLLARS["USD"].findall("the U.S. Senate, the U.S.S.R., a U.S.-based firm, in the U.S.")
    assert found == ["U.S.", "U.S.", "U.S."]


_ARTICLE_WORD_PIECES = [
    *"  ,;:)(.\t\n_1é\u0663",
    "Ab",
    "ab",
    "Alpha",
    "beta",
    "Économie",
    "said",
    "X",
    "A1",
    "aB",
]


@given(st.lists(st.sampled_from(_ARTICLE_WORD_PIECES), max_size=40).map("".join))
@settings(max_examples=1000, deadline=None)
def test_scanned_article_words_are_the_pattern_matches(text: str) -> None:
    from newstables.mentions import _CAPITALISED_INSIDE, _LOWER_WORD, _scanned_article_words

    want = frozenset(_LOWER_WORD.findall(text)), frozenset(_CAPITALISED_INSIDE.findall(text))
    assert _scanned_article_words(text) == want


def test_every_capitalised_word_inside_a_sentence_counts() -> None:
    """A capitalised word right after another is inside the sentence too ("Beta" once went
    uncounted: the match before it had taken up the letter its pattern looked back at)."""
    from newstables.mentions import _CAPITALISED_INSIDE, _scanned_article_words

    text = "x Alpha Beta, Gamma Delta  Eps. Zeta"
    want = {"Alpha", "Beta", "Gamma", "Delta", "Eps"}
    assert _scanned_article_words(text)[1] == want == set(_CAPITALISED_INSIDE.findall(text))


_NAME_RUN_PIECES = [
    *" \t\n,.$&'’-_1é\u0663",
    *["Bank", "of", "America", "de", "la", "dela", "Cruz", "and", "on", "On", "U.S.", "A.", "J.R.", "A.B"],
    *["Committee", "Subcommittee", "Commission", "Monday", "Mayor", "May", "US$", "CA$", "AT&T", "iPhone"],
    *["O'Neil", "Co-op", "José", "Ñandú", "Mc", "x", "X", "ofx", "al-", "Al", "&", "Sheikh", "van"],
]


def _name_run_spans(text: str) -> list[tuple[int, int]]:
    from newstables.mentions import _NAME_RUN

    return [m.span() for m in _NAME_RUN.finditer(text)]


@given(st.lists(st.sampled_from(_NAME_RUN_PIECES), max_size=30).map("".join))
@settings(max_examples=1000, deadline=None)
def test_name_runs_are_the_pattern_matches(text: str) -> None:
    from newstables.mentions import _scanned_name_runs, name_runs

    want = _name_run_spans(text)
    assert _scanned_name_runs(text) == want
    assert name_runs(text) == want


def test_scanned_name_runs_are_the_pattern_matches_on_seeded_strings() -> None:
    """Joiners and a head's "on" between words with spaces (which the hypothesis test seldom
    strings together), against the pattern."""
    from newstables.mentions import _scanned_name_runs

    pieces = [p for p in _NAME_RUN_PIECES if len(p) > 1] + [" ", " ", "  ", "\t", ",", "$"]
    rng = random.Random(1)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert _scanned_name_runs(text) == _name_run_spans(text), text


def test_name_runs_join_and_stop_where_the_pattern_does() -> None:
    from newstables.mentions import _scanned_name_runs

    text = "Bank of America and the Committee on Foreign Affairs met the Committee on Monday; "
    text += "US$ Juan de la Cruz"
    want = ["Bank of America", "Committee on Foreign Affairs", "Committee", "Monday", "Juan", "Cruz"]
    assert [text[a:b] for a, b in _name_run_spans(text)] == want
    assert [text[a:b] for a, b in _scanned_name_runs(text)] == want


def _unit_pieces() -> list[str]:
    from newstables import lexicon

    units = list(lexicon.units())
    return [*units, *(u.upper() for u in units), *"Kkſıµ° 0.,-\u212a", "per", "squares"]


@given(st.lists(st.sampled_from(_unit_pieces()), max_size=6).map("".join))
@settings(max_examples=500, deadline=None)
def test_unit_at_is_the_unit_pattern_match(text: str) -> None:
    """The units tried by their first character match where the whole alternation does."""
    from newstables.figures import _unit_rx, unit_at

    for i in range(len(text) + 1):
        got, want = unit_at(text, i), _unit_rx().match(text, i)
        assert (got and got.span()) == (want and want.span()), (text, i)


def _dollar_place_pieces() -> list[str]:
    from newstables import lexicon

    names = [n for names in lexicon.dollar_places().values() for n in names]
    return [*names, *(n.split()[-1] for n in names if " " in n), *" .,-xé_\n", "Americans", "U.S.-based"]


@given(st.lists(st.sampled_from(_dollar_place_pieces()), max_size=25).map("".join))
@settings(max_examples=500, deadline=None)
def test_one_pass_over_dollar_places_counts_as_a_pass_per_currency(text: str) -> None:
    """ANY_DOLLAR_PLACE's matches, by code, are what each code's own pattern finds."""
    from newstables.figures import ANY_DOLLAR_PLACE, CONTEXT_DOLLARS, DOLLAR_PLACE_CODES

    one_pass = dict.fromkeys(CONTEXT_DOLLARS, 0)
    for name in ANY_DOLLAR_PLACE.findall(text):
        one_pass[DOLLAR_PLACE_CODES[name]] += 1
    assert one_pass == {code: len(rx.findall(text)) for code, rx in CONTEXT_DOLLARS.items()}


@given(st.lists(st.sampled_from([*_dollar_place_pieces(), *"ıſ\u212a2Ω"]), max_size=25).map("".join))
@settings(max_examples=1000, deadline=None)
@example("Australian and Australia, the U.S.-based U.S.S.R. in the U.S. xCanada Canada_ New Zealander")
def test_dollar_places_are_the_pattern_matches(text: str) -> None:
    from newstables.figures import ANY_DOLLAR_PLACE, dollar_places

    assert dollar_places(text) == ANY_DOLLAR_PLACE.findall(text)


@given(st.lists(st.sampled_from([*"\n \t\r\x0b\u2028\u00a0x.", "ab", "\n\n"]), max_size=30).map("".join))
@settings(max_examples=500, deadline=None)
@example(" \n\nx \n \t\n y\n")
def test_paragraphs_are_the_pattern_matches_that_hold_more_than_white_space(text: str) -> None:
    from newstables.segment import _PARAGRAPH, paragraphs

    assert paragraphs(text) == tuple(m.span() for m in _PARAGRAPH.finditer(text) if m.group().strip())


@given(st.lists(st.integers(-3, 40)).map(sorted), st.integers(-5, 45), st.integers(0, 12))
@settings(max_examples=1000, deadline=None)
def test_bisections_are_the_bisect_modules(a: list[int], x: int, lo: int) -> None:
    import bisect

    from newstables.segment import bisect_left, bisect_right

    lo = min(lo, len(a))
    assert bisect_left(a, x, lo) == bisect.bisect_left(a, x, lo)
    assert bisect_right(a, x, lo) == bisect.bisect_right(a, x, lo)


@given(
    st.lists(st.tuples(st.integers(-1, 12), st.integers(-1, 12))).map(sorted),
    st.integers(-2, 13),
    st.integers(-2, 13),
)
@settings(max_examples=1000, deadline=None)
def test_span_bisections_are_the_bisect_modules(spans: list[tuple[int, int]], start: int, end: int) -> None:
    import bisect

    from newstables.figures import _bisect_spans

    assert _bisect_spans(spans, start, end, False) == bisect.bisect_left(spans, (start, end))
    assert _bisect_spans(spans, start, end, True) == bisect.bisect_right(spans, (start, end))


@given(st.one_of(st.text(max_size=6), st.text(alphabet="aZ1 _-'.éÉßǅİ\u0345\u02b0ⅰⅠ", max_size=6)))
@settings(max_examples=2000, deadline=None)
@example("")
@example("ǅ")  # title case: cased, neither lower nor upper
@example("a\u02b0")  # a modifier letter: lowercase by Unicode's Other_Lowercase
def test_letter_tests_are_the_str_methods(s: str) -> None:
    from newstables.segment import is_alpha, is_lower, is_upper

    assert (is_alpha(s), is_lower(s), is_upper(s)) == (s.isalpha(), s.islower(), s.isupper())


def test_alpha_or_dot_is_isalpha_or_a_period() -> None:
    from newstables.segment import _alpha_or_dot

    for code in [*range(0x3000), 0x1D400, 0x10FFFF]:
        c = chr(code)
        assert _alpha_or_dot(c, 0) == (c.isalpha() or c == "."), hex(code)


@given(st.text(alphabet=" \t\n\u00a0\u2003ab.", max_size=12), st.integers(0, 13), st.integers(0, 13))
@settings(max_examples=2000, deadline=None)
def test_last_word_is_the_splits(text: str, start: int, end: int) -> None:
    from newstables.segment import last_word

    start, end = min(start, len(text)), min(end, len(text))
    assert last_word(text, start, end) == (text[start:end].split() or [""])[-1]


@given(st.one_of(st.text(max_size=8), st.text(alphabet="aZ1 _-'.éÉİ\u212a", max_size=8)))
@settings(max_examples=1000, deadline=None)
def test_lower_word_is_str_lower(s: str) -> None:
    from newstables.segment import lower_word

    assert lower_word(s) == s.lower()


def _written_dollar_pieces() -> list[str]:
    from newstables.figures import WRITTEN_DOLLARS

    forms = [row["text"] for row in WRITTEN_DOLLARS]
    return [*forms, *(f[:-1] for f in forms), *(f[1:] for f in forms), *" $xCANZdollars", "US$", "dollar"]


@given(st.lists(st.sampled_from(_written_dollar_pieces()), max_size=12).map("".join))
@settings(max_examples=1000, deadline=None)
@example("Canadian dollar, C $5, US$3, New Zealand dollars")
@example("$5 and 3 dollars")
def test_writes_other_dollar_is_the_pattern_search(text: str) -> None:
    from newstables.figures import ANY_WRITTEN_DOLLAR, writes_other_dollar

    assert writes_other_dollar(text) == (ANY_WRITTEN_DOLLAR.search(text) is not None)


def test_every_written_dollar_ends_as_writes_other_dollar_looks_for() -> None:
    from newstables.figures import _WRITTEN_DOLLARS_BY_END, WRITTEN_DOLLARS

    assert sorted(f for _, forms in _WRITTEN_DOLLARS_BY_END for f in forms) == sorted(
        row["text"] for row in WRITTEN_DOLLARS
    )


_SPACES = [chr(c) for c in range(0x3001) if chr(c).isspace()]  # str.isspace's own list


_WORDS_AND_SPACES = st.lists(st.sampled_from([*_SPACES, "a", "é", "\u200b", "\x00", "word"])).map("".join)


@given(st.one_of(TEXT, _WORDS_AND_SPACES))
@settings(max_examples=500, deadline=None)
def test_word_count_is_the_number_of_split_words(text: str) -> None:
    from newstables.segment import _scanned_word_count, word_count

    assert _scanned_word_count(text) == word_count(text) == len(text.split())


def test_scanned_word_count_knows_every_white_space_character() -> None:
    """Each character alone, between two words and doubled: what str.isspace says, it says."""
    from newstables.segment import _scanned_word_count

    for c in range(0x110000):
        if 0xD800 <= c < 0xE000:
            continue
        text = f"{chr(c)}a{chr(c)}{chr(c)}b{chr(c)}"
        assert _scanned_word_count(text) == len(text.split()), hex(c)


_NAME_WORD_PIECES = [
    *"aAzZé'’-_ .É",
    "al-",
    "d'",
    "o’",
    "ibn-",
    "abu'",
    "Van",
    "van-",
    "x-",
    "ash-",
    "bin",
    "le",
]


def test_is_capitalised_is_its_pattern_test_on_seeded_words() -> None:
    """The mark test before the particle pattern only skips words the pattern cannot match."""
    from newstables.mentions import NAME_PARTICLE, is_capitalised

    rng = random.Random(0)
    for _ in range(30_000):
        word = "".join(rng.choice(_NAME_WORD_PIECES) for _ in range(rng.randint(0, 5)))
        assert is_capitalised(word) == (word[:1].isupper() or bool(NAME_PARTICLE.match(word))), word


_AGE_PIECES = [
    *"aA ,\t\n\u00a0\u2003x9",
    "age",
    "aged",
    "ages",
    "of",
    "and",
    "Smith",
    "brother",
    " 40 ",
    "age of",
]


def test_an_age_context_ends_as_the_precheck_says() -> None:
    """Wherever one of the patterns before an age matches, the text before the number ends
    (white space aside) as _AGE_CONTEXT_ENDS says: the precheck never hides a match."""
    from newstables import figures

    patterns = (
        figures.AGE_WORD_BEFORE,
        figures.NAME_COMMA_BEFORE,
        figures.NAME_COMMA_PAIR_BEFORE,
        figures.NOUN_COMMA_BEFORE,
    )
    rng = random.Random(0)
    matched = 0
    for _ in range(30_000):
        before = "".join(rng.choice(_AGE_PIECES) for _ in range(rng.randint(0, 8)))[-20:]
        if any(p.search(before) for p in patterns):
            matched += 1
            assert before.rstrip().endswith(figures._AGE_CONTEXT_ENDS), before
    assert matched > 1_000  # the pieces do build matches


def test_a_prefix_currency_match_ends_where_the_precheck_looks() -> None:
    """The currency before a number is what the pattern's search finds, with the precheck of
    the three characters before it (a space, and a newline where "$" matches before it)."""
    import datetime as dt

    from newstables import figures, lexicon

    pieces = [r["text"] for r in lexicon.currencies() if r["position"] != "suffix"]
    pieces += [*" \u00a0\nxa5.(", "was", "Rs", "US"]
    rng = random.Random(0)
    matched = 0
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        start = len(text)
        m = figures._currency_prefix_rx().search(text, max(0, start - 8), start)
        found = figures.FigureScanner(text + "5", dt.date(2020, 1, 1))._currency_before(start)
        assert (found and found[0]) == (m and m.start()), text
        matched += m is not None
    assert matched > 1_000


@given(
    st.text(alphabet=" oftheOF,é", max_size=30),
    st.integers(-3, 33),
    st.sampled_from([" of the ", "of", "", "é "]),
)
def test_holds_at_is_startswith_at_an_offset(text: str, i: int, part: str) -> None:
    from newstables.segment import holds_at

    assert holds_at(text, i, part) == (i >= 0 and text.startswith(part, i) and i + len(part) <= len(text))


@given(
    st.text(alphabet="AB _.-aé1", max_size=30),
    st.sampled_from(["A", "AB", "A A", "A B", "B_A", "é", "A.B"]),
)
def test_whole_word_occurrences_count_as_a_pattern_would(text: str, phrase: str) -> None:
    """The resolver counts a name's whole-word occurrences with str.find; a pattern with word
    boundaries is the definition."""
    from newstables.mentions import _occurrences

    assert _occurrences(text, phrase) == len(re.findall(rf"(?<!\w){re.escape(phrase)}(?!\w)", text))
