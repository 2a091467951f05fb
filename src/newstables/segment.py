"""Split an article into paragraphs, quoted spans, sentences and word tokens.

Everything here runs in one left-to-right pass per paragraph with no backtracking, so a 5 MB
paragraph or 100,000 quote marks cost linear time.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Final

from mypy_extensions import i64, mypyc_attr

from newstables import lexicon

# Opening mark -> the marks that close it. A straight quote is opening or closing by context.
OPENERS: Final = {"“": '”"', "«": "»", "„": "“”", '"': '"”'}
ABBREVIATIONS: Final = lexicon.word_class("abbreviations")
_PARAGRAPH: Final = re.compile(r"[^\n]+")
_MARK: Final = re.compile('[“”«»„"]')
MARKS: Final = '"“”«»„'  # what _MARK matches, the commonest first
SENTENCE_END_MARKS: Final = ".?!…"
_SENTENCE_END: Final = re.compile(r"[.!?…]+['\"”’)\]]*(?=\s+|$)")
# Titles written with a period, which TOKEN keeps on them ("Mr.", "Gov."), in its order
TITLE_ABBREVIATIONS: Final = (
    *("Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt"),
    *("St", "Jr", "Sr", "Rev", "Fr", "Adm", "Maj", "Cpl"),
)
_TITLE_ABBREVIATION_SET: Final = frozenset(TITLE_ABBREVIATIONS)
TOKEN: Final = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., D.C.
    # titles; the lookahead (a capital, up to three small letters and a period) turns away
    # almost every word before re tries the 21 titles one by one
    rf"|(?=[ACDFGJLMPRS][a-z]{{0,3}}\.)(?:{'|'.join(TITLE_ABBREVIATIONS)})\.(?=\s)"
    r"|\d+(?:[.,:]\d+)*"
    # a word, with its period when it ends in a capital (initials: "T."). Written as one
    # branch: as two ("word." if it ends in a capital, else "word") every word backtracked
    # letter by letter through the first; this one does no backtracking and is 1.7x faster.
    # A domain name is one word: "Secunia.com has said", "Amazon.com reported".
    r"|\w+(?:[-'’]\w+)*(?:\.(?:com|org|net|gov|edu)\b|(?<=[A-Z])\.)?"
    r"|\S"
)


# Quote, Sentence and Token are plain slotted classes, not (frozen) dataclasses or tuples:
# mypyc makes them native classes, built by a direct C call with their fields in a C struct. A
# frozen dataclass's __init__ stays interpreted and sets each field through
# object.__setattr__: 310-420 ns an instance, 60 ns now. Nothing changes them once made.
# They hold only strings, integers and booleans, so they can be in no reference cycle:
# ``acyclic`` keeps them out of the garbage collector (not tracked, never traversed, and not
# counted towards its next collection). An article makes ~370 tokens: extraction ran 2.1%
# fewer instructions (callgrind, 4,507k -> 4,411k an article). (The dataclasses that hold
# mentions, quotes and figures gained nothing measurable: there are a few dozen an article.)


@mypyc_attr(acyclic=True)
class Quote:
    """A span between quote marks: ``start``/``end`` bound the content, marks excluded.
    ``closed`` is False when the closing mark was missing and the span was cut at a sentence
    end."""

    __slots__ = ("closed", "end", "paragraph", "start")

    def __init__(self, start: int, end: int, closed: bool, paragraph: int) -> None:
        self.start = start
        self.end = end
        self.closed = closed
        self.paragraph = paragraph

    def __repr__(self) -> str:
        return f"Quote({self.start}, {self.end}, closed={self.closed}, paragraph={self.paragraph})"


@mypyc_attr(acyclic=True)
class Sentence:
    __slots__ = ("end", "paragraph", "start")

    def __init__(self, start: int, end: int, paragraph: int) -> None:
        self.start = start
        self.end = end
        self.paragraph = paragraph

    def __repr__(self) -> str:
        return f"Sentence({self.start}, {self.end}, paragraph={self.paragraph})"


@mypyc_attr(acyclic=True)
class Token:
    """A word or mark of the text and its offsets.

    A plain class rather than a NamedTuple: compiled by mypyc it is a native class, made by a
    direct C call (a NamedTuple went through ``tuple.__new__``) with its fields read from the C
    struct, the offsets as machine integers. Over all of an article's ~370 tokens that made
    tokenising 1.3x faster, reading three fields of every token 3x faster, and the whole
    compiled extraction ~3.5% faster (as plain Python ~1%: slots are read faster than a
    NamedTuple's properties).
    """

    __slots__ = ("end", "start", "text")

    def __init__(self, text: str, start: i64, end: i64) -> None:
        self.text = text
        self.start = start
        self.end = end

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


@lru_cache(maxsize=4)
def paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Non-empty lines; a sentence never crosses a line break in the raw format. Made once
    per article (quote marks, sentences and the quote rules all need them). The spans of
    _PARAGRAPH's matches that hold more than white space, found by ``str.find`` (its
    ``finditer``, a match object and a string each, was ~1% of an extraction)."""
    out = []
    n = len(text)
    start = 0
    while start < n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        if end > start and not (text[start].isspace() and text[start:end].isspace()):
            out.append((start, end))
        start = end + 1
    return tuple(out)


def _looks_opening(text: str, i: int, start: int) -> bool:
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in "([{—–-:;,/") and not nxt.isspace()


def _first_sentence_end(text: str, start: int, end: int) -> int:
    """Where an unclosed quote is cut: its first sentence end, else the paragraph end."""
    for m in _SENTENCE_END.finditer(text, start, end):
        nxt = _next_visible(text, m.end(), end)
        if not nxt or nxt.isupper() or nxt in OPENERS:
            return m.end()
    return end


def _next_visible(text: str, i: int, end: int) -> str:
    """The first non-space character at or after ``i`` (empty at ``end``), without copying."""
    while i < end and text[i].isspace():
        i += 1
    return text[i] if i < end else ""


def mark_offsets(text: str, start: int, end: int) -> list[int]:
    """Where _MARK matches in ``text[start:end]``: the quote marks, found by ``str.find`` one
    mark at a time (the curly marks return at once from an ASCII text), where a scan,
    compiled or as a pattern, looked at every character (compiled 4.7 us an article for the
    scan, 10.8 for the pattern)."""
    return char_offsets(text, MARKS, start, end)


# str.isalpha, islower and isupper: compiled, each is a generic method call (~400 instructions;
# mypyc compiles only isspace, isalnum and isdigit to C), asked of a word dozens of times an
# article. These read an ASCII word in place and ask the method only of others; as plain
# Python the method is the faster, so it runs there.


def is_alpha(s: str) -> bool:
    """``s.isalpha()``."""
    if not lexicon.COMPILED:
        return s.isalpha()
    n: i64 = len(s)
    i: i64 = 0
    while i < n:
        c: i64 = ord(s[i])
        if c >= 128:
            return s.isalpha()
        if not _ascii_letter(c):
            return False
        i += 1
    return n > 0


def is_lower(s: str) -> bool:
    """``s.islower()``: a cased character, and no capital."""
    return _one_case(s, True) if lexicon.COMPILED else s.islower()


def is_upper(s: str) -> bool:
    """``s.isupper()``: a cased character, and no small letter."""
    return _one_case(s, False) if lexicon.COMPILED else s.isupper()


def _one_case(s: str, lower: bool) -> bool:
    wanted: i64 = 97 if lower else 65  # "a" or "A": the case asked for, then the other
    other: i64 = 65 if lower else 97
    n: i64 = len(s)
    i: i64 = 0
    cased = False
    while i < n:
        c: i64 = ord(s[i])
        if c >= 128:
            return s.islower() if lower else s.isupper()
        if other <= c <= other + 25:
            return False
        if wanted <= c <= wanted + 25:
            cased = True
        i += 1
    return cased


def bisect_left(a: list[int], x: int, lo: i64 = 0) -> i64:
    """``bisect.bisect_left(a, x, lo)``. Compiled, a call into the bisect module is a generic
    Python call (~900 instructions with its arguments parsed), this loop ~100 on an article's
    offsets; as plain Python the module's is the faster, so it runs there."""
    if not lexicon.COMPILED:
        return bisect.bisect_left(a, x, lo)
    hi: i64 = len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a: list[int], x: int, lo: i64 = 0) -> i64:
    """``bisect.bisect_right(a, x, lo)``, as ``bisect_left``."""
    if not lexicon.COMPILED:
        return bisect.bisect_right(a, x, lo)
    hi: i64 = len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def char_offsets(text: str, chars: str, start: int, end: int) -> list[int]:
    """Where any of ``chars`` stands in ``text[start:end]``, in order: ``str.find`` for each
    character in turn (C skips to the next; a character wider than any of the text's returns
    at once), sorted when more than one was found."""
    start, end = max(start, 0), max(end, 0)  # str.find reads a negative offset from the end
    out: list[int] = []
    kinds = 0
    for char in chars:
        i = text.find(char, start, end)
        if i >= 0:
            kinds += 1
        while i >= 0:
            out.append(i)
            i = text.find(char, i + 1, end)
    if kinds > 1:
        out.sort()
    return out


def find_quotes(text: str) -> list[Quote]:
    """Pair quote marks paragraph by paragraph; recover from marks that never close.

    A paragraph that ends inside a quote continues it when the next paragraph opens with a
    mark (the newspaper convention for multi-paragraph quotes); otherwise the quote is cut at
    its first sentence end and extraction goes on.
    """
    quotes: list[Quote] = []
    paras = paragraphs(text)
    marks = mark_offsets(text, 0, len(text))  # once a text, not once a paragraph
    m = 0
    for p_index, (p_start, p_end) in enumerate(paras):
        open_at, closers = -1, ""
        while m < len(marks) and marks[m] < p_start:
            m += 1
        first = m
        while m < len(marks) and marks[m] < p_end:
            m += 1
        for i in marks[first:m]:
            ch = text[i]
            if open_at < 0:
                if ch in OPENERS and (ch != '"' or _looks_opening(text, i, p_start)):
                    open_at, closers = i, OPENERS[ch]
            elif ch in closers:
                if i > open_at + 1:
                    quotes.append(Quote(open_at + 1, i, True, p_index))
                open_at = -1
            elif ch in OPENERS and ch != '"' and _looks_opening(text, i, p_start):
                # A new opening mark while one is open: the first one never closed.
                cut = _rstrip(text, open_at + 1, _first_sentence_end(text, open_at + 1, i))
                quotes.append(Quote(open_at + 1, cut, False, p_index))
                open_at, closers = i, OPENERS[ch]
        if open_at >= 0:
            nxt = paras[p_index + 1] if p_index + 1 < len(paras) else None
            continues = nxt is not None and text[nxt[0]] in OPENERS
            cut = p_end if continues else _first_sentence_end(text, open_at + 1, p_end)
            end = _rstrip(text, open_at + 1, cut)
            if end > open_at + 1:
                quotes.append(Quote(open_at + 1, end, continues, p_index))
    return quotes


def lower_word(s: str) -> str:
    """``s.lower()``; compiled, ``s`` itself where it holds no ASCII capital and nothing beyond
    ASCII (most words the extractors lowercase), which ``str.lower`` would copy."""
    if not lexicon.COMPILED:
        return s.lower()
    n: i64 = len(s)
    i: i64 = 0
    while i < n:
        c: i64 = ord(s[i])
        if c >= 128 or 65 <= c <= 90:
            return s.lower()
        i += 1
    return s


def holds_at(text: str, i: int, part: str) -> bool:
    """``text.startswith(part, i)`` for ``i >= 0``, character by character: compiled, the
    method with a start is a call by name (~600 instructions)."""
    if i < 0 or i + len(part) > len(text):
        return False
    return all(text[i + k] == part[k] for k in range(len(part)))


def last_word(text: str, start: i64, end: i64) -> str:
    """``(text[start:end].split() or [""])[-1]``, without splitting the whole slice: the last
    run of characters that are not white space, "" if none."""
    e = _rstrip(text, start, end)
    s = e
    while s > start and not text[s - 1].isspace():
        s -= 1
    return text[s:e]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


TERMINAL_ABBREVIATIONS: Final = frozenset({"a.m", "p.m", "etc", "inc", "ltd", "co", "corp", "jr", "sr"})


def _ends_sentence(text: str, dot: i64, p_start: i64) -> bool:
    return text[_dotted_word_start(text, dot, p_start) : dot].lower() in TERMINAL_ABBREVIATIONS


def _dotted_word_start(text: str, dot: i64, p_start: i64) -> i64:
    """Where the letters and periods before the period at ``dot`` start ("U.S" of "U.S.",
    "etc" of "etc."), not before ``p_start``."""
    j = dot
    while j > p_start and _alpha_or_dot(text, j - 1):
        j -= 1
    return j


def _is_abbreviation(text: str, dot: i64, p_start: i64) -> bool:
    j = _dotted_word_start(text, dot, p_start)
    word = text[j:dot].lower()
    if word in ABBREVIATIONS:
        return True
    if "." in word and all(len(part) == 1 for part in word.split(".")):
        return True  # a dotted acronym: "B.C. Coroners Service", "U.N. officials"
    return len(word) == 1 and is_upper(text[j])  # an initial: "Thomas T. Cullen"


def _alpha_or_dot(text: str, i: i64) -> bool:
    """``text[i].isalpha() or text[i] == "."``: compiled, an ASCII character is asked by its
    code (``str.isalpha`` is a generic method call there)."""
    c: i64 = ord(text[i])
    if c < 128:
        return _ascii_letter(c) or c == 46
    return text[i].isalpha()


def sentence_ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of _SENTENCE_END's matches in ``text[start:end]``, from the end marks
    ``str.find`` finds (C skips to each; a scan of every character, compiled, took 5.7 us an
    article and the pattern's search 20.7).

    A match can only begin a run of end marks, and it holds the whole run and the closing
    marks after it: where white space or the end does not follow those, no shorter match does
    either (its next character would be an end or closing mark), nor one starting inside."""
    start, end = max(start, 0), min(end, len(text))
    if end <= start:
        return []
    out = []
    after = start  # where the last run of marks ended
    for i in char_offsets(text, SENTENCE_END_MARKS, start, end):
        if i < after:
            continue  # inside that run
        j = i + 1
        while j < end:
            c = ord(text[j])
            if not (c == 46 or c == 33 or c == 63 or c == 0x2026):  # . ! ? …
                break
            j += 1
        while j < end:
            c = ord(text[j])  # ' " ” ’ ) ]
            if not (c == 39 or c == 34 or c == 0x201D or c == 0x2019 or c == 41 or c == 93):
                break
            j += 1
        if j == end or text[j].isspace():
            out.append((i, j))
        after = j
    return out


def sentences(text: str, quotes: list[Quote]) -> list[Sentence]:
    """Sentence spans. A sentence end inside a quote does not end the sentence around it,
    unless the quote itself ends there and a new sentence visibly begins after the mark."""
    inside = [(q.start, q.end) for q in quotes]
    out: list[Sentence] = []
    qi = 0
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        s_start = p_start
        for start, end in sentence_ends(text, p_start, p_end):
            while qi < len(inside) and inside[qi][1] < start:
                qi += 1
            if qi < len(inside) and inside[qi][0] <= start and end < inside[qi][1]:
                continue  # a sentence end inside a quote, not at its end
            # an abbreviation's period ends no sentence, but "at 7:45 p.m. "No troops..." does
            abbreviation = end - start == 1 and text[start] == "." and _is_abbreviation(text, start, p_start)
            if abbreviation and not (
                _ends_sentence(text, start, p_start) and _next_visible(text, end, p_end) in OPENERS
            ):
                continue
            nxt = _next_visible(text, end, p_end)
            if nxt and not (is_upper(nxt) or nxt.isdigit() or nxt in OPENERS):
                continue
            out.append(Sentence(s_start, end, p_index))
            s_start = end
            while s_start < p_end and text[s_start].isspace():
                s_start += 1
        if s_start < p_end:
            out.append(Sentence(s_start, p_end, p_index))
    return out


# A token with the white space before it. Only white space lies between tokens (TOKEN ends in
# \S), so offsets follow from the lengths; findall makes no match object per token, which
# finditer with .group/.start/.end did: tokenising is ~1.4x faster.
# Tried first, two fast paths: an ASCII word or digit run that nothing can continue (no word
# character, joiner or period follows) is exactly what TOKEN's branches would match, found
# without trying them one by one (and without Unicode category tests): the pattern runs 1.4x
# faster. Anything else falls through to TOKEN.
_PLAIN: Final = r"[A-Za-z][a-z]*(?![\w'’.-])|[0-9]+(?![\d.,:])"
# The white space is taken possessively and may run to the end (an empty token, skipped):
# else a paragraph ending in a long run of spaces would be rescanned from each of them.
_SPACED_TOKEN: Final = re.compile(rf"(\s*+)({_PLAIN}|{TOKEN.pattern}|\Z)")


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The matches of TOKEN in ``text[start:end]``, with their offsets."""
    return _scanned_tokens(text, start, end) if lexicon.COMPILED else _matched_tokens(text, start, end)


def _matched_tokens(text: str, start: int, end: int) -> list[Token]:
    out = []
    at = start
    for space, word in _SPACED_TOKEN.findall(text, start, end):
        first = at + len(space)
        at = first + len(word)
        if word:
            out.append(Token(word, first, at))
    return out


def _scanned_tokens(text: str, start: i64, end: i64) -> list[Token]:
    r"""The same tokens, found character by character where TOKEN's answer is certain and by
    _SPACED_TOKEN elsewhere. Compiled, ``ord(text[i])`` is read straight from the string: 1.44x
    as fast as the pattern (149 vs 215 ns a token; as plain Python 1.66x slower, so only the
    compiled module uses it). A token the pattern finds costs ~40 scanned ones: when only
    lowercase ASCII words, digit runs and ASCII marks were scanned, the 4% of tokens left to
    it (acronyms, possessives, "U.S.", "1,000", "—", "José") took a quarter of tokenising; now
    0.2% are.

    What settles it: two or more letters each with a period ("U.S.", "p.m.": TOKEN's first
    branch, which takes them all). Word characters (``\w``: ``str.isalnum`` or "_") from a
    letter on (TOKEN's word branch, whose ``\w+`` takes them all), with a joiner ("-", "'",
    "’") and word characters after it as often as they come; then anything but a period, or
    a period with no letter after it ("amazon.com", "e.g." go to the pattern), after no
    capital (TOKEN takes a capital's period: "T.", "US.") nor one of the titles it keeps one
    on ("Gov."; those go to the pattern): the word ends before the period. A digit run (the
    third branch), with ".", "," or ":" and digits after it as often as they come, where no
    character beyond ASCII follows, which could be a digit. A mark that is no word character
    nor white space is one token (``\S``). White space is skipped (``\s`` is
    ``str.isspace``). Everything else goes to the pattern.
    """
    out: list[Token] = []
    end = min(end, len(text))
    i: i64 = max(start, 0)
    while i < end:
        c: i64 = ord(text[i])
        if c == 32 or 9 <= c <= 13 or 28 <= c <= 31:  # what \s matches in ASCII
            i += 1
            continue
        j: i64 = i + 1  # the end of a certain token, or -1: ask the pattern
        if c >= 128:
            ch = text[i]
            if ch.isspace():
                i += 1
                continue
            # a letter beyond ASCII opens a word; a digit (\d is any decimal) goes to the pattern
            word = ch.isalnum() and not ch.isdecimal()
            if ch.isdecimal():
                j = -1
        else:
            word = 97 <= c <= 122 or 65 <= c <= 90
        if word:
            if j + 2 < end and ord(text[j]) == 46 and _ascii_letter(c) and _ascii_letter(ord(text[j + 1])):
                k: i64 = j + 1  # "U.S.", "p.m.": letters with periods, two or more
                while k + 1 < end and _ascii_letter(ord(text[k])) and ord(text[k + 1]) == 46:
                    k += 2
                if k - i >= 4:
                    out.append(Token(text[i:k], i, k))
                    i = k
                    continue
            last: i64 = c  # the word's last character
            while True:
                while j < end:
                    d: i64 = ord(text[j])
                    # letters first, written out: a call for each character cost 3% of tokenising
                    if not (
                        97 <= d <= 122
                        or 65 <= d <= 90
                        or (word_character(d) if d < 128 else text[j].isalnum())
                    ):
                        break
                    last = d
                    j += 1
                # a joiner and a word character: the word goes on ("Obama's", "co-op")
                if j + 1 < end and _joiner(ord(text[j])):
                    d = ord(text[j + 1])
                    if word_character(d) if d < 128 else text[j + 1].isalnum():
                        j += 1
                        continue
                break
            if j < end and ord(text[j]) == 46:  # "."
                if 65 <= last <= 90 or (c <= 90 and j - i <= 4 and text[i:j] in _TITLE_ABBREVIATION_SET):
                    j = -1  # a capital's period, or a title's
                elif j + 1 < end:
                    e: i64 = ord(text[j + 1])
                    if e >= 128 or 65 <= e <= 90 or 97 <= e <= 122:
                        j = -1
        elif 48 <= c <= 57:
            while True:
                while j < end and 48 <= ord(text[j]) <= 57:
                    j += 1
                # ".", "," or ":" and an ASCII digit: the number goes on ("1,000", "3.5")
                if j + 1 < end and ord(text[j]) in (46, 44, 58) and 48 <= ord(text[j + 1]) <= 57:
                    j += 2
                    continue
                break
            if j < end:
                d = ord(text[j])
                # beyond ASCII, after the digits or a separator, a character may be a digit
                separated = d in (46, 44, 58) and j + 1 < end and ord(text[j + 1]) >= 128
                if d >= 128 or separated:
                    j = -1
        elif c == 95:
            j = -1
        if j >= 0:
            out.append(Token(text[i:j], i, j))
            i = j
            continue
        m = _SPACED_TOKEN.match(text, i, end)  # it always matches, if only the empty \Z
        if m is None or not m.group(2):
            break  # only white space was left
        found = m.group(2)
        first: i64 = i + len(m.group(1))
        i = first + len(found)
        out.append(Token(found, first, i))
    return out


def _ascii_letter(c: i64) -> bool:
    return 97 <= c <= 122 or 65 <= c <= 90


def word_character(c: i64) -> bool:
    r"""Whether an ASCII code is ``\w``: a letter, a digit or "_"."""
    return 97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95


def word_char_at(text: str, i: i64) -> bool:
    r"""Whether ``text[i]`` is ``\w``."""
    c: i64 = ord(text[i])
    return word_character(c) if c < 128 else text[i].isalnum()


def _joiner(c: i64) -> bool:
    """ "-", "'" or "’": what joins the parts of one word in TOKEN."""
    return c == 45 or c == 39 or c == 0x2019


def word_count(text: str) -> int:
    """The number of white-space-separated words, ``len(text.split())``."""
    return _scanned_word_count(text) if lexicon.COMPILED else len(text.split())


def _scanned_word_count(text: str) -> int:
    """The same count, character by character, without making the words (compiled: 5.7 vs 11 us
    an article for ``str.split``, which was most of the time the articles table took; as
    plain Python, ``str.split`` is faster). White space is ``str.isspace``: in ASCII, tab to
    carriage return, the four separators 0x1C-0x1F and space."""
    count = 0
    in_word = False
    n: i64 = len(text)
    i: i64 = 0
    while i < n:
        c: i64 = ord(text[i])
        space = (c == 32 or 9 <= c <= 13 or 28 <= c <= 31) if c < 128 else text[i].isspace()
        if space:
            in_word = False
        elif not in_word:
            in_word = True
            count += 1
        i += 1
    return count
