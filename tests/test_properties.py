"""Property-based tests: arbitrary text and bytes never make the reader or an extractor raise,
every span is valid and points at its own text, and the same input gives the same output."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


_KEY_WORD_PIECES = [*"aeiostdnrwhKAS İ\u212a-.,“”\n", "said", "two", "Hundred"]


@given(st.lists(st.sampled_from(_KEY_WORD_PIECES), max_size=80).map("".join))
@settings(max_examples=200, deadline=None)
def test_key_words_on_any_text(text: str) -> None:
    from newstables import lexicon

    assert lexicon.key_words(text) == _key_words_word_by_word(text)


def test_key_words_in_a_text_holding_many_vocabulary_words() -> None:
    """Past MAX_LOCATED_WORDS distinct words the scan goes word by word; same answer."""
    from newstables import lexicon

    words = sorted(lexicon.scanned_vocabulary())[: lexicon.MAX_LOCATED_WORDS + 12]
    text = " ".join(f"{w.upper() if i % 3 else w}, un{w} {w}s" for i, w in enumerate(words))
    assert lexicon.key_words(text) == _key_words_word_by_word(text)
    assert len({w for _, _, w in lexicon.key_words(text)}) > lexicon.MAX_LOCATED_WORDS


def test_the_scanned_vocabulary_holds_every_word_the_extractors_look_up() -> None:
    from newstables import figures, lexicon

    vocabulary = lexicon.scanned_vocabulary()
    assert figures._cardinals() | set(lexicon.ordinal_words()) | {"and"} <= vocabulary
    assert lexicon.indirect_cue_words() <= vocabulary
