"""Deadlines: Dutch time phrases read against the letter's date (graph.deadlines)."""

from __future__ import annotations

import csv
import datetime as dt
from importlib import resources

import pytest

from graph.dates import estimate_letter_date
from graph.deadlines import RECESS_NAME, RULES, find_deadline, recess, recesses

# (sentence, letter date, earliest acceptable due, latest acceptable due); None: no date
CASES = [
    # months, with begin / medio / eind
    ("Ik zal uw Kamer medio februari berichten.", "2021-02-03", "2021-02-10", "2021-02-28"),
    ("Het kabinet verwacht begin maart het wetsvoorstel aan te bieden.", "2021-02-03", "2021-03-01", "2021-03-15"),
    ("Ik informeer u eind april over de uitkomst.", "2021-02-03", "2021-04-21", "2021-04-30"),
    ("Ik stuur u in maart een brief.", "2021-04-01", "2022-03-01", "2022-03-31"),
    ("Ik stuur u in maart 2021 een brief.", "2020-11-01", "2021-03-01", "2021-03-31"),
    ("Ik zal u voor eind juni informeren.", "2021-04-01", "2021-06-30", "2021-06-30"),
    ("Ik zal u voor juni informeren.", "2021-04-01", "2021-05-31", "2021-05-31"),
    ("Ik zal u uiterlijk in september informeren.", "2021-04-01", "2021-09-30", "2021-09-30"),
    ("U ontvangt de rapportage half december.", "2021-04-01", "2021-12-11", "2021-12-20"),
    ("Het plan volgt einde mei 2023.", "2022-11-01", "2023-05-21", "2023-05-31"),
    # days
    ("Ik zal u voor 1 juli informeren.", "2021-05-01", "2021-06-30", "2021-06-30"),
    ("Ik zal u uiterlijk 15 maart 2022 informeren.", "2021-12-01", "2022-03-15", "2022-03-15"),
    ("Ik zal u voor 1 februari informeren.", "2021-05-01", "2022-01-31", "2022-01-31"),
    ("De regeling gaat op 1 januari 2023 in.", "2022-06-01", "2023-01-01", "2023-01-01"),
    ("Ik zal u op 1 april a.s. informeren.", "2021-03-01", "2021-04-01", "2021-04-01"),
    # quarters and halves
    ("Ik zal in het eerste kwartaal van 2021 een adviesaanvraag doen.", "2020-11-16", "2021-01-01", "2021-03-31"),
    ("Ik zal in het tweede kwartaal rapporteren.", "2021-01-10", "2021-04-01", "2021-06-30"),
    ("Het onderzoek is in Q2 2022 klaar.", "2021-05-01", "2022-06-30", "2022-06-30"),
    ("Ik zal in het laatste kwartaal van dit jaar rapporteren.", "2021-05-01", "2021-12-31", "2021-12-31"),
    ("Ik zal voor het einde van het derde kwartaal rapporteren.", "2021-05-01", "2021-09-30", "2021-09-30"),
    ("Ik zal in de eerste helft van 2022 rapporteren.", "2021-05-01", "2022-01-01", "2022-06-30"),
    ("Ik zal in de tweede helft van dit jaar rapporteren.", "2021-05-01", "2021-12-31", "2021-12-31"),
    ("De uitrol zal komend half jaar plaatsvinden.", "2022-03-15", "2022-08-01", "2022-10-01"),
    # seasons
    ("Ik zal uw Kamer in het voorjaar van 2021 verder informeren.", "2020-11-16", "2021-03-20", "2021-06-21"),
    ("Ik zal u in het voorjaar informeren.", "2020-11-16", "2021-03-20", "2021-06-21"),
    ("Ik zal u dit najaar informeren.", "2021-05-01", "2021-09-23", "2021-12-21"),
    ("Ik zal u in de zomer van 2022 informeren.", "2021-05-01", "2022-06-21", "2022-09-22"),
    ("Het kabinet streeft ernaar om voor de zomer met de Agenda te komen.", "2022-03-15", "2022-06-01", "2022-07-31"),
    ("Ik kom hier voor de zomer op terug.", "2022-08-15", "2023-06-01", "2023-07-31"),
    ("Ik zal u komende winter informeren.", "2021-05-01", "2022-03-01", "2022-03-31"),
    ("Ik zal u eind 2022 informeren.", "2021-05-01", "2022-12-31", "2022-12-31"),
    # recesses (the published table)
    ("Over de verdere ontwikkelingen wordt uw Kamer voor het zomerreces nader geïnformeerd.", "2022-03-15",
     "2022-06-30", "2022-07-15"),
    ("Ik zal u voor het kerstreces informeren.", "2020-11-16", "2020-12-17", "2020-12-17"),
    ("Ik zal u voor het kerstreces informeren.", "2023-10-01", "2023-12-21", "2023-12-21"),
    ("Ik zal u voor het meireces informeren.", "2024-01-10", "2024-04-25", "2024-04-25"),
    ("Ik zal u voor het voorjaarsreces informeren.", "2024-01-10", "2024-02-15", "2024-02-15"),
    ("Ik zal u voor het herfstreces informeren.", "2023-09-01", "2023-10-12", "2023-10-12"),
    ("Ik zal u voor het zomerreces 2024 informeren.", "2023-09-01", "2024-07-04", "2024-07-04"),
    # years and spans from the letter
    ("Ik zal u voor het einde van het jaar informeren.", "2021-05-01", "2021-12-31", "2021-12-31"),
    ("Ik zal u volgend jaar informeren.", "2021-05-01", "2022-12-31", "2022-12-31"),
    ("Ik zal u dit jaar informeren.", "2021-05-01", "2021-12-31", "2021-12-31"),
    ("Ik zal u begin volgend jaar informeren.", "2021-05-01", "2022-01-01", "2022-05-01"),
    ("Ik zal u in 2023 informeren.", "2021-05-01", "2023-12-31", "2023-12-31"),
    ("Ik zal u binnen vier weken informeren.", "2021-01-01", "2021-01-29", "2021-01-29"),
    ("Ik zal u binnen drie maanden informeren.", "2021-01-01", "2021-03-30", "2021-04-02"),
    ("Ik zal u binnen 10 werkdagen informeren.", "2021-01-04", "2021-01-15", "2021-01-18"),
    ("Ik zal u volgende week informeren.", "2021-12-01", "2021-12-06", "2021-12-12"),
    ("Ik zal u volgende maand informeren.", "2021-12-04", "2022-01-31", "2022-01-31"),
    # no date
    ("Mijn collega van VWS zal u binnenkort berichten.", "2021-02-03", None, None),
    ("Ik zal u zo spoedig mogelijk informeren.", "2021-02-03", None, None),
    ("Het gesprek zal op korte termijn plaatsvinden.", "2021-02-03", None, None),
    ("Ik zal u op termijn informeren.", "2021-02-03", None, None),
    # Prinsjesdag, the third Tuesday of September ("Ik verwacht uw Kamer voor Prinsjesdag te informeren")
    ("Ik verwacht uw Kamer voor Prinsjesdag te informeren.", "2023-03-10", "2023-09-18", "2023-09-18"),
    ("Het kabinet komt rond Prinsjesdag 2024 met een voorstel.", "2023-10-10", "2024-09-17", "2024-09-17"),
    ("Ik zal uw Kamer voor Prinsjesdag informeren.", "2021-10-01", "2022-09-19", "2022-09-19"),
    ("Ik informeer u uiterlijk op Prinsjesdag.", "2021-06-01", "2021-09-21", "2021-09-21"),
    # real shapes: "dit najaar" (EZK 2018), "in het najaar" (SZW 2020), "voor het zomerreces" (BZK 2021)
    ("Ik verwacht uw Kamer hierover dit najaar te kunnen informeren.", "2018-08-17", "2018-12-20", "2018-12-20"),
    ("Wij zijn voornemens u in het najaar nader te berichten.", "2020-08-11", "2020-12-20", "2020-12-20"),
    ("U ontvangt de voortgangsbrief voor het zomerreces.", "2021-06-22", "2021-07-08", "2021-07-08"),
]


@pytest.mark.parametrize(("sentence", "letter", "low", "high"), CASES)
def test_deadline_phrases(sentence: str, letter: str, low: str | None, high: str | None) -> None:
    d = find_deadline(sentence, letter)
    if low is None or high is None:
        assert d is None or d.due is None
        return
    assert d is not None and d.due is not None, sentence
    assert low <= d.due <= high, (sentence, d)
    assert d.text in sentence


@pytest.mark.parametrize(
    ("sentence", "letter"),
    [
        ("Het kabinet zal (aangenomen op 2 februari 2021) 5 miljoen euro vrijmaken.", "2021-02-03"),  # past date
        ("In 2020 werkte 48% thuis.", "2021-02-03"),  # a past year is no deadline
        ("Het aandeel steeg in de zomer naar 77%.", "2021-02-03"),  # the past summer
        ("Zoals vermeld in de brief van 2 februari jl.", "2021-02-03"),
        ("Kamerstukken II 2020/21, 25 295, nr. 912.", "2021-02-03"),
    ],
)
def test_not_deadlines(sentence: str, letter: str) -> None:
    d = find_deadline(sentence, letter)
    assert d is None or d.due is None or d.due >= letter, d


def test_without_letter_date_a_written_year_still_counts() -> None:
    d = find_deadline("Ik zal u in het eerste kwartaal van 2021 informeren.", None)
    assert d is not None and d.due == "2021-03-31"
    assert find_deadline("Ik zal u in maart informeren.", None) is None


def test_recess_table_has_sources_and_typical_fallback() -> None:
    table = recesses()
    assert table and all(r.source.startswith(("https://", "http://")) for r in table.values())
    assert all(r.end is None or r.end > r.start for r in table.values())
    start, _, published = recess("zomer", 2022)
    assert (start.isoformat(), published) == ("2022-07-08", True)
    start, _, published = recess("zomer", 2014)  # not in the table: the usual date, marked as such
    assert start.month == 7 and not published
    assert find_deadline("Ik zal u voor het zomerreces informeren.", "2014-03-01").rule.endswith("~")  # type: ignore[union-attr]


def test_recess_csv_rows_are_sourced_ordered_and_unique() -> None:
    # read the file itself: recesses() keys by (name, year), so it would hide a duplicate row
    with resources.files("graph").joinpath("data/recesses.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    keys = [(r["recess"], int(r["year"])) for r in rows]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]
    for r in rows:
        assert r["recess"] in set(RECESS_NAME.values()), r
        assert r["source"].startswith(("https://", "http://")) and " " not in r["source"], r
        assert r["note"].strip(), r  # what the source says
        start = dt.date.fromisoformat(r["start"])
        assert start.year == int(r["year"]), r
        if r["end"]:
            assert start <= dt.date.fromisoformat(r["end"]), r


# (sentence, letter date, due, earliest) read against published rows of recesses.csv
RECESS_ROWS = [
    ("Ik zal u voor het zomerreces informeren.", "2017-03-01", "2017-07-06", "2017-03-01"),
    ("Ik zal u voor het herfstreces informeren.", "2015-09-01", "2015-10-15", "2015-09-01"),
    ("Ik zal u voor het kerstreces informeren.", "2016-10-01", "2016-12-22", "2016-10-01"),
    ("Ik zal u voor het kerstreces informeren.", "2022-10-01", "2022-12-22", "2022-10-01"),
    ("Ik zal u voor het kerstreces informeren.", "2024-10-01", "2024-12-19", "2024-10-01"),
    ("Ik zal u voor het voorjaarsreces informeren.", "2020-01-10", "2020-02-20", "2020-01-10"),
    ("Het kabinet komt voor de zomer met een voorstel.", "2021-03-01", "2021-07-08", "2021-03-01"),
    ("Ik kom na het zomerreces op dit punt terug.", "2016-05-01", None, "2016-09-06"),
    ("Ik kom na het kerstreces op dit punt terug.", "2017-11-01", None, "2018-01-16"),
    ("Ik zal u voor het herfstreces informeren.", "2016-09-01", "2016-10-13", "2016-09-01"),
    ("Ik zal u voor het herfstreces informeren.", "2017-09-01", "2017-10-12", "2017-09-01"),
    ("Ik zal u voor het krokusreces informeren.", "2018-01-10", "2018-02-22", "2018-01-10"),
    ("Ik zal u voor het meireces informeren.", "2018-03-01", "2018-04-26", "2018-03-01"),
    ("Ik zal u voor het kerstreces informeren.", "2019-10-01", "2019-12-19", "2019-10-01"),
    ("Ik kom na het kerstreces op dit punt terug.", "2019-11-01", None, "2020-01-14"),
]


@pytest.mark.parametrize(("sentence", "letter", "due", "earliest"), RECESS_ROWS)
def test_recess_deadlines_use_the_published_rows(sentence: str, letter: str, due: str | None, earliest: str) -> None:
    d = find_deadline(sentence, letter)
    assert d is not None, sentence
    assert (d.due, d.earliest) == (due, earliest), d
    assert not d.rule.endswith("~"), d  # from the table, not the typical dates


def test_rules_table_documents_every_rule() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert all(r.example and r.reading for r in RULES)
    for r in RULES:  # each rule's first example is found by its own pattern
        assert r.pattern.search(r.example.split(";")[0]), r.name


@pytest.mark.parametrize(
    ("text", "vergaderjaar", "want"),
    [
        ("Per 15 maart jl. is het advies vervallen. Sinds 24 september 2021 en 1 januari 2022.", "2021-2022",
         "2022-03-15"),
        ("Per 15 maart jl. is het advies vervallen. Sinds 24 september 2021 en 1 januari 2022.", None, "2022-01-01"),
        ("Op 15 november jl. en 9 februari jl. kwam de Kamer bijeen.", "2021-2022", "2022-02-09"),
        ("De wet gaat op 1 januari 2030 in; de brief van 3 maart 2021.", "2020-2021", "2021-03-03"),
        ("Geen datum.", "2020-2021", None),
    ],
)
def test_estimate_letter_date(text: str, vergaderjaar: str | None, want: str | None) -> None:
    assert estimate_letter_date(text, vergaderjaar) == want
