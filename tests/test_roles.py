"""Speakers' roles: phrases cleaned into roles, and roles read wherever an article names someone."""

from __future__ import annotations

import datetime as dt

import pytest

from newstables.extract import _named_person, extract_text
from newstables.roles import add_roles, article_roles, clean_roles

DAY = dt.date(2021, 7, 15)


def roles_of(text: str, name: str) -> list[str]:
    found = {n: roles for n, _, roles in extract_text(text, DAY).speakers.values()}
    return found[name]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # articles, forms of address and a conjunction are no part of the role
        ("the Japanese minister of fiscal policy", ["Japanese minister of fiscal policy"]),
        ("another lawyer for the victim", ["lawyer for the victim"]),
        ("Undersecretary for Education Mr.", ["Undersecretary for Education"]),
        ("and Dublin MEP", ["Dublin MEP"]),
        ("his father", ["father"]),
        ("including anti-war activist", ["anti-war activist"]),
        # "current" and "now" say when, not what
        ("the current President of the European Council", ["President of the European Council"]),
        ("now leader", ["leader"]),
        # a sentence's first word taken into a title run is dropped; a modifier is kept
        ("However finance minister", ["finance minister"]),
        ("Former Pentagon official", ["Former Pentagon official"]),
        # coordinated roles are two
        (
            "the lead author of the study and an addiction medicine specialist",
            ["lead author of the study", "addiction medicine specialist"],
        ),
        ("President and CEO", ["President and CEO"]),
        # abbreviated titles read in full
        ("Dr.", ["Doctor"]),
        ("PM", ["Prime Minister"]),
        ("Lt. Gen.", ["Lieutenant General"]),
        # a run that held another person's name: the titles after it
        ("German Chancellor Angela Merkel and British Prime Minister", ["British Prime Minister"]),
        # a finite verb's object
        ("BBC quoted Iranian Foreign Ministry spokesman", ["Iranian Foreign Ministry spokesman"]),
        ("stated Toronto Hydro president", ["Toronto Hydro president"]),
        ("state prosecutor", ["state prosecutor"]),
        # a clause after the role is cut off, a gerund after a preposition is no clause
        ("Chilean policeman working at Camp Hope", ["Chilean policeman"]),
        ("military counsel who filed the request", ["military counsel"]),
        ("director of engineering at Mozilla", ["director of engineering at Mozilla"]),
        ("managing director at Tata Motors", ["managing director at Tata Motors"]),
        ("acting general secretary", ["acting general secretary"]),
        ("marketing professor", ["marketing professor"]),
        ("right-wing Ukrainian politician", ["right-wing Ukrainian politician"]),
    ],
)
def test_clean_roles_keeps_the_role(raw: str, expected: list[str]) -> None:
    assert clean_roles(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "The",
        "an",
        "in remarks to UOL.com.br",
        "at the McDonald Park playground",
        "which cited sources close to the investigation",
        "a report in",
        "other buildings in Salaheddin are similarly close to collapse",
        "representing the plaintiffs",
        "seizing control of the government buildings",
        "dated August 2006",
        "met officers",
        "however",
        "latest",
        "Outgoing",
        "two nations planned on having the sanctions implemented",
        "chairman of the",
    ],
)
def test_clean_roles_drops_what_is_no_role(raw: str) -> None:
    assert clean_roles(raw) == []


def test_add_roles_ignores_case_and_repeats() -> None:
    roles = ["judge"]
    add_roles(roles, ["Judge", "presiding judge", "judge"])
    assert roles == ["judge", "presiding judge"]


def test_add_roles_keeps_the_role_that_says_more() -> None:
    roles = ["Governor", "Senator"]
    add_roles(roles, ["Governor of Ohio"])
    assert roles == ["Governor of Ohio", "Senator"]
    add_roles(roles, ["Governor", "Senator"])
    assert roles == ["Governor of Ohio", "Senator"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Ten people died, according to Commissioner James Rovella of the Connecticut Department of "
            "Emergency Services and Public Protection.",
            "James Rovella",
            ["Commissioner of the Connecticut Department of Emergency Services and Public Protection"],
        ),
        (
            "Senator Christine Milne of the Australian Greens went further.",
            "Christine Milne",
            ["Senator of the Australian Greens"],
        ),
        # where the titled person is, and a clause after "of", are no office
        ("President Nicolas Sarkozy at a military air base said it.", "Nicolas Sarkozy", ["President"]),
        ("He accused Prime Minister Gordon Brown of interfering.", "Gordon Brown", ["Prime Minister"]),
        # a form of address holds no office
        ("Mr. David Caldwell of General Motors said it.", "David Caldwell", []),
    ],
)
def test_title_of_what_follows_the_name(text: str, name: str, expected: list[str]) -> None:
    assert article_roles(text, [name]) == {name: expected}


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        # "the" ends a capitalised run, so the body and the person share one: the title is of
        # the body, and the person's name is what follows it
        (
            "Secretary of the Treasury Steven Mnuchin said the plan would work.",
            "Steven Mnuchin",
            ["Secretary of the Treasury"],
        ),
        (
            "Today, former Vice President of the United States Joe Biden said the vote was fair.",
            "Joe Biden",
            ["former Vice President of the United States"],
        ),
        (
            "Leader of the Opposition Kim Beazley said the board was wrong.",
            "Kim Beazley",
            ["Leader of the Opposition"],
        ),
        (
            "The Chairman of the Federal Reserve Ben Bernanke said rates would stay low.",
            "Ben Bernanke",
            ["Chairman of the Federal Reserve"],
        ),
        (
            "Governor of the State of Alabama Kay Ivey said the law was signed.",
            "Kay Ivey",
            ["Governor of the State of Alabama"],
        ),
        # "for the" and "to the" join a title to its body as "of the" does
        (
            "Minister for the Environment and Water Resources Malcolm Turnbull said the mill would go ahead.",
            "Malcolm Turnbull",
            ["Minister for the Environment and Water Resources"],
        ),
        (
            "US Ambassador to the United Nations John Bolton said the vote would go ahead.",
            "John Bolton",
            ["Ambassador to the United Nations"],
        ),
        # a subject scan that starts at the capitalised run still reads the title before it
        (
            "It comes a day after the Minister of the Interior Giuseppe Pisanu warned of the threat, "
            'saying that "terrorism is knocking on the door".',
            "Giuseppe Pisanu",
            ["Minister of the Interior"],
        ),
    ],
)
def test_title_of_the_body_before_the_name(text: str, speaker: str, expected: list[str]) -> None:
    assert {name: roles for name, _, roles in extract_text(text, DAY).speakers.values()} == {
        speaker: expected
    }


@pytest.mark.parametrize(
    "run",
    [
        "Australian Council of Trade Unions",
        "Australian Republican Movement",
        "Australian Centre for Control of Iodine Deficiency Disorders",
        "Andean Community",
    ],
)
def test_an_organisations_own_name_splits_off_no_person(run: str) -> None:
    from newstables.mentions import office_split, person_after_office

    assert office_split(run.split()) == 0
    text = f"The Chairman of the {run} said so."
    start = text.index(run)
    assert person_after_office(text, start, start + len(run)) == start


def test_no_person_split_off_without_a_title_before_of_the() -> None:
    from newstables.mentions import person_after_office

    text = "Members of the United States Barack Obama met said so."
    start = text.index("United")
    assert person_after_office(text, start, text.index(" met")) == start


def test_person_after_an_office_of_the_body() -> None:
    from newstables.mentions import person_after_office

    text = "said Speaker of the House Nancy Pelosi on Tuesday."
    start = text.index("House")
    assert text[person_after_office(text, start, text.index(" on")) :].startswith("Nancy Pelosi")


def test_apposition_where_the_name_first_appears() -> None:
    text = (
        "Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered three days of mourning. "
        'In his statement, Khamenei said "harsh revenge" awaited the attackers.'
    )
    assert roles_of(text, "Sayyid Ali Hosseini Khamenei") == ["Supreme Leader of Iran"]


def test_title_where_the_name_first_appears() -> None:
    text = (
        "In Ohio, Governor Mike DeWine postponed the primary, citing the health crisis. "
        'DeWine said "we cannot conduct this election" on Tuesday.'
    )
    assert roles_of(text, "Mike DeWine") == ["Governor"]


def test_apposition_ending_the_sentence() -> None:
    text = '"Defaults have soared," said Nicolas Retsinas, director of Housing Studies at Harvard University.'
    assert roles_of(text, "Nicolas Retsinas") == ["director of Housing Studies at Harvard University"]


def test_title_with_an_ampersand_as_written() -> None:
    text = "PG&E President and CEO Andy Vesey said the firm was installing stronger poles."
    assert roles_of(text, "Andy Vesey") == ["PG&E President and CEO"]


@pytest.mark.parametrize("raw", ["President of", "Secretary of State for", "Ambassador to"])
def test_office_of_the_name_is_no_role_of_it(raw: str) -> None:
    # "the President of Venezuela said": Venezuela is no president
    assert clean_roles(raw) == []


@pytest.mark.parametrize(
    "text",
    [
        # someone else, coordinated or titled, after the comma
        "Both the leader, Benazir Bhutto, and the US secretary of state, Condoleezza Rice, welcomed it.",
        "The revolution in Iran, Ayatollah Ruhollah Khomeini, and the clerics were discussed.",
        # a list of names
        "The panel heard Benazir Bhutto, Nawaz Sharif, and others.",
    ],
)
def test_no_role_from_another_persons_apposition(text: str) -> None:
    assert article_roles(text, ["Benazir Bhutto", "Iran"]) == {"Benazir Bhutto": [], "Iran": []}


def test_name_inside_a_longer_word_or_at_the_text_edge() -> None:
    text = "Kaoru Yosanoville said it. Kaoru Yosano, ,"
    assert article_roles(text, ["Kaoru Yosano"]) == {"Kaoru Yosano": []}
    assert article_roles("Kaoru Yosano,", ["Kaoru Yosano"]) == {"Kaoru Yosano": []}


def test_a_country_before_a_name_is_no_role_the_office_of_it_is() -> None:
    text = "Today, former Vice President of the United States Joe Biden was projected to win."
    assert article_roles(text, ["Joe Biden"]) == {"Joe Biden": ["former Vice President of the United States"]}
    text = "Today, for the United States Joe Biden was projected to win."
    assert article_roles(text, ["Joe Biden"]) == {"Joe Biden": []}


def test_an_organisation_takes_no_role_only_a_person_holds() -> None:
    # "the official WHO report": no role of the WHO's; nor is a "White House official" one
    ext = extract_text(
        "The World Health Organization (WHO) met on Monday. According to the official WHO report "
        "yesterday, there had been 2741 confirmed cases in China.",
        dt.date(2020, 1, 1),
    )
    assert [roles for _, kind, roles in ext.speakers.values() if kind == "organisation"] == [[]]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a given name and a surname that is also an organisation's word, with a person's role
        (
            'Mike Hall, chief executive of the New Zealand Fire Service, said "The fire is out."',
            "person",
        ),
    ],
)
def test_a_person_named_like_an_organisation_with_a_persons_role(text: str, kind: str) -> None:
    ext = extract_text(text, dt.date(2020, 1, 1))
    assert [k for _, k, _ in ext.speakers.values()][:1] == [kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital's or a state's name alone speaks for its government
        ("Beijing said the visit was a provocation.", ("Beijing", "organisation")),
        ("Texas said it would appeal the ruling.", ("Texas", "organisation")),
        # a given name that is also a state's is a person's
        ("Virginia said she would appeal the ruling.", ("Virginia", "person")),
        # a listed business or body needs no word marking it an organisation's
        ("Embraer said it would cut 4,000 jobs.", ("Embraer", "organisation")),
        ("Hamas said it would not disarm.", ("Hamas", "organisation")),
    ],
)
def test_a_place_alone_speaks_as_an_organisation(text: str, expected: tuple[str, str]) -> None:
    ext = extract_text(text, dt.date(2020, 1, 1))
    assert [(n, k) for n, k, _ in ext.speakers.values()] == [expected]


def test_a_government_named_after_its_leader_stays_an_organisation() -> None:
    assert not _named_person("Howard Government", ["Prime Minister"])  # (a guard)
    assert _named_person("Jim Press", ["Vice Chairman of Chrysler"])


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a role written before a name starts after the preposition or conjunction it is the
        # object of (the run before it is what the sentence says, not who the person is)
        (
            "The latest deaths come as former U.N. secretary-general Kofi Annan is in Kenya.",
            "Kofi Annan",
            ["former U.N. secretary-general"],
        ),
        ("There was an attack on U.S. diplomat Michael Parmly.", "Michael Parmly", ["U.S. diplomat"]),
        (
            "Others such as city commissioner Randy Leonard spoke.",
            "Randy Leonard",
            ["city commissioner"],
        ),
        (
            "It came days after provisional prime minister Boniface Alexandre spoke.",
            "Boniface Alexandre",
            ["provisional prime minister"],
        ),
        # "of", "for" and "to" join a role to what it is of
        ("The deputy chief of staff official Ann Lee spoke.", "Ann Lee", ["deputy chief of staff official"]),
    ],
)
def test_a_role_before_a_name_starts_after_a_preposition(text: str, name: str, expected: list[str]) -> None:
    assert article_roles(text, [name]) == {name: expected}
