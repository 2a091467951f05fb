"""Figures: every case the figures issue lists, with exact values."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import FIXTURES
from newstables.figures import extract_figures

DAY = dt.date(2021, 7, 15)


def figs(text: str, **kw: object) -> list[tuple]:
    return [
        (f["text"], f["kind"], f["value_exact"], f["unit"], f["qualifier"])
        for f in extract_figures(text, DAY, **kw)
    ]


def one(text: str) -> dict:
    (f,) = extract_figures(text, DAY)
    return f


def test_seed_has_all_7_figures() -> None:
    doc = json.loads((FIXTURES / "gold" / "seed.jsonl").read_text().splitlines()[0])
    got = extract_figures(doc["text"], DAY)
    assert len(got) == 7
    money = next(f for f in got if f["kind"] == "money")
    assert (money["text"], money["value"], money["unit"], money["qualifier"]) == (
        "$ 108 billion",
        108000000000,
        "USD",
        "lt",
    )
    dates = {f["text"]: f["date_value"] for f in got if f["kind"] == "date"}
    assert dates == {"June 28": "2021-06-28", "February 2022": "2022-02"}


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("trade of $ 108 billion", "$ 108 billion", "108000000000", "USD"),
        ("a $1.2bn deal", "$1.2bn", "1200000000", "USD"),
        ("5 million euros", "5 million euros", "5000000", "EUR"),
        ("it cost $3,500", "$3,500", "3500", "USD"),
        ("US$4.2 billion", "US$4.2 billion", "4200000000", "USD"),
        ("C$40 million", "C$40 million", "40000000", "CAD"),
        ("A$7", "A$7", "7", "AUD"),
        ("HK$12", "HK$12", "12", "HKD"),
        ("€20,000", "€20,000", "20000", "EUR"),
        ("£17,500", "£17,500", "17500", "GBP"),
        ("¥300", "¥300", "300", "JPY"),
        ("₽5,000", "₽5,000", "5000", "RUB"),
        ("500 rupees", "500 rupees", "500", "INR"),
        ("3 yuan", "3 yuan", "3", "CNY"),
        ("10 USD", "10 USD", "10", "USD"),
        ("75 cents", "75 cents", "0.75", "USD"),
    ],
)
def test_money(text: str, figure: str, value: str, unit: str) -> None:
    f = one(text)
    assert (f["text"], f["kind"], f["value_exact"], f["unit"]) == (figure, "money", value, unit)


def test_bare_dollar_follows_the_article() -> None:
    assert one("It cost $5.")["unit_basis"] == "default"
    f = extract_figures("Prices in C$ rose. A ticket costs $5.", DAY)[-1]
    assert (f["unit"], f["unit_basis"]) == ("CAD", "context")
    f = extract_figures("In Toronto, Ontario, Canadian shops charge $5. Canada is cold.", DAY)[-1]
    assert (f["unit"], f["unit_basis"]) == ("CAD", "context")
    assert one("It cost US$5.")["unit_basis"] == "explicit"


def test_a_currency_inside_another_does_not_set_the_dollar() -> None:
    """ "US$" holds "S$" (Singapore): an article writing "US$" once priced every bare "$" in
    Singapore dollars. A sign counts only where it is written alone."""
    (explicit, bare) = extract_figures("Aid of US$42 million came, then $5 million more.", DAY)
    assert (explicit["unit"], explicit["unit_basis"]) == ("USD", "explicit")
    assert (bare["unit"], bare["unit_basis"]) == ("USD", "default")
    f = extract_figures("The fare is S$3 and a meal $5.", DAY)[-1]
    assert (f["unit"], f["unit_basis"]) == ("SGD", "context")
    f = extract_figures("Prices in Canadian dollars rose. A ticket costs $5.", DAY)[-1]
    assert (f["unit"], f["unit_basis"]) == ("CAD", "context")
    (rng,) = extract_figures("Tickets cost US$500-$600.", DAY)  # one currency: one range
    assert (rng["kind"], rng["unit"], rng["value_low"], rng["value_high"]) == ("range", "USD", 500, 600)


def test_an_article_about_the_us_keeps_its_dollars_with_canada_named_once() -> None:
    """ "U.S." counts for the US dollar before a space too (it counted only before a letter,
    so one "Canada" made every bare "$" Canadian)."""
    text = "The U.S. Senate and U.S. officials agreed with Canada on a $5 million fund for U.S. farms."
    (f,) = extract_figures(text, DAY)
    assert (f["text"], f["unit"], f["unit_basis"]) == ("$5 million", "USD", "default")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("rose 5%", "5", "%"),
        ("5 percent", "5", "%"),
        ("5 per cent", "5", "%"),
        ("five percent", "5", "%"),
        ("a 2 percentage point rise", "2", "pp"),
        ("lost a quarter of its value", "25", "%"),
    ],
)
def test_percent(text: str, value: str, unit: str) -> None:
    f = one(text)
    assert (f["kind"], f["value_exact"], f["unit"]) == ("percent", value, unit)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234.5 people", "1234.5"),
        ("two dogs", "2"),
        ("twenty-one guns", "21"),
        ("a dozen eggs", "12"),
        ("half a million doses", "500000"),
        ("3.5 million people", "3500000"),
        ("5k runners", "5000"),
        ("one hundred and twenty cars", "120"),
    ],
)
def test_counts(text: str, value: str) -> None:
    f = one(text)
    assert (f["kind"], f["value_exact"]) == ("count", value)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("12 km", "12", "km"),
        ("20 miles", "20", "mi"),
        ("3 tonnes", "3", "t"),
        ("100 barrels", "100", "bbl"),
        ("45 kg", "45", "kg"),
        ("30°C", "30", "°C"),
        ("500 hectares", "500", "ha"),
        ("40 MW", "40", "MW"),
        ("a two-year deadline", "2", "year"),
        ("a 10-year-old browser", "10", "year"),
        ("75 miles per hour", "75", "mph"),
        ("a top speed of 8 m/s", "8", "m/s"),  # not 8 metres
        ("40 metres per second", "40", "m/s"),
        ("11 km/s", "11", "km/s"),
        ("particles of 2.5 micrometers", "2.5", "µm"),
        ("a 70-nanometer chip", "70", "nm"),
    ],
)
def test_quantities(text: str, value: str, unit: str) -> None:
    f = one(text)
    assert (f["kind"], f["value_exact"], f["unit"]) == ("quantity", value, unit)


def test_ages_are_quantities_in_years() -> None:
    assert figs("Emily Spanton, 39, told the court.") == [("39", "quantity", "39", "year", None)]
    assert figs("He died at the age of 68.") == [("68", "quantity", "68", "year", None)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the 20th anniversary", "20"),
        ("twentieth", "20"),
        ("1st place", "1"),
        ("twenty-first century", "21"),
        ("ranked #3", "3"),
    ],
)
def test_ordinals(text: str, value: str) -> None:
    f = one(text)
    assert (f["kind"], f["value_exact"]) == ("ordinal", value)


@pytest.mark.parametrize(
    ("text", "kind", "date_value", "precision"),
    [
        ("in 2005", "year", "2005", "year"),
        ("in February 2022", "date", "2022-02", "month"),
        ("on June 28", "date", "2021-06-28", "day"),
        ("on 28 June 2021", "date", "2021-06-28", "day"),
        ("on December 31", "date", "2020-12-31", "day"),
        ("in the 1990s", "year", "199", "decade"),
        ("on March 4, 2011", "date", "2011-03-04", "day"),
    ],
)
def test_years_and_dates(text: str, kind: str, date_value: str, precision: str) -> None:
    f = one(text)
    assert (f["kind"], f["date_value"], f["precision"]) == (kind, date_value, precision)


def test_month_day_resolves_to_the_nearest_year() -> None:
    f = extract_figures("the attack on December 31", dt.date(2020, 1, 5))[0]
    assert f["date_value"] == "2019-12-31"


def test_day_ranges_are_two_dates() -> None:
    assert [f["date_value"] for f in extract_figures("from March 15 to 17", dt.date(2019, 3, 29))] == [
        "2019-03-15",
        "2019-03-17",
    ]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the rest of a list of days, after a month and its first day
        (
            "near Jamestown May 11, 12, and 13.",
            [("May 11", "2021-05-11"), ("12", "2021-05-12"), ("13", "2021-05-13")],
        ),
        ("on July 10 or 11 of that year", [("July 10", "2021-07-10"), ("11", "2021-07-11")]),
        # days before a day-first date share its month and year
        ("from 15-17 July in St Petersburg", [("15", "2021-07-15"), ("17 July", "2021-07-17")]),
        ("On 9 and 10 April 2006, voters", [("9", "2006-04-09"), ("10 April 2006", "2006-04-10")]),
        ("the 2nd and 3rd of September", [("2nd", "2021-09-02"), ("3rd of September", "2021-09-03")]),
        ("on 9, 10 and 11 April", [("9", "2021-04-09"), ("10", "2021-04-10"), ("11 April", "2021-04-11")]),
    ],
)
def test_lists_and_ranges_of_days_are_dates(text: str, dates: list[tuple[str, str]]) -> None:
    assert [(f["text"], f["date_value"]) for f in extract_figures(text, DAY) if f["kind"] == "date"] == dates
    assert not [f for f in extract_figures(text, DAY) if f["kind"] in ("count", "ordinal")]


def test_a_later_day_keeps_its_ordinal_suffix() -> None:
    """As the earlier days of a day-first date do ("the 2nd and 3rd of September")."""
    got = [(f["text"], f["date_value"]) for f in extract_figures("in Montreal on December 2nd and 3rd.", DAY)]
    assert got == [("December 2nd", "2020-12-02"), ("3rd", "2020-12-03")]


def test_a_count_after_a_date_is_no_day_of_it() -> None:
    """A list closes with "and" or "or": "May 11, 12 people" is a date and a count."""
    assert figs("On May 11, 12 people died.") == [
        ("May 11", "date", None, None, None),
        ("12", "count", "12", None, None),
    ]


def test_weekdays_on_request() -> None:
    assert figs("on Tuesday") == []
    (f,) = extract_figures("on Tuesday", DAY, weekdays=True)  # 2021-07-15 is a Thursday
    assert (f["kind"], f["date_value"]) == ("date", "2021-07-13")


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("3-5 percent", 3, 5, "%"),
        ("between 20 and 30 people", 20, 30, None),
        ("from $1 million to $2 million", 1e6, 2e6, "USD"),
        ("$1-2 million", 1e6, 2e6, "USD"),
        ("three to six feet", 3, 6, "ft"),
        ("five or six feet", 5, 6, "ft"),
    ],
)
def test_ranges(text: str, low: float, high: float, unit: str | None) -> None:
    f = one(text)
    assert (f["kind"], f["value_low"], f["value_high"], f["unit"]) == ("range", low, high, unit)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("about 300", "approx"),
        ("around 40%", "approx"),
        ("some 50", "approx"),
        ("roughly $5", "approx"),
        ("nearly 10", "lt"),
        ("almost 20", "lt"),
        ("just under 30", "lt"),
        ("more than 40", "gt"),
        ("over 50", "gt"),
        ("at least 60", "ge"),
        ("up to 70", "le"),
        ("at most 80", "le"),
    ],
)
def test_qualifiers_are_recorded_and_left_out_of_the_span(text: str, qualifier: str) -> None:
    f = one(text)
    assert f["qualifier"] == qualifier
    assert not f["text"][0].isalpha() or f["text"].startswith(("$",))


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19 and H1N1 and SARS-CoV-2",
        "a Boeing 737 crashed",
        "the G20 met",
        "Route 66 is long",
        "call 555-123-4567 now",
        "see https://example.com/a/2021 now",
        "at 9:30 a.m. and at 5 pm",
        "the Group of Seven met",
        "no one came",
        "a commercial one",
    ],
)
def test_not_figures(text: str) -> None:
    assert figs(text) == []


def test_scores_and_year_spans_are_separate_figures() -> None:
    assert [f[0] for f in figs("Noosa won 32–22 over the season from 2004 to 2009.")] == [
        "32",
        "22",
        "2004",
        "2009",
    ]


def test_values_are_exact() -> None:
    f = one("a $123,456,789,012.34 budget")
    assert f["value_exact"] == "123456789012.34"
    assert repr(f["value"]) == "123456789012.34"  # the float round-trips
    assert one("0.1%")["value"] == 0.1


@pytest.mark.parametrize(
    ("text", "figure", "kind", "value", "unit"),
    [
        ("Rates rose by 25 basis points.", "25 basis points", "percent", "25", "bp"),
        ("Rates rose 50 bps.", "50 bps", "percent", "50", "bp"),
        ("The project costs Rs 500 crore.", "Rs 500 crore", "money", "5000000000", "INR"),
        ("About 3 lakh people attended.", "3 lakh", "count", "300000", None),
        ("One-third of voters agreed.", "One-third", "percent", "33.3333", "%"),
        ("Temperatures hit 40C on Monday.", "40C", "quantity", "40", "°C"),
        ("By mid-2020 the plan failed.", "2020", "year", "2020", None),
        ("He is No. 1 in the world.", "No. 1", "ordinal", "1", None),
        ("A 3,000-strong crowd gathered.", "3,000", "count", "3000", None),
        ("Revenue rose to £1.5m.", "£1.5m", "money", "1500000", "GBP"),
    ],
)
def test_more_news_patterns(text: str, figure: str, kind: str, value: str, unit: str | None) -> None:
    f = one(text)
    assert (f["text"], f["kind"], f["value_exact"], f["unit"]) == (figure, kind, value, unit)


def test_numbers_glued_to_letters_are_names() -> None:
    assert figs("The 5G network and the B-52 bomber launched.") == []
    assert figs("Add 5g of sugar.") == [("5g", "quantity", "5", "g", None)]


def test_coordinated_numbers_share_unit_and_scale() -> None:
    got = figs("Shares fell by 1.5 and 3 percent; prices rose 2, 3 and 5 percent; sales of 5 and 10 million.")
    assert [(f[0], f[1], f[2], f[3]) for f in got] == [
        ("1.5", "percent", "1.5", "%"),
        ("3 percent", "percent", "3", "%"),
        ("2", "percent", "2", "%"),
        ("3", "percent", "3", "%"),
        ("5 percent", "percent", "5", "%"),
        ("5", "count", "5000000", None),
        ("10 million", "count", "10000000", None),
    ]


def test_model_numbers_are_names() -> None:
    assert figs("The 737 Max and the 2020 election.") == [("2020", "year", "2020", None, None)]


def test_case_insensitive_words_written_with_lookalike_letters() -> None:
    """re.IGNORECASE takes "İ"/"ı" for i, "ſ" for s and the Kelvin sign for k; a unit, scale,
    qualifier or fraction written so reads as the word it stands for (it once raised KeyError)."""
    from newstables import lexicon
    from newstables.figures import FRACTION_WORDS, IGNORECASE_LOOKALIKES

    spelled = {letter: [c for c, v in IGNORECASE_LOOKALIKES.items() if v == letter] for letter in "isk"}
    templates = {
        "unit": [f"{{}} 5 {w} long" for w in lexicon.units()],
        "scale": [f"it cost $5 {w} in all" for w in lexicon.scale_words() if len(w) > 1],
        "qualifier": [f"{w} 5 people came" for w in lexicon.qualifiers()],
        "fraction": [f"a {w} of the vote" for w in FRACTION_WORDS],
    }
    checked = 0
    for kind, texts in templates.items():
        for text in texts:
            text = text.replace("{} ", "")
            for i, ch in enumerate(text):
                for odd in spelled.get(ch, []):
                    variant = text[:i] + odd + text[i + 1 :]
                    # the same figures as the plain spelling, apart from the changed text
                    strip = lambda rows: [{k: v for k, v in r.items() if k != "text"} for r in rows]  # noqa: E731
                    assert strip(extract_figures(variant, DAY)) == strip(extract_figures(text, DAY)), (
                        kind,
                        variant,
                    )
                    checked += 1
    assert checked > 250


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No one should take this storm lightly.", []),  # "no one" opening a sentence
        ("Every one of them left.", []),
        ("He spoke outside 10 Downing Street on Monday.", []),  # a house number
        ("The shop at 1613 Cambridge Street closed.", []),
        ("The police headquarters at 36 Quai des Orfèvres.", []),
        ("Traffic was cut on 34th Street.", []),  # a number inside a street's name
        ("1989 Tiananmen Square protests", [("1989", "year")]),  # Square: also a plaza
        ("the 3rd Taipei Citizen Elimination Road Race", [("3rd", "ordinal")]),  # the name goes on
        ("There were 3 people on Main Street.", [("3", "count")]),
    ],
)
def test_house_numbers_and_no_one_are_no_figures(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f["text"], f["kind"]) for f in extract_figures(text, DAY)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The defendants claimed Spanton first complained of theft.", []),  # an adverb
        ("She was first elected in 2000.", [("2000", "year")]),
        ("The second blast affected first responders.", [("second", "ordinal")]),  # a compound
        ("It was the first reported case.", [("first", "ordinal")]),  # after a determiner: a rank
        ("Crew Dragon's first manned mission", [("first", "ordinal")]),  # after a possessive
        ("The first bomb went off.", [("first", "ordinal")]),
    ],
)
def test_first_as_an_adverb_or_in_a_compound_is_no_rank(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f["text"], f["kind"]) for f in extract_figures(text, DAY)] == expected


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # decades written with an apostrophe, and the short form after a space
        ("in the early 1990's", [("1990's", "year", "199", "decade")]),
        ("in the 1970’s", [("1970’s", "year", "197", "decade")]),
        (
            "the late '70s and the ‘80s",
            [("'70s", "year", "197", "decade"), ("‘80s", "year", "198", "decade")],
        ),
        # two digits after a year and a dash or slash close a span of years
        ("the crisis of 2008-09", [("2008", "year", "2008", "year"), ("09", "year", "2009", "year")]),
        ("the 2009–10 season", [("2009", "year", "2009", "year"), ("10", "year", "2010", "year")]),
        ("in 2006/07", [("2006", "year", "2006", "year"), ("07", "year", "2007", "year")]),
        ("from 1968-79", [("1968", "year", "1968", "year"), ("79", "year", "1979", "year")]),
        ("the 1999-00 season", [("1999", "year", "1999", "year"), ("00", "year", "2000", "year")]),
        ("the 2012/2013 season", [("2012", "year", "2012", "year"), ("2013", "year", "2013", "year")]),
    ],
)
def test_decades_and_spans_of_years(text: str, figures: list[tuple[str, str, str, str]]) -> None:
    got = [(f["text"], f["kind"], f["date_value"], f["precision"]) for f in extract_figures(text, DAY)]
    assert got == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("a two-thirds majority", [("two-thirds", "percent", "66.6667", "%", None)]),
        ("failed to reach the two thirds support", [("two thirds", "percent", "66.6667", "%", None)]),
        ("Oakland, which is one-third its size", [("one-third", "percent", "33.3333", "%", None)]),
        ("short of a 2/3 majority", [("2/3", "percent", "66.6667", "%", None)]),
        ("at about 1/4 of the price", [("1/4", "percent", "25", "%", "approx")]),
        ("with 2/3rds of them", [("2/3rds", "percent", "66.6667", "%", None)]),
        ("a precision of 1/100th of the time", [("1/100th", "percent", "1", "%", None)]),
        ("sentenced to 2 1/2 years", [("2 1/2 years", "quantity", "2.5", "year", None)]),
        ("than it was 11-1/2 years ago", [("11-1/2 years", "quantity", "11.5", "year", None)]),
        ("a 5/8 inch bolt", [("5/8 inch", "quantity", "0.625", "in", None)]),
        ("1/2 million people", [("1/2 million", "count", "500000", None, None)]),
        # a fraction lends its unit to no number coordinated with it
        (
            "(one and two thirds meters)",
            [("one", "count", "1", None, None), ("two thirds", "percent", "66.6667", "%", None)],
        ),
        # "a third" and "three quarters" alone are no fractions
        ("a third term", [("third", "ordinal", "3", None, None)]),
        ("in the last three quarters", [("three quarters", "quantity", "3", "quarter", None)]),
    ],
)
def test_fractions(text: str, figures: list[tuple]) -> None:
    assert figs(text) == figures


@pytest.mark.parametrize(
    "text",
    [
        "the 9/11 attacks",
        "working 24/7 to keep it going",
        "the 7/7 bombers",
        "the odds of a strike were 50/50.",
        "written in the American format, 7/8/07.",
        "the document 0095/3100 of the agency",
        "decision no: 2007/384 of the court",
        "the Embraer 170/190 jets",
        "the A4/5 road",
    ],
)
def test_numbers_joined_by_a_slash_are_names_or_dates_not_counts(text: str) -> None:
    assert [f for f in figs(text) if f[1] == "count"] == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("a 500,000 square foot data center", ("500,000 square foot", "quantity", "500000", "ft2", None)),
        ("leasing 140,000 square feet", ("140,000 square feet", "quantity", "140000", "ft2", None)),
        ("on 2,667 square meters of land", ("2,667 square meters", "quantity", "2667", "m2", None)),
        ("the 1.8 million sq ft building", ("1.8 million sq ft", "quantity", "1800000", "ft2", None)),
        ("the water had 500 ppb of phosphorus", ("500 ppb", "quantity", "500", "ppb", None)),
        ("emissions at 550 parts per million", ("550 parts per million", "quantity", "550", "ppm", None)),
    ],
)
def test_areas_and_concentrations(text: str, figure: tuple) -> None:
    assert figs(text) == [figure]


@pytest.mark.parametrize(
    "text", ["preceded another one less than a day later", "and another one is an office"]
)
def test_another_one_is_a_pronoun(text: str) -> None:
    assert figs(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("More than 1800 people have been killed", ("1800", "count", "1800", None, "gt")),
        ("a decision to withdraw 1400 soldiers", ("1400", "count", "1400", None, None)),
        ("the company and its 1600 employees", ("1600", "count", "1600", None, None)),
        ("In 2004 people voted", ("2004", "year", "2004", None, None)),
        ("the 2004 elections", ("2004", "year", "2004", None, None)),
    ],
)
def test_year_like_numbers_that_count_people(text: str, figure: tuple) -> None:
    assert figs(text) == [figure]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("At one point he stood", []),
        ("police at one stage turned", []),
        ("At one time 5,500 flight attendants", [("5,500", "count", "5500", None, None)]),
        ("the index rose one point", [("one point", "quantity", "1", "point", None)]),
        ("a parade at one school", [("one", "count", "1", None, None)]),
    ],
)
def test_at_one_point_is_an_idiom(text: str, figures: list[tuple]) -> None:
    assert figs(text) == figures


def test_wiki_table_markup_holds_no_figures() -> None:
    text = '{| WIDTH=100% BORDER=0 CELLPADDING=4\n|rowspan="2" | 24,959 || colspan=2 | 53%'
    assert figs(text) == [("24,959", "count", "24959", None, None), ("53%", "percent", "53", "%", None)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("OPEC has cut 4.2 million bpd", ("4.2 million bpd", "quantity", "4200000", "bbl/d", None)),
        (
            "about 9.5 million barrels a day",
            ("9.5 million barrels a day", "quantity", "9500000", "bbl/d", "approx"),
        ),
        ("5,000 barrels per day", ("5,000 barrels per day", "quantity", "5000", "bbl/d", None)),
        ("a tanker of 300,000 barrels", ("300,000 barrels", "quantity", "300000", "bbl", None)),
    ],
)
def test_oil_output_per_day(text: str, figure: tuple) -> None:
    assert figs(text) == [figure]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("larger than the Chinese one in 2010", [("2010", "year", "2010", None, None)]),
        ("they burnt not the Australian one.", []),
        ("the Finnish one year period", [("one year", "quantity", "1", "year", None)]),
        ("the Chinese one million", [("one million", "count", "1000000", None, None)]),
    ],
)
def test_one_after_a_nationality_word_is_a_pronoun(text: str, figures: list[tuple]) -> None:
    assert figs(text) == figures


@pytest.mark.parametrize(
    "text",
    [
        "Water vapour was found in the atmosphere of K2-18b, a planet circling a star.",
        "The Defense Ministry will supply 14 new Airbus A330-200 airliners.",
        "The charge falls under article L224-6 of the French Penal Code.",
    ],
)
def test_a_number_after_a_lettered_code_and_a_hyphen_is_part_of_a_name(text: str) -> None:
    values = [f[0] for f in figs(text)]
    assert not any(v in {"18b", "200", "6"} for v in values), values


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Apple is now a $50+ billion company.", "$50+ billion", "50000000000"),
        ("There were 8,000+ people at the rally.", "8,000+", "8000"),
    ],
)
def test_a_plus_after_a_number_means_at_least_that(text: str, figure: str, value: str) -> None:
    f = one(text)
    assert (f["text"], f["value_exact"], f["qualifier"]) == (figure, value, "ge")


def test_a_plus_between_numbers_is_no_qualifier() -> None:
    assert [f[0] for f in figs("5+3 is 8.")] == ["5", "3", "8"]


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("He was imprisoned for four and a half months.", "four and a half months", "4.5", "month"),
        ("After 3 and a half hours of talks.", "3 and a half hours", "3.5", "hour"),
        ("It cost two and a half million dollars.", "two and a half million dollars", "2500000", "USD"),
    ],
)
def test_and_a_half_after_a_number_adds_a_half(text: str, figure: str, value: str, unit: str) -> None:
    f = one(text)
    assert (f["text"], f["value_exact"], f["unit"]) == (figure, value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Her salary rose by nearly $30,000 to $347,000.",
        "The rate increased from 3.8% to 4.6% last year.",
        "The tariff is increasing from 6% to 100%.",
    ],
)
def test_a_change_from_or_by_one_value_to_another_is_two_figures(text: str) -> None:
    assert [f[1] for f in figs(text)] == [figs(text)[0][1]] * 2
    assert all(kind != "range" for _, kind, *_ in figs(text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Shares fell by 2 to 3 percent.", "2 to 3 percent"),  # a change of a range of sizes
        ("The fee is $1,000, up from $150–$350.", "$150–$350"),
    ],
)
def test_a_range_after_by_or_from_stays_a_range(text: str, figure: str) -> None:
    assert (figure, "range") in [(f[0], f[1]) for f in figs(text)]


@pytest.mark.parametrize(
    ("text", "level", "unit"),
    [
        # the level a change reaches takes the change's unit
        ("The Dow Jones industrial average fell 12.26 points to 10,447.37 on Friday.", "10,447.37", "point"),
        ("The Bovespa fell by 6.89% (2,328.45 points) to a value of 31,490.04.", "31,490.04", "point"),
        ("The Dow fell by 252.01 points (2.90%) to 8,439.24 by noon.", "8,439.24", "point"),
        ("The average work week was reduced by 0.1 hours to 34.3 last month.", "34.3", "hour"),
        # (guards) a score is no change; a count's change lends no unit
        ("Caloundra defeated Wynnum 45 points to 24 on Saturday.", "24", None),
        ("The company cut 300 jobs to 1,200 this year.", "1,200", None),
    ],
)
def test_the_level_a_change_reaches_takes_its_unit(text: str, level: str, unit: str | None) -> None:
    found = {f["text"]: f for f in extract_figures(text, dt.date(2010, 5, 1))}
    assert found[level]["unit"] == unit
    assert found[level]["kind"] == ("quantity" if unit else "count")


@pytest.mark.parametrize(
    "text",
    [
        "The prisoners were released one by one.",
        "She held one-on-one talks with him.",
        "Hong Kong is governed under the one country, two systems model.",
        "A one-to-one meeting was held.",
    ],
)
def test_number_idioms_hold_no_figure(text: str) -> None:
    assert figs(text) == []


def test_a_number_beside_an_idiom_is_still_read() -> None:
    assert [f[0] for f in figs("One by one, 12 people left.")] == ["12"]
