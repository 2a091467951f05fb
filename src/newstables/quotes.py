"""Quote extraction: direct quotes in quote marks and indirect (reported) speech.

The approach is a cascade of cheap rules over sentences and word tokens, in the style of the
rule systems that do well on news quotes (cue verb, subject to its left, or an inverted
"said X" to its right, content in marks or in the clause the cue governs). Each quote then gets
its speaker from :class:`newstables.mentions.Resolver`.

A library would be the first choice, but the open quote extractors need a parser model (a
download at run time, and 100x slower than this), so the rules are written here.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Final

from newstables import lexicon
from newstables.mentions import (
    AFFILIATIONS,
    BE_FORMS,
    DETERMINERS,
    MODIFIER_PARTICIPLES,
    OBJECT_PREPOSITIONS,
    PRONOUNS,
    ROLE_BREAKS,
    Entity,
    Mention,
    Resolver,
    floating_quantifier,
    is_capitalised,
    is_region,
    is_role_word,
    mention_after,
    mention_before,
    person_like,
    plural_looking,
    possessive,
    take_acronym,
)
from newstables.segment import (
    Quote,
    Sentence,
    Token,
    bisect_left,
    bisect_right,
    find_quotes,
    is_alpha,
    is_lower,
    is_upper,
    lower_word,
    paragraphs,
    sentences,
    tokens,
    word_count,
)

# Capitalised words a description may carry and still be the person named next ("a senior
# Russian official"): adjectives of nationality end like these.
NATIONALITY_ENDINGS: Final = ("an", "ese", "ish", "ian", "i", "ic", "ch")
# How far into the sentence before a quote its subject may stand to be who the quote is by
# ("Campaigning in Nova Scotia, New Democratic Party's Jack Layton lashed ...")
LEAD_IN_REACH: Final = 80
COUNTRIES: Final = lexicon.word_class("countries")
_QUOTE_TAIL: Final = " \t\n,;\"\u201d\u2019'»"  # what may stand between a quotation and its source
UNNAMED_WORDS: Final = lexicon.word_class("unnamed_markers")
# how many paragraphs back a quote with no attribution near it looks for its speaker's name
FLOATING_REACH: Final = 3
# what stands between a passive phrase cue and its subject ("has been quoted as saying")
_PASSIVE_AUXILIARIES: Final = BE_FORMS | {"been", "has", "have", "had", "be", "also", "later"}
# what opens a description of someone the article has not named yet ("a police spokesman")
INDEFINITES: Final = frozenset({"a", "an", "one", "another"})
DESCRIPTION_REACH: Final = 300  # characters from "a senior official said" to the name that explains it
# Counts or documents nobody in the sentence need have issued, which can show what a clause
# says ("with reports suggesting"; not "a statement", "a press release": the subject's)
SHOWING_DOCUMENTS: Final = frozenset(
    {"figures", "data", "polls", "reports", "surveys", "studies", "estimates", "records", "statistics"}
)
_RUN_JOINERS: Final = frozenset({"of", "and", "&"})  # inside a capitalised run: "J&J", "Bank of England"
ASIDE_REACH: Final = 14  # tokens from a cue to the ", that" ending an aside ("told X, an outlet, that")
ROLE_REACH: Final = 60  # characters either side of a name where the text gives its role
_WORD_EDGES: Final = ",.;:!?'\"“”‘’()"
SENTENCE_WINDOW: Final = 400  # tokens; see _indirect
MIN_UNATTRIBUTED_WORDS: Final = 4  # shorter quoted text needs a cue next to it (else: a scare quote)
ATTRIBUTION_REACH: Final = 12  # tokens from a cue to the quote it introduces ("told a guard at the door, ")
MOSTLY_QUOTE: Final = 0.45  # a reported clause this much made of one quote is that quote
CLAUSE_MIN_WORDS: Final = 3
VERB_HINTS: Final = lexicon.word_class("verb_hints")
HEARERS: Final = lexicon.word_class("hearers")
_POSSESSIVE_DETERMINERS: Final = frozenset({"his", "her", "their", "its", "our", "my", "your"})
# who may say what a weak cue after a quote attributes ('"...?" she asked'): a person
_PERSONAL_SUBJECTS: Final = PRONOUNS - {"it"}
# the most tokens a name takes between a quote and a weak cue after it ('"...?" Premier
# Gordon Campbell asked')
WEAK_CUE_REACH: Final = 4
# the head noun after a named hearer ("the Xinhua news agency", "the Senate committee"):
# not "police" nor "radio", which there open the clause ("told the BBC police had ...")
HEARER_HEADS: Final = lexicon.word_class("hearer_heads")
ADVERBIAL_HEADS: Final = lexicon.word_class("adverbial_heads")
# "which NASA said", "which his wife Bernadette said": a relative clause just before the subject
RELATIVE_BEFORE: Final = re.compile(r"\b(?:which|that|who)\b(?:\s+\w+){0,3}\s*$", re.I)


def _relative_before(text: str, start: int) -> bool:
    """Whether RELATIVE_BEFORE ends at ``start``, searched in the 30 characters before it only
    where "which", "that" or "who" stands there in any case (its search, backtracking
    through the words after each offset, cost ~10,000 instructions; most subjects have none
    of those words before them). Not ASCII, the search decides: re.IGNORECASE takes "ı" for
    an "i"."""
    window = text[max(0, start - 30) : start]
    if window.isascii():
        low = window.lower()
        if "which" not in low and "that" not in low and "who" not in low:
            return False
    return RELATIVE_BEFORE.search(text, max(0, start - 30), start) is not None


# "-s" words that are never verbs: "class", "coronavirus", "crisis", "famous", "politicians",
# "cities"
NOT_VERB_ENDINGS: Final = ("ss", "us", "is", "ous", "ians", "ities", "news")  # "news": never a verb
WEEKDAY_WORDS: Final = frozenset(day.lower() for day in lexicon.WEEKDAYS)
STANDALONE_ADVERBS: Final = lexicon.word_class("standalone_adverbs")
DISCOURSE_ADVERBS: Final = lexicon.word_class("discourse_adverbs")
TIME_WORDS: Final = (
    frozenset("week month year morning afternoon evening night day weekend time".split())
    | frozenset("spring summer autumn fall winter".split())
    | WEEKDAY_WORDS
    | {month.lower() for month in lexicon.MONTH_NAMES}
)
# Words after which a cue word is a noun ("a reported total", "their claims"): the determiners
# that open a description, less numbers and "that", plus a few that only open noun phrases.
DETERMINERS_BEFORE_NOUN: Final = (DETERMINERS - {"another", "one", "that", "three", "two"}) | {
    "any",
    "every",
    "my",
    "no",
    "of",
    "your",
}
NOT_CLAUSE_STARTS: Final = lexicon.word_class("not_clause_starts")
NOUN_PHRASE_FOLLOWERS: Final = lexicon.word_class("noun_phrase_followers")
COORDINATORS: Final = frozenset({"and", "or", "but"})
PLURAL_PRONOUNS: Final = frozenset({"they", "we", "you", "i"})
PLAIN_VERBS: Final = lexicon.word_class("plain_verbs")
VERB_ONLY_CUES: Final = lexicon.word_class("verb_only_cues")
CLAUSE_JOINERS: Final = frozenset({"and", "but", "while", "though", "although", "whereas", "yet"})
# Heads of plural subjects without an -s: "people say", "police say"; and quantifiers that
# stand for people before a plain verb that is never a noun ("Some say", "many believe")
PEOPLE_HEADS: Final = frozenset({"people", "police", "staff", "men", "women", "children"})
QUANTIFIERS: Final = frozenset({"some", "many", "most", "several", "few", "both", "all"})
PLURAL_HEADS: Final = PEOPLE_HEADS | QUANTIFIERS
# "doctors in the Gaza Strip": the head before these ("locations across Australia" is no one)
HEAD_PREPOSITIONS: Final = frozenset({"in", "of", "from", "at", "with", "inside", "within"})
# What a possessor said: "Kimmitt's response was", "Smith's reply:"
SPEECH_NOUNS: Final = frozenset(
    {
        "response",
        "reaction",
        "reply",
        "answer",
        "words",
        "comment",
        "comments",
        "remarks",
        "speech",
        "address",
    }
)
MAX_APPOSITIVES: Final = 2  # "According to Buffalo Council member, David Franczyk, CLAUSE"
MAX_APPOSITIVE_WORDS: Final = 10
SUBJECT_OPENERS: Final = frozenset("the this these those his her its their he she it they we there".split())
# What opens a fronted adverbial before a clause ("during the weekend, police were ...")
ADVERBIAL_OPENERS: Final = NOT_CLAUSE_STARTS - frozenset(
    "to not what whether why how where who which and or but".split()
)
# Before a name and a participle: what makes the name its subject ("by Admiral X directing",
# "with analyst X saying"); and the verbs that show someone speaking ("quotes X saying")
AGENT_BEFORE: Final = frozenset({",", ";", ":", "(", "by", "from", "of", "with", "and", "through"})
SHOWING_VERBS: Final = lexicon.word_class("showing_verbs")
CLAUSE_OPENERS: Final = SUBJECT_OPENERS | {"a", "an", "i"}  # what may follow ", that" in a clause
SOURCE_GOES_ON: Final = HEAD_PREPOSITIONS | {"to", "by", "for", "on"}
RELATIVES: Final = frozenset({"who", "whose", "whom", "which", "where", "that"})
MAX_ROLE_WORDS: Final = 5  # words of a role before a name ("the Russian president")
SUBJECT_WORDS: Final = 3  # a plain verb this far into a clause at most ("the local residents want")
SUBORDINATORS: Final = lexicon.word_class("subordinators")
TITLE_SMALL_WORDS: Final = lexicon.word_class("title_small_words")
LABEL_WORDS: Final = lexicon.word_class("label_words")
SIGN_NOUNS: Final = lexicon.word_class("sign_nouns")
# Subordinators whose clause is never the sentence's main one ("while Israel responded",
# "though Berri stated" often are, in news)
CONDITIONS: Final = frozenset({"if", "because", "unless", "although", "once"})
# Words a verb's base form may follow: modals, "to", and a floating "both" or "all", which
# makes its subject plural ("The Times and the AP both report")
BASE_FORM_BEFORE: Final = frozenset(
    "to will would could can did does do may might should must shall both all".split()
)
HEARER_DETERMINERS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its"})
REFLEXIVES: Final = frozenset(
    {"itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself"}
)
PASSIVE: Final = BE_FORMS | {"be", "been", "being"}
OBJECT_PRONOUNS: Final = frozenset({"him", "her", "them"})
# marks that end the stretch between a showing verb and its "as saying"
QUOTE_MARKS: Final = frozenset({'"', "\u201c", "\u201d"})
SHOWN_STOPS: Final = QUOTE_MARKS | {".", ";", ":"}
MAX_SHOWN_OBJECT: Final = 20  # tokens between "quoted" and "as saying" ("X, senior economist at Y,")
CLAUSE_STOPS: Final = frozenset({";"})
# marks that end a name's apposition or a phrase within a sentence: the comma and sentence marks
PHRASE_ENDS: Final = frozenset({",", ".", ";", "!", "?"})


# init=False and its own __init__, as figures.Figure (dataclasses' generated one runs
# interpreted even in the compiled build).
@dataclass(init=False)
class ExtractedQuote:
    kind: str
    start: int
    end: int
    cue: str | None
    mention: Mention | None
    entity: Entity | None = None
    paragraph: int = 0
    floating: bool = False  # no attribution of its own: the previous speaker goes on

    def __init__(
        self,
        kind: str,
        start: int,
        end: int,
        cue: str | None,
        mention: Mention | None,
        entity: Entity | None = None,
        paragraph: int = 0,
        floating: bool = False,
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.cue = cue
        self.mention = mention
        self.entity = entity
        self.paragraph = paragraph
        self.floating = floating


def _preposition_before(toks: list[Token], k: int) -> int:
    """The preposition whose object the noun at token ``k`` heads ("due to the recently
    released figures", "with some polls"), back over lowercase words, at most five; -1 if none."""
    for i in range(k - 1, max(-1, k - 6), -1):
        word = toks[i].text
        if word in OBJECT_PREPOSITIONS or word in {"amid", "after", "following", "despite"}:
            return i
        if not (is_alpha(word) and is_lower(word)) or word in {"his", "her", "its", "their"}:
            return -1  # "in her report saying": hers
    return -1


def _cue_at(toks: list[Token], i: int) -> tuple[str, lexicon.Cue, int] | None:
    """The reporting verb starting at token ``i``: (as written, entry, tokens it spans)."""
    word = toks[i].text
    if not is_alpha(word[:1]):
        return None
    low = lower_word(word)
    if low not in lexicon.cue_first_words():
        return None
    verbs = lexicon.reporting_verbs()
    if i + 1 < len(toks):
        two = f"{low} {lower_word(toks[i + 1].text)}"
        if two in lexicon.cue_three_word_openings() and i + 2 < len(toks):
            three = f"{two} {lower_word(toks[i + 2].text)}"  # "quoted as saying"
            if three in verbs:
                return three, verbs[three], 3
        if two in verbs:
            return two, verbs[two], 2
    if low in verbs and (is_lower(word[0]) or i == 0):
        return word, verbs[low], 1
    return None


def _without_ages(words: list[Token]) -> list[Token]:
    """``words`` without the tokens of an age ("84", "-", "year-old" of "84-year-old Kiyoshi
    Endo"), which describe as a role's words do."""
    out: list[Token] = []
    k = 0
    while k < len(words):
        if words[k].text.isdigit() and [t.text for t in words[k + 1 : k + 3]] == ["-", "year-old"]:
            k += 3
            continue
        out.append(words[k])
        k += 1
    return out


def _subject_end(toks: list[Token], j: int, entry: lexicon.Cue, floor: int = 0) -> int:
    """Where the subject of the cue at token ``j`` ends: before the "was" of a passive
    phrase ("Qiao Zonghuai was quoted as saying"), else at the cue."""
    if entry.lemma.startswith("be "):
        while j > floor and lower_word(toks[j - 1].text) in _PASSIVE_AUXILIARIES:
            j -= 1
    return j


def _strip_span(text: str, start: int, end: int, chars: str = " \t\n,;:.") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _up_to_comma(toks: list[Token]) -> list[Token]:
    """The tokens before the first comma or sentence mark: what a role in apposition spans."""
    for i, t in enumerate(toks):
        if t.text in PHRASE_ENDS:
            return toks[:i]
    return toks


def _looks_clause(toks: list[Token], relative: bool = False) -> bool:
    """A reported clause has at least three words and a finite verb after its first word
    ("the attack took place", "he has arranged"); a noun phrase ("a state of emergency",
    "three days of mourning") or an infinitive ("schools to pay taxes") does not."""
    words = [t.text for t in toks if t.text[:1].isalnum()]
    if len(words) < CLAUSE_MIN_WORDS or (toks and toks[0].text in {"-", "–", "—"}):
        return False  # too short, or an aside after a dash ("what we have to say - ...")
    at_least = len(words) > 1 and words[0] == "at" and words[1] in {"least", "most"}
    # "not allowing gay citizens to marry constituted ...": a negated gerund subject, where
    # "not to be named" is none
    negated_gerund = len(words) > 1 and words[0] == "not" and words[1].endswith("ing")
    if words[0] in NOT_CLAUSE_STARTS and not (at_least or negated_gerund):
        return False  # a sentence may open with "With the treaty"
    if words[0].lower() in VERB_HINTS:
        return relative  # "(which NASA said) might take place": the subject went before
    lows = [lower_word(w) for w in words]
    for i, w in enumerate(words[1:], start=1):
        low = lows[i]
        before = lows[i - 1]
        if before == "to":
            continue  # "to pay": an infinitive, not a finite verb
        if before in COORDINATORS and not _comma_before_word(toks, i - 1):
            # "acknowledged the issue and is working": the cue subject's own verb; after ", but"
            # a second clause may start ("owns assets, but has a debt")
            continue
        if _plain_verb(low):
            return True
        if low.endswith("ed") and len(low) > 3 and is_lower(w):
            return True
        determined = (
            i >= 2
            and lows[i - 2] in DETERMINERS_BEFORE_NOUN
            and is_lower(words[i - 1])
            and lows[i - 1] not in lexicon.number_words()  # "the six months": a plural after a number
        )
        if (
            low.endswith("s")
            and len(low) > 3  # "as", "its", "us": never verbs
            and not low.endswith(NOT_VERB_ENDINGS)
            and is_lower(w)
            and (_subject_like(words[i - 1]) or determined)
        ):
            return True  # "it remains", "Chrome gains"
        if is_lower(w) and _base_verb_after_plural(words, i):
            return True  # "they remain", "the risks remain"
    return False


def _plain_verb(low: str) -> bool:
    """A lowercased word that is a finite verb in any clause: an auxiliary or a modal, "n't",
    an irregular past form."""
    return low in VERB_HINTS or low in lexicon.irregular_past() or low.endswith("n't")


def _comma_before_word(toks: list[Token], n: int) -> bool:
    """Whether a comma comes right before the ``n``-th word token (counted as
    :func:`_looks_clause` counts them). Rare enough (a coordinator before a verb) to count
    again rather than index every call."""
    seen = -1
    for k, t in enumerate(toks):
        if t.text[:1].isalnum():
            seen += 1
            if seen == n:
                return k > 0 and toks[k - 1].text == ","
    return False


def _base_verb_after_plural(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, near the clause's start, is a present-tense verb of a plural
    subject right before it, a verb with no ending to show it: "they remain", "we need", "the
    risks remain", "both banks intend". Not in a noun phrase: "its weapons capability", "the
    company's move", "the talks between them", "the deaths last week"."""
    low = words[i]
    if i > SUBJECT_WORDS or low in NOT_CLAUSE_STARTS or low in NOUN_PHRASE_FOLLOWERS or low in TIME_WORDS:
        return False
    if low.endswith(("s", "ly", "ing")):
        return False
    prev = words[i - 1]
    if prev.lower() in PLURAL_PRONOUNS:
        return True
    return (
        low in PLAIN_VERBS
        and i >= 2
        and is_lower(prev)
        and prev.endswith("s")
        and not prev.endswith(NOT_VERB_ENDINGS)
        and not possessive(prev)
        and words[i - 2].lower() in DETERMINERS_BEFORE_NOUN
    )


def _phrase_at(toks: list[Token], phrase: str) -> int | None:
    """Where the two-word ``phrase`` ("according to") comes again in ``toks``, after the first."""
    first, second = phrase.split()
    for i in range(1, len(toks) - 1):
        if lower_word(toks[i].text) == first and lower_word(toks[i + 1].text) == second:
            return i
    return None


def _subordinate_subject(toks: list[Token], j: int) -> bool:
    """Whether the name at ``j`` opens a subordinate clause ("even if the House began"), past
    one determiner: not the sentence's subject."""
    i = j - 1
    if i >= 0 and lower_word(toks[i].text) in DETERMINERS:
        i -= 1
    return i >= 0 and lower_word(toks[i].text) in CONDITIONS


def _relative_segment(segment: list[Token]) -> bool:
    """ ", who spoke to the BBC,": a relative clause on the source; not one that holds the
    report itself (", who said that ...")."""
    return lower_word(segment[0].text) in {"who", "which"} and not any(
        lower_word(t.text) == "that" for t in segment
    )


def plausible_speaker(form: str, entry: lexicon.Cue, mention: Mention | None, prev_word: str = "") -> bool:
    """A present-tense cue form that is also a noun ("state", "rules", "share") needs a
    subject that can speak: a name, a pronoun, or a description headed by a role, an
    organisation or a plural ("analysts say"). "the neighboring state of ..." has none."""
    if mention is None:
        return False
    if form.lower().endswith(("ed", "ing")) or form.lower() in lexicon.irregular_past():
        return True
    if (
        form.lower() == entry.lemma
        and prev_word.lower() not in BASE_FORM_BEFORE
        and not _plural(mention)
        and not (mention.kind == "name" and entry.lemma in VERB_ONLY_CUES)
    ):
        return False  # "Republican state representative", "A US government report was": no verb
    if mention.kind != "nominal":
        return True
    head = _head_word(mention)
    return (
        head in lexicon.role_nouns()
        or head in lexicon.org_nouns()
        or plural_looking(head)
        or head in PEOPLE_HEADS
        or (head in QUANTIFIERS and form.lower() == entry.lemma and entry.lemma in VERB_ONLY_CUES)
    )


def _head_word(mention: Mention) -> str:
    """The head noun of a description, lowercase: its last word, or the word before a
    preposition ("doctors in the Gaza Strip", "officials from the ministry")."""
    words = mention.text.split()
    for w in range(1, len(words) - 1):
        # only before a place or body named after it: "in the Gaza Strip", "in California"
        if words[w] in HEAD_PREPOSITIONS and (
            words[w + 1].lower() in DETERMINERS or is_upper(words[w + 1][:1])
        ):
            return words[w - 1].lower()
    return words[-1].lower()


def _is_adverb(word: str) -> bool:
    """An adverb that may stand between a subject, an auxiliary and a verb ("later", "publicly")."""
    return word.lower() in STANDALONE_ADVERBS or word.endswith("ly")


def _word_before_verb(toks: list[Token], j: int) -> str:
    """The word before a verb, past adverbs: "would later say" -> "would"."""
    i = j - 1
    while i >= 0 and _is_adverb(toks[i].text):
        i -= 1
    return toks[i].text if i >= 0 else ""


def _plural(mention: Mention) -> bool:
    """Whether a subject takes a bare verb form ("they say", "analysts say", "people say")."""
    if mention.kind == "pronoun":
        return lower_word(mention.text) in {"i", "we", "you", "they"}
    if mention.kind == "name":
        return False
    head = _head_word(mention)
    return plural_looking(head) or head in PLURAL_HEADS


def _subordinate(left: list[Token]) -> bool:
    """Whether the words before a parenthetical cue are only a subordinate clause ("If these
    findings are accurate, scientists say, ..."): what follows the cue is reported."""
    return bool(left) and lower_word(left[0].text) in SUBORDINATORS


def _in_subordinate(toks: list[Token], j: int) -> bool:
    """Whether the cue at token ``j`` is the verb of a subordinate clause that opens the
    sentence ("Although Smith said the plan would work, the board ..."): a subordinator
    first, and no comma before the cue (after one, the cue is the main clause's: "If the talks
    fail, Smith said, ...")."""
    return _subordinate(toks) and all(t.text != "," for t in toks[1:j])


def _main_clause_comma(right: list[Token], end: int) -> int:
    """Where what a cue in a subordinate clause reports ends: at the first comma before
    ``end`` with a clause either side ("the plan, which cost $5m, would work, the board
    rejected it": the third), or ``end`` when there is none. The main clause runs to the
    next comma as a clause: not a year ("May 1, 2003 there have been"), a preposition or
    subordinator ("an honest, if careless, mistake") nor a name in apposition ("the
    Minister of Defence, Franz Josef Jung, was assured")."""
    for idx in range(1, len(right) - 1):
        if right[idx].start >= end:
            break
        if right[idx].text != ",":
            continue
        nxt = right[idx + 1].text
        if nxt[:1].isdigit() or lower_word(nxt) in NOT_CLAUSE_STARTS or lower_word(nxt) in SUBORDINATORS:
            continue
        main = right[idx + 1 :]
        stop = _first_comma(main)
        if _looks_clause(right[:idx]) and _looks_clause(main if stop is None else main[:stop]):
            return right[idx].start
    return end


def _past_hearer_noun(toks: list[Token], k: int, nouns: frozenset[str]) -> int:
    """The token after a hearer's noun (one of ``nouns``) among the (up to three) lowercase
    words from ``k`` ("reporters", "local media"; "news agency" after "the Xinhua"), else
    ``k``."""
    for n in range(k, min(k + 3, len(toks))):
        if lower_word(toks[n].text) in nouns:
            while n + 1 < len(toks) and lower_word(toks[n + 1].text) in HEARER_HEADS:
                n += 1  # "a Polish newspaper interviewer" (not "reporters police had ...")
            return n + 1
        if not is_lower(toks[n].text):
            break
    return k


def _modifies_a_plural(toks: list[Token], j: int, k: int) -> bool:
    """Whether the name at tokens ``j`` to ``k`` modifies a plural after it in a possessor's
    noun phrase ("his fellow Congress leaders", "their Hamas rivals"): no subject, whose "-s"
    word after it is no verb. (Not "his wife Jane says": the name is the phrase's head.)"""
    if k + 1 >= len(toks) or not is_lower(toks[k + 1].text) or not plural_looking(toks[k + 1].text):
        return False
    d = j - 1
    while d >= 0 and j - d <= 3 and is_lower(toks[d].text) and toks[d].text not in _POSSESSIVE_DETERMINERS:
        d -= 1
    return d >= 0 and toks[d].text in _POSSESSIVE_DETERMINERS


def _noun_before_verb(form: str, nxt: str) -> bool:
    """Whether an -s cue form is a plural noun, as a reporting verb or a past form follows
    it: "reports indicate", "reports stated", "estimates show", "protests began". Not after
    an -s or -ing form ("says states must", "says adding"), nor an auxiliary ("which Iran
    says can")."""
    if not form.endswith("s") or not is_lower(nxt) or nxt.endswith(("s", "ing")):
        return False
    if nxt in lexicon.reporting_verbs():
        return True
    # "Peaceful protests began on Monday", "remarks made to a journalist": a past form, which
    # seldom opens a reported clause (but "which Mr Mitchell says came in at": "says" is no noun)
    return form != "says" and (nxt in lexicon.irregular_past() or nxt in {"were", "was"})


def _plural_before_its_verb(form: str, toks: list[Token], after: int) -> bool:
    """Whether an -s cue form is a plural noun whose prepositional phrase a plain reporting
    verb follows ("Eyewitness reports from Warren Street say", "Reports in the Iraqi press
    suggest"): the phrase's verb reports, the noun is its subject."""
    if not form.endswith("s") or after >= len(toks) or lower_word(toks[after].text) not in {"from", "in"}:
        return False
    for t in toks[after + 1 : after + 7]:
        word = t.text
        if word in {",", ";", ":", "that"}:
            return False
        if is_lower(word) and not word.endswith(("s", "ing", "ed")) and word in lexicon.reporting_verbs():
            return True
    return False


def _plural_before_its_past(toks: list[Token], j: int) -> bool:
    """Whether the "-s" word at ``j`` is a plural noun, its verb's past form after it ("The
    officials claimed", "The protesters were"), not a verb ("The company says the ...")."""
    word = toks[j].text
    if not (word.endswith("s") and not word.endswith("ss") and j + 1 < len(toks)) or word in VERB_HINTS:
        return False  # "has said", "is signed": an auxiliary
    nxt = toks[j + 1].text
    return is_lower(nxt) and (
        nxt.endswith("ed") or nxt in lexicon.irregular_past() or nxt in {"were", "have"}
    )


def _verbish(word: str) -> bool:
    """Whether a word right after a subject reads as its verb ("was", "gave", "announced")."""
    low = word.lower()
    return is_lower(word) and (
        low in VERB_HINTS or low in lexicon.irregular_past() or low.endswith(("ed", "s"))
    )


_NAME_INNER: Final = frozenset({"of", "for", "and", "&", "the"})  # small words inside a name
# who speaks for the body a preposition names: "a spokesperson for Hamas said" is Hamas's word
_SPOKES_NOUNS: Final = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"})


def _split_by_aside(left: list[Token], right: list[Token]) -> int | None:
    """Where in ``left`` a sentence split by a parenthetical attribution starts, when the
    words before it (``left``: up to its speaker's name, past its title) are a subject and
    those after it (``right``) its predicate: "Eisenhower, he said, had taken ...", "Tax
    policies, he said, were a good example"; or the attribution stands between an auxiliary
    and its verb ("The plan would, he said, cost $2 billion"). None otherwise: neither side
    may be a clause alone, and after a fronted adverbial ("In addition, he said, more than
    1,000 police were deployed") the clause on the right is reported alone."""
    if not right:
        return None
    comma = next((i for i in range(len(left) - 1, -1, -1) if left[i].text == ","), None)
    if comma is None or len(left) - comma - 1 > MAX_ROLE_WORDS:
        return None  # between the comma and the name, only its title ("Obama, Mr Smith said")
    start = next((i + 1 for i in range(comma - 1, -1, -1) if left[i].text in CLAUSE_STOPS), 0)
    subject = left[start:comma]  # after a clause before it ("...; they had, his father says,")
    if not subject or lower_word(subject[0].text) in NOT_CLAUSE_STARTS or _subordinate(subject):
        return None
    if len(subject) > 1 and lower_word(subject[-1].text) in VERB_HINTS:
        aux_verb = is_lower(right[0].text) and is_alpha(right[0].text[:1]) and not _looks_clause(right)
        return start if aux_verb else None
    if not _verbish(right[0].text):
        return None
    split = not _looks_clause(subject) and not _looks_clause(right) and _looks_clause(subject + right)
    return start if split else None


def _reported_thing(toks: list[Token], k: int) -> bool:
    """Whether the words from token ``k`` are a thing the cue before them takes as its object
    ("responsibility for the attack", "plans to cut 7,000 jobs", "profits that almost
    tripled"), not a clause ("losses widened"): a noun of ``reported_objects.txt``, after
    "new" perhaps, with no verb right after it."""
    if k < len(toks) and lower_word(toks[k].text) == "new":
        k += 1
    if k >= len(toks) or toks[k].text not in lexicon.word_class("reported_objects"):
        return False
    after = toks[k + 1].text if k + 1 < len(toks) else ""
    return not (_verbish(after) or lower_word(after) in VERB_HINTS)


def _past_region(toks: list[Token], comma: int) -> int:
    """The comma that closes "City, State," when the comma at ``comma`` follows a city and a
    state, province or country comes after it ("in Baytown, Texas, Zhukovskyy has ..."), else
    ``comma``."""
    if not 0 < comma < len(toks) - 2 or not is_upper(toks[comma - 1].text[:1]):
        return comma
    for end in range(comma + 2, min(comma + 5, len(toks))):
        if toks[end].text == ",":
            return end if is_region(" ".join(t.text for t in toks[comma + 1 : end])) else comma
    return comma


def _plainly_clause(toks: list[Token]) -> bool:
    """Whether words hold a plain verb before any comma: an auxiliary or a modal ("the bank
    would monitor", "he was"), "n't", or an irregular past form ("the Prime Minister misled"),
    not only the "-ed" and "-s" words :func:`_looks_clause` also takes. What an infinitive cue
    other than "to say" reports must ("forced Thaksin to announce he will not ..."); after
    one, a thing is its object ("to protest the dilapidated state of public schools", "to
    recall unsafe Chinese-made products") however its words end."""
    for t in toks[1:]:
        low = lower_word(t.text)
        if t.text in {",", ";", ":"}:
            return False
        if _plain_verb(low):
            return True
    return False


def _first_comma(toks: list[Token]) -> int | None:
    return next((i for i, t in enumerate(toks) if t.text == ","), None)


def _object_then_subordinate(right: list[Token]) -> bool:
    """Whether the words after a cue are an object ("a 39% loss"), then a comma and a
    subordinate clause ("whilst Ford's sales fell 41%") that reports nothing of the cue's."""
    stop = _first_comma(right)
    return (
        stop is not None
        and stop + 1 < len(right)
        and lower_word(right[stop + 1].text) in SUBORDINATORS
        and not _verbish(right[0].text)  # "Part III, they argued, sets in stone ...": the clause goes on
        and not _looks_clause(right[:stop])
    )


_CLAUSE_COMMAS: Final = frozenset({",", ";"})


def _absolute_phrase(toks: list[Token], j: int, after: int) -> bool:
    """Whether the cue at ``j`` (its words end before ``after``) is the verb of a "with"
    phrase of a count that opens its clause and reports nothing up to its comma ("With 99%
    of precincts reporting, Nagin won ...", "with all 442 precincts reporting from Saturday's
    election,"); "with Senator Brown saying (that) the plan failed, ..." and "with local press
    reporting in 2004 the owner, who ..., applied" report a clause."""
    start = j
    while start > 0 and toks[start - 1].text not in _CLAUSE_COMMAS:
        start -= 1
    if not (start < j and lower_word(toks[start].text) == "with"):
        return False
    if not any(t.text[:1].isdigit() or lower_word(t.text) == "all" for t in toks[start + 1 : j]):
        return False
    comma = next((i for i in range(after, len(toks)) if toks[i].text in _CLAUSE_COMMAS), None)
    return (
        comma is not None
        and not _looks_clause(toks[after:comma])
        and not any(lower_word(t.text) == "that" or t.text in QUOTE_MARKS for t in toks[after:comma])
    )


def _reporting_participle(word: str) -> bool:
    """ "saying", "adding", "claiming": a reporting verb's "-ing" form, which reports the
    clause after it itself."""
    if not (word.endswith("ing") and is_lower(word)):
        return False
    cue = lexicon.reporting_verbs().get(word)
    return cue is not None and not cue.direct_only


def _past_the_aside(toks: list[Token], clause_start: int) -> bool:
    """Whether the words after a participle cue set off by commas, from ``clause_start``, run
    past its closing comma into the subject's own verb ("X, remarking on a train incident in
    March, said there ...", "X, commenting on the report, said that ..."): a verb right after
    that comma, and no clause before it. ("X, saying protests were part of a coup, claimed
    victory" reports the clause before the comma.) The caller checks that only the subject
    stands before the cue ("Erdoğan called for ..., claiming a right to ..., based on ..."
    is no aside)."""
    right = toks[clause_start:]
    if right and clause_start and toks[clause_start - 1].text == ",":
        return _verbish(right[0].text)  # the cue's object took the words up to the comma
    stop = _first_comma(right)
    if stop is None or stop + 1 >= len(right):
        return False
    return _verbish(right[stop + 1].text) and not _looks_clause(right[:stop])


def _noun_position(prev: str, before_prev: str) -> bool:
    """Whether a cue word after ``prev`` is a noun or adjective, not a verb ("six states",
    "a reported total"); a number that ends a name ("News 12 reported") does not count."""
    low = prev.lower()
    if is_lower(prev) and _verbish(prev) and before_prev.lower() in {"this", "that", "it", "which", "there"}:
        return True  # "This follows reports that ...": the cue word is the verb's object
    return (
        low in DETERMINERS_BEFORE_NOUN
        or possessive(low)
        or (prev[:1].isdigit() and not is_upper(before_prev[:1]))
        or low in lexicon.number_words()
        or (len(low) > 1 and low.replace(".", "").isalpha() and prev.count(".") >= 2)  # "a U.S. state"
    )


# The signs that open an amount: the lexicon's one-character prefix currencies (not letters).
# how far back a coordinated cue's subject is looked for ("X made an address ... and said"):
# more than any real sentence's first clause
COORDINATED_REACH: Final = 600
_AMOUNT_SIGNS: Final = frozenset(c for c in lexicon.PREFIX_CURRENCIES if len(c) == 1 and not c.isalnum())


def _opens_its_clause(toks: list[Token], j: int) -> bool:
    """Whether the name at token ``j`` opens its clause, but for an article and lowercase
    modifiers before it ("The current Microsoft CEO Steve Ballmer also expressed"), not after a
    preposition ("the director of Costa Coffee vigorously defended")."""
    if j == 0 or toks[j - 1].text in {",", ";"}:
        return True
    return (
        j <= 3
        and lower_word(toks[0].text) in {"the", "a", "an"}
        and all(
            is_alpha(t.text) and is_lower(t.text) and t.text not in OBJECT_PREPOSITIONS for t in toks[1:j]
        )
    )


def _past_adverbs(words: list[Token], i: int) -> int:
    """The index of the first of ``words[i:]`` that is no adverb ("also", "previously")."""
    while i < len(words) and _is_adverb(words[i].text):
        i += 1
    return i


def _participle_like(word: str) -> bool:
    """A word that can follow an auxiliary as its verb ("quoted", "been", "written", "told")."""
    return is_lower(word) and (word.endswith(("ed", "en", "ing")) or word in lexicon.irregular_past())


def _is_amount(word: str) -> bool:
    """A word that opens an amount: digits, a currency sign or a number word ("1.7", "$5", "₹5")."""
    return word[:1].isdigit() or word[:1] in _AMOUNT_SIGNS or word.lower() in lexicon.number_words()


def _subject_like(word: str) -> bool:
    """A word after which an -s word is a verb, not a plural ("it remains", "Smith says")."""
    return word.lower() in {"it", "he", "she", "this", "that", "there", "who", "which"} or is_upper(word[:1])


def _token_from(toks: list[Token], offset: int, default: int = 0) -> int:
    """The index of the first token that starts at or after ``offset`` (``default``: none)."""
    return next((i for i, t in enumerate(toks) if t.start >= offset), default)


def _sign_at(toks: list[Token], i: int) -> Mention | None:
    """A sign noun at token ``i`` ("banners reading", "with signs:"), as the mention of words
    that are no one's speech; None for any other word."""
    if i < 0 or lower_word(toks[i].text) not in SIGN_NOUNS:
        return None
    t = toks[i]
    return Mention(t.start, t.end, t.text, "nominal")


def _sign_before_colon(toks: list[Token]) -> Mention | None:
    """ "took to the streets, with signs: "..." and "..."": the signs' words, no one's; the
    mention is the sign noun before the last colon, which names nobody."""
    k = next((k for k in range(len(toks) - 1, 0, -1) if toks[k].text == ":"), 0)
    return _sign_at(toks, k - 1) if k else None


class QuoteExtractor:
    def __init__(self, text: str) -> None:
        self.text = text
        self.marks = find_quotes(text)
        self.sents = sentences(text, self.marks)
        self.sent_starts = [s.start for s in self.sents]
        self.mark_starts = [q.start for q in self.marks]
        self.sent_index = {s.start: i for i, s in enumerate(self.sents)}
        self.paras = paragraphs(text)
        self.para_starts = [p[0] for p in self.paras]
        self._para_tokens: dict[int, tuple[list[Token], list[int]]] = {}
        self._resolver: Resolver | None = None
        self._cue_starts: list[int] | None = None  # see _cue_tokens
        self._cue_words: list[tuple[int, str]] = []
        self._kelvin = False

        self.out: list[ExtractedQuote] = []
        self.used_cues: set[int] = set()  # offsets of cues that attribute a kept direct quote
        self._pending_cue: int | None = None  # the cue the last attribution found

    @property
    def resolver(self) -> Resolver:
        """The article's name inventory, made on first use: a sixth of an extraction, and
        articles where no quote is found (7% of the corpus) never need it."""
        if self._resolver is None:
            self._resolver = Resolver(self.text, [(q.start, q.end) for q in self.marks])
        return self._resolver

    # -- direct quotes ------------------------------------------------------------------
    def _frame_tokens(self, start: int, end: int) -> list[Token]:
        """The tokens wholly inside [start, end): sliced from the paragraph's tokens, which are
        made once, on first use (most paragraphs never need them)."""
        p = bisect_right(self.para_starts, start) - 1
        if p < 0 or end > self.paras[p][1]:
            return tokens(self.text, start, end)  # across paragraphs: not from the cache
        if p not in self._para_tokens:
            p_start, p_end = self.paras[p]  # not *self.paras[p]: compiled, a call with * is generic
            toks = tokens(self.text, p_start, p_end)
            self._para_tokens[p] = (toks, [t.start for t in toks])
        toks, starts = self._para_tokens[p]
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        while j > i and toks[j - 1].end > end:
            j -= 1
        return toks[i:j]

    @staticmethod
    def _named_subject(lead: list[Token]) -> bool:
        """Whether the words between a quote and a weak cue after it are only a name or a
        subject pronoun ('"...?" Campbell asked', '"...?" she asked'), as a weak cue's verb
        needs: not a noun's determiner ('"...," the judge stated') nor another clause ('"...,"
        but said he felt')."""
        if not lead or len(lead) > WEAK_CUE_REACH:
            return False
        if len(lead) == 1 and lower_word(lead[0].text) in _PERSONAL_SUBJECTS:
            return True
        return all(is_capitalised(t.text) or t.text == "." for t in lead)

    def _attribution_after(
        self, q: Quote, limit: int, before_next_quote: bool, floor: int
    ) -> tuple[str, Mention | None] | None:
        """`"...," Kosachev said` / `"...," said Kosachev` / `"..." he told reporters`.

        When the frame runs into the next quote, a cue right before that quote is its own
        (`"A." X, a lawyer, told reporters "B."`), not this one's.
        """
        toks = self._frame_tokens(q.end + 1, limit)
        i = 0
        while i < len(toks) and toks[i].text in {",", "\u201d", '"', "»", "-", "—", "–", ";"}:
            i += 1
        if i >= len(toks):
            return None
        cue = _cue_at(toks, i)
        if cue and cue[0].lower().endswith("ing"):
            # '"...", telling Bloomberg, "..."': Bloomberg heard it, no one said it here; and
            # '"...", highlighting the importance of air quality': a participle never inverts
            return None
        if cue and is_upper(toks[i].text[:1]) and self.text[q.start : q.end].rstrip()[-1:] in ".!?":
            # '... he has "no regrets." Questioned over the war he said': a new sentence opens
            cue = None
        if cue:  # inverted: said X
            mention = mention_after(self.text, toks, i + cue[2], len(toks))
            if mention is None and before_next_quote:
                return None  # '"A," he said, adding, "B."': a cue with no one after it opens B
            self._pending_cue = toks[i].start
            return cue[0], mention
        # does the frame run on into the next sentence ('"...done." Musk told the press')?
        crosses = bool(toks) and self.sentence_at(toks[-1].start).start > q.end
        # X said: find a cue within the next few tokens with a subject right before it (a
        # weak cue too right after a quote its sentence goes on from: '"...?" Campbell asked')
        goes_on = self.text[q.start : q.end].rstrip()[-1:] in ",?!"
        for j in range(i + 1, min(len(toks), i + 12)):
            if toks[j].text in {".", "\u201c", '"', ";", ":"} and toks[j - 1].text not in {".", ","}:
                break  # the attribution ends at the sentence or the next quote
            cue = _cue_at(toks, j)
            if cue and (not cue[1].weak or (goes_on and self._named_subject(toks[i:j]))):
                split = self.text[q.start : q.end].rstrip().endswith(",")
                if before_next_quote and len(toks) - (j + cue[2]) <= 4 and not split:
                    return None  # '"A." X told reporters "B."': the cue introduces B
                # '"A," Smith said, "B."': a split quote, the cue serves both halves
                if lower_word(toks[j].text) in SHOWING_VERBS and (shown := self._shown_after(toks, j)):
                    # '"...," Laura Arenschield reported spokesman Tom McCollum as saying'
                    self._pending_cue = toks[j].start
                    return cue[0], shown
                mention = mention_before(self.text, toks, _subject_end(toks, j, cue[1], i), i)
                lead = [t for t in toks[i:] if t.start < (mention.start if mention else 0)]
                if (
                    lead
                    and lead[-1].text == ","
                    and mention is not None
                    and self.text[lead[0].start : lead[-1].start].rstrip() == mention.role
                ):
                    lead = []  # '"...," pediatrician turned politician, Jenan Al-Ubaedey, told': the role
                # a role of up to five words before the name ("AT&T" is three tokens, one word)
                # (and an age: "84-year-old Kiyoshi Endo")
                role_words = [t for t in _without_ages(lead) if t.text != "&"]
                if (
                    mention is not None
                    and all(is_alpha(t.text[:1]) for t in role_words)
                    and len(role_words) <= 5
                ):
                    if self._governs_clause(toks, j, cue):
                        # "..., she shared that she was prone ...": the cue reports its own
                        # clause. Same sentence: still this quote's speaker; next sentence:
                        # a new statement, not this quote's attribution.
                        return None if crosses else (cue[0], mention)
                    if (
                        crosses
                        and self.sentence_at(toks[j].start).start > q.end
                        and self._cue_adjacent(floor, q.start)
                    ):
                        # 'he said: "We have won." Persson admitted defeat': the next sentence
                        # is news of its own when a cue already introduced the quote
                        return None
                    self._pending_cue = toks[j].start
                    return cue[0], mention
        return None

    def _attribution_before(self, q: Quote, floor: int) -> tuple[str, Mention | None] | None:
        """`Kosachev said: "..."`, `he said, "..."`, `X told reporters "..."`."""
        toks = self._frame_tokens(floor, q.start - 1)
        if not toks:
            return None
        n = len(toks)
        last = n - 1
        while last >= 0 and toks[last].text in {",", ":", "—", "–", "-"}:
            last -= 1
        colon = any(t.text == ":" for t in toks[last + 1 :])
        # the cue is at most a short hearer or adverbial away from the quote
        for j in range(last, max(-1, last - ATTRIBUTION_REACH), -1):
            cue = _cue_at(toks, j)
            if cue is None or (j and _noun_position(toks[j - 1].text, toks[j - 2].text if j > 1 else "")):
                continue  # "explained her reasoning:": a noun, not the cue
            gap = toks[j + cue[2] : last + 1]
            if len(gap) > ATTRIBUTION_REACH - 2 or any(t.text in {".", ";"} for t in gap):
                break
            mention = self._speaker_before(toks, j, cue[2], last)
            if not plausible_speaker(cue[0], cue[1], mention, _word_before_verb(toks, j)):
                continue  # "responded to the new rules via Twitter:": not a cue here
            self._pending_cue = toks[j].start
            return cue[0], mention
        sign = _sign_before_colon(toks)
        if sign is not None:
            return ":", sign
        if colon:  # "Governor John Bel Edwards addressed the public: "...""
            subject = self._sentence_subject(toks)
            if subject is not None:
                return self._colon_cue(toks, subject), subject
        return None

    def _colon_cue(self, toks: list[Token], subject: Mention) -> str:
        """The cue of a quote a colon introduces: the verb after the subject as written, with
        its participle after an auxiliary ("was quoted", "has previously backed"), or ":"
        where no verb follows the subject ("Mitch Garber, Chief Executive Officer:")."""
        words = [t for t in toks if t.start >= subject.end and is_alpha(t.text)]
        i = _past_adverbs(words, 0)  # "Smith also wrote:"
        if i == len(words) or not _verbish(words[i].text):
            return ":"
        first = words[i]
        if lower_word(first.text) in VERB_HINTS:
            k = _past_adverbs(words, i + 1)
            if k < len(words) and _participle_like(words[k].text):
                return self.text[first.start : words[k].end]
        return first.text

    def _sentence_subject(
        self, toks: list[Token], nearest: bool = False, need_verb: bool = False
    ) -> Mention | None:
        """The subject of a sentence frame: the first name or pronoun followed by a verb,
        else the first one. Possessives ("Biden's victory") are never subjects, and a lone
        capitalised word that opens the sentence ("Investigations have ...") counts only when
        the article also uses it as a name elsewhere, alone or as a person's given name or
        surname."""
        candidates: list[tuple[Mention, bool]] = []
        j = 0
        while j < min(len(toks), 30):
            t = toks[j]
            low = lower_word(t.text)
            nxt = toks[j + 1].text if j + 1 < len(toks) else ""
            verbish = _verbish(nxt)
            if low in {"he", "she"}:
                if not verbish:  # "He also stated": past the adverbs
                    past = _past_adverbs(toks, j + 1)
                    verbish = j + 1 < past < len(toks) and _verbish(toks[past].text)
                candidates.append((Mention(t.start, t.end, t.text, "pronoun"), verbish))
            elif (
                is_capitalised(t.text)
                and t.text not in lexicon.name_stopwords()
                and (not possessive(t.text) or (nxt.lower() in SPEECH_NOUNS and self._opens_clause(toks, j)))
            ):
                k = j
                while k + 1 < len(toks) and (
                    is_capitalised(toks[k + 1].text) or toks[k + 1].text in _RUN_JOINERS
                ):
                    k += 1
                while toks[k].text in _RUN_JOINERS:
                    k -= 1
                # "Thackeray even appealed" after "Udhav Thackeray": a name the article gave
                lone_opener = (
                    j == 0
                    and k == 0
                    and self.resolver.counts.get(t.text, 0) <= 1
                    and not self.resolver.part_of_a_person(t.text)
                )
                after = toks[k + 1].text if k + 1 < len(toks) else ""
                if (
                    lone_opener
                    and after == ","
                    and k + 2 < len(toks)
                    and lower_word(toks[k + 2].text) in {"the", "a", "an"}
                ):
                    # "Zanu-PF, the ruling party of Zimbabwe, responded": described, so a name
                    described = self._appositive_subject(toks, k)
                    lone_opener = described is None or described[0] is not None
                if possessive(toks[k].text) and after.lower() in SPEECH_NOUNS and self._opens_clause(toks, j):
                    # "Kimmitt's response was; "..."": the possessor spoke
                    end = toks[k].end - 2
                    name = self.text[toks[j].start : end]
                    candidates.append((Mention(toks[j].start, end, name, "name", name=name), True))
                elif not lone_opener and not after.startswith(("'", "’")):
                    m = mention_before(self.text, toks, k + 1, j)
                    if m is not None:
                        # "José Aponte also condemned": past adverbs, for a name that opens its
                        # clause ("the director of Costa Coffee vigorously defended" is no verb's)
                        past = _past_adverbs(toks, k + 1) if _opens_its_clause(toks, j) else k
                        ok = (
                            _verbish(after)
                            or (after == "," and k + 2 < len(toks) and _verbish(toks[k + 2].text))
                            or (k + 1 < past < len(toks) and _verbish(toks[past].text))
                        )  # "..., Renato Mele, supported": the apposition closes before the verb
                        if after == "(":  # "the Police (RCMP) confirmed"
                            close = next(
                                (c for c in range(k + 2, min(k + 6, len(toks))) if toks[c].text == ")"), None
                            )
                            ok = (
                                close is not None and close + 1 < len(toks) and _verbish(toks[close + 1].text)
                            )
                            if close == k + 3:  # "... in Europe (OSCE) criticized"
                                take_acronym(m, toks[k + 2].text, self.text, toks[k + 1].start)
                        # "Arlen Specter, the Republican senator from Pennsylvania has ...", "...
                        # of the opposition party in Zimbabwe, the Movement for Democratic Change,
                        # also criticized": a name after a preposition is no subject
                        after_preposition = (  # not "... Co-operation in Europe (OSCE) criticized"
                            j > 0 and after != "(" and self._object_of_preposition(toks, j, k, m)
                        )
                        appositive = self._appositive_subject(toks, k) if after == "," else None
                        if appositive is not None:  # "The mayor of London, Sadiq Khan, gave"
                            named, ok, k = appositive
                            m = named or m  # "Adil Abdul-Mahdi, the acting Prime Minister, spoke"
                            ok = ok and (named is not None or not after_preposition)
                        else:
                            ok = ok and not after_preposition and not _modifies_a_plural(toks, j, k)
                        # "if the House began": a subordinate clause's subject is no subject
                        # seen with its verb
                        candidates.append((m, ok and not _subordinate_subject(toks, j)))
                j = k
            j += 1
        for m, verb_follows in reversed(candidates) if nearest else candidates:
            if verb_follows:
                return m
        if need_verb:
            return None  # a participle's subject must be seen with its verb
        return candidates[0][0] if candidates else None

    @staticmethod
    def _object_of_preposition(toks: list[Token], j: int, k: int, m: Mention) -> bool:
        """Whether the name at tokens ``j`` to ``k`` is a preposition's object, no subject
        ("United States officials in Iraq have", "the leader of Hamas responded"). Not after
        "by" (a passive's agent: "described by Johnson as ..., saying"), inside a name ("Center
        for Bioethical Reform", "Undersecretary of State for Political Affairs Nicholas
        Burns"), for whom a spokesperson speaks ("a spokesperson for Hamas said"), a person
        after a role's body ("ambassador to Zimbabwe Christopher Dell") or a possessor
        ("Migiro's remarks")."""
        word = lower_word(toks[j - 1].text)
        if word not in OBJECT_PREPOSITIONS or word == "by":
            return False
        if j > 1:
            before = toks[j - 2].text
            if lower_word(before) in _SPOKES_NOUNS:
                return False
            if is_role_word(before) and person_like((m.name or "").split()):
                return False
            if is_capitalised(before) and word in {"of", "for", "to"}:
                # inside a name ("Center for Bioethical Reform"; not "a Republican from
                # Connecticut"), which is itself an object when a preposition opens it ("at the
                # Ministry for Foreign Affairs of Finland", "director of Americans United for
                # Separation of Church and State"), else a subject
                i = j - 2
                while i > 0 and (
                    is_capitalised(toks[i - 1].text)
                    or (toks[i - 1].text in _NAME_INNER and i > 1 and is_capitalised(toks[i - 2].text))
                ):
                    i -= 1
                while i > 0 and lower_word(toks[i - 1].text) in {"the", "a", "an"}:
                    i -= 1
                opener = lower_word(toks[i - 1].text) if i > 0 else ""
                if opener not in OBJECT_PREPOSITIONS or opener == "by":
                    return False
        return not possessive(toks[k].text)

    @staticmethod
    def _opens_clause(toks: list[Token], j: int) -> bool:
        """Whether token ``j`` (past a "the") opens its sentence or a clause after a comma,
        where a possessive is the subject's ("Kimmitt's response was"), not an object's
        ("reacted to Ahmadinejad's comments", "used Mr Howard's comments")."""
        if j and lower_word(toks[j - 1].text) == "the":
            j -= 1
        return j == 0 or toks[j - 1].text in {",", ";", ":"} or (j == 1 and is_upper(toks[0].text[:1]))

    def _direct(self) -> None:
        for qi, q in enumerate(self.marks):
            content = self.text[q.start : q.end]
            if not content.strip():
                continue  # '"   "': marks around nothing (found by the fuzzer)
            s = self.sentence_at(q.start)
            next_q = (
                self.marks[qi + 1].start - 1
                if qi + 1 < len(self.marks) and self.marks[qi + 1].paragraph == q.paragraph
                else None
            )
            after_limit = self._after_limit(q, s, next_q)
            floor = (
                max(s.start, self.marks[qi - 1].end + 1)
                if qi and self.marks[qi - 1].end > s.start
                else s.start
            )
            self._forget_cue()
            att = self._attribution_after(q, after_limit, after_limit == next_q, floor) if q.closed else None
            direct_cue = att is not None
            if att is None:
                att = self._attribution_before(q, floor)
                if att is not None:
                    direct_cue = self._cue_adjacent(floor, q.start)
                continued = self._continuation(q)
                if continued is not None:
                    att, direct_cue = continued, True
            words = word_count(content)
            if att is None and words < MIN_UNATTRIBUTED_WORDS:
                continue
            if not direct_cue and words < MIN_UNATTRIBUTED_WORDS:
                continue
            if _title_like(content) or (att is None and (self._term_like(q) or self._label(q))):
                continue
            cue, mention, floating = None, None, False
            if att is not None:
                cue, mention = att
            else:
                # 'Mancini's "passion" for the hobby "stemmed ..."': the sentence's subject;
                # with none, a floating quote that continues the previous speaker
                frame = self._unquoted(self._frame_tokens(s.start, q.start))
                mention = (
                    _sign_before_colon(frame) or self._sentence_subject(frame) or self._colon_lead_in(q, s)
                )
                floating = mention is None
            start, end = q.start, q.end
            while start < end and self.text[start].isspace():
                start += 1
            self.out.append(ExtractedQuote("direct", start, end, cue, mention, None, q.paragraph, floating))
            if att is not None and self._pending_cue is not None:
                self.used_cues.add(self._pending_cue)  # claimed only by a quote that is kept

    def _forget_cue(self) -> None:
        # A method, not "self._pending_cue = None" inline: mypy would narrow the attribute to
        # None for the rest of _direct (the calls that set it notwithstanding), and mypyc
        # compiles that narrowing into a type check that fails.
        self._pending_cue = None

    def _continuation(self, q: Quote) -> tuple[str, Mention] | None:
        """'"A," Peers said, also adding, "B."': a participle that only joins B to the quote
        before it (nothing but "also" or "and" besides) goes on with that quote's speaker; so
        does a quote joined to it by "and" or "or" alone ('shouting "A!" and "B!"')."""
        prev = self.out[-1] if self.out else None
        if prev is None or prev.kind != "direct" or prev.mention is None or prev.paragraph != q.paragraph:
            return None
        words = lexicon.WORD.findall(self.text, prev.end, q.start)
        if prev.cue is not None and len(words) == 1 and words[0] in {"and", "or"}:
            between = self.text[prev.end : q.start].strip(" ,\"'\u201c\u201d\u2018\u2019")
            return (prev.cue, prev.mention) if between == words[0] else None
        if not words or not words[-1].endswith("ing") or {w.lower() for w in words[:-1]} - {"also", "and"}:
            return None
        if words[-1].lower() not in lexicon.reporting_verbs():
            return None
        return words[-1], prev.mention

    def _reported_end(self, right: list[Token]) -> int:
        """Where what a cue reports ends, given the tokens after it: at a clause stop or
        before a second report (:meth:`_clause_end`)."""
        end = next((t.start for t in right if t.text in CLAUSE_STOPS), right[-1].end)
        return min(end, self._clause_end(right))

    @staticmethod
    def _clause_end(right: list[Token]) -> int:
        """Where a reported clause stops: before ", stating ..." or ", calling for ...", and
        before a coordinated second report ("... and suggested ...", ", but AFP reported")."""
        for idx in range(1, len(right) - 1):
            word = right[idx].text
            if word == "," and lower_word(right[idx + 1].text).endswith("ing") and _cue_at(right, idx + 1):
                return right[idx].start
            # "and the ..." with no comma before joins a noun phrase: a cue word in it after a
            # determiner is a noun ("and the other accused have to face justice"), no second
            # report (but "and several said" is one)
            phrase = (
                word == "and"
                and right[idx - 1].text != ","
                and lower_word(right[idx + 1].text) in DETERMINERS_BEFORE_NOUN
            )
            if word.lower() in {"and", "but", "while", "whereas"} and any(
                _cue_at(right, n)
                and not (
                    phrase
                    and _noun_position(right[n - 1].text, right[n - 2].text)
                    and lower_word(right[n - 1].text) not in QUANTIFIERS
                )
                # "farmers and ranchers in the state will lose": a cue word after an article
                # is a noun (after a comma, "..., but the state government refused" is a
                # second clause all the same)
                and (right[idx - 1].text == "," or lower_word(right[n - 1].text) not in {"the", "a", "an"})
                for n in range(idx + 1, min(idx + 7, len(right)))
            ):
                return right[idx - 1].end
        return right[-1].end

    def _opening_description(self, toks: list[Token]) -> Mention | None:
        """ "The German government announced ...": a description that opens the sentence, its
        verb right after it (capitalised modifiers allowed, unlike :meth:`_first_description`)."""
        if not toks or lower_word(toks[0].text) not in {"the", "a", "an"}:
            return None
        j = 1
        while (
            j < min(len(toks), MAX_ROLE_WORDS + 2)
            and is_alpha(toks[j].text)
            and (not _verbish(toks[j].text) or _plural_before_its_past(toks, j))
            and not _is_adverb(toks[j].text)
            and lower_word(toks[j].text) not in NOT_CLAUSE_STARTS  # "The government of Burundi"
            and lower_word(toks[j].text) not in RELATIVES  # "A letter that had been written"
            and lower_word(toks[j].text) not in DISCOURSE_ADVERBS
        ):
            j += 1
        verb = _past_adverbs(toks, j)  # "The company also reported"
        while verb < len(toks) and lower_word(toks[verb].text) in DISCOURSE_ADVERBS:
            verb = _past_adverbs(toks, verb + 1)
        if j < 2 or verb >= len(toks) or not _verbish(toks[verb].text):
            return None
        return Mention(toks[0].start, toks[j - 1].end, self.text[toks[0].start : toks[j - 1].end], "nominal")

    def _first_description(self, toks: list[Token]) -> Mention | None:
        """The first "the/a ... noun" before a verb: a sentence's subject when it is no name."""
        for i, t in enumerate(toks):
            if lower_word(t.text) in {"the", "a", "an"}:
                j = i + 1
                while (
                    j < len(toks)
                    and is_alpha(toks[j].text)
                    and is_lower(toks[j].text)
                    and not (toks[j].text.endswith("ed") or toks[j].text in VERB_HINTS)
                ):
                    j += 1
                if j > i + 1:
                    return Mention(t.start, toks[j - 1].end, self.text[t.start : toks[j - 1].end], "nominal")
        return None

    def _appositive_subject(self, toks: list[Token], k: int) -> tuple[Mention | None, bool, int] | None:
        """An apposition after a subject ending at ``k`` and the verb after it: ", Sadiq
        Khan, gave" gives the named person; ", the acting Prime Minister, spoke" gives None
        (the subject before stands); and where the apposition ends."""
        close = next((c for c in range(k + 2, min(k + 12, len(toks))) if toks[c].text == ","), None)
        verb = _past_adverbs(toks, close + 1) if close is not None else len(toks)  # ", also commented"
        if close is None or verb >= len(toks) or not _verbish(toks[verb].text):
            return None
        words = [t.text for t in toks[k + 2 : close]]
        if person_like(words):
            m = mention_before(self.text, toks, close, k + 2)
            return (m, True, close) if m is not None else None
        return None, True, close

    def _past_object(self, toks: list[Token], j: int, m: Mention | None) -> Mention | None:
        """The subject of the cue at token ``j`` when the description right before it is an
        object ("Schermbeck in responding to the various charges said", "Andrés Sougarret, a
        senior engineer involved in operating the drill said"): the sentence's first name, if
        it has one before the description; else ``m``."""
        if m is None or m.kind != "nominal":
            return m
        cue_after = lower_word(toks[j - 1].text) if j else ""
        if cue_after in {"to", "with", ","} or cue_after in DETERMINERS or toks[j].text.endswith("s"):
            # "leading some to speculate", "with claims", "e-mail messages": no finite cue;
            # "..., said X": inverted, its subject after it
            return m
        k = _token_from(toks, m.start)
        before = toks[k - 1].text if k else ""
        # after a participle, or "to" after a verb: an object ("one of his supporters",
        # "participants in the survey", "a letter-writer to a newspaper" head their own phrase)
        verb_to = before == "to" and k > 1 and toks[k - 2].text.endswith(("ing", "ed"))  # "responding to"
        if not (is_lower(before) and (verb_to or (len(before) > 4 and before.endswith("ing")))):
            return m
        subject = self._sentence_subject(toks[:k])
        return subject if subject is not None and subject.kind == "name" else m

    def _speaker_before(self, toks: list[Token], j: int, width: int, last: int) -> Mention | None:
        """Who speaks through the cue at token ``j`` (``width`` tokens) before a quote."""
        agent = self._passive_agent(toks, j + width, last)
        if agent is not None:  # "Gutierrez was described by the CBCP as "..."": the CBCP
            return agent
        if self._participle(toks, j):  # a participle: the clause's subject spoke
            return self._participle_subject(toks, j)
        if j and lower_word(toks[j - 1].text) in {"and", "but"}:
            # "X made an address and said "..."": the first verb's subject, read from the
            # sentence's start (the frame may start after an earlier quote in it), at most
            # COORDINATED_REACH characters back (a run-on "sentence" of such cues went quadratic)
            start = max(self.sentence_at(toks[j].start).start, toks[j].start - COORDINATED_REACH)
            return self._coordinated_subject(self._unquoted(self._frame_tokens(start, toks[j].start)))
        return self._past_object(toks, j, mention_before(self.text, toks, j, 0))

    def _passive_agent(self, toks: list[Token], after: int, last: int) -> Mention | None:
        """Who a passive cue ending before token ``after`` names with "by", the quote coming
        after "as" ("was described by the CBCP as", "a pattern described by Marine Bulletin
        as"): the describer speaks, not the one described. None elsewhere."""
        if after > last or toks[after].text != "by" or toks[last].text != "as":
            return None
        agent = mention_after(self.text, toks, after + 1, last)
        return agent if agent is not None and agent.kind != "pronoun" else None

    def _coordinated_subject(self, left: list[Token]) -> Mention | None:
        """The subject of a verb coordinated with the one before it ("the city issued ... and
        stated", "Bush made an address on the economy and said"): the first clause's."""
        return (
            self._sentence_subject(left, need_verb=True)
            or self._opening_description(left)
            or self._sentence_subject(left)
            or self._first_description(left)
        )

    def _participle_subject(self, toks: list[Token], j: int) -> Mention | None:
        """Who speaks through a participle: a name right before it ("an order by Admiral
        Elson Hermogino directing ..."), else the nearest subject with a verb before it
        ("..., where Dr. Stefaniak was met with applause upon announcing ..."). Banners and
        signs "reading" words speak for no one: the mention is theirs, and names nobody."""
        sign = _sign_at(toks, j - 1) if j else None
        if sign is not None:
            return sign
        if j > 1 and toks[j - 1].text == "as" and (shown := self._shown_as(toks, j - 1)) is not None:
            return shown
        if j and toks[j - 1].text in SHOWING_DOCUMENTS and (p := _preposition_before(toks, j - 1)) >= 0:
            # "due to the recently released figures showing that ...", "with polls showing":
            # the document shows it, not the sentence's subject (who does in "X released
            # figures showing")
            start, end = toks[p + 1].start, toks[j - 1].end
            return Mention(start, end, self.text[start:end], "nominal")
        if j and is_capitalised(toks[j - 1].text) and toks[j - 1].text not in lexicon.name_stopwords():
            m = mention_before(self.text, toks, j, 0)
            if m is not None and m.kind == "name" and self._agent_position(toks, m):
                return m
        if j and toks[j - 1].text == ",":
            # "with the director of Clean Air Watch, Frank O'Donnell, calling it ...": the agent
            m = mention_before(self.text, toks, j, 0)
            if m is not None and m.kind == "name" and m.role:
                head = self.text.rfind(m.role, 0, m.start)
                k = _token_from(toks, head) if head != -1 else 0
                if k and lower_word(toks[k - 1].text) == "with":
                    return m
        return (
            self._sentence_subject(toks[:j], nearest=True, need_verb=True)
            or self._first_description(toks[:j])
            or mention_before(self.text, toks, j, 0)
        )

    def _shown_after(self, toks: list[Token], verb: int) -> Mention | None:
        """Who speaks when "as saying" follows a showing verb at ``verb`` in the same
        clause ("reported spokesman Tom McCollum as saying"): see :meth:`_shown_as`."""
        for a in range(verb + 1, min(len(toks) - 1, verb + MAX_SHOWN_OBJECT)):
            if toks[a].text in SHOWN_STOPS:
                return None
            if toks[a].text == "as" and toks[a + 1].text.endswith("ing"):
                return self._shown_as(toks, a)
        return None

    def _shown_as(self, toks: list[Token], as_at: int) -> Mention | None:
        """Who speaks in "<source> quoted <X> as saying": X, the verb's object ("Reuters
        quoted him as saying", "the BBC quoted a Palestinian official as saying": no one
        named, not the BBC), or in "<X> was quoted by <source> as saying" the subject. None
        without such a verb in the few words before "as"."""
        v = as_at - 1
        while v >= 0 and as_at - v <= MAX_SHOWN_OBJECT and lower_word(toks[v].text) not in SHOWING_VERBS:
            if toks[v].text in SHOWN_STOPS:
                return None
            v -= 1
        if v < 0 or lower_word(toks[v].text) not in SHOWING_VERBS or v + 1 >= as_at:
            return None
        k = v
        while k > 0 and lower_word(toks[k - 1].text) in PASSIVE | {"has", "have", "had"}:
            k -= 1
        if k < v:
            # "Smith was quoted by Reuters as saying", "Reynolds was quoted in a New York
            # Times article as saying": the passive's subject
            return mention_before(self.text, toks, k, 0)
        first = toks[v + 1].text
        if first.lower() in OBJECT_PRONOUNS and v + 2 == as_at:
            pronoun = toks[v + 1]
            return Mention(pronoun.start, pronoun.end, pronoun.text, "pronoun")
        if first.lower() in {"a", "an"}:
            # "a senior US official speaking under condition of anonymity": up to its role
            # noun; "an official at the Ministry of Foreign Affairs": the ministry
            end = next((e for e in range(v + 2, as_at) if is_role_word(toks[e].text)), as_at - 1)
            if end + 2 < as_at and toks[end + 1].text in {"at", "of", "for", "from", "with"}:
                body = mention_after(self.text, toks, end + 2, as_at)
                if body is not None and body.kind == "name":
                    return body
            start, stop = toks[v + 1].start, toks[end].end
            return Mention(start, stop, self.text[start:stop], "nominal")
        if toks[as_at - 1].text == ",":
            # "reported spokesman for the 18th Airborne, Tom McCollum, as saying": the name
            # in apposition to the role
            c = next((p for p in range(as_at - 2, v, -1) if toks[p].text == ","), -1)
            if c > v + 1 and person_like([t.text for t in toks[c + 1 : as_at - 1]]):
                named = mention_after(self.text, toks, c + 1, as_at - 1)
                if named is not None and named.kind == "name":
                    return named
        return mention_after(self.text, toks, v + 1, as_at)

    @staticmethod
    def _agent_position(toks: list[Token], m: Mention) -> bool:
        """Whether a name right before a participle can be its subject: it opens the sentence
        or a clause, is an agent ("an order by Admiral Hermogino directing", "with analyst
        David Strauss saying") or shown speaking ("al Jazeera quoted Mr. Sharon saying"); not
        an object ("a ruling against President Donald Trump finding", "a letter to Tony Blair
        saying": the judge's, the writers')."""
        i = _token_from(toks, m.start) - 1
        while i >= 0 and (
            is_capitalised(toks[i].text)
            or is_role_word(toks[i].text)
            or toks[i].text[:1].isdigit()
            or lower_word(toks[i].text) in {"the", "a", "an"}
        ):
            i -= 1  # past a title or role: "President", "UBS analyst", "the", "1st Lt."
        return i < 0 or toks[i].text in AGENT_BEFORE or lower_word(toks[i].text) in SHOWING_VERBS

    @staticmethod
    def _participle(toks: list[Token], j: int) -> bool:
        """ "..., saying", "released a statement saying": the clause's subject is the
        speaker; "he is saying" is a verb of its own."""
        return toks[j].text.endswith("ing") and not (j and lower_word(toks[j - 1].text) in PASSIVE)

    def _governs_clause(self, toks: list[Token], j: int, cue: tuple[str, lexicon.Cue, int]) -> bool:
        """Whether the cue at ``j`` reports a clause of its own ("she shared that ...")."""
        k = j + cue[2]
        if cue[1].takes_object and k < len(toks):
            k = self._skip_object(toks, k)
        found = self._clause_start(toks, k, cue[1])
        if found is None:
            return False
        start, via_that = found
        rest = toks[start:]
        if via_that:
            return True
        return _looks_clause(rest) and not any(t.text in {"\u201c", '"'} for t in rest[:2])

    def _clause_start(self, toks: list[Token], k: int, entry: lexicon.Cue) -> tuple[int, bool] | None:
        """Where the reported clause starts after a cue (and its hearer) at token ``k``, and
        whether "that" introduced it. "that" counts right after the cue or after an
        adverbial ("said in a statement that", "stated to the CBC in late June that"), not
        after a noun it relates to ("said of the cooperation that began")."""
        for m in range(k, min(len(toks), k + 10)):
            word = toks[m].text
            if word.lower() == "that":
                prev = toks[m - 1].text if m > k else ""
                if m == k or is_upper(prev[:1]) or prev[:1].isdigit() or prev.lower() in ADVERBIAL_HEADS:
                    return m + 1, True
                break  # "saying an attack that day ...": a relative "that", not the clause's
            if word == "," and self._comma_that(toks, k, m, entry):
                return m + 2, True  # "claimed in a speech on February 5, 2004, that ..."
            if word == "," and m + 1 < len(toks) and toks[m + 1].text[:1].isdigit():
                continue  # "on February 5, 2004": a date's comma
            if word == "," and (after := self._that_after_aside(toks, k, m)) is not None:
                return after, True
            if word in {",", ";", ":", "\u201c", '"'}:
                break
        if entry.weak:
            return None  # a weak cue ("found", "established") reports speech only with "that"
        start = k
        if start < len(toks) and toks[start].text in NOT_CLAUSE_STARTS:
            # "estimated by 9 pm, there would be ...": a fronted adverbial ends at a comma
            comma = next((i for i in range(start, min(start + 8, len(toks))) if toks[i].text == ","), None)
            if comma is not None and _looks_clause(toks[comma + 1 :]):
                return comma + 1, False
        return self._skip_adverbials(toks, start), False

    @staticmethod
    def _that_after_aside(toks: list[Token], k: int, comma: int) -> int | None:
        """Where the reported clause starts after an aside that is no clause and ends in ",
        that" ("said, however, that he would resign", "told Anadolu Agency, a local news
        outlet, that one of the deceased was ..."); None when the words before are a clause
        of their own ("said there is no deadline, that Canada has not decided": both are
        reported) or what follows is none ("a plan, that was to be placed"); not after a
        passive's agent or a second verb ("allegations, published and then retracted by
        Newsweek, that ...": the allegations')."""
        if lower_word(toks[k].text) in {"by", "and", "or"}:
            return None
        for j in range(comma, min(len(toks) - 2, k + ASIDE_REACH)):
            word = toks[j].text
            if word == "," and lower_word(toks[j + 1].text) == "that":
                if _looks_clause(toks[k:j]) or not _looks_clause(toks[j + 2 :]):
                    return None
                return j + 2
            if word in {";", ":", "\u201c", "\u201d", '"', "(", ")"}:
                return None
        return None

    @staticmethod
    def _comma_that(toks: list[Token], k: int, comma: int, entry: lexicon.Cue) -> bool:
        """Whether ", that" at ``comma`` opens the reported clause after an adverbial or a
        hearer ("claimed in a speech on February 5, 2004, that the trailers ...", "warned
        legislators, that their bill ..."), not after an object ("proposed a plan, that was
        to be placed ...") and not as a demonstrative (", that flight will be cancelled")."""
        if comma + 2 >= len(toks) or lower_word(toks[comma + 1].text) != "that" or comma == k:
            return False
        opener = lower_word(toks[k].text)
        if not (opener in ADVERBIAL_OPENERS - {"by"} or _is_adverb(opener) or entry.takes_object):
            return False
        nxt = toks[comma + 2].text
        return nxt.lower() in CLAUSE_OPENERS or (is_upper(nxt[:1]) or nxt[:1].isdigit())

    @staticmethod
    def _skip_adverbials(toks: list[Token], start: int) -> int:
        """Past the adverbials between a cue and its clause: "on Sunday", "in a statement",
        "last week", "in Washington", "publicly". Never past a new subject: "stated this was",
        "reported on Sunday the Iowa Democratic Party had"."""
        limit = min(len(toks), start + 8)
        while start < limit:
            word = lower_word(toks[start].text)
            nxt = toks[start + 1].text if start + 1 < len(toks) else ""
            if word in STANDALONE_ADVERBS or word in WEEKDAY_WORDS:
                start += 1  # "publicly", "said Thursday his party ..."
            elif word in {"this", "last", "next"} and nxt.lower() in TIME_WORDS:
                start += 2  # "last week", "this morning"
            elif word in {"on", "during", "until", "by"} and (nxt.lower() in TIME_WORDS or nxt[:1].isdigit()):
                start += 2  # "on Sunday", "on 5 May"
                while start < limit and (
                    toks[start].text[:1].isdigit() or lower_word(toks[start].text) in TIME_WORDS
                ):
                    start += 1
            elif (
                word in {"in", "at", "from", "to"}
                and nxt.lower() in {"a", "an", "the", "his", "her", "their", "its"}
                and start + 2 < len(toks)
                and lower_word(toks[start + 2].text) in ADVERBIAL_HEADS
            ):
                start += 3  # "in a statement", "to the press"
            elif word in {"in", "at", "from"} and (nxt.lower() in TIME_WORDS or nxt[:1].isdigit()):
                start += 2  # "in May", "in 2019"
            elif word in {"in", "at", "from", "on"} and is_upper(nxt[:1]):
                start += 1  # "in Washington", "on Twitter": a place or a medium
                while start < limit and is_upper(toks[start].text[:1]):
                    start += 1
            else:
                break
        return start

    def _unquoted(self, toks: list[Token]) -> list[Token]:
        """The tokens not inside the quote that starts last at or before them. One walk, as
        tokens come in order and that quote only moves forward: one bisection for the list,
        not one per token."""
        if not toks:
            return []
        marks, starts = self.marks, self.mark_starts
        k = bisect_right(starts, toks[0].start) - 1
        out = []
        for t in toks:
            pos = t.start
            while k + 1 < len(starts) and starts[k + 1] <= pos:
                k += 1
            if k < 0 or not marks[k].start <= pos < marks[k].end:
                out.append(t)
        return out

    def _colon_lead_in(self, q: Quote, s: Sentence) -> Mention | None:
        """'Galantino has called the sentence "dangerous":' then, in the next paragraph, the
        quote: the speaker is the subject of the sentence that the colon ends."""
        if s.start != q.start - 1 or q.paragraph == 0:
            return None
        idx = self.sent_index[s.start]
        prev = self.sents[idx - 1] if idx else None
        if (
            prev is None
            or prev.paragraph != q.paragraph - 1
            or not self.text[: prev.end].rstrip().endswith(":")
        ):
            return None
        frame = self._unquoted(self._frame_tokens(prev.start, prev.end))
        return self._sentence_subject(frame)

    def _term_like(self, q: Quote) -> bool:
        """'the "one country, two systems" model': a quoted term used as a modifier."""
        before = " " + self.text[max(0, q.start - 8) : q.start - 1].lower().rstrip()
        after = self.text[q.end + 1 : q.end + 20].split()
        det = before.endswith((" the", " a", " an", " its", " his", " her", " their"))
        word = after[0].rstrip(",.;:") if after else ""
        return det and is_alpha(word) and is_lower(word)

    def _label(self, q: Quote) -> bool:
        """'Dubbed as the "single most exciting political event of 2008"', 'known as "the
        Butcher"': a name given to something, no one's words here."""
        before = self.text[max(0, q.start - 30) : q.start - 1].lower().split()[-4:]
        return any(w in LABEL_WORDS for w in before)

    def _cue_adjacent(self, floor: int, quote_start: int) -> bool:
        """Whether the quote is framed as speech by what precedes it: a cue, then at most a
        short hearer or adverbial, then a comma or colon ("he said, "...", "She told a guard
        at the door, in French, "..."); or a cue right before it ("told reporters "...").
        "declared that Soleimani was "martyred"" and "called the sentence "dangerous"" are not."""
        toks = self._frame_tokens(floor, quote_start - 1)
        last = len(toks) - 1
        punctuated = last >= 0 and toks[last].text in {",", ":"}
        while last >= 0 and toks[last].text in {",", ":", "—", "–"}:
            last -= 1
        reach = ATTRIBUTION_REACH if punctuated else 3
        for j in range(last, max(-1, last - reach), -1):
            cue = _cue_at(toks, j)
            if cue is None or (cue[1].direct_only and not punctuated):
                continue
            gap = [lower_word(t.text) for t in toks[j + cue[2] : last + 1]]
            if "that" in gap or any(g in VERB_HINTS for g in gap):
                return False
            # "told reporters "...", "told the BBC "...": a hearer; "promising a "..."": none
            hearer = not gap or gap[-1] in HEARERS or is_upper(toks[last].text[:1])
            return punctuated or (
                hearer
                and all(
                    g in HEARERS or g in {"the", "a", "an"} or is_upper(g[:1])
                    for g in (t.text for t in toks[j + cue[2] : last + 1])
                )
            )
        return False

    def _after_limit(self, q: Quote, s: Sentence, next_q: int | None) -> int:
        """Where the frame after a quote ends: the sentence end, or the next sentence's when
        the quote ends its own sentence (`"...done." SpaceX founder Elon Musk told the press`)."""
        limit = s.end
        if q.end + 2 >= s.end:
            idx = self.sent_index[s.start]
            if idx + 1 < len(self.sents) and self.sents[idx + 1].paragraph == s.paragraph:
                limit = self.sents[idx + 1].end
        if next_q is not None:
            limit = min(limit, next_q)
        return limit

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence holding offset ``pos``."""
        i = bisect_right(self.sent_starts, pos) - 1
        return self.sents[max(i, 0)]

    # -- indirect quotes ----------------------------------------------------------------
    def _indirect(self) -> None:
        cue_words = lexicon.cue_word_offsets(self.text)
        for s in self.sents:
            i = bisect_left(cue_words, s.start)
            if i == len(cue_words) or cue_words[i] >= s.end:
                continue  # no cue word at all: most sentences, skipped without tokenising
            inside = self._marks_within(s.start, s.end)
            toks = self._frame_tokens(s.start, s.end)
            if inside:
                toks = self._unquoted(toks)
            # Real sentences are far shorter than a window; a 5 MB run-on "sentence" is cut
            # into windows so every cue costs a bounded amount of work (linear time overall).
            for w in range(0, max(len(toks), 1), SENTENCE_WINDOW):
                window = toks[w : w + SENTENCE_WINDOW]
                if len(window) >= 4:
                    whole = len(toks) <= SENTENCE_WINDOW
                    span = s if whole else Sentence(window[0].start, window[-1].end, s.paragraph)
                    self._indirect_sentence(span, window, inside)

    def _marks_within(self, start: int, end: int) -> list[Quote]:
        """The quotes that overlap [start, end), found by bisection (marks are sorted)."""
        i = max(bisect_left(self.mark_starts, start) - 1, 0)
        j = bisect_left(self.mark_starts, end)
        return [q for q in self.marks[i:j] if q.end > start]

    def _cue_tokens(self, toks: list[Token]) -> list[tuple[int, str]]:
        """(index, lowercase) of the tokens of ``toks`` (in text order) that can start an
        indirect cue or a reporting phrase, found among the article's key words (made once)
        rather than by lowercasing every token of a sentence and looking it up (~4% of an
        extraction). A key word is a maximal [a-z]+ run of the lowercased text, and a token
        whose lowercase is such a word starts and ends where the run does, so the token at a
        key word's offsets is the word; one with other offsets ("said-so", "Mrs.") is not.
        Except beside the Kelvin sign, which lowercases to "k" but is no key word's letter:
        texts holding it have every token looked up."""
        wanted = lexicon.cue_or_phrase_words()
        if self._cue_starts is None:
            self._kelvin = "\u212a" in self.text
            keys = [k for k in lexicon.key_words(self.text) if k[2] in wanted]
            self._cue_starts = [k[0] for k in keys]
            self._cue_words = [(k[1], k[2]) for k in keys]
        if self._kelvin:
            return [(j, w) for j, t in enumerate(toks) if (w := lower_word(t.text)) in wanted]
        out: list[tuple[int, str]] = []
        if not toks:
            return out
        starts = self._cue_starts
        lo = bisect_left(starts, toks[0].start)
        hi = bisect_left(starts, toks[-1].end, lo)
        j, last = 0, len(toks) - 1
        for k in range(lo, hi):
            start = starts[k]
            while j < last and toks[j].start < start:  # tokens and key words both in text order
                j += 1
            end, word = self._cue_words[k]
            if toks[j].start == start and toks[j].end == end:
                out.append((j, word))
        return out

    def _indirect_sentence(self, s: Sentence, toks: list[Token], inside: list[Quote]) -> None:
        cues = self._cue_tokens(toks)
        # "According to X, CLAUSE." and "CLAUSE, according to X."
        phrases, firsts = lexicon.reporting_phrases(), lexicon.reporting_phrase_first_words()
        for j, word in cues:
            if word not in firsts or j == len(toks) - 1:
                continue
            phrase = f"{word} {lower_word(toks[j + 1].text)}"
            if phrase in phrases:
                if j > 1 and self._reported_before(toks, cues, j, inside):
                    break  # "Hersh claimed that ... according to a consultant": Hersh's claim
                self._according(s, toks, j, phrase)
                return

        # Every cue in the sentence proposes a quote. The best-evidenced ones win, and
        # several can stand ("he claimed X; Redouane claimed Y") if they do not overlap:
        # a named or pronoun speaker over a description, a strong cue over a weak one.
        found: list[tuple[tuple[int, int, int], tuple[int, int, str, Mention]]] = []
        indirect_words = lexicon.indirect_cue_words()
        for j, word in cues:
            if word not in indirect_words:
                continue  # no cue that reports indirect speech starts here
            cue = _cue_at(toks, j)
            if cue is None or cue[1].direct_only:
                continue
            before = lower_word(toks[j - 1].text) if j else ""
            if before in PASSIVE:
                continue  # "was told", "is said to be"
            if toks[j].start in self.used_cues:
                continue  # it attributes a direct quote
            if (
                j
                and _noun_position(toks[j - 1].text, toks[j - 2].text if j > 1 else "")
                # "Some say", "many believe": a quantifier standing for people, a verb after it
                and not (
                    before in QUANTIFIERS
                    and word == cue[1].lemma
                    and cue[1].lemma in VERB_ONLY_CUES
                    and (
                        j == 1
                        or not is_alpha(toks[j - 2].text[:1])
                        or lower_word(toks[j - 2].text) in CLAUSE_JOINERS
                    )
                )
                # "The Times and the AP both report", "Delta and Northwest both said", "They
                # both said": after its subject, a verb after it
                and not floating_quantifier(toks, j - 1)
            ):
                continue  # "six states that ...", "a reported total", "the government's request"
            candidate = self._indirect_at(s, toks, j, cue, inside)
            if candidate is not None and plausible_speaker(
                cue[0], cue[1], candidate[3], _word_before_verb(toks, j)
            ):
                rank = ({"name": 2, "pronoun": 2}.get(candidate[3].kind, 0), 0 if cue[1].weak else 1, -j)
                found.append((rank, candidate))
        if not found:
            return  # most sentences: no call to sorted(), which is a generic one compiled
        taken: list[tuple[int, int]] = []
        for _, (start, end, form, mention) in sorted(found, key=lambda x: x[0], reverse=True):
            if all(end <= a or start >= b for a, b in taken):
                taken.append((start, end))
                self._add_indirect(start, end, form, mention)

    def _reported_before(
        self, toks: list[Token], cues: list[tuple[int, str]], j: int, inside: list[Quote]
    ) -> bool:
        """Whether a named or pronoun subject reports a "that" clause before the phrase at
        ``j`` ("Wyborcza also claims that this misunderstanding — according to an expert —
        might ...", "The New York Times and the Associated Press both report that ... rose in
        August according to research by ..."): the phrase sits inside what they report, and
        their cue attributes the sentence. Not a poll's finding ("43% of Americans believe
        that ..., according to ...") nor a description's ("oil executives believe that"); and
        not when a quotation ends right before it, which the phrase may source ('the AMA has
        expressed concerns, "...," according to a statement the AMA made'). ``cues``: the
        sentence's cue tokens (_cue_tokens)."""
        for c, word in cues:
            if c < 1 or c >= j - 1:
                continue
            if word not in lexicon.indirect_cue_words() or lower_word(toks[c + 1].text) != "that":
                continue
            cue = _cue_at(toks, c)
            if cue is None or cue[1].direct_only or cue[1].weak or lower_word(toks[c - 1].text) in PASSIVE:
                continue
            if toks[c].start in self.used_cues:
                continue  # it attributes a direct quote, so reports no clause here
            if any(
                toks[c].start < q.start < toks[j].start
                and not self.text[q.end : toks[j].start].strip(_QUOTE_TAIL)
                for q in inside
            ):
                return False
            m = mention_before(self.text, toks, c)
            if m is not None and m.kind in ("pronoun", "name"):
                return True
        return False

    def _according(self, s: Sentence, toks: list[Token], j: int, phrase: str) -> None:
        """ "According to X, CLAUSE." / "CLAUSE, according to X." / "In the long term,
        according to X, CLAUSE." (a clause after the name wins)."""
        cue_text = self.text[toks[j].start : toks[j + 1].end]
        m = mention_after(self.text, toks, j + 2, len(toks))
        if m is None:
            return
        named_end = k = _token_from(toks, m.end, len(toks))
        while k < len(toks) and toks[k].text != ",":
            k += 1
        k = _past_region(toks, k)  # "According to police in Baytown, Texas, ..."
        between = toks[named_end:k]
        between_clause = _looks_clause(between)
        last_word = m.text.split()[-1].lower()
        if (
            between_clause
            and lower_word(between[0].text) in SUBJECT_OPENERS
            and last_word not in SOURCE_GOES_ON  # "reports given to", "counts reported in"
        ):
            k = named_end - 1  # "According to the Voice of America the earthquake killed ...": no comma
        elif not between_clause:  # not past a clause: "an FBI statement Younis said ..., "
            k, m = self._past_appositives(toks, k, m)
        right = toks[k + 1 :] if k + 1 < len(toks) else []
        if j > 1 and self._verb_after_apposition(toks, k, m):
            # "The flame, according to Ms Eva Ho, Communications Manager of ExxonMobil, is dying."
            start, end = s.start, s.end
        elif right and (_looks_clause(right) or self._after_fronted_adverbial(right)):
            start, end = right[0].start, s.end
            if m.role and self.text.startswith(m.role, start) and _looks_clause(_up_to_comma(right)):
                # "According to Reuters, the company lost money": what follows the comma is
                # what was reported, not the source's description
                m.role = None
            # "..., however according to the Haitian minister, 150,000 are dead": that one's
            again = _phrase_at(right, phrase)
            if again is not None:
                if lower_word(right[again - 1].text) in DISCOURSE_ADVERBS:
                    again -= 1
                end = right[again].start
        elif j > 1 and right and _verbish(right[0].text):
            # "Tesco's operation, according to Gazeta Wyborcza, is too big": subject and verb
            # stand either side of the attribution
            start, end = s.start, s.end
        elif j > 1:
            start, end = s.start, toks[j].start
        else:
            return
        start, end = _strip_span(self.text, start, end)
        if word_count(self.text[start:end]) < CLAUSE_MIN_WORDS or self._inside_direct(start, end):
            return
        if m.kind == "nominal" and lower_word(m.text).startswith("its "):
            m = self._owner(toks, j, m) or m
        self._add_indirect(start, end, cue_text, m)

    def _owner(self, toks: list[Token], j: int, m: Mention) -> Mention | None:
        """Whose "its website" is cited: the sentence's subject, when a name and no person's
        ("Delta has expanded ..., according to its website", "According to its press release,
        the NBA was ...")."""
        rest = [t for i, t in enumerate(toks) if i not in (j, j + 1) and not m.start <= t.start < m.end]
        owner = self._sentence_subject(rest)
        if owner is None or owner.kind != "name" or person_like((owner.name or "").split()):
            return None
        after = next((t.text for t in rest if t.start >= owner.end), "")
        low = after.lower()
        if is_alpha(after[:1]) and not (
            low in VERB_HINTS or low in lexicon.irregular_past() or low.endswith("ed")
        ):
            return None  # "roughly two-thirds of the Democratic voters": a modifier, no owner
        return owner

    def _past_appositives(self, toks: list[Token], comma: int, m: Mention) -> tuple[int, Mention]:
        """ "According to Nathan Bond, an MFO spokesman, no peacekeepers were injured": the comma
        before the clause, past up to two appositives of the source ("an MFO spokesman", "Khadr's
        civilian lawyer", "however"), and who speaks. A person's name in apposition to a
        description ("According to the official, Issa Tchiroma Bakary, ..."), or named with a
        role after a source ("According to PRESS TV, Sergeant Brooke Murphy, a spokesman for
        U.S. forces, ...") is the speaker."""
        commas = self._appositive_commas(toks, comma)
        segments = [toks[a + 1 : b] for a, b in itertools.pairwise(commas)]
        for n in range(1, len(commas)):
            if not self._clause_follows(toks, commas[n]):
                continue
            if self._clause_segment(segments[n - 1]) and not _relative_segment(segments[n - 1]):
                break  # past the clause
            speaker = self._apposed_speaker(toks, commas[: n + 1], segments[:n], m)
            if speaker is not None:
                return commas[n], speaker
        return comma, m

    def _apposed_speaker(
        self, toks: list[Token], commas: list[int], segments: list[list[Token]], m: Mention
    ) -> Mention | None:
        """Who speaks when every segment is the source's apposition; None when one is not."""
        speaker = m
        for idx, segment in enumerate(segments):
            words = [t.text for t in segment]
            if _relative_segment(segment) or (
                words[0] in AFFILIATIONS
                and speaker.kind == "name"
                and person_like((speaker.name or "").split())
            ):
                continue  # "one mutineer, who spoke to the BBC,", "Jan Johnson, with the Bureau,"
            if self._clause_segment(segment):
                return None
            role_next = idx + 1 < len(segments) and self._appositive([t.text for t in segments[idx + 1]])
            # "According to one Buffalo, New York Common Council member, David Franczyk, ...":
            # the person a role apposition names
            role_before = idx > 0 and self._appositive([t.text for t in segments[idx - 1]])
            if person_like(words) and (speaker.kind != "name" or role_next or role_before):
                speaker = mention_after(self.text, toks, commas[idx] + 1, commas[idx + 1]) or speaker
            elif not (
                (speaker.kind == "name" and self._appositive(words))
                or (len(words) == 1 and words[0].lower() in DISCOURSE_ADVERBS)
            ):
                return None
        return speaker

    def _clause_segment(self, segment: list[Token]) -> bool:
        """A clause, not an apposition: "a spokesman for U.S. forces" reads as one to
        :func:`_looks_clause` ("forces" as a verb), a description with no other verb is none."""
        if not _looks_clause(segment):
            return False
        words = [t.text for t in segment]
        if not self._appositive(words):
            return True
        return any(
            w in VERB_HINTS
            or w in lexicon.irregular_past()
            or (is_lower(w) and w.endswith("ed") and len(w) > 3 and w not in MODIFIER_PARTICIPLES)
            for w in words
        )

    @staticmethod
    def _after_fronted_adverbial(right: list[Token]) -> bool:
        """ "According to the mayor, Dee Margo, during the weekend, police were investigating":
        an adverbial, a comma, then the clause (reported with its adverbial)."""
        if lower_word(right[0].text) not in ADVERBIAL_OPENERS:
            return False
        comma = next((i for i in range(1, min(len(right), 8)) if right[i].text == ","), None)
        return comma is not None and _looks_clause(right[comma + 1 :])

    def _verb_after_apposition(self, toks: list[Token], comma: int, m: Mention) -> bool:
        """Whether the source's apposition, after the comma at ``comma``, is followed by a verb
        whose subject stands before the attribution."""
        commas = self._appositive_commas(toks, comma)
        if m.kind != "name" or len(commas) < 2 or commas[1] + 1 >= len(toks):
            return False
        segment = toks[comma + 1 : commas[1]]
        return (
            self._appositive([t.text for t in segment])
            and not self._clause_segment(segment)
            and _verbish(toks[commas[1] + 1].text)
        )

    @staticmethod
    def _appositive_commas(toks: list[Token], comma: int) -> list[int]:
        """The comma at ``comma`` and the ones that close up to two short segments after it."""
        commas = [comma]
        for _ in range(MAX_APPOSITIVES):
            nxt = next((i for i in range(commas[-1] + 1, len(toks)) if toks[i].text in {",", ";"}), None)
            if nxt is None or toks[nxt].text != "," or not 0 < nxt - commas[-1] - 1 <= MAX_APPOSITIVE_WORDS:
                break
            commas.append(nxt)
        return commas

    @staticmethod
    def _clause_follows(toks: list[Token], comma: int) -> bool:
        """Whether a reported clause starts after the comma at ``comma``, rather than more of a
        list ("China, Iran and Vietnam"), a relative clause, a verb whose subject went before
        ("Laurie Coleman, wife of Senator Coleman, found"), or an apposition ("the GNP in
        Eastern Turkey, an area inhabited by Kurds, is")."""
        after = toks[comma + 1 :]
        stop = next((i for i, t in enumerate(after) if t.text in {",", ";"}), len(after))
        if not after or lower_word(after[0].text) in RELATIVES or not _looks_clause(after[:stop]):
            return False
        if any(lower_word(t.text) in {"and", "or"} for t in after[:2]):
            return False
        first = after[0].text
        if is_lower(first) and (
            first in VERB_HINTS or first in lexicon.irregular_past() or first.endswith(("ed", "ing"))
        ):
            return False  # "..., showing one demonstrator ...": a participle, no clause
        return not (stop + 1 < len(after) and lower_word(after[stop + 1].text) in VERB_HINTS)

    @staticmethod
    def _appositive(words: list[str]) -> bool:
        """ "a cybersecurity firm", "Khadr's civilian lawyer", "Chittagong police commissioner":
        words that describe a source, not a clause's subject ("skulls with spikes")."""
        first = words[0].lower()
        if any(w in QUOTE_MARKS for w in words):
            return False
        if person_like(words) and not any(is_role_word(w) for w in words[1:]):
            return False  # "Sergeant Brooke Murphy": a name, its title no description
        return (
            first in {"a", "an", "the"}
            or first.endswith(("'s", "\u2019s"))
            or any(is_role_word(w) for w in words)
        )

    def _inside_direct(self, start: int, end: int) -> bool:
        return any(q.start <= start and end <= q.end for q in self.marks)

    def _indirect_at(
        self, s: Sentence, toks: list[Token], j: int, cue: tuple[str, lexicon.Cue, int], inside: list[Quote]
    ) -> tuple[int, int, str, Mention] | None:
        """The indirect quote that the cue at token ``j`` reports, or None."""
        form, entry, width = cue
        after = j + width
        if _noun_before_verb(form, toks[after].text if after < len(toks) else ""):
            return None  # "Initial reports show ...", "reports indicated": a noun, not the cue
        if _plural_before_its_verb(form, toks, after):
            return None  # "Eyewitness reports from Warren Street say ...": the subject's noun
        # Right of the cue: [hearer] [adverbials] [that] CLAUSE
        if _absolute_phrase(toks, j, after):
            return None
        k = after
        if entry.takes_object and k < len(toks):
            k = self._skip_object(toks, k)
        if k + 1 < len(toks) and lower_word(toks[k].text) == "at" and _is_amount(toks[k + 1].text):
            return None  # "what organizers estimated at 1.7 million": a figure, not speech
        if toks[k : k + 1] and lower_word(toks[k].text) == "to":
            hearer = self._skip_object(toks, k + 1) if k + 1 < len(toks) else k + 1
            if hearer == k + 1:
                return None  # "told them to leave", "urged states to vote": an order
            k = hearer  # "stated to the CBC", "announcing to journalists": a hearer
        if k < len(toks) and lower_word(toks[k].text) in REFLEXIVES:
            return None  # "declared itself in possession of ...", "revealed himself": no clause
        found = self._clause_start(toks, k, entry)
        if found is None:
            return None  # before the subject is looked for: one weak cue in seven has no "that"
        if entry.takes_thing and not found[1] and _reported_thing(toks, found[0]):
            return None  # "claimed responsibility for the attack": a thing, not a clause
        if self._participle(toks, j):
            subject = self._participle_subject(toks, j)
        elif j and lower_word(toks[j - 1].text) in {"and", "but"}:
            # "... indicated X and suggested Y", "the city issued ... and stated Y"
            subject = self._coordinated_subject(toks[:j])
        else:
            before = mention_before(self.text, toks, _subject_end(toks, j, entry), 0)
            subject = self._past_object(toks, j, before)
            if (
                subject is not None
                # "Christine Read, director of FPA, said X, ...": hers
                and not (subject.kind == "name" and person_like((subject.name or "").split()))
                and not entry.takes_object  # ", told Reuters.": the hearer
                and j
                and toks[j - 1].text == ","
                and self._name_ends_after(toks, after)
            ):
                subject = None  # "In spite of this, risks lurk, said Balisacan.": inverted
        clause_start, via_that = found
        that = clause_start - 1 if via_that else None
        right = toks[clause_start:]
        if (
            not via_that
            and j
            and toks[j - 1].text == ","
            and self._participle(toks, j)
            and _past_the_aside(toks, clause_start)
            and not _looks_clause(toks[: j - 1])  # between a subject and its verb
        ):
            return None  # "X, remarking on a train incident, said ...": X's verb, not the cue's clause
        if right and right[0].text == ",":
            # "CLAUSE, X said, calling for ...": the clause is on the left; but "Indeed, News 12
            # reported, CLAUSE" and "In between, she testified, CLAUSE" report what follows.
            left = [t for t in toks[:j] if subject is None or t.start < subject.start]
            reports_right = _subordinate(left) and plausible_speaker(form, entry, subject)
            after_aside = right[1:]
            right = [] if _looks_clause(left) and not reports_right else after_aside
            split = None
            if subject is not None and not self._participle(toks, j):
                split = _split_by_aside(left, after_aside)
            if subject is not None and split is not None:
                # "Eisenhower, he said, had taken accountability": subject and verb stand
                # either side of the attribution, so the sentence is reported whole (as with
                # "The flame, according to Ms Ho, is dying")
                start, end = _strip_span(self.text, left[split].start, self._reported_end(after_aside))
                return self._candidate(start, end, form, subject)
        if not via_that and right and _reporting_participle(right[0].text):
            # "ETA said, adding that ...", "responded to CBC News saying that ...": what is
            # reported starts after the participle (not "argued allowing sports betting would")
            at = len(toks) - len(right)
            if len(right) > 2 and lower_word(right[1].text) == "that":
                right, that = right[2:], at + 1
            elif at and toks[at - 1].text == ",":
                right = right[1:]
        if that is None and right and _object_then_subordinate(right):
            right = []  # "reported a 39% loss, whilst Ford's sales fell 41%": no report to its right
        if subject is not None and right and self._opens_quote(toks, clause_start, inside):
            return None  # X said "...": the direct quote carries it
        if (
            that is None
            and right
            and j
            and lower_word(toks[j - 1].text) == "to"
            and entry.lemma != "say"  # "went on to say the government failed": a clause
            and not _plainly_clause(right)
        ):
            right = []  # "went to rallies to protest the declaration": the infinitive's object
        relative = subject is not None and _relative_before(self.text, subject.start)
        if subject is not None and right and (that is not None or _looks_clause(right, relative)):
            end = self._reported_end(right)
            if _in_subordinate(toks, j):
                end = min(end, _main_clause_comma(right, end))
            start, end = _strip_span(self.text, right[0].start, end)
            return self._candidate(start, end, form, subject, after_that=that is not None, relative=relative)
        # Left of the cue: "CLAUSE, X said." - only when nothing but a comma or a short
        # adverbial follows the cue ("..., Kosachev said in a virtual meeting ...").
        tail = toks[after:]
        cue_ends = not tail or tail[0].text in {",", ".", ";"} or not _looks_clause(tail)
        joined = len(tail) > 1 and lower_word(tail[0].text) in {"and", "or"}
        if joined and lower_word(tail[1].text) in DETERMINERS:
            # "..., Israel's borders with a future Palestinian state and the issue of ...": a noun
            cue_ends = False
        if subject is not None and subject.start > s.start and cue_ends and not self._participle(toks, j):
            k0 = _token_from(toks, subject.start)
            # "..., the Russian president Vladimir Putin has said.": past the role before the name
            # (only when the cue ends the sentence: "In a statement ..., then-Secretary Vázquez
            # affirmed her willingness ..." reports nothing on the left)
            cue_last = not tail or tail[0].text in {",", ".", ";"} or len(tail) <= MAX_ROLE_WORDS
            # (or set off by commas: "..., the union leader, Bob Smith, said."; a role that opens
            # the sentence leaves nothing reported: "The MP who proposed the bill, Nadine
            # Dorrie, commented on the result.")
            if subject.role and cue_last:
                r = k0
                while r > 0 and k0 - r < MAX_ROLE_WORDS and is_alpha(toks[r - 1].text[:1]):
                    r -= 1
                head = self.text.rfind(subject.role, s.start, subject.start)
                if r and toks[r - 1].text == "," and subject.role in self.text[toks[r].start : subject.start]:
                    k0 = r
                elif head != -1 and not self.text[head + len(subject.role) : subject.start].strip(" ,"):
                    r = _token_from(toks, head)
                    while r > 0 and lower_word(toks[r - 1].text) in DETERMINERS:
                        r -= 1
                    if r > 0 and lower_word(toks[r - 1].text) in ROLE_BREAKS:
                        r -= 1  # "..., while the campaign's director, Tim Murtaugh, declared"
                    if r == 0 or toks[r - 1].text == ",":
                        k0 = r
            if k0 and toks[k0 - 1].text == ",":
                left_start = s.start
                for idx in range(k0 - 2, -1, -1):  # "In between, she testified, CLAUSE"
                    if toks[idx].text in CLAUSE_STOPS:
                        left_start = toks[idx].end
                        break
                start, end = _strip_span(self.text, left_start, toks[k0 - 1].start)
                if _looks_clause(self._frame_tokens(start, end)):
                    return self._candidate(start, end, form, subject)
        # Inverted: CLAUSE, said X.
        if (
            subject is None
            and j
            and toks[j - 1].text == ","
            and not (
                after < len(toks) and lower_word(toks[after].text) in {"by", "that"}
            )  # "..., noted that X"
            and not self._participle(toks, j)  # "..., writing plays": no inverted report
        ):
            m = mention_after(self.text, toks, after, len(toks))
            if m is not None and _subordinate(toks[: j - 1]):
                # "Because warmer water is more buoyant, says the study, it rises ...": the
                # subordinate clause needs the main one after the aside, reported as in
                # "If ..., scientists say, CLAUSE"
                k = _token_from(toks, m.end, len(toks))
                rest = toks[k + 1 :] if k < len(toks) and toks[k].text == "," else []
                if rest and _looks_clause(rest):
                    start, end = _strip_span(self.text, rest[0].start, self._reported_end(rest))
                    return self._candidate(start, end, form, m)
            if m is not None:
                start, end = _strip_span(self.text, s.start, toks[j - 1].start)
                if _looks_clause(self._frame_tokens(start, end)):
                    return self._candidate(start, end, form, m)
        return None

    def _name_ends_after(self, toks: list[Token], after: int) -> bool:
        """Whether a capitalised name follows the cue and ends the sentence or clause (", said
        Balisacan."), where what went before the comma is no subject's apposition."""
        if after >= len(toks) or not is_upper(toks[after].text[:1]):
            return False
        m = mention_after(self.text, toks, after, len(toks))
        if m is None or m.kind != "name":
            return False
        after_name = next((t for t in toks if t.start >= m.end), None)
        return after_name is None or after_name.text in PHRASE_ENDS

    def _opens_quote(self, toks: list[Token], k: int, inside: list[Quote]) -> bool:
        if k >= len(toks):
            return any(q.start > toks[-1].start for q in inside)
        gap_start = toks[k - 1].end if k else toks[0].start
        return any(gap_start <= q.start <= toks[k].start for q in inside)

    def _skip_object(self, toks: list[Token], k: int) -> int:
        """The token after a hearer that starts at ``k``: "the court", "the Military Times",
        "Kamloops This Week", "reporters", "local media"; ``k`` itself when there is none."""
        t = toks[k].text
        if t.lower() in HEARER_DETERMINERS:
            k += 1
            while k < len(toks) and is_upper(toks[k].text[:1]):
                k += 1
            if k < len(toks) and lower_word(toks[k - 1].text) in HEARER_DETERMINERS:
                return k + 1  # "the court": one common noun
            return _past_hearer_noun(toks, k, HEARER_HEADS)  # "the Xinhua news agency"
        if is_upper(t[:1]) and t.lower() not in PRONOUNS:
            # "the Bank of England", not "Mohamed and said ...": a joiner between capitals only
            while k < len(toks) and (
                is_upper(toks[k].text[:1])
                or (toks[k].text in {"of", "and"} and k + 1 < len(toks) and is_upper(toks[k + 1].text[:1]))
            ):
                k += 1
            return _past_hearer_noun(toks, k, HEARER_HEADS)  # "Israel's Kol Yisrael network"
        return _past_hearer_noun(toks, k, HEARERS)  # "reporters", "local media", "state television"

    def _candidate(
        self,
        start: int,
        end: int,
        cue: str,
        mention: Mention,
        after_that: bool = False,
        relative: bool = False,
    ) -> tuple[int, int, str, Mention] | None:
        if end - start < 8 or self._inside_direct(start, end):
            return None
        if after_that and word_count(self.text[start:end]) >= CLAUSE_MIN_WORDS:
            return start, end, cue, mention  # "noted that this year marks ...": a clause
        if not _looks_clause(self._frame_tokens(start, end), relative):
            return None
        return start, end, cue, mention

    def _add_indirect(self, start: int, end: int, cue: str, mention: Mention) -> None:
        para = self.sentence_at(start).paragraph
        self.out.append(ExtractedQuote("indirect", start, end, cue, mention, None, para))

    def run(self) -> list[ExtractedQuote]:
        self._direct()
        self._indirect()
        self._resolve()
        self._resolve_descriptions()
        return self._dedupe()

    def _resolve(self) -> None:
        """Speakers in document order, so a "he" can point back to any earlier speaker,
        whichever pass found it."""
        prev: ExtractedQuote | None = None
        for q in sorted(self.out, key=lambda q: (q.mention.start if q.mention else q.start, q.start)):
            at = q.mention.start if q.mention is not None else q.start
            if q.mention is not None:
                inside = q.start < q.mention.start < q.end  # "Obama, he said, had been wrong"
                q.entity = self.resolver.resolve(q.mention, q.start if inside else at)
                if q.entity is not None and self._unnamed_antecedent(q, prev, at):
                    q.entity = None
            elif q.floating and (lead := self._lead_in_subject(q)) is not None:
                q.entity = self.resolver.resolve(lead, lead.start)
            elif q.floating and prev is not None and q.paragraph - prev.paragraph <= 1:
                q.entity = prev.entity  # a floating quote continues the previous speaker
            elif q.floating:
                q.entity = self.resolver.last_person(at)
                named = self.resolver.latest_mention(q.entity, at) if q.entity is not None else None
                if named is not None and q.paragraph - self.sentence_at(named).paragraph > FLOATING_REACH:
                    # "Here are some comments made by various leaders." then quotes: no one
                    # named paragraphs before
                    q.entity = None
            if q.entity is not None:
                self.resolver.remember(at, q.entity)
                if q.kind == "indirect" and q.entity.kind == "person":
                    # whom a person's reported clause names was spoken of (not so for a news
                    # outlet's or an unnamed source's: "Jack Layton expressed dismay, said CTV")
                    self.resolver.spoken_of(q.start, q.end)
            if not self._second_source(q, prev, at) and not self._by_agent(q):
                prev = q

    def _unnamed_antecedent(self, q: ExtractedQuote, prev: ExtractedQuote | None, at: int) -> bool:
        """Whether the "he" or "she" of ``q`` is the unnamed person the previous quote's
        description gave, not a person named before it: 'Obama said ... A police spokesman said
        the road was closed. "It will reopen soon," he said.' (not Obama's)."""
        m = q.mention
        if m is None or m.kind != "pronoun" or lower_word(m.text) not in {"he", "she"}:
            return False
        if prev is None or prev.entity is not None or prev.mention is None or prev.mention.kind != "nominal":
            return False
        if prev.start <= at < prev.end or q.paragraph - prev.paragraph > 1:
            return False  # "One witness said he had threatened ...": someone spoken of
        words = lower_word(prev.mention.text).split()
        if words[0] not in INDEFINITES or words[-1] not in lexicon.role_nouns() or _plural(prev.mention):
            return False  # "The Prime Minister said ... he added": most often the one named before
        # named before the description's sentence ("Craig was arrested after an undercover
        # officer reported ... he stated": Craig's)
        named = self.resolver.latest_mention(q.entity, at) if q.entity is not None else None
        return named is not None and named < self.sentence_at(prev.mention.start).start

    def _lead_in_subject(self, q: ExtractedQuote) -> Mention | None:
        """The person named as the subject of the sentence before a quote that opens its own,
        in the same paragraph and without quote marks: 'Suzie Thorpe commented on the issues
        that concerned her. "We need a good economy."' (not the previous quote's speaker)."""
        s = self.sentence_at(q.start)
        idx = self.sent_index.get(s.start, 0)
        if idx == 0 or self.text[s.start : q.start].strip(' \t\n"“”'):
            return None
        before = self.sents[idx - 1]
        if before.paragraph != s.paragraph or self._marks_within(before.start, before.end):
            return None
        subject = self._sentence_subject(self._frame_tokens(before.start, before.end), need_verb=True)
        if subject is None or subject.kind != "name" or subject.name is None:
            return None
        if subject.start - before.start > LEAD_IN_REACH:
            return None  # "Webb called on the Administration to talk with Syria and Iran"
        words = subject.name.split()
        return subject if person_like(words) and not any(w in COUNTRIES for w in words) else None

    def _by_agent(self, q: ExtractedQuote) -> bool:
        """Whether ``q``'s speaker is a passive's agent ("described by Wikipedia as "...""):
        someone cited in passing, whom a quote without attribution after it does not continue."""
        m, cue = q.mention, q.cue
        if m is None or cue is None:
            return False
        lead = self.text[max(0, m.start - len(cue) - 8) : m.start]
        return lead.endswith((f"{cue} by ", f"{cue} by the "))

    def _second_source(self, q: ExtractedQuote, prev: ExtractedQuote | None, at: int) -> bool:
        """Whether ``q`` cites where the previous speaker's words were reported, in the same
        sentence: '"...," Franken said, according to the Star Tribune. "..."' (Franken goes on)."""
        if prev is None or prev.entity is None or (q.cue or "").lower() != "according to":
            return False
        if prev.cue is None or prev.cue.lower() == "according to":
            return False  # the previous quote has no verb of its own: the citation is its source
        prev_at = prev.mention.start if prev.mention is not None else prev.start
        return self.sentence_at(prev_at) is self.sentence_at(at)

    def _resolve_descriptions(self) -> None:
        """An indefinite description that no earlier name explains ("a senior Russian official
        said") refers to the person quoted next, when that comes within two sentences."""
        ordered = sorted(self.out, key=lambda q: q.start)
        for idx, q in enumerate(ordered):
            m = q.mention
            if q.entity is not None or m is None or m.kind != "nominal":
                continue
            words = lower_word(m.text).split()
            if words[0] not in {"a", "an"} or words[-1] not in lexicon.role_nouns():
                continue
            if any(w in UNNAMED_WORDS for w in words) or _plural(m):
                continue  # "an unnamed official", "a majority of people": not the person named next
            if any(is_upper(w[:1]) and not w.endswith(NATIONALITY_ENDINGS) for w in m.text.split()[1:-1]):
                continue  # "a Clinton campaign official": someone else's, not the next speaker
            for nxt in ordered[idx + 1 : idx + 3]:
                if (
                    nxt.entity is not None
                    and nxt.entity.kind == "person"
                    and nxt.mention is not None
                    and nxt.mention.kind == "name"
                    and nxt.mention.start - q.end < DESCRIPTION_REACH
                    and self._described_alike(m, nxt.mention)
                ):
                    q.entity = nxt.entity
                    break

    def _described_alike(self, description: Mention, name: Mention) -> bool:
        """Whether a named speaker can be who an indefinite description before them is: the
        text gives them the description's noun ("A police spokesman said ... Police spokesman
        Wayne Bvudzijena said", "A judge has ruled ... Judge Jega"), or introduces them with an
        apposition at the start of the next sentence ("..., a senior Russian official said.
        Konstantin Kosachev, deputy chairman of the Russian Federation Council, said"). Any
        next speaker was wrong four times in five ("A police spokesperson said ..." then
        "President Alexander Lukashenko said")."""
        s = self.sentence_at(name.start)
        if s.start <= description.start:
            return False  # "A Pakistani official claimed that Zawahiri ...": who was spoken of
        head = description.text.split()[-1].lower()
        said = self.text[max(s.start, name.start - ROLE_REACH) : min(s.end, name.end + ROLE_REACH)].lower()
        if any(w.strip(_WORD_EDGES) == head for w in said.split()):
            return True
        before = self.sent_index.get(s.start, 0) - 1
        return (
            before >= 0
            and self.sents[before].start <= description.start
            and all(w in lexicon.titles() for w in self.text[s.start : name.start].split())
            and self.text.startswith(", ", name.end)
            and is_lower(self.text[name.end + 2 : name.end + 3])
        )

    def _dedupe(self) -> list[ExtractedQuote]:
        """Drop overlaps: an indirect clause that mostly consists of a direct quote yields it,
        a short direct quote inside an indirect clause is part of the clause."""
        directs = [q for q in self.out if q.kind == "direct"]
        keep: list[ExtractedQuote] = []
        dropped: set[int] = set()
        for q in self.out:
            if q.kind != "indirect":
                continue
            for d in directs:
                if d.start >= q.start and d.end <= q.end + 1:
                    # a quote with no cue of its own inside a reported clause, its speaker
                    # found inside that clause, is the clause's speaker's ("According to Kim,
                    # North Korea would come back "when ..."": Kim's, not North Korea's)
                    named_inside = d.mention is not None and q.start <= d.mention.start < q.end
                    unattributed = d.entity is None or (d.cue is None and named_inside)
                    if (d.end - d.start) >= MOSTLY_QUOTE * (q.end - q.start):
                        dropped.add(id(q))  # the reported clause is mostly the quote
                        if unattributed:
                            d.entity, d.mention, d.cue = q.entity, q.mention, q.cue
                    elif word_count(self.text[d.start : d.end]) < MIN_UNATTRIBUTED_WORDS:
                        dropped.add(id(d))  # 'said a "more general reflection" is needed'
                    elif unattributed:
                        d.entity, d.mention = q.entity, q.mention
        seen: set[tuple[int, int]] = set()
        for q in sorted(self.out, key=lambda q: (q.start, q.end)):
            if id(q) in dropped or (q.start, q.end) in seen:
                continue
            if keep and q.start < keep[-1].end and not (q.kind == "direct" and keep[-1].kind == "indirect"):
                continue  # overlapping spans: keep the first (a quote inside a clause stays)
            seen.add((q.start, q.end))
            keep.append(q)
        return keep


def _title_like(content: str) -> bool:
    if content.rstrip()[-1:] in ".!?,":  # first: most quotes end so, and need no split
        return False
    words = [w for w in content.split() if is_alpha(w[:1])]
    if not words:
        return False
    return all(is_upper(w[0]) or w in TITLE_SMALL_WORDS for w in words)


def extract_quotes(text: str) -> list[ExtractedQuote]:
    return QuoteExtractor(text).run()
