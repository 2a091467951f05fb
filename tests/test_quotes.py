"""Quote extraction and speaker attribution, one behaviour per test."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import FIXTURES
from newstables.extract import extract_text
from newstables.mentions import slug

DAY = dt.date(2021, 7, 15)


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q["kind"], q["text"], q["speaker"]) for q in extract_text(text, DAY).quotes]


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_text(text, DAY).quotes]


def test_seed_has_all_13_quotes_all_by_kosachev() -> None:
    doc = json.loads((FIXTURES / "gold" / "seed.jsonl").read_text().splitlines()[0])
    got = extract_text(doc["text"], DAY).quotes
    gold = doc["quotes"]
    assert len(got) == len(gold) == 13
    for g in gold:
        match = [q for q in got if g["text"] in q["text"] or q["text"] in g["text"]]
        assert match, g["text"]
        assert match[0]["speaker"] == "Konstantin Kosachev"
        assert match[0]["kind"] == g["kind"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will fight it," Mayor Jane Smith said on Monday.',
            [("direct", "We will fight it,", "Jane Smith")],
        ),
        (
            'Jane Smith, the mayor, said: "We will fight it to the end."',
            [("direct", "We will fight it to the end.", "Jane Smith")],
        ),
        (
            '"We will fight it to the end," said Jane Smith, the mayor of Springfield.',
            [("direct", "We will fight it to the end,", "Jane Smith")],
        ),
        (
            "“We will fight it to the end,” she said. Then Ana Silva spoke.",
            [("direct", "We will fight it to the end,", None)],
        ),
        (
            "Jean Dupont said: «Nous allons gagner cette bataille demain.»",
            [("direct", "Nous allons gagner cette bataille demain.", "Jean Dupont")],
        ),
        (
            "Anna Weber said „Wir werden das schaffen, sagte sie.“",
            [("direct", "Wir werden das schaffen, sagte sie.", "Anna Weber")],
        ),
    ],
)
def test_direct_attribution_after_before_and_inverted(text: str, expected: list) -> None:
    assert quotes(text) == expected


def test_split_quote_gives_both_halves_to_the_speaker() -> None:
    got = quotes('"We will fight," Smith said, "and we will win this battle."')
    assert got == [("direct", "We will fight,", "Smith"), ("direct", "and we will win this battle.", "Smith")]


def test_cue_before_the_next_quote_is_not_the_previous_ones() -> None:
    got = quotes(
        '"My client is relieved with the verdict." '
        'Sophie Obadia, a lawyer, told reporters "Women have rights."'
    )
    assert got[1] == ("direct", "Women have rights.", "Sophie Obadia")
    assert got[0][2] is None


def test_multi_paragraph_quote_continues() -> None:
    text = (
        "John Smith, the coach, spoke after the game.\n\n"
        '"We played well in the first half. We lost focus.\n\n'
        '"Next week we will be better," he said.'
    )
    got = quotes(text)
    assert [q[1] for q in got] == [
        "We played well in the first half. We lost focus.",
        "Next week we will be better,",
    ]
    assert {q[2] for q in got} == {"John Smith"}


def test_unbalanced_mark_is_cut_at_the_sentence_and_extraction_goes_on() -> None:
    text = 'Maria Lopez spoke. "This is a great day for the city. She added that turnout was high.'
    got = quotes(text)
    assert ("direct", "This is a great day for the city.", "Maria Lopez") in got
    assert ("indirect", "turnout was high", "Maria Lopez") in got


def test_floating_quote_continues_the_previous_speaker() -> None:
    text = '"It is carnage," David Buik said. "Confidence is shot to ribbons. We need action now."'
    assert quotes(text)[1] == ("direct", "Confidence is shot to ribbons. We need action now.", "David Buik")


@pytest.mark.parametrize(
    "text",
    [
        'The so-called "COVID-19" is to replace the old name.',
        'The "Big Apple" was busy and the critics called it "dangerous".',
        'She starred in "Gone with the Wind" and "The Sound of Music" on Broadway.',
        'Officials backed the "one country, two systems" model for years.',
    ],
)
def test_scare_quotes_terms_and_titles_are_not_quotes(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Brown told reporters on Tuesday that the bridge would reopen in May.",
            ("indirect", "the bridge would reopen in May", "Tom Brown"),
        ),
        (
            "Prices will rise sharply next year, Tom Brown warned.",
            ("indirect", "Prices will rise sharply next year", "Tom Brown"),
        ),
        (
            "According to the World Health Organization, cases are falling.",
            ("indirect", "cases are falling", "World Health Organization"),
        ),
        (
            "Cases are falling fast, according to the World Health Organization.",
            ("indirect", "Cases are falling fast", "World Health Organization"),
        ),
        (
            "Anna Lee, who chairs the committee, said the report was accurate.",
            ("indirect", "the report was accurate", "Anna Lee"),
        ),
        (
            "Tom Brown said on Tuesday that the bridge would reopen.",
            ("indirect", "the bridge would reopen", "Tom Brown"),
        ),
        (
            "The World Health Organization said the outbreak was over.",
            ("indirect", "the outbreak was over", "World Health Organization"),
        ),
    ],
)
def test_indirect_patterns(text: str, expected: tuple) -> None:
    assert quotes(text) == [expected]


def test_orders_and_noun_phrases_are_not_reported_speech() -> None:
    assert quotes("The governor declared a state of emergency on Thursday.") == []
    assert quotes("The mayor urged residents to stay at home.") == []
    assert quotes("Ohio was one of six states that had decided to postpone its election.") == []


def test_two_reports_in_one_sentence() -> None:
    got = quotes(
        "Local officials said 24 people were hurt, but the Agence France-Presse news agency reported 32."
    )
    assert got[0] == ("indirect", "24 people were hurt", None)


def test_pronoun_resolves_to_the_right_earlier_person() -> None:
    text = "Anna Lee met Tom Brown on Monday. Tom Brown left early. She said the budget was balanced."
    assert quotes(text) == [("indirect", "the budget was balanced", "Anna Lee")]


def test_description_resolves_to_the_person_named_next() -> None:
    text = (
        "Trade is strong, a senior Russian official said. Konstantin Kosachev, deputy chairman of the "
        "Council, said that ties are good."
    )
    got = quotes(text)
    assert {q[2] for q in got} == {"Konstantin Kosachev"}


@pytest.mark.parametrize(
    ("text", "speakers_seen"),
    [
        (  # the text gives the named person the description's noun (a guard: kept as before)
            "A police spokesman said that farming was banned. Police spokesman Wayne Bvudzijena said "
            "that the order stands.",
            ["Wayne Bvudzijena", "Wayne Bvudzijena"],
        ),
        (  # the name opens the next sentence with an apposition, after a title (a guard)
            "An Australian terrorism expert says that the leader is ill. Professor Clive Williams, "
            "director of terrorism studies, said that the evidence is strong.",
            ["Clive Williams", "Clive Williams"],
        ),
        (  # someone else named next: the description stays unresolved
            "A police spokesperson said that the area was closed. President Alexander Lukashenko said "
            "that police would act.",
            [None, "Alexander Lukashenko"],
        ),
        (  # another office, though the same nationality and the next sentence
            "An Israeli general said that the offensive could go on for weeks. Israeli PM Ehud Olmert "
            "claimed that the raid was planned.",
            [None, "Ehud Olmert"],
        ),
        (  # the next name in the description's own sentence is who was spoken of
            "A Pakistani intelligence officer claimed that Zawahiri was invited to a dinner. Zawahiri "
            "said that he was never there.",
            [None, "Zawahiri"],
        ),
    ],
)
def test_a_description_is_the_next_person_only_when_described_alike(
    text: str, speakers_seen: list[str | None]
) -> None:
    assert speakers(text) == speakers_seen


def test_canonical_name_is_the_fullest_form_and_ids_are_stable() -> None:
    text = 'Konstantin Kosachev spoke. "Ties are strong," Kosachev said.'
    ext = extract_text(text, DAY)
    assert ext.quotes[0]["speaker"] == "Konstantin Kosachev"
    assert ext.quotes[0]["speaker_id"] == slug("Konstantin Kosachev") == "konstantin-kosachev"
    assert ext.speakers["konstantin-kosachev"][1] == "person"


def test_roles_from_appositions_and_premodifiers() -> None:
    ext = extract_text(
        "WHO director-general Tedros Adhanom said the risk was high. Konstantin Kosachev, "
        "deputy chairman of the Council, said that ties are good.",
        DAY,
    )
    roles = {name: r for name, _, r in ext.speakers.values()}
    assert roles["Konstantin Kosachev"] == ["deputy chairman of the Council"]
    assert roles["Tedros Adhanom"] == ["WHO director-general"]


def test_heading_run_into_the_text_is_not_a_name() -> None:
    got = extract_text(
        "Konstantin Kosachev spoke. High level meetings He said the talks were productive.", DAY
    ).quotes
    assert got[0]["speaker"] == "Konstantin Kosachev"
    assert got[0]["speaker_mention"] == "He"


def test_organisation_kind_and_acronym() -> None:
    ext = extract_text(
        "The Royal Canadian Mounted Police (RCMP) seized drugs. The RCMP said it was a record.", DAY
    )
    assert ext.quotes[0]["speaker"] == "Royal Canadian Mounted Police"
    assert ext.speakers[ext.quotes[0]["speaker_id"]][1] == "organisation"


def test_slug_of_non_latin_name_is_a_hash() -> None:
    assert slug("习近平").startswith("h") and len(slug("习近平")) == 17
    assert slug("José Álvarez") == "jose-alvarez"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Our determination is strong," al-Maliki said.', "al-Maliki"),
        ('"He will come back tomorrow," said an unnamed U.N. Information Ministry official.', None),
        ("According to a Government Official, the men are alive.", None),
        ("Microsoft General Counsel Brad Smith said the offer was fair.", "Brad Smith"),
        ("According to Iraqi military, rockets hit the base.", "Iraqi military"),
        (
            "In the longer term, according to NASA administrator Jim Bridenstine, the goal is to go to Mars.",
            "Jim Bridenstine",
        ),
        (
            "According to Windsor Locks' first selectman, Chris Kervick, there were ten passengers.",
            "Chris Kervick",
        ),
        ("The occupants were going to a competition, according to the mayor of Yartsevo.", None),
        (
            "According to a 1989 report from the National Transportation Safety Board, the plane broke.",
            "National Transportation Safety Board",
        ),
    ],
)
def test_speaker_descriptions_and_particles(text: str, speaker: str | None) -> None:
    (q,) = extract_text(text, DAY).quotes
    assert q["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A US government report was issued Wednesday predicting the rise of heating bills.", []),
        ("Greek jets flew. This follows reports that Greek and Turkish fighters held mock dogfights.", []),
        (
            "Crew Dragon flies soon, which NASA said might take place this summer.",
            [("indirect", "might take place this summer", "NASA")],
        ),
        ("Analysts say prices will rise.", [("indirect", "prices will rise", None)]),
        (
            '"This party is the problem," said outspoken MP Garth Turner.',
            [("direct", "This party is the problem,", "Garth Turner")],
        ),
        (
            "Investigations were launched by the Federal Aviation Administration and the National "
            "Transportation Safety Board, with the latter yesterday confirming they were "
            '"not traveling to the crash scene at this time."',
            [
                (
                    "direct",
                    "not traveling to the crash scene at this time.",
                    "National Transportation Safety Board",
                )
            ],
        ),
        (
            "Adil Abdul-Mahdi, the acting Prime Minister, spoke out, calling it "
            '"an aggression on Iraq as a state".',
            [("direct", "an aggression on Iraq as a state", "Adil Abdul-Mahdi")],
        ),
    ],
)
def test_subjects_of_participles_and_bare_verbs(text: str, expected: list) -> None:
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She would later say her union with Cooper was her only happy marriage.",
            [("indirect", "her union with Cooper was her only happy marriage", None)],
        ),
        (
            "The minister announced on Facebook on Tuesday there were suspects in custody.",
            [("indirect", "there were suspects in custody", None)],
        ),
        (
            "Police director Vladimir Rebic said at least 71 people were arrested.",
            [("indirect", "at least 71 people were arrested", "Vladimir Rebic")],
        ),
        (
            "NBC News reported on Sunday the Iowa Democratic Party had finalized the count.",
            [("indirect", "the Iowa Democratic Party had finalized the count", "NBC News")],
        ),
        (
            "Basu also stated this was not connected to the crime.",
            [("indirect", "this was not connected to the crime", "Basu")],
        ),
        (
            "He has not appeared since 2014, which his wife Bernadette said was due to memory problems.",
            [("indirect", "was due to memory problems", "Bernadette")],
        ),
        ("Other programming included improv comedy and dances, writing plays about life.", []),
        ("Johnson said in a video statement released on Monday.", []),
    ],
)
def test_adverbials_and_clause_starts(text: str, expected: list) -> None:
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Australian Mamdouh Habib was held for months. During this time, Habib claims he was tortured.",
            [("indirect", "he was tortured", "Mamdouh Habib")],
        ),
        (
            "The UN's representative, Renato Mele, supported solar power, but said that it had limits.",
            [("indirect", "it had limits", "Renato Mele")],
        ),
        (
            "Harper said Thursday his party plans to vote against the bill.",
            [("indirect", "his party plans to vote against the bill", "Harper")],
        ),
        ("Alexander Yakovlev has pleaded guilty to accepting bribes.", []),
        ("Yemen denied on Sunday media reports that a man was released.", []),
        (
            "Christian Smith said the plan would work.",
            [("indirect", "the plan would work", "Christian Smith")],
        ),
        ("Trump declared a national emergency in response to the ongoing coronavirus outbreak.", []),
    ],
)
def test_names_and_noun_objects(text: str, expected: list) -> None:
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a town named as one is what "the city" refers back to
        (
            "A pipe broke in the city of White Plains on Monday. The city said water would return.",
            "White Plains",
        ),
        (
            "The Municipality of Livorno sued the schools. The city said the schools must pay.",
            "Municipality of Livorno",
        ),
        ("Power was cut in Bay City on Friday. The city said the device was never explained.", "Bay City"),
        # a place not named as a town, or a building, is not taken
        ("Snow fell in Boston on Monday. The city said schools would stay open.", None),
        ("Campers stayed at the City Hall Plaza. The city said it warns residents first.", None),
    ],
)
def test_the_city_refers_back_to_a_town_named_as_one(text: str, speaker: str | None) -> None:
    (q,) = [q for q in extract_text(text, DAY).quotes if q["speaker_mention"] in ("The city", "the city")]
    assert q["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the business the story is about, not the regulator, lender or rival named last
        (
            "Dell Inc. said it will delay its report, required by the U.S. Securities and Exchange"
            " Commission. The company said an audit was under way.",
            "Dell Inc",
        ),
        (
            "Calpine Corporation filed for bankruptcy. Calpine has obtained financing from Deutsche"
            " Bank and Credit Suisse First Boston. The company said some plants would close.",
            "Calpine Corporation",
        ),
        (
            "MasterCard UK disagreed with the Office of Fair Trading and will appeal. The company"
            " said consumers would lose.",
            "MasterCard UK",
        ),
        # a one-word name the article describes as a business
        ("Technology giant Sony may cut prices. The company said sales were strong.", "Sony"),
        ("Australian airline Qantas grounded its fleet. The airline said flights would resume.", "Qantas"),
        (
            "Take-Two, the company behind the game, made a profit. The company said that sales rose"
            " by a third.",
            "Take-Two",
        ),
        # a place's word, in a name the article calls a business's
        (
            "Electronics retailer Circuit City will close stores, behind Best Buy in sales. The"
            " company said 8,000 jobs would go.",
            "Circuit City",
        ),
        # a name holding the noun is taken as before
        (
            "Sony and the Walt Disney Company signed a deal. The company said the films would be released.",
            "Walt Disney Company",
        ),
        # "the group" and "the bank" alike
        (
            "Rivers may dry up, a report by the environmental group WWF says. Europe and Rio Grande"
            " are at risk. The group said that dams destroy most of the wetlands.",
            "WWF",
        ),
        # no country, even written without its last period
        ("Hackers attacked U.S. banks on Monday. The group said that more attacks would follow.", None),
        # none described or named as a business: nobody, not the last capitalised word
        ("Individual letters reached the workers on Monday. The company said it had no choice.", None),
        ("Four guards employed in Iraq were killed. The company said it would not comment.", None),
    ],
)
def test_the_company_is_the_business_the_story_is_about(text: str, speaker: str | None) -> None:
    mentions = ("The company", "The airline", "The group")
    (q,) = [q for q in extract_text(text, DAY).quotes if q["speaker_mention"] in mentions]
    assert q["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # what follows "According to X," is the report, not X's description
        ("According to Reuters, the company lost money last year.", []),
        ("According to CNN, multiple officials pressured Trump not to commute the sentence.", []),
        # an apposition before the clause stays X's
        (
            "According to John Smith, a spokesman for the firm, the plant will close.",
            ["spokesman for the firm"],
        ),
    ],
)
def test_according_to_takes_no_role_from_the_clause(text: str, roles: list[str]) -> None:
    (speaker,) = extract_text(text, DAY).speakers.values()
    assert speaker[2] == roles


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Technology giant Sony said that its prices would fall next year.", "organisation"),
        ("Aer Lingus, an Irish airline, said that it would cut staff next year.", "organisation"),
        # a person beside a business's noun is still a person
        ("Edwin Buckham, the company's owner, said that the firm would shut down.", "person"),
        ("Saj Ahmad, an independent airline analyst, said that fares would rise soon.", "person"),
    ],
)
def test_a_speaker_called_a_business_is_an_organisation(text: str, kind: str) -> None:
    (speaker,) = extract_text(text, DAY).speakers.values()
    assert speaker[1] == kind


def test_it_points_back_to_a_business_named_in_one_word() -> None:
    text = (
        "Lehman Brothers, a major American investment firm, lost most of its value. Lehman"
        " announced that it had found no buyer. On Monday it said that talks would go on."
    )
    speakers = [q["speaker"] for q in extract_text(text, DAY).quotes]
    assert speakers == ["Lehman Brothers", "Lehman Brothers"]  # "Lehman" too: the firm named so


def test_an_apposition_with_a_modifying_participle_is_skipped() -> None:
    """ "a Tokyo based newswire" describes the source: "based" makes no clause of it."""
    text = "According to Jiji, a Tokyo based newswire, RWB also requested sanctions against Myanmar."
    (q,) = extract_text(text, DAY).quotes
    assert (q["text"], q["speaker"]) == ("RWB also requested sanctions against Myanmar", "Jiji")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Assets were seized by the Assets Examination Committee. The committee said that the"
            " family had hidden the money abroad.",
            "Assets Examination Committee",
        ),
        (
            "The Nebraska Supreme Court banned the electric chair. The court found that the method"
            " was cruel and unusual.",
            "Nebraska Supreme Court",
        ),
        # none named with the noun: nobody
        ("Hackers hit the city. The committee said that new rules would follow next year.", None),
        # an object or a part, not the body: nobody
        (
            "Divisions within the Labour Party grew. Many members of the party felt that the"
            " leader had gone too far.",
            None,
        ),
    ],
)
def test_the_committee_is_the_one_named(text: str, speaker: str | None) -> None:
    found = extract_text(text, DAY).quotes
    assert len(found) == 1
    assert found[0]["speaker"] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "This is following the ongoing events in the financial world and related statements by"
        " several United Kingdom politicians, including Prime Minister Gordon Brown.",
        "The ambassadors were reportedly visiting the area that was recently liberated by the Sri"
        " Lankan forces to observe the development activities of the area.",
    ],
)
def test_plurals_in_ians_and_ities_are_no_verbs(text: str) -> None:
    """ "Kingdom politicians" is no clause ("Smith says" is): no verb ends in -ians or -ities."""
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue before "at" and an amount reports a figure, not speech
        ("Yesterday, what organizers estimated at 1.7 million Hongkongers marched from the park.", []),
        ("They were a 2006 Bentley Continental Flying Spur, estimated at $160,000 to $180,000.", []),
        # any one-sign currency of the lexicon opens an amount, not only "$€£¥"
        ("They were a 2006 Bentley Continental Flying Spur, estimated at ₹160,000 to ₹180,000.", []),
        # "said at" a place or an event still reports speech
        (
            "The minister said at a news conference that the talks had failed.",
            [("indirect", "the talks had failed", None)],
        ),
    ],
)
def test_estimated_at_an_amount_is_no_speech(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert quotes(text) == expected


def test_a_negated_gerund_opens_a_reported_clause() -> None:
    text = (
        "In 2017, Taiwan's Constitutional Court said not allowing gay citizens to marry"
        " constituted different treatment."
    )
    assert quotes(text) == [
        (
            "indirect",
            "not allowing gay citizens to marry constituted different treatment",
            "Constitutional Court",
        )
    ]
    # "not to be named" is still no clause
    assert quotes("The official asked not to be named because he was not authorized.") == []


def test_relating_to_is_no_speech() -> None:
    """ "relate" reports speech only with "that" ("he related that ..."), as a weak cue."""
    text = (
        "Yesterday, the United States Supreme Court overturned the convictions for crimes relating"
        " to a 2013 incident involving allegedly politically motivated traffic chaos at a bridge."
    )
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Supreme Court decision stated they did so for a political reason.", "Supreme Court"),
        ("A Washington Post report said the talks had collapsed on Monday.", "Washington Post"),
        ("The UN report said the camps had run out of water.", "UN"),
        # one capitalised word that is no acronym may be anything ("a Marine statement"): left
        ("A Marine statement said the base had been closed for a week.", None),
    ],
)
def test_a_document_names_its_issuer(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the person holding a role set off by one comma, not the organisation of the role
        ("Guerdy Lissade, a lawyer for Siméus said the decision was reached unanimously.", "Guerdy Lissade"),
        (
            "Mike Brownfield, the campaign manager for Knollenberg said it would not affect him.",
            "Mike Brownfield",
        ),
        (
            'Michael Berger, spokesman for 911Truth.org said "I thought that was underwhelming."',
            "Michael Berger",
        ),
        (
            'Jennifer Daskal of American University and contributor to Slate wrote, "a single EU'
            ' country could demand an online provider to take down a post."',
            "Jennifer Daskal",
        ),
        # a domain name is one word, and can speak
        (
            "The Internet security firm Secunia.com has said that as of March 4, 2011, IE6 has 277 flaws.",
            "Secunia.com",
        ),
        ("In Paris, the mayor of Lyon said the project would go on as planned.", None),
        # the holder of an office "of the" a body speaks, not the body: unnamed, nobody
        ('Later the President of the Senate ruled that the gesture was "unseemly but not obscene".', None),
        ("The Editor of the Evening Standard claimed that the journalist had behaved impeccably.", None),
        ("The President of the United States said the vote was fair.", None),
        # ... the holder named with the office earlier, for "the <title>" later
        (
            "Speaker of the House Nancy Pelosi criticised the plan on Monday. The Speaker said the bill"
            ' "would not pass in this form".',
            "Nancy Pelosi",
        ),
        (
            "Leader of the Australian Greens Bob Brown spoke on Monday. The Greens leader said that there"
            " is a possibility a nuclear reactor could become a terrorist target.",
            "Bob Brown",
        ),
        # ... or the holder named in apposition before it
        (
            "George W. Bush, the President of the United States delivered today a speech regarding Iraq"
            ' and the "global war on terror."',
            "George W. Bush",
        ),
    ],
)
def test_role_holders_and_domain_names_as_speakers(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


def test_a_domain_name_is_one_token() -> None:
    from newstables.segment import tokens

    text = "Amazon.com reported it. The end.Next day www.bbc.co.uk said"
    assert [t.text for t in tokens(text, 0, len(text))] == [
        *["Amazon.com", "reported", "it", ".", "The", "end", ".", "Next", "day"],
        *["www", ".", "bbc", ".", "co", ".", "uk", "said"],
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a sentence's capitalised "The" makes no name of "the government"
        ("The government said the border would stay closed until March.", None),
        ("The German government said the border would stay closed until March.", "German government"),
        # the name is the capitalised run before the head, not the whole description
        (
            "An official with the Israeli Foreign Ministry said the talks would resume in May.",
            "Israeli Foreign Ministry",
        ),
        ("A spokesman for Israel's military said the border would stay closed.", "Israel's military"),
    ],
)
def test_organisation_heads_named_by_their_modifiers(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a common noun capitalised because it opens the sentence names no one...
        ("Police said the man had been arrested on Friday.", None),
        ("Authorities said the road would reopen on Monday.", None),
        # ...unless the article named its fuller form before
        (
            "Thames Valley Police opened an inquiry. Police said the man had been arrested on Friday.",
            "Thames Valley Police",
        ),
    ],
)
def test_sentence_initial_common_nouns_name_no_one(text: str, speaker: str | None) -> None:
    got = [q for q in quotes(text) if q[1].startswith("the man") or q[1].startswith("the road")]
    assert [s for _, _, s in got] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "on" goes on with an organisation's name after Commission, Panel, Council, ...
        (
            "The Commission on Presidential Debates (CPD) announced that the second debate would be virtual.",
            "Commission on Presidential Debates",
        ),
        (
            "The Intergovernmental Panel on Climate Change said the seas would rise by a metre.",
            "Intergovernmental Panel on Climate Change",
        ),
        # ...but not into a day or a date, nor after any other word
        ("The Melo Commission said on Monday that the report was finished.", "Melo Commission"),
        ("Obama said on Monday that the war would end soon.", "Obama"),
        # and the bare head refers back to the full name
        (
            "The Committee on Foreign Affairs met. The Committee said the treaty was flawed.",
            "Committee on Foreign Affairs",
        ),
    ],
)
def test_organisation_names_joined_by_on(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_every_name_joiner_of_the_lexicon_joins_a_name() -> None:
    """The capitalised runs take their lower-case joiners from name_joiners.txt ("das" was
    missing from the pattern's own copy of the list)."""
    from newstables import lexicon
    from newstables.mentions import _NAME_RUN

    for joiner in lexicon.word_class("name_joiners"):
        text = f"Said Mário {joiner} Neves"
        assert [m.group() for m in _NAME_RUN.finditer(text)] == ["Said Mário " + joiner + " Neves"], joiner
    assert speakers("Mário das Neves said the port would open.") == ["Mário das Neves"]


def test_on_a_day_is_no_part_of_a_name() -> None:
    from newstables.mentions import _NAME_RUN

    runs = [m.group() for m in _NAME_RUN.finditer("The Melo Commission on Monday said, Obama on March 3")]
    assert runs == ["The Melo Commission", "Monday", "Obama", "March"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Obama on Monday said the war would end soon.", "Obama"),
        ("Condoleezza Rice on Tuesday announced that the talks would resume.", "Condoleezza Rice"),
    ],
)
def test_a_day_between_subject_and_verb(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_possessive_speaker_is_the_possessor() -> None:
    text = (
        'U.S. District Judge Gray Miller ruled on Friday. "Past restrictions may have justified past'
        " discrimination,\" reads Judge Miller's statement."
    )
    assert speakers(text) == ["Gray Miller"]


@pytest.mark.parametrize(
    "text",
    [
        'Steve Peers of the University of Essex said, "If there is a court order, Facebook has to'
        ' search for it", adding, "there is no harmonised defamation law internationally".',
        'Steve Peers of the University of Essex, speaking to BBC, said, "If there is a court order,'
        ' Facebook has to search for it", also observing, "there is no harmonised defamation law".',
    ],
)
def test_a_participle_between_two_quotes_goes_on_with_the_first_speaker(text: str) -> None:
    """The participle opens the second quote (not the first's attribution) and has the first
    quote's speaker as its subject."""
    got = extract_text(text, DAY).quotes
    assert [(q["speaker"], q["cue"]) for q in got] == [
        ("Steve Peers", "said"),
        ("Steve Peers", "adding" if "adding" in text else "observing"),
    ]


def test_a_stopword_before_parentheses_defines_no_acronym() -> None:
    """'The (MoD)' (words lost in the source) is no definition: "MoD" stays "MoD"."""
    text = "The (MoD) indicated in a press release that it was ready. The MoD said the base was safe."
    assert speakers(text) == ["MoD"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a dateline that lost its punctuation: the country is no part of the name
        (
            "Zimbabwe Morgan Tsvangirai, the leader of the opposition, has said that he will pull out.",
            "Morgan Tsvangirai",
        ),
        # a country that is a given name too stays ("Jordan Peterson")
        ("Jordan Peterson has said that he will not attend the debate.", "Jordan Peterson"),
    ],
)
def test_a_country_before_a_name_is_no_part_of_it(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('Governor John Bel Edwards addressed the public: "We will reopen the schools."', "addressed"),
        ('Mayor Ann Lee was quoted: "The bridge will open in May."', "was quoted"),
        ('Mayor Ann Lee has previously backed the plan: "The bridge is safe."', "has previously backed"),
        ('Mayor Ann Lee also wrote: "The bridge is safe."', "wrote"),
        ('Mayor Ann Lee had his say: "The bridge is safe."', "had"),
        # no verb after the speaker: the colon is the cue, not the next word
        ('Mitch Garber, Chief Executive Officer of PartyGaming: "This is a significant step."', ":"),
    ],
)
def test_the_cue_of_a_quote_after_a_colon_is_its_verb_as_written(text: str, cue: str) -> None:
    """The cue column holds the reporting verb or phrase as written: after a colon, the verb
    that follows the speaker (with its participle after an auxiliary), else ":"."""
    (q,) = extract_text(text, DAY).quotes
    assert q["cue"] == cue


@pytest.mark.parametrize(
    "text",
    [
        "After the announcement, Apple shares rose 2.7% to close at $203.08.",
        "Both parties signed a power sharing deal on Monday to end the crisis.",
        "Yahoo! owns the photo sharing website Flickr, which it bought in 2005.",
        "Knapp runs the politics blog KN@PPSTER and is a senior news analyst.",
    ],
)
def test_share_and_blog_report_speech_only_with_that_or_a_quote(text: str) -> None:
    """ "share" and "blog" are weak cues: their everyday senses (stock shares, power sharing,
    a politics blog) are no reported speech."""
    assert quotes(text) == []


def test_shared_that_still_reports_speech() -> None:
    assert quotes("The minister shared that the talks had failed.") == [
        ("indirect", "the talks had failed", None)
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to Romanian media reports, the unions are pressing the government for investment.", None),
        ('"We are ready," said Syrian border guard Ibrahim Brahim.', "Ibrahim Brahim"),
        ("According to Polish newspaper Gazeta Wyborcza, the minister will resign.", "Gazeta Wyborcza"),
        (
            '"The talks have failed," said the Kenyan foreign ministry in a statement.',
            "Kenyan foreign ministry",
        ),
        (
            "Jan Egeland denounced the Israeli strikes and appealed for aid, saying civilians were paying a "
            "high price.",
            "Jan Egeland",
        ),
        ("Ehud Barak, the Israeli Minister of Defense said the objective is to weaken Hamas.", "Ehud Barak"),
    ],
)
def test_a_nationality_word_alone_names_no_one(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We confirm it," said Pakistani army spokesman Major General Shaukat Sultan.', "Shaukat Sultan"),
        ("Former Prime Minister John Major said that the plan would fail.", "John Major"),
        ("Prosecutor Kama Melly QC said that the victims were vulnerable.", "Kama Melly"),
    ],
)
def test_a_title_or_letters_after_a_name_are_no_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_reports_before_a_reporting_verb_are_a_noun() -> None:
    assert quotes("Initial reports show that the draft constitution will pass.") == [
        ("indirect", "the draft constitution will pass", None)
    ]
    assert speakers("Reports say that the bridge collapsed overnight.") == [None]
    assert speakers("Others have reported that he was taken to hospital.") == [None]


def test_a_country_speaks_as_an_organisation_and_is_no_he() -> None:
    text = (
        'Iran says the missile can evade radar. UN aid chief Jan Egeland visited Beirut on Monday. "So far '
        'Israel is not giving us access," he said.'
    )
    got = extract_text(text, DAY)
    assert [q["speaker"] for q in got.quotes] == ["Iran", "Jan Egeland"]
    assert got.speakers["iran"][1] == "organisation"


def test_an_unnamed_source_is_not_the_next_person_named() -> None:
    text = '"The deal is done," said a senior government source. "We will sign it soon," said John Smith.'
    assert speakers(text) == [None, "John Smith"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("General Motors (GM) said it would cut jobs. GM said that sales had fallen.", "General Motors"),
        ("The board met on Monday. Sam's Club said that it would close ten stores.", "Sam's Club"),
        (
            "A statement came from the Department of Labor. The Department said that payments would go on.",
            "Department of Labor",
        ),
        ("About 18,000 people, according to the Government, are expected to lose their benefit.", None),
    ],
)
def test_a_generic_organisation_word_is_the_one_named_with_it(text: str, speaker: str | None) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to police in Baytown, Texas, the driver had been in several collisions.", None),
        ("According to a report in the Washington Post, the talks will resume in May.", "Washington Post"),
        ('Co-author Jing-Shan Zhao said, "Our work shows how the wings moved."', "Jing-Shan Zhao"),
        ("Major-General Qassim Moussawi said that the women had not known of the plot.", "Qassim Moussawi"),
        # people of two bodies or places are the people, not the second body
        (
            "Researchers from Yale University and the College of Wooster reported that currents erode ice.",
            None,
        ),
        (
            "Oil ministers from Saudi Arabia and the United Arab Emirates announced that output would rise.",
            None,
        ),
        # a titled description before "and" is no such people
        (
            'The Czech Deputy Prime Minister and the current Alexandr Vondra commented: "It is a loss."',
            "Alexandr Vondra",
        ),
    ],
)
def test_people_in_a_place_and_roles_before_a_name(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


def test_an_adjective_opening_a_sentence_is_no_speaker() -> None:
    assert speakers("Initial reports from the hospital reported no trace of poison.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "If these findings are accurate, scientists say, containing it may require a different approach.",
            ("indirect", "containing it may require a different approach", None),
        ),
        # the cue before its subject ("says the study") as well
        (
            "Because warmer water is more buoyant, says the study, it rises above cooler water.",
            ("indirect", "it rises above cooler water", None),
        ),
        (
            "If the talks fail, said Ann Smith, the strike will go on.",
            ("indirect", "the strike will go on", "Ann Smith"),
        ),
    ],
)
def test_a_cue_after_a_subordinate_clause_reports_what_follows(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert quotes(text) == [expected]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"There is water," said UCL astronomer Angelos Tsiaras.', "Angelos Tsiaras"),
        ('"It is rude," said Liberal strategist Scott Reid.', "Scott Reid"),
        ('"It fits," said study co-author Professor Carl Lipo of Binghamton University.', "Carl Lipo"),
    ],
)
def test_what_a_person_does_between_an_organisation_and_the_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Pentagon said that the drill was routine.", "organisation"),
        ("Google, which owns the site, said that it would appeal.", "organisation"),
        ("Bush said that the drill was routine. Critics of Bush disagreed.", "person"),
    ],
)
def test_a_one_word_name_written_as_an_organisation_is_one(text: str, kind: str) -> None:
    (speaker,) = extract_text(text, DAY).speakers.values()
    assert speaker[1] == kind


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Organization for Security and Co-operation in Europe (OSCE) criticized the vote, "
            "but said that progress had been made.",
            "Organization for Security and Co-operation in Europe",
        ),
        (
            "The Committee to Protect Journalists (CPJ) said that three reporters were held.",
            "Committee to Protect Journalists",
        ),
        (
            "Empresa Brasileira de Aeronáutica, S. A. (Embraer) plans cuts. "
            "Embraer said that it would cut jobs.",
            "Embraer",
        ),
        ("The deputy Paulo Rocha (PT) said that the magazine had no proof.", "Paulo Rocha"),
    ],
)
def test_an_acronym_stands_for_the_words_that_spell_it(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_a_second_source_of_a_quote_does_not_take_over_the_next_one() -> None:
    text = (
        '"The Clintons are my friends," Franken said, according to the Star Tribune. '
        '"But more important, they are friends of the middle class."'
    )
    assert speakers(text) == ["Franken", "Franken"]


def test_a_quote_after_a_sentence_about_someone_else_is_theirs() -> None:
    text = (
        '"We are ready to compete," said Guðjón Arngrímsson.\n\n'
        'Former minister Peter Kilfoyle called for the memo to be published. "I believe that '
        'Downing Street ought to publish this memo."'
    )
    assert speakers(text) == ["Guðjón Arngrímsson", "Peter Kilfoyle"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The plan will cut costs, according to the BBC.", "BBC"),
        ("Eyewitnesses reported that the protesters were beaten.", None),
        (
            'Article 2, Section 1 sets the rule: "No Person except a natural born Citizen is eligible."',
            None,
        ),
        (
            "The Food and Agriculture Organization of the United Nations (FAO) met. "
            "According to the FAO, hunger is rising.",
            "Food and Agriculture Organization",
        ),
    ],
)
def test_sentence_stops_eyewitnesses_sections_and_acronyms_of_longer_names(
    text: str, speaker: str | None
) -> None:
    assert speakers(text)[-1] == speaker


def test_britain_speaks_as_an_organisation() -> None:
    (speaker,) = extract_text("Britain has stated that it will respond soon.", DAY).speakers.values()
    assert speaker[:2] == ("Britain", "organisation")


def test_someone_inside_an_organisation_is_not_the_organisation() -> None:
    assert speakers("A source inside Downing Street said that the government took advice.") == [None]
    assert speakers("The Islamic movement inside Somalia has stated that it is at war.") == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The parties said they expect a decision this year.",
            ("they expect a decision this year", "The parties"),
        ),
        ("Smith said the risks remain high.", ("the risks remain high", "Smith")),
        ("Both banks have said they intend to cut fees.", ("they intend to cut fees", "Both banks")),
        ("WFP says the attacks constrain its work.", ("the attacks constrain its work", "WFP")),
        ("Smith said we need more money.", ("we need more money", "Smith")),
    ],
)
def test_a_plain_present_verb_after_a_plural_subject_makes_a_clause(
    text: str, expected: tuple[str, str]
) -> None:
    (q,) = extract_text(text, DAY).quotes
    assert (q["text"], q["speaker_mention"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "North Korea announced its weapons capability.",
        "Smith announced the company's move on Wednesday.",
        "Smith confirmed the deaths last week.",
        "Smith denied the allegations against him in court.",
        "He told the parents everything about it.",
        "Smith described the attacks as barbaric acts.",
    ],
)
def test_a_noun_phrase_after_a_cue_is_no_clause(text: str) -> None:
    assert quotes(text) == []


def test_people_across_a_place_are_not_the_place() -> None:
    text = (
        "People rallied in 300 locations across Australia today to protest the Federal "
        "Government's proposed changes to industrial relations laws, WorkChoices."
    )
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "Prime Minister Tony Blair spoke. Later the Prime Minister said the talks will resume.",
            "Tony Blair",
            "the Prime Minister",
        ),
        (
            "Governor Arnold Schwarzenegger spoke. The Governor said the budget would pass.",
            "Arnold Schwarzenegger",
            "The Governor",
        ),
        ("The Foreign Minister said the talks will resume.", None, "The Foreign Minister"),
    ],
)
def test_capitalised_titles_alone_are_a_description(text: str, speaker: str | None, mention: str) -> None:
    (q,) = extract_text(text, DAY).quotes
    assert (q["speaker"], q["speaker_mention"]) == (speaker, mention)


def test_a_titled_description_after_a_preposition_is_no_subject() -> None:
    assert quotes("Tests on the Vice President indicated that his symptoms were not related.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Yesterday, Ehud Olmert the Israeli Prime Minister said that Hamas will face an iron fist.",
            "Ehud Olmert",
        ),
        ("Linus Upson, an engineering director at Google said the browser is fast.", "Linus Upson"),
        ("Melanie Sloan, executive director of CREW said the report was damning.", "Melanie Sloan"),
        # a name inside a prepositional phrase is not the one described
        (
            "In findings published Tuesday in The Lancet Infectious Diseases, researchers in the "
            "United Kingdom established that poor hygiene spreads it.",
            None,
        ),
    ],
)
def test_a_name_set_beside_its_description_speaks(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In spite of this, risks will lurk, said Balisacan.",
            ("In spite of this, risks will lurk", "Balisacan"),
        ),
        (
            "Now, with the party removed from the scene, the Democrats are likely to return to power, "
            "said Michael Montesano, who teaches politics.",
            (
                "Now, with the party removed from the scene, the Democrats are likely to return to power",
                "Michael Montesano",
            ),
        ),
        (
            "The six parties, China, Russia, and Japan, could restart as early as November, said "
            "Christopher R. Hill, the chief US negotiator.",
            (
                "The six parties, China, Russia, and Japan, could restart as early as November",
                "Christopher R. Hill",
            ),
        ),
    ],
)
def test_an_inverted_cue_after_commas_names_the_speaker_after_it(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(q["text"], q["speaker"]) for q in extract_text(text, DAY).quotes] == [expected]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person with an apposition before the cue keeps the quote
        ("Christine Read, director of FPA Health, said Misoprostol, a drug, is safe.", "Christine Read"),
        # after "told" the name is the hearer
        ("Connie Moganedi, a spokeswoman for the police, told Reuters.", None),
    ],
)
def test_an_inverted_cue_does_not_take_a_persons_quote_or_a_hearer(text: str, speaker: str | None) -> None:
    assert all(s != "Reuters" and s != "Misoprostol" for s in speakers(text))
    if speaker is not None:
        assert speaker in speakers(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # British English gives an organisation a plural verb
        ("PwC say no Jessops branches will open tomorrow.", "PwC"),
        ("Labour insist the vote was fair.", "Labour"),
        ("Police say the talks will resume.", None),
        # a plural capitalised only as the sentence's first word is a description
        ("Economists said the rate will rise, though one economist disagreed.", None),
        ("Reuters reported that the rate will rise.", "Reuters"),
        # a plural of a noun for people by what they do, even written nowhere else in lower
        # case; a surname like one is written after a given name somewhere
        ("Recruiters say they would never sign someone up unseen.", None),
        ("Campaigners said the pledges were weasel words.", None),
        ("Bernie Sanders spoke. Sanders said the plan would fail.", "Bernie Sanders"),
        ("Doctors in the Gaza Strip say that at least six Palestinians were killed.", None),
        ("Leader of the opposition David Cameron said the plan would fail.", "David Cameron"),
        # a document from an organisation speaks for it
        ("A statement from GM said the strike would end soon.", "GM"),
    ],
)
def test_plural_subjects_and_the_plain_verb_form(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Republican state representative John Smith spoke about the bill.",
        "This in turn suggests that future programs will fail.",
        "Since 2005 there have been numerous reports that the plant was closing.",
    ],
)
def test_no_speaker_in_a_noun_phrase(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some say they are furious over the presidential vote.",
            ("they are furious over the presidential vote", "Some"),
        ),
        ("The vote was close, and many say it was rigged.", ("it was rigged", "many")),
        ("Most believe that the vote was rigged.", ("the vote was rigged", "Most")),
    ],
)
def test_a_quantifier_standing_for_people_reports(text: str, expected: tuple[str, str]) -> None:
    (q,) = extract_text(text, DAY).quotes
    assert (q["text"], q["speaker_mention"], q["speaker"]) == (*expected, None)


@pytest.mark.parametrize(
    "text",
    [
        "He had some say in the vote.",
        "Given the positions of the parties, the most likely reason for its withdrawal is cost.",
        "Even though Waseem confessed to acting alone, several alleged accomplices, including Muslim "
        "cleric Mufti A, were arrested.",
    ],
)
def test_a_quantifier_before_a_noun_reports_nothing(text: str) -> None:
    assert quotes(text) == []


def test_one_capitalised_word_after_a_role_names_its_holder() -> None:
    assert speakers("The company's founder, Smith, said the plan would work.") == ["Smith"]
    assert speakers("The country, Israel, said the plan would work.") == [None]


def test_a_participle_of_telling_names_the_hearer_not_the_speaker() -> None:
    text = (
        'Analyst Kazuhiko Saito says this may cause a delay "until later this year", telling '
        'Bloomberg, "The Commission has been very slow."'
    )
    assert speakers(text) == ["Kazuhiko Saito", "Kazuhiko Saito"]


def test_a_party_named_by_a_plural_is_an_organisation_and_no_later_he() -> None:
    text = (
        "Nick Clegg won the leadership. The Liberal Democrats said it was a fair vote. "
        "He also acknowledged that it was a close contest."
    )
    got = extract_text(text, DAY)
    assert got.speakers[slug("Liberal Democrats")][1] == "organisation"
    assert [q["speaker"] for q in got.quotes] == ["Liberal Democrats", "Nick Clegg"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia is planning to resume the flights, the Russian president Vladimir Putin has said.",
            ("Russia is planning to resume the flights", "Vladimir Putin"),
        ),
        (
            "The record surplus was announced, Finance Minister Jim Flaherty said today.",
            ("The record surplus was announced", "Jim Flaherty"),
        ),
        (
            "The president of the branch, Dr Paul Skerrit, says he was shocked to hear of it.",
            ("he was shocked to hear of it", "Paul Skerrit"),
        ),
        (
            "Gerry Adams, the President of Sinn Fein, said that the statement was mixed.",
            ("the statement was mixed", "Gerry Adams"),
        ),
    ],
)
def test_a_role_between_the_comma_and_the_name(text: str, expected: tuple[str, str]) -> None:
    assert [(q["text"], q["speaker"]) for q in extract_text(text, DAY).quotes] == [expected]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rumsfeld spoke first. Kimmitt was asked about it. Kimmitt's response was; \"Well, first of all, "
            'the president is right."',
            "Kimmitt",
        ),
        ('The CIA was accused. The CIA\'s response to the allegation was: "We are not commenting."', "CIA"),
        # an object's possessive is no speaker
        (
            "Kim Beazley spoke. Kim Beazley used Mr Howard's comments to attack the government, "
            'saying "it is wrong".',
            "Kim Beazley",
        ),
    ],
)
def test_the_possessor_of_a_response_speaks(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Critics of China contend that China supports the rebels.",
        "Members of Congress said that the bill would pass.",
        "Residents of Baghdad said that the bombs fell at night.",
    ],
)
def test_people_of_a_place_opening_a_sentence_are_a_description(text: str) -> None:
    (q,) = extract_text(text, DAY).quotes
    assert q["speaker"] is None and q["speaker_mention"] == text.split(" said")[0].split(" contend")[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to Nathan Bond, an MFO spokesman, no peacekeepers were injured in the attack.",
            [("indirect", "no peacekeepers were injured in the attack", "Nathan Bond")],
        ),
        (
            "According to Muneer Ahmad, Khadr's civilian lawyer, the gag order was a dilemma.",
            [("indirect", "the gag order was a dilemma", "Muneer Ahmad")],
        ),
        (
            "According to Majedul Huq, Chittagong police commissioner, the blasts appeared to be attacks.",
            [("indirect", "the blasts appeared to be attacks", "Majedul Huq")],
        ),
        (
            "According to Altidor, however, Radio Provinciale had received threatening calls.",
            [("indirect", "Radio Provinciale had received threatening calls", "Altidor")],
        ),
        (  # a name in apposition to a description is the source
            "According to the official, Issa Tchiroma Bakary, nine bodies have been recovered.",
            [("indirect", "nine bodies have been recovered", "Issa Tchiroma Bakary")],
        ),
        (  # a named spokesman a channel cites: his words
            "According to PRESS TV, Sergeant Brooke Murphy, a spokesman for U.S. forces in Iraq, the "
            "military is investigating the incident.",
            [("indirect", "the military is investigating the incident", "Brooke Murphy")],
        ),
        (  # a role apposition, then the person it names
            "According to one Buffalo, New York Common Council member, David Franczyk, the police force is "
            "staging a sickout.",
            [("indirect", "the police force is staging a sickout", "David Franczyk")],
        ),
        (
            "According to Auggie Tantillo, director of the Coalition, a textile industry group, the move "
            "will preserve jobs.",
            [("indirect", "the move will preserve jobs", "Auggie Tantillo")],
        ),
    ],
)
def test_according_to_skips_the_sources_apposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # after a description, a description is the clause's subject
        ("According to polls, the vast majority of workers, farmers and others voted no.", "the vast"),
        ("According to reports, a Palestinian group, purportedly linked to Fatah has claimed it.", "a "),
        # a list, and an apposition of the subject, are no apposition of the source
        ("According to Amnesty, the countries China, Iran and Vietnam are the only ones.", "the countries"),
        ("According to Tesev, the GNP in Eastern Turkey, an area inhabited by Kurds, is low.", "the GNP"),
        # the subject with its apposition, then its verb
        ("According to the Tribune, Laura Cole, wife of the senator, found the note.", "Laura Cole"),
        # a clause with a role noun in it is no apposition
        ("According to CNN, officials pressured Trump not to commute it, including members.", "officials"),
    ],
)
def test_according_to_keeps_a_subject_that_looks_like_an_apposition(text: str, start: str) -> None:
    (q,) = extract_text(text, DAY).quotes
    assert q["text"].startswith(start)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to Mendes the dos Santoses have eight days to answer the court.",
            [("indirect", "the dos Santoses have eight days to answer the court", "Mendes")],
        ),
        (
            "The vote was close, but according to the BBC the Islamic Jihad later claimed responsibility.",
            [("indirect", "the Islamic Jihad later claimed responsibility", "BBC")],
        ),
        (
            "According to the Voice of America the quake killed 110,000 people, however according to the "
            "minister, 150,000 are dead.",
            [("indirect", "the quake killed 110,000 people", "Voice of America")],
        ),
    ],
)
def test_according_to_without_a_comma_reports_the_clause_after_the_source(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text) == expected


def test_according_to_a_source_that_goes_on_is_no_clause() -> None:
    # "reports given to the AFP news agency": the source's words, not a clause after it
    text = "The gunman fired 12 shots, according to eye witness reports given to the AFP news agency."
    assert [q["text"] for q in extract_text(text, DAY).quotes] == ["The gunman fired 12 shots"]


def test_according_to_in_the_middle_past_an_apposition_reports_the_whole_sentence() -> None:
    text = "The flame, according to Ms Eva Ho, Communications Manager of ExxonMobil, is dying."
    assert quotes(text) == [
        (
            "indirect",
            "The flame, according to Ms Eva Ho, Communications Manager of ExxonMobil, is dying",
            "Eva Ho",
        )
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We are not aware of any plans," said a spokesman for the White House, Tony Fratto.',
            "Tony Fratto",
        ),
        ('"It is over," said White House spokesperson, Tony Snow.', "Tony Snow"),
        ('"It is a young tree," said the director of the museum, Hans Westra.', "Hans Westra"),
        ('"We pray," said his father, Abdullah Kurdi, following the ceremony.', "Abdullah Kurdi"),
        ('"Solana will negotiate," according to his spokesman, Cristina Gallach.', "Cristina Gallach"),
        # no person: a company; many people: one of them is no apposition of "officials"
        ('"Sales fell," said the company, Microsoft Corp.', None),
        ("According to officials, Joao Vieira, the president of Guinea-Bissau, was shot on Monday.", None),
    ],
)
def test_a_description_then_a_name_in_apposition_is_that_person(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a fronted adverbial after the source stays with its clause
            "According to the El Paso mayor, Dee Margo, during the weekend, police were investigating.",
            ("during the weekend, police were investigating", "Dee Margo"),
        ),
        (  # a relative clause on the source, and an affiliation, are the source's
            "According to one mutineer, who spoke to the BBC, the troops were unhappy with the officers.",
            ("the troops were unhappy with the officers", None),
        ),
        (
            "According to Jan Johnson, with the Bureau of Mediation, both sides do wish to avoid a strike.",
            ("both sides do wish to avoid a strike", "Jan Johnson"),
        ),
    ],
)
def test_according_to_past_adverbials_relatives_and_affiliations(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(q["text"], q["speaker"]) for q in extract_text(text, DAY).quotes] == [expected]


def test_according_to_then_a_relative_clause_and_a_participle_reports_the_left() -> None:
    text = (
        "The demonstrators shouted at Kraisak, according to a report in the Bangkok Post, which also "
        "published photos, showing one demonstrator kicking the senator."
    )
    assert quotes(text) == [("indirect", "The demonstrators shouted at Kraisak", "Bangkok Post")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the sentence's subject, not a name in the first reported clause
            "The German government announced the tests found Novichok in his blood, and said there was "
            "proof he had been poisoned.",
            "German government",
        ),
        (  # an unnamed spokesman, not the place named in his first clause
            "A spokesman said that a modern railway was crucial for Wales, and commented that the "
            "Assembly agreed with the report.",
            None,
        ),
    ],
)
def test_a_second_cue_after_and_is_the_sentence_subjects(text: str, speaker: str | None) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Department of Justice said that the plot was real.", "Department of Justice"),
        ("The Court of Justice said that the directive applies.", "Court of Justice"),
        ("The House of Representatives confirmed that the vote will go ahead.", "House of Representatives"),
        # a role before "of" keeps the description: whoever holds the office, unnamed here
        ("The Minister of Justice said that the plot was real.", None),
    ],
)
def test_a_role_word_after_of_ends_an_organisations_name(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


def test_a_subordinate_clauses_subject_does_not_take_the_quote() -> None:
    text = (
        "Charles Franklin, a professor, said that even if the House of Representatives began "
        'proceedings, "I don\'t think you can impeach the secretary of defense".'
    )
    assert speakers(text)[-1] == "Charles Franklin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mark Zuckerberg tweeted to Mohamed and said the boy was welcome to tour the company.",
            [("indirect", "the boy was welcome to tour the company", "Mark Zuckerberg")],
        ),
        (
            "Stoltenberg notified George W. Bush of his decision on Thursday, when Bush called him.",
            [],
        ),
    ],
)
def test_a_hearers_name_takes_and_or_of_only_between_capitals(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('According to Kim, North Korea would come back to the talks "when conditions were right".', "Kim"),
        (  # an unnamed speaker's, not the name nearest the quote
            'The spokesperson said that Tupou would be guided by the Prime Minister, Feleti Sevele, "in all '
            'matters of governance."',
            None,
        ),
    ],
)
def test_a_quote_without_a_cue_inside_a_reported_clause_is_the_clauses(
    text: str, speaker: str | None
) -> None:
    direct = [q for q in extract_text(text, DAY).quotes if q["kind"] == "direct"]
    assert [q["speaker"] for q in direct] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'While cutting back on domestic service, Delta has expanded into "over 60 new international '
            'routes," according to its website.',
            "Delta",
        ),
        ('According to its press release, the NBA was "suspending game play" after the game.', "NBA"),
        # a modifier is no owner
        ("According to its polling, roughly two-thirds of the Democratic voters preferred a primary.", None),
    ],
)
def test_according_to_its_source_is_the_sentence_subjects(text: str, speaker: str | None) -> None:
    assert speakers(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It was wrong," Regina Ip from the pro-Beijing camp said.', "Regina Ip"),
        (
            "Major General Abdeen al-Tahir of the Khartoum police stated that no one was hurt.",
            "Abdeen al-Tahir",
        ),
        (
            "German Chancellor Angela Merkel at the G8 summit yesterday said the talks went well.",
            "Angela Merkel",
        ),
        # no person named before the description: still a description
        ("Residents of the small town said that the plan was wrong.", None),
    ],
)
def test_a_person_before_where_they_belong_is_the_speaker(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Judge Victor Marrero issued a ruling against President Donald Trump finding that prosecutors "
            "could view his tax records.",
            "Victor Marrero",
        ),
        (
            "Ahmed Rashid has sent a letter to President George W. Bush proposing that they should meet.",
            "Ahmed Rashid",
        ),
        # a name shown speaking, or an agent, is the participle's subject
        ("Al Jazeera quoted Mr. Sharon saying that the deal would go ahead.", "Sharon"),
        (
            "The plan was backed, with UBS analyst David Strauss saying that the decision was sound.",
            "David Strauss",
        ),
    ],
)
def test_a_participles_subject_is_no_object_before_it(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Ministry of Justice in Switzerland said Adamov will be extradited.", "Ministry of Justice"),
        (
            "Dr. Mona al-Farra of the Palestinian Red Crescent in Gaza says the situation is grave.",
            "Mona al-Farra",
        ),
        ("The BBC's David Willey in Rome says it is unlikely that anyone will appeal.", "David Willey"),
        (
            "A militant group calling itself the Islamic State in Iraq claimed that it had done it.",
            "Islamic State",
        ),
        (
            "Scientists studying patients in Zhuhai in China's Guangdong Province reported that the virus "
            "may spread early.",
            None,
        ),
    ],
)
def test_a_place_after_in_is_where_the_speaker_is_not_who(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Vice President Dick Cheney spoke. The vice president said the leak was a detriment.",
            "Dick Cheney",
        ),
        ("President George Bush spoke. The vice president said the leak was a detriment.", None),
        ("Vice President Dick Cheney spoke. The president said the leak was a detriment.", None),
        (
            "President Susilo Yudhoyono spoke. The current president said the leak was a detriment.",
            "Susilo Yudhoyono",
        ),
        (
            "Foreign Minister Sergei Lavrov spoke. The minister said the leak was a detriment.",
            "Sergei Lavrov",
        ),
        ("Prime Minister John Howard spoke. The minister said the leak was a detriment.", None),
    ],
)
def test_the_title_asks_for_that_office(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


def test_a_quote_a_cue_introduced_is_not_the_next_sentences_subjects() -> None:
    text = (
        'Fredrik Reinfeldt claimed victory. Referring to the renewal, he said: "We stood for election as '
        'the New Moderates. We have won." Prime Minister Goran Persson admitted defeat shortly afterwards.'
    )
    assert speakers(text) == ["Fredrik Reinfeldt"]
    # with no cue before it, the next sentence's subject and verb still attribute it
    assert speakers('"We have done it." SpaceX founder Elon Musk told the press on Sunday.') == ["Elon Musk"]


def test_a_foreign_name_in_quote_marks_is_no_quote() -> None:
    text = (
        'Rebels from the Hutu-extremist "Forces Nationales de Liberation " have shot dead six churchgoers '
        "in Muhuta district, according to army spokesman Adolphe Manirakiza."
    )
    assert [q for q in extract_text(text, DAY).quotes if q["kind"] == "direct"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object, then the cue subject's second verb: no reported clause
        ("In an interview, he noted former president Harry Truman as a role model.", []),
        ("Musharraf declared a state of emergency last November and suspended the constitution.", []),
        # after ", but" a second clause may start
        (
            "The report said the retail chain owns US$6.6 billion in assets, but has a debt.",
            [("indirect", "the retail chain owns US$6.6 billion in assets, but has a debt", None)],
        ),
    ],
)
def test_a_verb_after_and_or_as_is_no_clause_of_the_object(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "George Tenet claimed in a speech on February 5, 2004, that the trailers could be made to work.",
            [("indirect", "the trailers could be made to work", "George Tenet")],
        ),
        (
            "Eswar Prasad warned legislators, that their bill could poison the relationship.",
            [("indirect", "their bill could poison the relationship", "Eswar Prasad")],
        ),
        # after an object ", that" is a relative clause, and "that flight" a demonstrative
        ("In 1995 Hans Mobius proposed a plan to develop a store, that was to be placed nearby.", []),
    ],
)
def test_comma_that_opens_the_clause_after_an_adverbial_or_hearer(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text) == expected


def test_a_name_in_apposition_before_who_is_the_speaker() -> None:
    text = (
        '"It is a first meeting," said spokesman for the State Department, Sean McCormack who also added '
        "that no agreements are expected."
    )
    assert speakers(text)[0] == "Sean McCormack"


@pytest.mark.parametrize(
    "text",
    [
        'Dubbed as the "single most exciting political event of 2008", it is the first of two gatherings.',
        'The fault, which has been dubbed the "red ring of death", causes the console to fail completely.',
    ],
)
def test_a_label_in_quote_marks_is_no_quote(text: str) -> None:
    assert [q for q in extract_text(text, DAY).quotes if q["kind"] == "direct"] == []


@pytest.mark.parametrize(
    "text",
    [
        'The crowd waved Mugabe banners reading "Defending our land from imperialists" at the rally.',
        'U.S. troops in Iraq held up a sign saying: "Help us, we are stuck here in Iraq."',
    ],
)
def test_banners_and_signs_speak_for_no_one(text: str) -> None:
    assert speakers(text) == [None]


def test_a_currency_prefix_is_no_organisation() -> None:
    text = (
        "Statistics Canada says investors put a record CA$53.2 billion into Canadian bonds. "
        "Canadians bought CA$18.5 billion abroad. The agency said the outflow was modest."
    )
    assert speakers(text) == ["Statistics Canada", "Statistics Canada"]
    assert extract_text(text, DAY).speakers["statistics-canada"][1] == "organisation"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "British Airways and Aer Lingus cut fares. The airline said the cuts were permanent.",
            "British Airways",
        ),
        ("The ALAEA and Qantas met on Monday. It said the talks had failed.", "ALAEA"),
        # one organisation's name that holds "and" stays whole
        (
            "The Securities and Exchange Commission met. The agency said the rules would change.",
            "Securities and Exchange Commission",
        ),
        (
            "The Food and Drug Administration met. The agency said the drug was unsafe.",
            "Food and Drug Administration",
        ),
    ],
)
def test_and_after_a_whole_organisation_starts_another(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_demonyms_joined_by_and_name_no_one() -> None:
    text = "The talks failed, according to the British and Irish governments."
    assert speakers(text) == [None]


@pytest.mark.parametrize("noun", ["spokespeople", "spokesmen", "chairmen"])
def test_plural_role_nouns_in_men_and_people_report(noun: str) -> None:
    text = f"They have now been released, say {noun} from both embassies."
    got = extract_text(text, DAY).quotes
    assert [(q["text"], q["speaker_mention"]) for q in got] == [
        ("They have now been released", f"{noun} from both embassies")
    ]


def test_a_role_of_an_organisation_in_apposition_is_no_persons_name() -> None:
    text = "Sam Savarino, CEO of Acme Companies, announced that his team found the restrictions."
    assert speakers(text) == ["Sam Savarino"]


@pytest.mark.parametrize("link", ["of", "from"])
def test_a_person_from_somewhere_in_apposition_speaks(link: str) -> None:
    text = f"The third Republican in the Senate, Rick Santorum {link} Pennsylvania, said DeLay must go."
    assert speakers(text) == ["Rick Santorum"]


def test_a_role_in_apposition_starts_at_its_clause() -> None:
    got = extract_text("The deal is off for now, the union leader, Bob Smith, said.", DAY)
    assert [q["text"] for q in got.quotes] == ["The deal is off for now"]
    assert got.speakers["bob-smith"][2] == ["union leader"]


def test_a_description_that_opens_the_sentence_reports_nothing() -> None:
    text = "The MP who originally proposed the bill, Nadine Dorrie, commented on the result."
    assert quotes(text) == []


def test_a_quote_before_a_role_and_a_name_in_apposition_is_theirs() -> None:
    text = (
        '"You are asking the impossible," pediatrician turned politician, Jenan Al-Ubaedey of the UIA, '
        "told The Times. "
        '"Jobs are going," the deputy director at the National Employment Law Project, Andrew Stettner, said.'
    )
    assert speakers(text) == ["Jenan Al-Ubaedey", "Andrew Stettner"]


def test_a_name_in_apposition_before_its_verb_is_what_he_points_to() -> None:
    text = (
        "Ford says it made a profit. The firm's president, Alan Mulally, praised the staff. "
        '"It was a pivotal year," he said.'
    )
    assert speakers(text)[-1] == "Alan Mulally"
    # a place's second part and a role are no apposed names
    for text in (
        'A blogger from Brooklyn, New York, posted a comment. "It went well," he wrote.',
        "Robina Suwol, Executive Director of California Safe Schools, noted the danger. "
        '"It went well," he said.',
    ):
        assert speakers(text)[-1] not in {"New York", "California Safe Schools"}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Fares will rise, while the communications director for the campaign, Tim Murtaugh, "
            "said they would fall.",
            "communications director for the campaign",
        ),
        (
            "The general secretary of the RMT (National Union of Rail, Maritime and Transport Workers), "
            "Mick Cash, said the strike was on.",
            "general secretary of the RMT (National Union of Rail, Maritime and Transport Workers)",
        ),
        (
            "The curfew ran until 6 a.m. The governor of Ohio, Mike DeWine, said it would end.",
            "governor of Ohio",
        ),
        (
            "The director of the National Institute of Allergy and Infectious Diseases, Anthony Fauci, "
            "said it was over.",
            "director of the National Institute of Allergy and Infectious Diseases",
        ),
    ],
)
def test_a_role_in_apposition_keeps_its_parentheses_and_stops_at_its_clause(text: str, role: str) -> None:
    (speaker,) = extract_text(text, DAY).speakers.values()
    assert speaker[2] == [role]


def test_a_name_after_a_preposition_is_no_subject_he_points_to() -> None:
    text = (
        "One resident of the Syrian town of Abu Kamal said Americans bombed a house. "
        '"They killed five people," he said.'
    )
    assert speakers(text) == [None, None]
    # "he" still finds the person who was the subject
    text = 'Tim Evans of Citigroup Futures said oil would fall. "It is cheap," he said.'
    assert speakers(text) == ["Tim Evans", "Tim Evans"]


@pytest.mark.parametrize("adverb", ["Actually", "Recently", "Originally", "Reportedly"])
def test_a_sentence_adverb_is_no_part_of_the_name_after_it(adverb: str) -> None:
    assert speakers(f"{adverb} Frank Ford said that every doctor found him normal.") == ["Frank Ford"]


def test_a_subject_before_an_adverb_and_its_verb_is_seen_with_its_verb() -> None:
    text = (
        'Suzie Thorpe commented on the issues. "We need a good economy."\n\n'
        'José Aponte also condemned her remarks. "Her statement is infuriating."'
    )
    assert speakers(text) == ["Suzie Thorpe", "José Aponte"]
    text = 'Bin Laden also talked about Sudan saying, "I call on the people of Sudan."'
    assert speakers(text) == ["Bin Laden"]
    # not a name inside a description: "the director of Costa Coffee vigorously defended"
    text = 'Jim Slater, the director of Costa Coffee vigorously defended the ads, saying "no harm is done".'
    assert speakers(text) != ["Costa Coffee"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Stardom\'s official statement yesterday read "We are very sorry to report this."', "Stardom"),
        ('Acme Corp makes cars. The company\'s statement said "We are very sorry."', "Acme Corp"),
        # an office or a day is no issuer
        ('The Portuguese President\'s decision read "The law is vetoed."', None),
        ("Today's inflation report suggests the Fed might have to raise rates again.", None),
    ],
)
def test_a_document_with_its_possessor_is_the_possessors(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


def test_signs_before_a_colon_speak_for_no_one() -> None:
    text = 'In Rome thousands took to the streets, with signs: "Stop the war in Iraq" and "No war for oil."'
    got = extract_text(text, DAY).quotes
    assert [(q["speaker"], q["speaker_mention"]) for q in got] == [(None, "signs"), (None, "signs")]


@pytest.mark.parametrize(
    ("run", "speaker"),
    [
        ("Air Chief Marshal Angus Houston", "Angus Houston"),
        ("Commodore Frank Bainimarama", "Frank Bainimarama"),
        ("Democrat Jay Rockefeller", "Jay Rockefeller"),
        ("Liberal Democrat Simon Hughes", "Simon Hughes"),
        ("Republican Hillary Clinton", "Hillary Clinton"),
        ("Republican Sinn Fein", "Republican Sinn Fein"),  # a party's name
    ],
)
def test_military_titles_and_party_labels_are_no_part_of_a_name(run: str, speaker: str) -> None:
    assert speakers(f"{run} said the fight was over.") == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Civil Aviation Minister Hardeep Singh Puri spoke. Hardeep said the recorders were found.",
            "Hardeep Singh Puri",
        ),
        ("Premier Wen Jiabao spoke. Wen said the economy was strong.", "Wen Jiabao"),
        # a name without a title, or a thing's, is no person's full name
        ("The Airbus A380 landed. Airbus said the test went well.", "Airbus"),
        ("Microsoft Windows crashed. Microsoft said the bug was fixed.", "Microsoft"),
    ],
)
def test_a_lone_given_name_is_the_titled_person_it_opens(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_a_description_ending_in_an_occupation_then_a_name_is_that_person() -> None:
    assert speakers('"It hurts," said T Rowe Price Head trader, Andy Brooks.') == ["Andy Brooks"]


def test_that_after_a_cue_opens_its_clause_not_an_inverted_subject() -> None:
    text = (
        "The UN report headed by Paul Volcker (former Chairman of the Federal Reserve), released in "
        "October 2005, noted that the AWB was aware of the payments."
    )
    assert [q["text"] for q in extract_text(text, DAY).quotes if q["text"].startswith("The UN report")] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Jim Schermbeck spoke. Later Schermbeck in responding to the charges said, "We failed."',
            "Jim Schermbeck",
        ),
        (
            'Andres Sougarret, a senior engineer involved in operating the drill said that "the miners '
            'will have to take out all that material."',
            "Andres Sougarret",
        ),
        # a description's own phrase is no object: the letter-writer spoke, unnamed
        (
            "Democrats and Republicans have expressed frustration; as one letter-writer to a California "
            'newspaper noted, "When did they last give a direct answer?"',
            None,
        ),
        # "..., said X": inverted, its subject after it
        ("Atwah, who is accused of being an expert, was killed, said Sheikh Rashid Ahmed.", "Rashid Ahmed"),
    ],
)
def test_a_description_that_is_an_object_before_the_cue_is_no_subject(text: str, speaker: str | None) -> None:
    assert speakers(text)[-1] == speaker


def test_with_a_description_and_a_name_in_apposition_before_a_participle_the_name_speaks() -> None:
    text = (
        "Environmental groups applauded the finding, with the director of Clean Air Watch, Frank Odell, "
        'calling it "a green-letter day for the environment."'
    )
    got = extract_text(text, DAY)
    assert speakers(text) == ["Frank Odell"]
    assert got.speakers["frank-odell"][2] == ["director of Clean Air Watch"]


def test_a_progressive_cue_skips_its_auxiliary_a_passive_does_not() -> None:
    text = (
        'The Herald Sun, a Melbourne newspaper, is reporting that "Radical protesters will come to Sydney."'
    )
    assert speakers(text) == ["Herald Sun"]
    assert speakers('Senator Orrin Hatch spoke. Hatch was saying, "We will win."') == ["Orrin Hatch"]
    # "was told": the subject heard it
    assert speakers("Smith was told that the plan had failed.") == []


@pytest.mark.parametrize(
    ("text", "sid", "kind"),
    [
        ("American Samoa said the ruling was wrong.", "american-samoa", "organisation"),
        ("Air Canada said that fares would rise.", "air-canada", "organisation"),
        ("Chad Smith said that fares would rise.", "chad-smith", "person"),
    ],
)
def test_a_place_or_a_firm_named_after_its_country_is_no_person(text: str, sid: str, kind: str) -> None:
    assert extract_text(text, DAY).speakers[sid][1] == kind


@pytest.mark.parametrize(
    ("run", "speaker"),
    [
        ("Treasurer Peter Costello", "Peter Costello"),
        ("County Sheriff Robert Pickell", "Robert Pickell"),
        ("The Hon Tendai Biti", "Tendai Biti"),
        ("Mullah Hayat Khan", "Hayat Khan"),
        ("Former Canadian Prime Minister Brian Mulroney", "Brian Mulroney"),
        ("Veteran John Chisholm", "John Chisholm"),
        ("Chancellor of the Exchequer Alistair Darling", "Alistair Darling"),
        ("Sheik Sharif Sheik Ahmed", "Sharif Sheik Ahmed"),
        ("Khalid Sheikh Mohammed", "Khalid Sheikh Mohammed"),
        ("Steve St. Angelo", "Steve St. Angelo"),
        ("Minister for Immigration Senator Amanda Vanstone", "Amanda Vanstone"),
    ],
)
def test_offices_and_sentence_openers_are_no_part_of_a_name(run: str, speaker: str) -> None:
    assert speakers(f'{run} said "the plan will be ready next year."') == [speaker]


def test_a_person_before_a_reporting_verb_in_the_present_is_who_he_points_to() -> None:
    text = (
        "Diplomats welcomed the statement. Former Pentagon official Dan Blumenthal believes "
        'Taiwan will welcome it.\n\n"China has been investing very heavily in missiles," he said.'
    )
    assert speakers(text) == ["Dan Blumenthal"]


@pytest.mark.parametrize(
    "text",
    [
        # guards for the rule above: a possessor's noun, a plural noun a verb follows
        "Critics attacked Dan Blumenthal's claims about the deal.",
        "Officials said the Dan Blumenthal claims were wrong.",
    ],
)
def test_a_noun_in_s_after_a_name_makes_no_subject(text: str) -> None:
    text = f'Mark Herr, a spokesman, spoke first. {text}\n\n"The payments were disclosed," he said.'
    assert speakers(text)[-1] == "Mark Herr"


def test_a_role_with_a_relative_clause_is_the_subject_not_a_name_inside_the_clause() -> None:
    text = (
        "President Hugo Chavez won the vote. The leftist president who has been a thorn in the "
        'side of the American government told his supporters "It is another defeat for the devil."'
    )
    assert speakers(text) == ["Hugo Chavez"]


def test_a_cue_word_after_a_preposition_is_a_noun_not_the_verb_after_a_relative_clause() -> None:
    text = 'Dr. Matthew Wolff spoke. Doctors who rely on stress tests "are going to be missing people."'
    got = extract_text(text, DAY).quotes
    assert all(q["cue"] != "stress" for q in got)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Sonja Bachmann, a U.N. political officer told the Times she "did a good job."', "Sonja Bachmann"),
        (
            '"The Doha talks are in dire straits," Kim Hyun-chong, South Korean trade minister said.',
            "Kim Hyun-chong",
        ),
        # an object's name before the description: nobody named
        (
            "Ford will pay for a stake in the plant Automobile Craiova, a Romanian official said.",
            None,
        ),
    ],
)
def test_a_person_in_apposition_to_a_lowercase_description_speaks(text: str, speaker: str | None) -> None:
    assert speakers(text)[:1] == [speaker]


@pytest.mark.parametrize("country", ["Israel", "Ireland"])
def test_a_country_is_itself_not_a_region_named_after_it(country: str) -> None:
    text = f"Rockets hit Northern {country} on Monday. {country} says the tunnels are used for smuggling."
    assert speakers(text) == [country]


def test_a_role_holders_document_is_the_titled_persons_not_the_last_organisations() -> None:
    text = (
        "U.S. District Judge Gray Miller ruled for the plaintiffs. Women make up 16% of the "
        "military, according to the nonprofit CNA. Part of the judge's statement reads "
        '"combat roles no longer uniformly require sheer size or muscle."'
    )
    assert speakers(text)[-1] == "Gray Miller"


def test_an_organisation_named_with_general_keeps_its_name() -> None:
    text = "The plane broke into two pieces, according to the Directorate General of Civil Aviation."
    assert speakers(text) == ["Directorate General of Civil Aviation"]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The Bush administration", "Bush administration"),
        ("The McCain campaign", "McCain campaign"),
        ("the Independent newspaper", "Independent"),
        ("The Times of India newspaper", "Times of India"),
        ("The Interfax news agency", "Interfax"),
        ("The Thai newspaper", None),  # a nationality names no one
        ("The director of the Central Intelligence Agency", None),  # a person, unnamed
    ],
)
def test_a_named_administration_campaign_or_publication_speaks(subject: str, speaker: str | None) -> None:
    first = subject[0].upper() + subject[1:]
    assert speakers(f"{first} reported that the talks had failed.") == [speaker]


def test_a_campaign_inside_a_role_starts_the_role() -> None:
    # a guard for the rule above: "campaign" names an organisation only where it ends a description
    text = 'Obama campaign manager David Plouffe said "we will win the state."'
    assert speakers(text) == ["David Plouffe"]


def test_a_name_written_with_an_ampersand_keeps_it_and_names_an_organisation() -> None:
    got = extract_text(
        "AT&T announced it will buy the stock. Johnson & Johnson said the deal was agreed.", DAY
    )
    assert [q["speaker"] for q in got.quotes] == ["AT&T", "Johnson & Johnson"]
    assert {name: kind for name, kind, _ in got.speakers.values()} == {
        "AT&T": "organisation",
        "Johnson & Johnson": "organisation",
    }


def test_a_role_naming_a_firm_with_an_ampersand_still_leads_to_the_name() -> None:
    text = '"This deal combines two solid companies," AT&T Chairman and CEO Edward E. Whitacre said.'
    assert speakers(text) == ["Edward E. Whitacre"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In the broadcast recorded earlier in the day Premier Alan Carpenter said it was serious.",
            "Alan Carpenter",
        ),
        ("The director of air transport Andy Clarke said the airport would stay shut.", "Andy Clarke"),
        # a place or a body after the preposition: the description before it speaks
        ("Researchers in the United Kingdom said the trial had failed.", None),
        ("A leader in the allied Justice and Equality Movement said the talks had failed.", None),
    ],
)
def test_a_titled_person_after_a_description_is_no_place_the_description_belongs_to(
    text: str, speaker: str | None
) -> None:
    assert speakers(text) == [speaker]


def test_a_name_after_a_preposition_and_its_titles_is_no_apposition_to_what_follows() -> None:
    # a guard for the rule above, which lets "British Prime Minister Tony Blair" be a person here
    text = (
        "Speaking in London on the eve of his meeting with British Prime Minister Tony Blair, "
        "the Sinn Fein President said Bertie Ahern had defused the affair."
    )
    assert speakers(text) == [None]


def test_a_named_apposition_before_an_adverb_and_its_verb_leads_into_the_next_quote() -> None:
    text = (
        "The chief economist for the manufacturers organisation EEF, Lee Hopley, also commented "
        "on the figures. \"Whilst today's data confirm that manufacturing is out of recession, "
        'they raise questions."'
    )
    assert speakers(f'John Wright said "the recovery is frail and needs help."\n\n{text}') == [
        "John Wright",
        "Lee Hopley",
    ]


def test_a_place_after_a_preposition_with_an_apposition_is_no_subject() -> None:
    text = (
        "Meanwhile, the mayor of the Israeli town of Sderot, which has borne the brunt of the "
        "fire, resigned saying he could not carry out his duties."
    )
    assert speakers(text) == [None]


def test_a_noun_phrase_joined_by_and_does_not_end_the_reported_clause() -> None:
    text = (
        "The Foreign Secretary Margaret Beckett welcomed the verdict, saying it was right that "
        "Saddam and the other accused have to face Iraqi justice."
    )
    got = extract_text(text, DAY).quotes
    assert [(q["speaker"], q["text"]) for q in got] == [
        ("Margaret Beckett", "it was right that Saddam and the other accused have to face Iraqi justice")
    ]


def test_a_second_clause_after_a_comma_and_still_ends_the_reported_clause() -> None:
    # a guard for the rule above
    text = "Kathy Jackson said the union offered arbitration last year, but the state government refused."
    assert quotes(text) == [("indirect", "the union offered arbitration last year", "Kathy Jackson")]


def test_a_capitalised_cue_after_a_quote_that_ends_its_sentence_opens_a_new_sentence() -> None:
    text = (
        'Robert Hill spoke on Friday. He said he has "no regrets about it all." Questioned over '
        "the wisdom of Australia's involvement in the war he said it was needed."
    )
    got = extract_text(text, DAY).quotes
    assert [(q["text"], q["speaker"]) for q in got][:1] == [("no regrets about it all.", "Robert Hill")]


@pytest.mark.parametrize("country", ["the United States", "the U.S.", "Britain and France"])
def test_a_statement_or_a_company_is_no_country_named_before_it(country: str) -> None:
    text = f"Trade with {country} fell this year. The statement said imports were expected to rise."
    assert speakers(text) == [None]


def test_it_is_no_law_named_before_it() -> None:
    text = (
        "The Lowy Institute studied the data. The request was made under the Official Secrets "
        "Act. It found that most people supported the plan."
    )
    assert speakers(text) == ["Lowy Institute"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Barack Obama, the US President, has announced a budget. The president blamed the "
            'previous administration, saying: "It was their fault and now we pay."',
            "Barack Obama",
        ),
        (
            "The opposition hounded the Treasurer, Peter Costello, over it. The Treasurer "
            'responded that "the choice was a good one for the bank."',
            "Peter Costello",
        ),
        (
            "George W. Bush, the President of the United States, discussed aid. On aid, the "
            'President commented, "we will increase our food assistance."',
            "George W. Bush",
        ),
    ],
)
def test_a_title_in_apposition_tells_who_the_title_is(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The study's lead author, doctoral candidate Maninder Thind, said, "
            '"We looked at emissions from all types of power plants."',
            "Maninder Thind",
        ),
        # the role names someone else after "for": the subject before the comma speaks
        (
            "Andi Mallarangeng, spokesman for current president Susilo Bambang Yudhoyono, says "
            "the president visited the hospital.",
            "Andi Mallarangeng",
        ),
    ],
)
def test_a_name_after_a_lowercase_role_in_apposition_is_who_speaks(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Xinhua news agency reported the blast. Xinhua said the toll was rising.", "Xinhua"),
        ("Google's shares rose. Google said the deal was done.", "Google"),
        ("The RIA Novosti news agency reported it. RIA Novosti said the talks failed.", "RIA Novosti"),
    ],
)
def test_a_name_written_as_an_agency_or_a_company_is_an_organisation(text: str, name: str) -> None:
    got = extract_text(text, DAY).speakers
    assert (name, "organisation") in [(n, kind) for n, kind, _ in got.values()]


def test_a_persons_website_makes_no_organisation() -> None:
    # a guard for the rule above: people have websites and headquarters too
    got = extract_text("The Sai Baba website posted it. Sai Baba said the centre would open.", DAY)
    assert [(n, kind) for n, kind, _ in got.speakers.values()] == [("Sai Baba", "person")]


def test_a_titled_person_named_with_their_court_is_the_person() -> None:
    text = (
        "Judge Denny Chin of Federal District Court ordered him held. The judge said "
        '"he has the means to flee."'
    )
    assert speakers(text)[-1] == "Denny Chin"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "John Smith opened the forum. In the ceremony, Stanley Myers (President & CEO of "
            "SEMI) continued the topic, and he believed that Taiwan will stay a leader.",
            "Stanley Myers",
        ),
        (
            "One of these was Diane Abbott, who told Wikinews why. She added that post offices "
            "provided vital services.",
            "Diane Abbott",
        ),
    ],
)
def test_a_person_before_a_parenthesis_or_a_who_clause_is_who_a_pronoun_points_to(
    text: str, speaker: str
) -> None:
    assert speakers(text)[-1] == speaker


def test_a_name_with_for_or_nations_is_no_person_a_pronoun_points_to() -> None:
    # a guard for the rule above, which lets a name before a parenthesis be a subject
    text = (
        "Robert Mugabe said any vote for the Movement for Democratic Change (MDC) would be "
        'wasted. He stated, "You can vote for them but that will be a wasted vote."'
    )
    assert speakers(text)[-1] == "Robert Mugabe"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jacob Zuma said, however, that he would resign if he was found guilty.",
            [("indirect", "he would resign if he was found guilty", "Jacob Zuma")],
        ),
        (  # a hearer with an apposition of its own
            "Ali Khan told Anadolu Agency, a local news outlet, that one of the dead was a director.",
            [("indirect", "one of the dead was a director", "Ali Khan")],
        ),
        (
            "President Morales explained, on a visit to Brazil in January, that renationalising the "
            "industry would not mean expelling foreign companies.",
            [
                (
                    "indirect",
                    "renationalising the industry would not mean expelling foreign companies",
                    "Morales",
                )
            ],
        ),
        (  # a guard: a clause before ", that" is reported too
            "Dion said there is no deadline, that Canada has not made a decision.",
            [("indirect", "there is no deadline, that Canada has not made a decision", "Dion")],
        ),
    ],
)
def test_an_aside_before_comma_that_is_not_reported(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert quotes(text) == expected


def test_comma_that_after_a_passive_agent_belongs_to_the_noun() -> None:
    # a guard for the rule above (the old code found no clause here either)
    text = (
        "Gen. Hood looked into the allegations, published and then retracted by Newsweek, that "
        "American personnel flushed a Koran down a toilet."
    )
    assert not any("personnel" in q[1] for q in quotes(text))


@pytest.mark.parametrize(
    ("text", "speakers_seen", "mentions"),
    [
        (
            "Shiv Sena President Udhav Thackeray came. Thackeray appealed to his followers, saying, "
            '"The police will take necessary action."',
            ["Udhav Thackeray"],
            ["Thackeray"],
        ),
        (  # the second quote goes on from the sentence's subject, not from "the Bush administration"
            "The hearing was led by John Conyers of the House Judiciary Committee. Conyers said that "
            '"there was a secret decision well ahead of the authority Congress had given" and that as '
            'the Bush administration "was assuring Congress, they were secretly planning war."',
            ["John Conyers", "John Conyers"],
            ["Conyers", "Conyers"],
        ),
        (  # a guard: a word that opens a non-person's name ("Congressional Record") stays no name
            "McCain read it into the Congressional Record. Congressional lawmakers rejected the deal, "
            "although industry experts say the deal had been killed by the Pentagon.",
            [None],
            ["industry experts"],
        ),
    ],
)
def test_a_surname_alone_opening_a_sentence_is_its_subject(
    text: str, speakers_seen: list[str | None], mentions: list[str]
) -> None:
    got = extract_text(text, DAY).quotes
    assert [(q["speaker"], q["speaker_mention"]) for q in got] == list(
        zip(speakers_seen, mentions, strict=True)
    )


@pytest.mark.parametrize(
    ("text", "speakers_seen"),
    [
        (
            "The chairman of the African Union, Ghana's President John Kufuor, responded to the remarks "
            'by noting that South African President Thabo Mbeki is mediating talks. "It is not for '
            'anybody to just move in there and impose a solution," he said.',
            ["John Kufuor", "John Kufuor"],
        ),
        (
            "In a letter to the committee, Robert Luskin said that Karl Rove is immune from testimony. "
            "He said Rove would be willing to talk in an informal interview.",
            ["Robert Luskin", "Robert Luskin"],
        ),
        (  # a guard: a news outlet's report is about the story's people, who speak next
            "Paul Martin spoke first. NDP Leader Jack Layton expressed dismay over the scandal, said "
            "CTV News, but he had suggested his party would co-operate with the Liberals.",
            ["CTV News", "Jack Layton"],
        ),
    ],
)
def test_a_person_named_in_a_persons_reported_clause_is_no_later_he(
    text: str, speakers_seen: list[str | None]
) -> None:
    assert speakers(text) == speakers_seen


def test_a_role_before_a_name_split_at_of_is_no_part_of_the_name() -> None:
    text = (
        "Immunologist Kristian Andersen of Scripps Research said, in response to the study, "
        '"This virus is clearly much more capable of spreading between humans."'
    )
    assert speakers(text) == ["Kristian Andersen"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The attack appears to be a build-up of terror attacks," said Home Affairs Minister, '
            "Kembo Mohadi.",
            "Kembo Mohadi",
        ),
        (
            "According to Electoral Commission Chair, Kwadwo Afari-Gyan, Atta Mills obtained 50.23 "
            "percent of ballots cast.",
            "Kwadwo Afari-Gyan",
        ),
    ],
)
def test_a_capitalised_title_then_a_name_in_apposition_is_that_person(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers_seen"),
    [
        (
            "OTTAWA - Frank McKenna, Canada's next Ambassador to the U.S., announced the partnership. "
            '"We are part of it now," he said.',
            ["Frank McKenna"],
        ),
        (
            "On Capitol Hill, a senior Democrat - Senator Dick Durbin of Illinois - denounced the "
            'practice. "So once a year we stand in judgment of the world," he said.',
            ["Dick Durbin"],
        ),
        (  # a guard: a dash inside an organisation's name opens no clause
            "Robert Mugabe, leader of the Zimbabwe African National Union – Patriotic Front (ZANU-PF), "
            'spoke. He stated, "You can vote for them but that will be a wasted vote."',
            ["Robert Mugabe"],
        ),
    ],
)
def test_a_name_after_a_dateline_or_between_dashes_is_a_subject(
    text: str, speakers_seen: list[str | None]
) -> None:
    assert speakers(text) == speakers_seen


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Eric Schmidt, CEO of Google stated that the company would grow.", "Eric Schmidt"),
        ("Koon Chow, a strategist for Barclays Capital said that the euro would fall.", "Koon Chow"),
        (
            "Nabil Abu Rdeneh, spokesman for Palestinian President Mahmoud Abbas said that the talks "
            "had failed.",
            "Nabil Abu Rdeneh",
        ),
        (
            "David DeBatto, who wrote the original article about Frank Ford states that every doctor "
            "found him normal.",
            "David DeBatto",
        ),
        (  # a guard: the pronoun after the comma is the subject
            "Part III, they argued, sets in stone a number of economic choices.",
            None,
        ),
    ],
)
def test_a_name_before_an_apposition_missing_its_closing_comma_speaks(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


def test_a_relative_clauses_own_verb_reports_nothing_of_the_name() -> None:
    text = (
        "Jeff Morris, who reported the misconduct of the bank six years ago, said in an "
        "article that neither the bank nor the regulator should control the compensation."
    )
    assert quotes(text) == [
        ("indirect", "neither the bank nor the regulator should control the compensation", "Jeff Morris")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guards for the apposition rule above: a preposition opens no name
        ("Near Barkhor, one man said that two soldiers had been killed in the street.", None),
        (
            "Like David Rehr, Mark Cooper pointed out that the rule was unfair to them.",
            "Mark Cooper",
        ),
        ("Senator Mark Bishop said that the office paid more than $20 million on a contract.", "Mark Bishop"),
    ],
)
def test_prepositions_open_no_name_and_a_role_surname_after_a_given_name_is_a_name(
    text: str, speaker: str | None
) -> None:
    assert speakers(text) == [speaker]


def test_an_ampersand_name_stays_whole_as_a_later_quotes_subject() -> None:
    text = (
        'In a response, J&J said in a statement that "we have no higher concern than providing parents '
        'with the highest quality products for their children" and "the quality issues that the FDA '
        'has observed are unacceptable to us."'
    )
    assert speakers(text) == ["J&J", "J&J"]


def test_a_persons_speech_is_the_subject_of_a_participle_cue() -> None:
    text = (
        "Kelvin Thomson spoke. Thomson's speech criticised the proposal, noting \"the great deal of "
        'opposition everywhere it has been put".'
    )
    assert speakers(text) == ["Kelvin Thomson"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey has been building up troops along its border with Iraq with reports suggesting as "
            "many as 60,000 are currently stationed there.",
            [(None, "reports")],
        ),
        (  # a guard: a document the subject issues is theirs
            "Western Power today released figures showing that the power consumption has reduced.",
            [("Western Power", "Western Power")],
        ),
        (  # a guard: so is one after a preposition, when the subject owns it
            "Jack Thompson responded to the disbarment by issuing a press release claiming that it was "
            "politically motivated.",
            [("Jack Thompson", "Jack Thompson")],
        ),
    ],
)
def test_figures_or_reports_after_a_preposition_show_what_no_one_named_says(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    got = extract_text(text, DAY).quotes
    assert [(q["speaker"], q["speaker_mention"]) for q in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The show featured Bob Smith, who said "I told you so," before leaving.', [("Bob Smith", "said")]),
        (
            "The show featured Bob Smith, who said that the war was a strategic blunder.",
            [("Bob Smith", "said")],
        ),
        (
            "This comes after a statement by Condoleezza Rice, the US Secretary of State, who said that it "
            'was a "rather embarrassing matter".',
            [("Condoleezza Rice", "said")],
        ),
        (  # a guard: a relative clause's verb with an object reports nothing
            "CBS dismissed four employees. Dan Rather, who reported the story, is not included in these "
            "dismissals.",
            [],
        ),
    ],
)
def test_a_person_before_comma_who_and_a_cue_is_its_speaker(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert [(q["speaker"], q["cue"]) for q in extract_text(text, DAY).quotes] == expected


def test_who_issued_a_statement_which_read_speaks() -> None:
    text = (
        'Facebook released a statement which read, in part, "This judgment raises critical questions '
        'around freedom of expression."'
    )
    assert speakers(text) == ["Facebook"]


def test_foreign_agency_words_mark_an_organisation() -> None:
    ext = extract_text("Agence France-Presse reported that the talks had failed in the capital.", DAY)
    assert ext.speakers["agence-france-presse"][1] == "organisation"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the verb's object speaks, not the source that quotes it
        (
            'President Domitien Ndayizeye spoke on Monday. Reuters quoted him as saying "If they want war, '
            'they will get it."',
            "Domitien Ndayizeye",
        ),
        ("The BBC quoted a Palestinian official as saying the talks had failed.", None),
        (
            'AFP reported a senior US official speaking on condition of anonymity as saying "It will help."',
            None,
        ),
        (  # (a guard)
            'Xinhua quoted an official at the Ministry of Foreign Affairs as saying: "The funds are free."',
            "Ministry of Foreign Affairs",
        ),
        # the passive's subject speaks, whatever the preposition
        ('The editor, Gabriele Polo, was reported by Reuters as saying "She is safe."', "Gabriele Polo"),
        (  # (a guard)
            "The new chair, attorney Gerald A. Reynolds, was quoted in a New York Times article as saying "
            "he believed the rules were fair.",
            "Gerald A. Reynolds",
        ),
    ],
)
def test_quoted_as_saying_is_who_was_quoted(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


def test_after_a_quote_reported_as_saying_is_who_was_quoted() -> None:
    text = (
        '"What happened at Fort Dix is a Fort Dix issue," Laura Arenschield reported spokesman for the '
        '18th Airborne, Tom McCollum, as saying in June. "It should not be taken as an invitation."'
    )
    assert speakers(text) == ["Tom McCollum", "Tom McCollum"]


def test_a_person_after_and_is_split_from_a_place_before_it() -> None:
    # "Elizabeth Warren of Massachusetts and Michael Bloomberg": two names, so "Bloomberg"
    # later is a person a "he" can point back to, not a name nobody explains
    text = (
        "Two candidates, Senator Elizabeth Warren of Massachusetts and Michael Bloomberg, ended their "
        "campaigns.\n\nTulsi Gabbard secured the last delegate.\n\nOn Wednesday, Bloomberg endorsed "
        'his former rival. "Three months ago," he said, "I entered the race."'
    )
    assert speakers(text) == ["Michael Bloomberg", "Michael Bloomberg"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The US Food and Drug Administration released a report today criticising a factory.\n\n"
            "The report said that the plant had 20 documented problems.",
            "US Food and Drug Administration",
        ),
        (
            "A report published today by DEFRA, a UK Government department, finds that transport has "
            "costs. The report, carried out by a consultancy, said that food miles had grown.",
            "DEFRA",
        ),
        (
            'The strikes continued. "We are pleased," said OpenedHand in a statement it released. '
            '"The team will join Intel," the statement continued.',
            "OpenedHand",
        ),
        (  # not to whom the document went
            "The foreign minister of Iraq sent a protest letter to Turkey on Monday. The letter said "
            "that the artillery caused heavy damage.",
            None,
        ),
        (  # the latest document of that name is another one: not the first one's issuer
            "The Red Cross released a report on Monday. Another report appeared on Tuesday. The report "
            "said that the camps were full.",
            None,
        ),
    ],
)
def test_the_document_is_who_issued_the_one_introduced(text: str, speaker: str | None) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The United States Embassy in New Delhi, India has warned citizens that "terrorists may be '
            'planning attacks."',
            "United States Embassy",
        ),
        (
            'The United States Embassy in New Delhi, India, has warned citizens that "terrorists may be '
            'planning attacks."',
            "United States Embassy",
        ),
        ("Jonathan Rose of Kingston, Ontario told the paper that the ads were weak.", "Jonathan Rose"),
        # guards: the place is the subject after a fronted phrase, or at the sentence's start
        ("At a meeting in Paris, France said that the talks had failed.", "France"),
        ('In New Delhi, India has warned citizens that "terrorists may be planning attacks."', "India"),
    ],
)
def test_a_state_after_a_city_is_where_the_speaker_is(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_pronoun_before_adverbs_and_a_verb_is_the_participles_subject() -> None:
    # "He also stated ..., saying": he, not a noun phrase at the end of the clause before
    text = (
        "Mitch McConnell spoke on Monday. He publicly stated the trial would not be fair in the end, "
        'saying he anticipated "a largely partisan outcome" in the Senate.'
    )
    assert speakers(text)[-1] == "Mitch McConnell"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a year, a day or a count before a name is no part of it
        ('Presidential candidate for 2008 Fred Thompson said, "We never found any WMD."', "Fred Thompson"),
        ("In the speech on television July 26 Nasrallah alleges that the war was planned.", "Nasrallah"),
        (
            'The British Beer and Pub Association, in a press release from 25 November, 2005, states "The '
            'change is about treating adults like grown-ups."',
            "British Beer and Pub Association",
        ),
        # guards: a station's, a programme's or a body's number is
        ('News 8 Austin reported, "The TEA was not available for comment."', "News 8 Austin"),
        ('Karen Chouhan of the 1990 Trust said "This is nothing short of irresponsible."', "Karen Chouhan"),
    ],
)
def test_a_number_joins_a_name_only_with_an_organisations_word(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the comma between a city and its state closes no apposition
        (
            "Arif Desai, Imam of the Islamic Society of Niagara Frontier in Amherst, New York, said that "
            "the community felt sorrow.",
            "Arif Desai",
        ),
        (
            "Kim Myong Gil, the North Korean minister to the United Nations in New York City, New York, "
            "claims his government has shut down its reactor.",
            "Kim Myong Gil",
        ),
        (  # (a guard) a person named before the city
            "One of the speakers during the protest, 12-year-old Moriah Arnold from Harvard, "
            'Massachusetts, said to the crowd, "Now we know."',
            "Moriah Arnold",
        ),
        ("Rick Perry of Austin, Texas, said that the bill had passed.", "Rick Perry"),
        # a party label opens an apposition missing its closing comma
        ("Nancy Pelosi, Democrat from California said that she had confidence.", "Nancy Pelosi"),
    ],
)
def test_a_city_and_state_inside_an_apposition(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_saint_in_a_place_name_is_no_title() -> None:
    text = "According to the St. Paul Pioneer Press, Sen. Coleman leads Franken in the polls."
    assert speakers(text) == ["St. Paul Pioneer Press"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title set before a name by a comma, without an article or with what it is of
        (
            "Australian treasurer, Peter Costello told parliament on Tuesday that rates would rise. "
            '"The greatest threat to the economy would be the election of the opposition," said the '
            "treasurer.",
            "Peter Costello",
        ),
        (
            "Criticism came from the governor of the state of Virginia, Bob McDonnell. The newly "
            'inaugurated governor said, "What government should not do is spend."',
            "Bob McDonnell",
        ),
        # guards: no office of the president is the president, no health minister another one
        (
            "President Jalal Talabani met President Bush. Elections will be held in December, the "
            "office of the President said on Sunday.",
            None,
        ),
        (
            "Civil Aviation Minister Hardeep Singh Puri said 18 people died. The local health minister "
            'said, "The injured persons have been rushed to hospitals."',
            None,
        ),
    ],
)
def test_a_description_is_the_titled_person_it_describes(text: str, speaker: str | None) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a lowercase title written before the name
        (
            "Strategic flights resumed, the Russian president Vladimir Putin has said. The Russian "
            'president added, "Not everyone followed our example."',
            "Vladimir Putin",
        ),
        (
            "Labor leader Kevin Rudd faced off in a leader's debate on Sunday. On the economy, the "
            "Labor leader said that the cost of living had increased.",
            "Kevin Rudd",
        ),
        # guards: another nation's holder, or an unnamed holder introduced since, is not it
        (
            "Mahmoud Ahmadinejad, the president of Iran, met Zimbabwean president Robert Mugabe. The "
            "Iranian president remarked that the two nations were friends.",
            "Mahmoud Ahmadinejad",
        ),
        (
            'Police spokesman Wayne Bvudzijena said "a lot of crops were planted." A spokesman for the '
            "opposition said that planting should be allowed. Urban farming could produce much grain, "
            "the spokesman added.",
            None,
        ),
    ],
)
def test_a_description_is_the_holder_of_a_title_written_before_a_name(text: str, speaker: str | None) -> None:
    assert speakers(text)[-1] == speaker


def test_a_law_or_charter_is_no_person_a_pronoun_points_back_to() -> None:
    text = (
        "Eduardo Rodriguez Veltzé was sworn in.\n\nIn his acceptance speech, Rodriguez Veltzé said he's "
        'convinced that his mandate "has to do with a renewal of the system" and promised to call '
        "elections in a maximum of 150 days, just as the Bolivian Constitution says.\n\nBesides, he "
        'asked his countrymen to "stop all the pressures."'
    )
    assert speakers(text)[-1] == "Eduardo Rodriguez Veltzé"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a "he" is no woman named before it, a "she" no man
        ('Condoleezza Rice visited Baghdad on Monday. "We made errors," he said.', None),
        ('Ken Choe argued the case. The judge ruled. She said, "The ban is not rational."', None),
    ],
)
def test_a_pronoun_skips_a_person_of_the_other_gender(text: str, speaker: str | None) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a cue coordinated with an earlier verb has that verb's subject
        (
            "President George W. Bush made an address on the economy and said markets were being "
            '"driven by uncertainty and fear."',
            "George W. Bush",
        ),
        (  # read from the sentence's start, past an earlier quote in it
            "Former Prime Minister John Major spoke to the BBC and agreed that the chancellor was "
            '"absolutely right" to promote the concept of Britishness, but added "he seems not to '
            'mention the actions of the Government."',
            "John Major",
        ),
        (  # an article and a lowercase modifier before the name, adverbs before the verb
            "The current Microsoft CEO Steve Ballmer also expressed condolences and described him as "
            '"one of the founders of our industry and a true visionary".',
            "Steve Ballmer",
        ),
    ],
)
def test_a_coordinated_cue_has_the_first_verbs_subject(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speakers_expected"),
    [
        ('Gutierrez was described by the CBCP as "a strong advocate for the environment."', ["CBCP"]),
        (
            "The Genetic Information Nondiscrimination Act, described by Massachusetts Senator Ted "
            'Kennedy as "the first major new civil rights bill of the new century," will be sent back.',
            ["Ted Kennedy"],
        ),
        (  # a quote without attribution after it goes on with the sentence's speaker, not the agent
            'Esteban Magnani said that Kirchner, described by Wikipedia as "a Peronist with leftist '
            'leanings", might defend Zanon. "One of Kirchner\\u2019s flags is human rights."',
            ["Esteban Magnani", "Wikipedia", "Esteban Magnani"],
        ),
    ],
)
def test_a_passive_cues_agent_speaks(text: str, speakers_expected: list[str]) -> None:
    assert speakers(text) == speakers_expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle after a quote never inverts: its object is no speaker
        (
            'The U.S. Department of Agriculture notes, "Ozone causes more damage to plants than all '
            'other pollutants combined", highlighting the importance of air quality.',
            "U.S. Department of Agriculture",
        ),
        (
            'Pentagon spokesman Lawrence Di Rita said "We certainly regret any perception that they were '
            'told what to say," adding that "The soldiers spoke for themselves."',
            "Lawrence Di Rita",
        ),
    ],
)
def test_a_participle_after_a_quote_is_no_inverted_cue(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker


def test_the_name_inventory_is_made_only_for_an_article_with_a_quote() -> None:
    """Most of an extraction's cost for an article nobody is quoted in was its Resolver."""
    from newstables.quotes import QuoteExtractor

    plain = QuoteExtractor("The river rose by two metres on Tuesday. Roads were closed.")
    assert plain.run() == [] and plain._resolver is None
    quoted = QuoteExtractor('"The river is rising," said Mayor Ann Lee.')
    assert [q.entity.name for q in quoted.run() if q.entity] == ["Ann Lee"]
    assert quoted._resolver is not None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "according to" inside what a named subject reports: the report is theirs
        (
            "The New York Times and the Associated Press both report that the number of jobs in the "
            "service sector rose in August according to research by the Institute for Supply Management.",
            ("Associated Press", "report"),
        ),
        (
            "Kostov also claimed that the preoccupation with minority rights was obstructing economic "
            "modernization, according to Reuters.",
            ("Kostov", "claimed"),
        ),
        # a poll's finding stays the poll's: no named subject reports it
        (
            "43% of Americans believe that Saddam Hussein was personally involved in the attacks "
            "according to Opinion Research Corporation.",
            ("Opinion Research Corporation", "according to"),
        ),
        # a quotation right before the phrase is what the phrase sources
        (
            "The LEC claims that there will be eight deaths per year, and the AMA has already expressed "
            'concerns, "Launceston has one of the worst air qualities within Australia," according to '
            "a written statement the AMA made in 2006.",
            ("AMA", None),
        ),
    ],
)
def test_according_to_inside_a_reported_clause(text: str, want: tuple[str, str | None]) -> None:
    from newstables.quotes import extract_quotes

    found = [(q.entity.name if q.entity else None, q.cue) for q in extract_quotes(text)]
    assert want in found, found


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Sources close to President George W. Bush have said that the plan will fail badly.",
            "Sources close to President George W. Bush",
        ),
        (
            "A source close to Prime Minister Tony Blair said that the plan would fail badly.",
            "A source close to Prime Minister Tony Blair",
        ),
        (
            'John Edwards spoke on Monday. "It will fail," a person close to Edwards said.',
            "a person close to Edwards",
        ),
    ],
)
def test_who_is_close_to_a_name_is_someone_else(text: str, mention: str) -> None:
    """Not the person named: the quote stays, unattributed, under its description."""
    from newstables.quotes import extract_quotes

    (q,) = extract_quotes(text)
    assert q.entity is None and q.mention is not None and q.mention.text == mention


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # a participle phrase after a role apposition: the person before both speaks
        (
            "Pascal Lamy, Director-General of the WTO, speaking at a United Nations conference, "
            "said that the talks had failed.",
            "Pascal Lamy",
            "Director-General of the WTO",
        ),
        (
            "P.S. Pasricha, director-general of police in Maharashtra, speaking to reporters, said "
            "the attacks were planned.",
            "P.S. Pasricha",
            "director-general of police in Maharashtra",
        ),
        (
            "John Key, Prime Minister of New Zealand, speaking on TV3, said he was pleased.",
            "John Key",
            "Prime Minister of New Zealand",
        ),
        # the phrase names no role; nothing before it is an apposition
        ("Mr Brown, writing in The Times, said that the economy was strong.", "Brown", None),
        ("In Geneva, Lamy, speaking to reporters, said that the talks had failed.", "Lamy", None),
        ("Officials, speaking on condition of anonymity, said the plane had crashed.", None, None),
        # (a guard) a role that opens with an "-ing" word is an apposition
        (
            "Rupert Murdoch, managing director of News Corporation, claimed that the paper was fine.",
            "Rupert Murdoch",
            "managing director of News Corporation",
        ),
    ],
)
def test_a_participle_phrase_after_the_subject(text: str, speaker: str | None, role: str | None) -> None:
    ext = extract_text(text, DAY)
    assert [q["speaker"] for q in ext.quotes] == [speaker]
    roles = {name: roles for name, _, roles in ext.speakers.values()}
    if role is not None:
        assert role in roles[speaker]
    elif speaker is not None:
        assert not any("ing " in r for r in roles[speaker])  # no "speaking on TV3" as a role


@pytest.mark.parametrize(
    "name", ["Mauro Marcelo de Lima e Silva", "Manoel de Almeida e Silva", "José Ortega y Gasset"]
)
def test_iberian_names_joined_by_e_and_y(name: str) -> None:
    assert speakers(f"{name} said that the documents may be incorrect.") == [name]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a participle cue set off between a subject and its verb reports nothing of its own
        (
            "Sydney, Australia etiquette expert Alex Travers, remarking on a train incident in March, "
            "said there is a lack of respect for public transport.",
            "there is a lack of respect for public transport",
            "Alex Travers",
        ),
        (
            "However, Maureen Mahoney, arguing for Andersen, countered that the employees merely "
            "followed the company's policy.",
            "the employees merely followed the company's policy",
            "Maureen Mahoney",
        ),
        # (a guard) after the subject's own verb, the participle reports its own clause
        (
            "John Smith called for talks on Monday, saying the war had gone on too long.",
            "the war had gone on too long",
            "John Smith",
        ),
    ],
)
def test_a_participle_cue_between_subject_and_verb(text: str, quote: str, speaker: str) -> None:
    got = [(q["text"], q["speaker"]) for q in extract_text(text, DAY).quotes]
    assert got == [(quote, speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a one-word name right after a person's title is a person "he" can point back to
        (
            "Italian foreign minister Luigi Di Maio said the talks went well. On Wednesday, Turkish "
            'president Erdoğan called for cooperation. "No project excluding our country can be '
            'implemented," he said.',
            "Erdoğan",
        ),
        (
            "Italian foreign minister Luigi Di Maio said the talks went well. On Wednesday, President "
            'Erdoğan called for cooperation. "No project excluding our country can be implemented," '
            "he said.",
            "Erdoğan",
        ),
        # (a guard) the one word after "CEO of" is the company, no person
        (
            "Kevin Russell, CEO of Hutchison said that customer demand is strong. "
            '"Customer demand to move to 3G has been very strong," he said.',
            "Kevin Russell",
        ),
    ],
)
def test_a_titled_one_word_name_is_a_pronouns_antecedent(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name after a preposition is no subject, even with a verb after it
        (
            "Travis Miller, professor of soil and crop sciences at Texas A&M University, has estimated "
            'that farmers will lose $8 billion, "the largest agriculture loss we have ever had."',
            "Travis Miller",
        ),
        (
            "Mullah Dadullah, a high ranking official for the Taliban in Afghanistan has said that "
            "Osama bin Laden is still alive.",
            "Taliban",
        ),
        # (guards) a passive's agent, a name holding the preposition, a spokesperson's body,
        # a person after a title's body
        (
            'The result was described by Johnson as a "historic mandate", saying he intends to leave.',
            "Johnson",
        ),
        (
            "The Center for Bioethical Reform (CBR) challenged the ban, claiming that the ban infringes "
            "on their rights.",
            "Center for Bioethical Reform",
        ),
        ('A spokesperson for Hamas said, "This operation is not aimed at freeing him."', "Hamas"),
        (
            "US Ambassador to Zimbabwe Christopher Dell has told The Guardian that inflation will "
            "rise further.",
            "Christopher Dell",
        ),
    ],
)
def test_a_prepositions_object_is_no_subject(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # what a reporting participle after the cue reports starts after it
        (
            '"The conditions do not exist," ETA said, adding that the government responded with arrests.',
            "the government responded with arrests",
            "ETA",
        ),
        (
            "Stéphane Dion responded to CBC News saying that it will backfire on Stephen Harper.",
            "it will backfire on Stephen Harper",
            "Stéphane Dion",
        ),
        # (a guard) a gerund that opens the clause is the clause's subject
        (
            "Atlantic City officials have argued allowing sports betting would give the states "
            "a new source of revenue.",
            "allowing sports betting would give the states a new source of revenue",
            None,
        ),
    ],
)
def test_a_reporting_participle_opens_no_clause(text: str, quote: str, speaker: str | None) -> None:
    got = [(q["text"], q["speaker"]) for q in extract_text(text, DAY).quotes if q["kind"] == "indirect"]
    assert got == [(quote, speaker)]


def test_a_described_opening_name_is_a_subject() -> None:
    """A lone capitalised word opening the sentence counts as a name when an apposition
    describes it."""
    text = "Zanu-PF, the ruling party of Zimbabwe, responded to the claims, saying they were false."
    assert [(q["text"], q["speaker"]) for q in extract_text(text, DAY).quotes] == [
        ("they were false", "Zanu-PF")
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a cue word after an article is a noun: no second report starts at the "and" before it
        (
            "Travis Miller has estimated that this year farmers and ranchers in the state will lose "
            "$8 billion.",
            "this year farmers and ranchers in the state will lose $8 billion",
        ),
        (
            "Police said that the total number in attendance and supporting the call were in the "
            "tens of thousands.",
            "the total number in attendance and supporting the call were in the tens of thousands",
        ),
    ],
)
def test_a_cue_word_after_an_article_ends_no_clause(text: str, quote: str) -> None:
    assert [q["text"] for q in extract_text(text, DAY).quotes] == [quote]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a floating "both" after the subject leaves the cue a verb, in any form
        (
            "Delta and Northwest both said that bankruptcy would change nothing.",
            ["bankruptcy would change nothing"],
        ),
        (
            "They both answered that the biggest dilemmas were personal.",
            ["the biggest dilemmas were personal"],
        ),
        # an object, then a subordinate clause: nothing reported
        ("Chrysler reported a 39% loss, whilst Ford Motor Company sales fell 41%.", []),
        ("The Army of Islam claimed responsibility for the raid, although they have not confirmed it.", []),
        # (a guard) the clause goes on after the speaker set off in it
        (
            "Part III, they argued, sets in stone a number of choices, while these should be a matter "
            "of political choice.",
            ["sets in stone a number of choices, while these should be a matter of political choice"],
        ),
    ],
)
def test_floating_quantifiers_and_objects_before_a_subordinate_clause(text: str, expected: list[str]) -> None:
    assert [q["text"] for q in extract_text(text, DAY).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # subject and verb either side of a parenthetical attribution: the sentence, whole
        (
            "Tax policies, he said, were a good example.",
            [("Tax policies, he said, were a good example", None)],
        ),
        (
            "The attack, police spokesman John Smith said, was carried out by two men.",
            [("The attack, police spokesman John Smith said, was carried out by two men", "John Smith")],
        ),
        (
            "The president, Mr Smith said, had been wrong about the surge.",
            [("The president, Mr Smith said, had been wrong about the surge", "Smith")],
        ),
        # the "he" set inside what it reports is not the name before it there
        (
            "John McCain spoke on Monday. Barack Obama, he said, had been wrong about the surge.",
            [("Barack Obama, he said, had been wrong about the surge", "John McCain")],
        ),
        # (guards) after a fronted adverbial the clause on the right is reported alone; a
        # participle set off after its subject reports nothing of its own there
        (
            "In addition, he said, more than 1,000 police were deployed.",
            [("more than 1,000 police were deployed", None)],
        ),
        (
            "However, at least one commentator, Dan Ackman writing in Forbes, has noted that the "
            "commission averages less than a nickel per share.",
            [("the commission averages less than a nickel per share", None)],
        ),
    ],
)
def test_a_sentence_split_by_its_attribution_is_reported_whole(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    got = [(q["text"], q["speaker"]) for q in extract_text(text, DAY).quotes]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # two speakers joined by "and" are no one speaker (nor an organisation of that name)
        ("Mary Jones and Tom Brown said the plan would fail.", None),
        ("The United States and Israel said the plan would fail.", None),
        (
            "Sirius shares rose. XM shares fell. Sirius and XM said the merger would go ahead.",
            None,
        ),
        # (guards) one organisation's name with "and" in it
        ("The Food and Drug Administration said the drug was safe.", "Food and Drug Administration"),
        (
            "The UK Foreign and Commonwealth Office said the plan would fail.",
            "UK Foreign and Commonwealth Office",
        ),
    ],
)
def test_two_joined_by_and_are_no_one_speaker(text: str, speaker: str | None) -> None:
    ext = extract_text(text, DAY)
    assert [q["speaker"] for q in ext.quotes] == [speaker]
    assert [name for name, _, _ in ext.speakers.values()] == ([speaker] if speaker else [])


@pytest.mark.parametrize("site", ["Alternet.org", "CNN.com", "Salon.com"])
def test_a_website_that_speaks_is_an_organisation(site: str) -> None:
    ext = extract_text(f"{site} reported that the park was closed.", DAY)
    assert [q["speaker"] for q in ext.quotes] == [site]
    assert [kind for _, kind, _ in ext.speakers.values()] == ["organisation"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing the cue takes as its object is no reported clause
        ("Hamas claimed responsibility for the attack on the convoy.", []),
        ("The party claimed victory in the elections held last week.", []),
        ("Ford announced plans to cut 7,000 jobs by the end of 2007.", []),
        ("Massey reported profits that almost tripled during the quarter.", []),
        ("Microsoft reported revenue of $19.2bn, a record that exceeds forecasts.", []),
        # (guards) a verb right after the noun makes it a clause's subject; "said" takes no thing
        (
            "The company reported losses widened in the third quarter.",
            ["losses widened in the third quarter"],
        ),
        ("The mayor said plans for the stadium were shelved.", ["plans for the stadium were shelved"]),
    ],
)
def test_a_reported_thing_is_no_clause(text: str, expected: list[str]) -> None:
    assert [q["text"] for q in extract_text(text, DAY).quotes] == expected


def test_a_state_after_the_sources_city_is_no_part_of_what_is_reported() -> None:
    text = "According to police in Baytown, Texas, Zhukovskyy has been involved in traffic collisions before."
    assert [q["text"] for q in extract_text(text, DAY).quotes] == [
        "Zhukovskyy has been involved in traffic collisions before"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after an infinitive cue a thing is its object, however its words end
        ("Thousands took to the streets to protest the dilapidated state of public schools.", []),
        ("Dollar General is the latest American company to recall unsafe Chinese-made products.", []),
        # (guards) a clause with a plain verb is reported; "to say" reports any clause
        (
            "Protests forced Thaksin to announce he will not assume the post.",
            ["he will not assume the post"],
        ),
        (
            "He went on to say the Prime Minister misled the premiers.",
            ["the Prime Minister misled the premiers"],
        ),
        ("She went on to say the government failed to act.", ["the government failed to act"]),
    ],
)
def test_an_infinitive_cues_object_is_no_clause(text: str, expected: list[str]) -> None:
    assert [q["text"] for q in extract_text(text, DAY).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attribution between an auxiliary and its verb: the sentence, whole
        (
            "The plan would, he said, cost two billion dollars.",
            ["The plan would, he said, cost two billion dollars"],
        ),
        (
            "Prices will, analysts say, rise further this year.",
            ["Prices will, analysts say, rise further this year"],
        ),
        # from the clause it splits, not before a semicolon
        (
            "Three died; they had, his father says, paid smugglers to take them to Greece.",
            ["they had, his father says, paid smugglers to take them to Greece"],
        ),
        # a reflexive object is no clause
        ("North Korea declared itself in possession of nuclear weapons in 2005.", []),
        ("Pasqua declared himself convinced that misconduct took place.", []),
    ],
)
def test_an_attribution_inside_a_verb_phrase_and_reflexive_objects(text: str, expected: list[str]) -> None:
    assert [q["text"] for q in extract_text(text, DAY).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue inside a subordinate clause reports up to the main clause's comma
        (
            "Although Ann Smith said the plan would work, the board rejected it last week.",
            [("indirect", "the plan would work", "Ann Smith")],
        ),
        (
            "Although Ann Smith said the plan, which cost five dollars, would work, the board rejected it.",
            [("indirect", "the plan, which cost five dollars, would work", "Ann Smith")],
        ),
        # the main clause's own report is found too
        (
            "While Ann Smith said the pay would rise, Tom Jones said the budget was too small.",
            [
                ("indirect", "the pay would rise", "Ann Smith"),
                ("indirect", "the budget was too small", "Tom Jones"),
            ],
        ),
        # no main clause at a year, a subordinator or a name in apposition
        (
            "While Ann Smith said the error was an honest, if careless, mistake, he said it was odd.",
            [
                ("indirect", "the error was an honest, if careless, mistake", "Ann Smith"),
                ("indirect", "it was odd", None),
            ],
        ),
        (
            "Although Ann Smith said the talks ended on May 1, 2003 there have been several more.",
            [("indirect", "the talks ended on May 1, 2003 there have been several more", "Ann Smith")],
        ),
        # "Whilst" opens a clause, as "While" does: no part of a name
        (
            "Whilst Google says the speaker will sell well, critics have doubted it.",
            [("indirect", "the speaker will sell well", "Google")],
        ),
    ],
)
def test_a_cue_in_a_subordinate_clause_reports_up_to_the_main_clause(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert quotes(text) == expected


def test_a_subject_with_an_adverb_before_its_verb_is_what_he_points_back_to() -> None:
    text = (
        "President Bush said he supported the plan. Meanwhile, Israel's Prime Minister, Ehud Olmert, "
        "flatly rejected the notion. He stated that the time may not be right for talks."
    )
    assert speakers(text) == ["Bush", "Ehud Olmert"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun a named hearer modifies is the hearer's, not the report's
        ("Ann Smith told the Xinhua news agency that the talks would resume.", "the talks would resume"),
        (
            "Ann Smith told a Polish newspaper interviewer that the talks would resume.",
            "the talks would resume",
        ),
        ("Ann Smith told the Senate committee that the talks would resume.", "the talks would resume"),
        # a word that opens the clause after a hearer stays in it
        ("Ann Smith told the BBC police had beaten him.", "police had beaten him"),
        ("Ann Smith told reporters police had beaten him.", "police had beaten him"),
        ("Ann Smith told the Daily Mail her reason was simple.", "her reason was simple"),
    ],
)
def test_a_named_hearers_noun_is_no_part_of_the_report(text: str, expected: str) -> None:
    assert quotes(text) == [("indirect", expected, "Ann Smith")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an irregular past form after a name makes it a subject a later "he" points back to
        (
            "United States president Barack Obama gave a speech on Wednesday. "
            'During his speech, he said, "We will take that deal and move on."',
            ["Barack Obama"],
        ),
        # not a subordinate clause's subject inside the sentence
        (
            "Robert Mugabe agreed to share power, in which Morgan Tsvangirai became prime minister. "
            '"Only God who appointed me will remove me," he declared.',
            ["Robert Mugabe"],
        ),
    ],
)
def test_a_subject_before_an_irregular_past_form(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed business is what "the statement" that follows it is
        (
            "The Metalworkers Union claimed the firm planned to cut jobs. Embraer said it would only "
            "take such a decision if there were risks. The new statement said that production would "
            "take the brunt of the cuts.",
            ["Metalworkers Union", "Embraer", "Embraer"],
        ),
        # a news agency is never "the company"
        (
            "Xinhua reported that sales could benefit US aerospace giant Lockheed Martin, which hopes to "
            "fill gaps. The Bethesda-based company said that it would have to close its production line.",
            ["Xinhua", "Lockheed Martin"],
        ),
        # a lone name is no fuller name's that two bodies share or counts a group by
        (
            "The deal between Aeroflot and Chicago-based Boeing was revived. Boeing said that it "
            "would provide technical help.",
            ["Boeing"],
        ),
    ],
)
def test_listed_businesses_and_bodies_in_references(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weak cue right after a quote whose sentence goes on, with a name or pronoun before it
        ('"Do you really want the old gang back?" Campbell asked a crowd of supporters.', ["Campbell"]),
        ('"Is that correct?" she asked.', [None]),
        # not a noun after a determiner, nor a verb of another clause
        (
            'Judge Ann Lee ruled on Monday. "The law cannot stand," the judge stated in the ruling.',
            ["Ann Lee"],
        ),
        # three lowercase words of a role between an organisation and a name
        (
            '"There is no good news," said Ipsos Reid senior vice president Darrell Bricker.',
            ["Darrell Bricker"],
        ),
        ('"We will win," said Chavez to his supporters.', ["Chavez"]),
    ],
)
def test_a_direct_quotes_speaker_after_it(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name modifying a plural in a possessor's noun phrase is no participle's subject
        (
            "Orrin Hatch spoke. He reserved criticism for his fellow Congress leaders, saying that "
            "the act was no longer applicable.",
            ["Orrin Hatch"],
        ),
        # the name heading such a phrase is
        ("His wife Jane Hatch says the act was no longer applicable.", ["Jane Hatch"]),
    ],
)
def test_a_name_modifying_a_plural_is_no_subject(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote joined to the one before by "and" alone shares its attribution
        (
            'A thousand rioters stormed the embassy in Beijing, shouting "Boycott Japan!" and "Go home now!"',
            [None, None],
        ),
        (
            'Brown called for "free and fair elections" and "an end to the violence" on Friday.',
            ["Brown", "Brown"],
        ),
    ],
)
def test_a_quote_joined_by_and_shares_the_attribution(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present form before its object's determiner makes the name before it a subject
        (
            "Mahmoud Zahar spoke. Local resident Ibrahim Mohammed Ahmed owns a small shop in Rafah. "
            "He said the situation is tight.",
            ["Ibrahim Mohammed Ahmed"],
        ),
        (
            "Shinzo Abe spoke. The new President of France Nicolas Sarkozy wants the U.S. to do more. "
            "He told reporters the plan was weak.",
            ["Nicolas Sarkozy"],
        ),
    ],
)
def test_a_subject_before_a_present_form_and_its_object(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


def test_an_office_of_an_organisation_is_no_fuller_name_of_it() -> None:
    text = (
        'Microsoft has reported a profit increase of 60 percent. "Demand was strong," said Peter Klein, '
        "CFO of Microsoft. Microsoft said that profits would rise again."
    )
    assert speakers(text) == ["Peter Klein", "Microsoft"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "with" phrase of a count whose cue reports nothing up to its comma
        ("With 99.51% of districts reporting, Clinton received 1,238,232 votes.", []),
        ("With all 442 precincts reporting from Saturday's election, Nagin has received 41,489 votes.", []),
        ("With 645 of 646 seats declared so far, this has given the party another 11 seats.", []),
        # a "with" phrase whose cue reports a clause
        ("The bill passed, with Senator Brown saying that it was arrogant.", ["it was arrogant"]),
        (
            "The hotel closed, with local press reporting in 2004 the owner, who had bought it in 2001, "
            "applied to make it a residence.",
            ["the owner, who had bought it in 2001, applied to make it a residence"],
        ),
    ],
)
def test_a_with_phrase_of_a_count_reports_nothing(text: str, expected: list[str]) -> None:
    assert [q[1] for q in quotes(text)] == expected


def test_a_cue_word_before_and_a_determiner_is_a_noun() -> None:
    text = (
        "Neither man issued any statements, but they will discuss core issues such as the status of "
        "Jerusalem, Israel's borders with a future Palestinian state and the issue of refugees."
    )
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The author, Senator Bob Menendez of New Jersey, said that it will allow travelers to plan.",
        "The backer of a bill to enforce this, Senator Bob Menendez of New Jersey, said that it will "
        "allow travelers to plan.",
    ],
)
def test_a_titled_apposition_with_a_place_names_the_subject(text: str) -> None:
    assert speakers(text) == ["Bob Menendez"]


@pytest.mark.parametrize(
    "text",
    [
        "The Liberals are in the lead, says a poll done by the newspaper Le Devoir.",
        "The Liberals are in the lead, says a poll conducted by Montreal-based newspaper Le Devoir.",
        "The Liberals are in the lead, according to a poll done by Montreal based newspaper Le Devoir.",
    ],
)
def test_a_documents_issuer_after_its_description(text: str) -> None:
    got = extract_text(text, DAY)
    assert [q["speaker"] for q in got.quotes] == ["Le Devoir"]
    assert [kind for _, kind, _ in got.speakers.values()] == ["organisation"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"The talks failed," the Polish daily Gazeta Wyborcza reported.', "organisation"),
        ('The German magazine Der Spiegel reported that "the talks failed."', "organisation"),
        # someone at a publication named before its noun is no publication
        ('"The role was not for me," Cleo magazine Sharri Markson said.', "person"),
    ],
)
def test_a_name_after_a_publications_noun_is_an_organisation(text: str, kind: str) -> None:
    assert [k for _, k, _ in extract_text(text, DAY).speakers.values()] == [kind]


def test_a_prize_never_speaks_for_the_organisation() -> None:
    text = (
        "The Tipperary Peace Convention will give its 2007 Peace Prize to Benazir Bhutto. "
        '"She was an example to all," said the organization in a statement.'
    )
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people or reports in or from a place speak unnamed, not the place
        ("Reports from the United Kingdom suggest that the traders are preparing for the worst.", [None]),
        ("Eyewitness reports from Warren Street say that something happened at the front.", [None]),
        ("Communist party officials in Portugal said that the war was wrong.", [None]),
        # what is no place speaks through its data, and a report in a newspaper is the newspaper's
        (
            "Data from the United States Labor Department says that the rate rose.",
            ["United States Labor Department"],
        ),
        ("A report in the Washington Post said that the well was closed.", ["Washington Post"]),
    ],
)
def test_people_and_reports_of_a_place_name_no_speaker(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person followed by a role in apposition is a subject "he" points back to
        (
            "At the UN in New York, John R. Bolton, the US ambassador, on Saturday welcomed the offer. "
            'He said, "We view this as a very encouraging sign."',
            ["John R. Bolton"],
        ),
        (
            "Earlier, another member, Butuan City Bishop Juan de Dios Pueblos, on Saturday said the "
            'army was involved. "We have identified killings by the military," he said.',
            ["Juan de Dios Pueblos", "Juan de Dios Pueblos"],
        ),
        # an object after a verb's "-ing" form is none
        (
            "The Pope after delivering Angelus Blessing on Sunday has issued a statement. "
            'He quotes "I am deeply sorry for the reactions in some countries."',
            [None],
        ),
    ],
)
def test_a_person_with_a_role_apposed_is_a_subject(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" after a quote by someone described and not named is that someone's
        (
            "Barack Obama said the road was open. A police spokesman said the road was closed. "
            '"It will reopen soon," he said.',
            ["Barack Obama", None, None],
        ),
        # a definite description most often refers back to the one named
        (
            "Romano Prodi spoke in Moscow. The Prime Minister said Italy wants closer ties. "
            '"Russia is a partner," he added.',
            [None, "Romano Prodi"],
        ),
        # as does "he" after a description in the named one's sentence
        (
            "Larry Craig was arrested after an undercover police officer reported lewd conduct. "
            'At the time, he stated, "I was not involved in any inappropriate conduct."',
            ["Larry Craig"],
        ),
    ],
)
def test_he_after_an_unnamed_speaker_is_unnamed(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We could not repel them," Qiao Zonghuai was quoted as saying.', ["Qiao Zonghuai"]),
        (
            '"We could not repel them," Manit Wongsomboon, commander of the police district, was '
            "quoted as saying by the Bangkok Post.",
            ["Manit Wongsomboon"],
        ),
        ('"It was hard," Mr Howard has been quoted as saying.', ["Howard"]),
        # an age before the name is as a role's word
        ('"Naval maps used the name," 84-year-old Kiyoshi Endo was quoted as saying.', ["Kiyoshi Endo"]),
        ('"It was hard," 84-year-old Kiyoshi Endo said.', ["Kiyoshi Endo"]),
    ],
)
def test_quoted_as_saying_after_a_quote(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural cue noun before a past form is the subject, not a cue
        ("Peaceful protests began on Monday evening, however, they were dispersed.", []),
        ("Turkey massed troops, and reports began to circulate that Turkey would invade.", []),
        # "says" before a past form is the verb of a relative clause
        (
            "The advertising blitz followed the ACTU campaign against the changes, which Mr Mitchell "
            "says came in at about one-fifth of the government's bill.",
            ["came in at about one-fifth of the government's bill"],
        ),
    ],
)
def test_a_plural_cue_noun_before_a_past_form(text: str, expected: list[str]) -> None:
    assert [q[1] for q in quotes(text)] == expected


def test_a_quote_with_no_attribution_looks_back_only_a_few_paragraphs() -> None:
    text = (
        "Kim Yong Nam met Lee Hai-chan in Jakarta.\n\nThe talks were short.\n\nThe leaders left.\n\n"
        "Here are some comments made by various leaders.\n\n"
        '"We must respond in a manner worthy of the Bandung spirit."'
    )
    assert speakers(text) == [None]
    near = 'Kim Yong Nam met Lee Hai-chan in Jakarta.\n\n"We must respond in a manner worthy of the spirit."'
    assert speakers(near) == ["Kim Yong Nam"]


def test_a_participle_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = (
        "Interfax reported the news. Confirming Interfax's reports, Kurmanbek Bakiyev also said "
        '"Askar Akayev right now is not on Kyrgyz soil." "We will hold elections," he said.'
    )
    got = extract_text(text, DAY)
    assert "Confirming Interfax" not in {name for name, _, _ in got.speakers.values()}
    assert [q["speaker"] for q in got.quotes][-1] == "Kurmanbek Bakiyev"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family name first, a romanised given name after it: the family name alone is theirs
        (
            "Ban Ki-moon, the secretary-general of the United Nations, condemned the attack. "
            'Ban conveyed "sorrow and sympathy to the people of India," in the statement.',
            ["Ban Ki-moon"],
        ),
        # an apposition left open ends at its verb, and names the title "the minister" is
        (
            "Helen Coonan, Australia's communications minister announced on Wednesday that the "
            'government would act. "It will extend the current safeguards," the minister said.',
            ["Helen Coonan", "Helen Coonan"],
        ),
        # a shadow office is another office
        (
            "The Opposition has hounded the Treasurer, Peter Costello, over the appointment. Wayne "
            "Swan, the Shadow Treasurer asked of Costello about the appointment. The Treasurer "
            'responded that the "appointment was supported".',
            ["Peter Costello"],
        ),
        # a plural noun opening the sentence is the subject of a verb coordinated later
        (
            "The officials claimed that such weaponry could not have been assembled by the Shia "
            "militia and said that it must have been supplied from Iran.",
            [None, None],
        ),
    ],
)
def test_names_titles_and_subjects_a_reader_resolves(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Haitian Natasha George told reporters that she had been waiting since 3 a.m.", ["Natasha George"]),
        ("Zambian delegate Robert Mtonga said that the talks had failed.", ["Robert Mtonga"]),
    ],
)
def test_nationality_words_of_more_countries(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # an office between an organisation or place and a person's name
        (
            "State Controller John Chiang said that the state's accounting was poor.",
            "John Chiang",
            "State Controller",
        ),
        (
            "United Nations Special Envoy Anna Tibaijuka said that the evictions must stop.",
            "Anna Tibaijuka",
            "United Nations Special Envoy",
        ),
        # an organisation's name, then a person's
        (
            "World Wrestling Entertainment Shane McMahon announced that he will leave the company.",
            "Shane McMahon",
            "World Wrestling Entertainment",
        ),
    ],
)
def test_an_office_or_organisation_before_a_persons_name(text: str, speaker: str, role: str) -> None:
    got = extract_text(text, DAY)
    assert [q["speaker"] for q in got.quotes] == [speaker]
    assert [(name, kind, roles) for name, kind, roles in got.speakers.values()] == [
        (speaker, "person", [role])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" is the organisation named as a subject shortly before, not one named after it
        (
            "Meanwhile, human rights group Karapatan called on the Melo Commission on Monday to "
            "recommend punishment for the killings, which, it said, mostly came from the military.",
            ["Karapatan"],
        ),
        (
            "Amnesty International today called on the UN Security Council to meet urgently. It "
            "alleged that member states had failed to protect civilians.",
            ["Amnesty International"],
        ),
        # a store's name before its apposition, written with "'s"
        (
            "Sainsbury's, the UK supermarket chain, announced on Wednesday that it had made its first "
            'ever loss. "We are disappointed," it said.',
            ["Sainsbury", "Sainsbury"],
        ),
    ],
)
def test_it_is_the_organisation_named_as_a_subject(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Livedoor announced its intent to acquire the two companies in August.",
        "Every six months, both countries will have to report on their progress.",
    ],
)
def test_a_plural_after_a_number_is_no_verb(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a people named by its nationality speaks unnamed
        ("Palestinians say that this was to allow them to get food and fuel.", [None]),
        ("Arabs say that they face daily discrimination.", [None]),
        # a nationality alone before a name is no speaker
        ("Zambian delegate Robert Mtonga said that the talks had failed.", ["Robert Mtonga"]),
    ],
)
def test_a_people_named_by_nationality_speaks_unnamed(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
