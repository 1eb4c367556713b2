"""Deadlines of promises: a Dutch time phrase → the window that keeps the promise.

``due`` is the latest date that still keeps the promise, ``due_earliest`` the start of the window
the phrase names (for "vóór …" the letter's own date). Every phrase is read against the letter's
date: a phrase without a year means its next occurrence on or after the letter. The rules are the
table :data:`RULES`; recess dates come from ``data/recesses.csv`` (the Tweede Kamer's recesses,
each row with its source), and where a year is missing there, from :data:`TYPICAL_RECESS`.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from graph import patterns as P
from graph.dates import month_number, parse_iso

Window = tuple[dt.date | None, dt.date | None]  # (earliest, due)
Resolver = Callable[["re.Match[str]", dt.date | None], Window | None]

_WORDS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
          "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "veertien": 14, "achttien": 18}
_ORDINAL = {"eerste": 1, "1e": 1, "tweede": 2, "2e": 2, "derde": 3, "3e": 3, "vierde": 4, "4e": 4, "laatste": 4}
#: Seasons as the calendar has them (start month-day, end month-day; winter runs into the next year).
SEASONS = {"voorjaar": ((3, 20), (6, 20)), "lente": ((3, 20), (6, 20)), "zomer": ((6, 21), (9, 22)),
           "najaar": ((9, 23), (12, 20)), "herfst": ((9, 23), (12, 20)), "winter": ((12, 21), (3, 19))}
#: Recess names as written → the name in ``recesses.csv``.
RECESS_NAME = {"zomer": "zomer", "kerst": "kerst", "mei": "mei", "paas": "mei", "voorjaars": "voorjaar",
               "krokus": "voorjaar", "herfst": "herfst"}
#: When the table has no row for a year: the usual first and last day of each recess (Friday to
#: Monday around these dates in 2018-2025), marked ``~`` in the rule so it can be told apart.
TYPICAL_RECESS = {"zomer": ((7, 4), (9, 2)), "kerst": ((12, 19), (1, 10)), "mei": ((4, 24), (5, 9)),
                  "voorjaar": ((2, 15), (2, 24)), "herfst": ((10, 13), (10, 22))}


@dataclass(frozen=True, slots=True)
class Deadline:
    """A deadline found in a sentence; ``span`` is relative to the text searched."""

    due: str | None
    earliest: str | None
    text: str
    span: tuple[int, int]
    rule: str


@dataclass(frozen=True, slots=True)
class Recess:
    name: str
    year: int
    start: dt.date
    end: dt.date | None
    source: str


@cache
def recesses() -> dict[tuple[str, int], Recess]:
    """The recess table, keyed by (name, year of its first day)."""
    out: dict[tuple[str, int], Recess] = {}
    with resources.files("graph").joinpath("data/recesses.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            start = parse_iso(row["start"])
            if start is None:
                continue
            out[(row["recess"], int(row["year"]))] = Recess(
                row["recess"], int(row["year"]), start, parse_iso(row["end"]), row["source"]
            )
    return out


@cache  # (a few names and years; the deadline rules ask for the same ones over and over)
def recess(name: str, year: int) -> tuple[dt.date, dt.date, bool]:
    """First and last day of a recess; the bool says whether it came from the published table."""
    row = recesses().get((name, year))
    (sm, sd), (em, ed) = TYPICAL_RECESS[name]
    typical_end = dt.date(year + (1 if em < sm else 0), em, ed)
    if row is not None:
        return row.start, row.end or typical_end, True
    return dt.date(year, sm, sd), typical_end, False


# --- building blocks ---------------------------------------------------------------------------


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _part(start: dt.date, end: dt.date, part: str | None) -> tuple[dt.date, dt.date]:
    """"begin" is the first third of a period, "medio" the middle third, "eind" the last third."""
    if not part:
        return start, end
    part = part.lower()
    days = (end - start).days + 1
    if start.day == 1 and end.month == start.month:  # a month: 1-10, 11-20, 21-end
        cut1, cut2 = 10, 20
    else:
        cut1, cut2 = days // 3, 2 * days // 3
    if part == "begin":
        return start, start + dt.timedelta(days=cut1 - 1)
    if part in ("eind", "einde"):
        return start + dt.timedelta(days=cut2), end
    return start + dt.timedelta(days=cut1), start + dt.timedelta(days=cut2 - 1)


def _apply(rel: str | None, part: str | None, start: dt.date, end: dt.date, letter: dt.date | None) -> Window:
    """The window a preposition makes of a period: "vóór maart" ends the day before March,
    "vóór eind maart" and "uiterlijk (in) maart" on its last day, "na" gives no latest date."""
    rel = (rel or "").lower().replace("ó", "o")
    s, e = _part(start, end, part)
    if rel in ("voor", "tegen", "voorafgaand aan") or rel.startswith("voorafgaand"):
        due = e if (part or "").lower() in ("eind", "einde") else s - dt.timedelta(days=1)
        return (letter if letter and letter <= due else None), due
    if rel == "uiterlijk":
        return (letter if letter and letter <= e else s), e
    if rel == "na":
        return e + dt.timedelta(days=1), None
    return s, e


def _next(letter: dt.date | None, year: int | None, make: Callable[[int], Window | None]) -> Window | None:
    """With a year, the window of that year; without, the first window not over at the letter's date."""
    if year is not None:
        return make(year)
    if letter is None:
        return None
    for y in (letter.year - 1, letter.year, letter.year + 1, letter.year + 2):
        w = make(y)
        if w is None:
            continue
        last = w[1] or w[0]
        if last is not None and last >= letter:
            return w
    return None


def _year_of(m: re.Match[str], letter: dt.date | None) -> int | bool | None:
    """The year a phrase names: a number, "dit jaar", "volgend jaar"; ``False`` when it cannot be read."""
    gd = m.groupdict()
    if gd.get("year"):
        return int(gd["year"])
    which = (gd.get("which") or "").lower()
    if which:
        if letter is None:
            return False
        return letter.year + (0 if which in ("dit", "deze") else 1)
    return None


# --- one resolver per rule ---------------------------------------------------------------------


def _vague(m: re.Match[str], letter: dt.date | None) -> Window | None:
    return (None, None)


def _day(m: re.Match[str], letter: dt.date | None) -> Window | None:
    month = month_number(m.group("month"))
    if month is None:
        return None
    day = int(m.group("day"))
    rel = m.group("rel").lower()

    def make(y: int) -> Window | None:
        try:
            d = dt.date(y, month, day)
        except ValueError:
            return None
        if rel in ("op", "per", "rond", "omstreeks"):
            return d, d
        if rel in ("voor", "vóór"):
            return letter if letter and letter < d else None, d - dt.timedelta(days=1)
        return _apply(rel, None, d, d, letter)

    return _next(letter, int(m.group("year")) if m.group("year") else None, make)


def _month(m: re.Match[str], letter: dt.date | None) -> Window | None:
    said = m.group(0).lower()
    if not (m.group("rel") or m.group("part") or said.startswith("in ")):
        return None  # a bare month name is not a deadline
    month = month_number(m.group("month"))
    if month is None:
        return None

    def make(y: int) -> Window:
        return _apply(m.group("rel"), m.group("part"), dt.date(y, month, 1), _last_day(y, month), letter)

    return _next(letter, int(m.group("year")) if m.group("year") else None, make)


def _quarter(m: re.Match[str], letter: dt.date | None) -> Window | None:
    q = _ORDINAL.get((m.group("q") or "").lower()) or (int(m.group("qq")[1]) if m.group("qq") else None)
    if q is None:
        return None
    year: int | bool | None
    if m.group("qyear"):
        year = int(m.group("qyear"))
    elif m.group("qyy"):
        year = 2000 + int(m.group("qyy"))
    else:
        year = _year_of(m, letter)
    if year is False:
        return None

    def make(y: int) -> Window:
        start = dt.date(y, 3 * q - 2, 1)
        return _apply(m.group("rel"), m.group("part"), start, _last_day(y, 3 * q), letter)

    return _next(letter, year if isinstance(year, int) else None, make)


def _half(m: re.Match[str], letter: dt.date | None) -> Window | None:
    if m.group("coming"):
        if letter is None:
            return None
        return letter, letter + dt.timedelta(days=183)
    h = _ORDINAL.get(m.group("h").lower(), 1)
    year = _year_of(m, letter)
    if year is False:
        return None

    def make(y: int) -> Window:
        start, end = (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        return _apply(m.group("rel"), None, start, end, letter)

    return _next(letter, year if isinstance(year, int) else None, make)


def _season(m: re.Match[str], letter: dt.date | None) -> Window | None:
    said = m.group(0).lower()
    rel, part, season = m.group("rel"), m.group("part"), m.group("season").lower()
    if not (rel or part or m.group("this") or said.startswith("in ")):
        return None
    (sm, sd), (em, ed) = SEASONS[season]

    def make(y: int) -> Window:
        if season == "zomer" and rel and rel.lower() in ("voor", "vóór", "na") and not part:
            # politically "voor de zomer" is before the summer recess, "na de zomer" after it
            start, end, _ = recess("zomer", y)
            if rel.lower() == "na":
                return end + dt.timedelta(days=1), None
            return (letter if letter and letter < start else None), start - dt.timedelta(days=1)
        start = dt.date(y, sm, sd)
        end = dt.date(y + (1 if em < sm else 0), em, ed)
        return _apply(rel, part, start, end, letter)

    year = _year_of(m, letter)  # "van 2023", "van volgend jaar"
    if year is False:
        return None
    return _next(letter, year, make)


def _recess(m: re.Match[str], letter: dt.date | None) -> Window | None:
    name = RECESS_NAME[m.group("recess").lower()]
    rel = (m.group("rel") or "").lower()
    # "het einde van", "afloop van" name the recess's last day, "de start van", "aanvang van" its first;
    # the recess alone is its first day after "voor" and its last after "na"
    part = (m.group("rpart") or "").lower()
    at_end = part.endswith(("eind", "einde", "afloop"))
    at_start = bool(part) and not at_end

    def make(y: int) -> Window:
        start, end, _ = recess(name, y)
        if m.group("during"):
            return start, end
        if rel == "na":
            return (start if at_start else end) + dt.timedelta(days=1), None
        if rel in ("rond", "omstreeks"):
            return (end - dt.timedelta(days=14), end) if at_end else (start - dt.timedelta(days=14), start)
        if at_end:
            return (letter if letter and letter <= end else None), end
        return (letter if letter and letter < start else None), start - dt.timedelta(days=1)

    return _next(letter, int(m.group("year")) if m.group("year") else None, make)


def prinsjesdag(year: int) -> dt.date:
    """The third Tuesday of September (Grondwet art. 65), the day a vergaderjaar opens."""
    first = dt.date(year, 9, 15)  # the third Tuesday falls on the 15th to the 21st
    return first + dt.timedelta(days=(1 - first.weekday()) % 7)


def vergaderjaar_of(date: dt.date | str) -> str | None:
    """The vergaderjaar a date falls in: "2021-03-02" → "2020-2021".

    The parliamentary year runs from Prinsjesdag, the third Tuesday of September, to the day
    before the next one (https://www.parlement.com/id/vid1ivwcg1y2/parlementair_jaar: "Het
    parlementaire jaar loopt van de derde dinsdag van september (Prinsjesdag) van het ene jaar tot
    de derde dinsdag van september in het volgende jaar"; Grondwet art. 65). None for a date that
    is not one ("2021-02-30").
    """
    day = parse_iso(date) if isinstance(date, str) else date
    if day is None:
        return None
    y = day.year if day >= prinsjesdag(day.year) else day.year - 1
    return f"{y}-{y + 1}"


def _prinsjesdag(m: re.Match[str], letter: dt.date | None) -> Window | None:
    rel = m.group("rel").lower().replace("ó", "o").split()[0]

    return _next(letter, int(m.group("year")) if m.group("year") else None,
                 lambda y: _on_day(prinsjesdag(y), rel, letter))


def _on_day(day: dt.date, rel: str, letter: dt.date | None) -> Window:
    """The window a relation to one day gives: "voor" or "tegen" up to the day before, "uiterlijk" up to
    the day, "na" from the day after, else the day itself (Prinsjesdag, a feast)."""
    if rel in ("voor", "tegen"):
        return (letter if letter and letter < day else None), day - dt.timedelta(days=1)
    if rel == "uiterlijk":
        return (letter if letter and letter <= day else day), day
    if rel == "na":
        return day + dt.timedelta(days=1), None
    return day, day


def _year(m: re.Match[str], letter: dt.date | None) -> Window | None:
    said = m.group(0).lower()
    rel, part = m.group("rel"), m.group("part")
    lead = rel or part or said.startswith(("in ", "gedurende"))
    if m.group("year") and not lead:
        return None  # "2022" alone is a reference, not a deadline
    year = _year_of(m, letter)
    if year is False or year is None:
        return None
    return _apply(rel, part, dt.date(year, 1, 1), dt.date(year, 12, 31), letter)


def _end_of_year(m: re.Match[str], letter: dt.date | None) -> Window | None:
    if letter is None:
        return None
    return _apply(m.group("rel"), m.group("part"), dt.date(letter.year, 1, 1), dt.date(letter.year, 12, 31), letter)


def _within(m: re.Match[str], letter: dt.date | None) -> Window | None:
    if letter is None:
        return None
    n_s = m.group("n").lower()
    n = int(n_s) if n_s.isdigit() else _WORDS.get(n_s, 0)
    unit = m.group("unit").lower()
    if unit.startswith("werkdag"):
        days = n * 7 // 5
    elif unit.startswith("dag"):
        days = n
    elif unit.startswith("we"):
        days = 7 * n
    elif unit.startswith("maand"):
        days = 30 * n + n // 2
    else:
        days = 365 * n
    return letter, letter + dt.timedelta(days=days)


def _next_unit(m: re.Match[str], letter: dt.date | None) -> Window | None:
    if letter is None:
        return None
    this = m.group("which").lower() == "deze"
    if m.group("unit").lower() == "week":
        monday = letter - dt.timedelta(days=letter.weekday()) + dt.timedelta(days=0 if this else 7)
        return monday, monday + dt.timedelta(days=6)
    y, mo = (letter.year, letter.month) if this else (letter.year + letter.month // 12, letter.month % 12 + 1)
    return dt.date(y, mo, 1), _last_day(y, mo)


def _today(m: re.Match[str], letter: dt.date | None) -> Window | None:
    if letter is None:
        return None
    if m.group("tomorrow"):
        day = letter + dt.timedelta(days=2 if m.group("days") else 1)
        return day, day
    return letter, letter


def _debate(m: re.Match[str], letter: dt.date | None) -> Window | None:
    """ "voor het commissiedebat van 3 maart": the day before the debate; "voor het begrotingsdebat": no date
    (the Kamer sets a debate's day; read as vague). One marked past ("van 3 maart jl.") is no deadline."""
    if m.group("past"):
        return None
    if not m.group("day"):
        return (None, None)
    month = month_number(m.group("month"))
    if month is None:
        return None
    day = int(m.group("day"))

    def make(y: int) -> Window | None:
        try:
            d = dt.date(y, month, day)
        except ValueError:
            return None
        return letter if letter and letter < d else None, d - dt.timedelta(days=1)

    return _next(letter, int(m.group("year")) if m.group("year") else None, make)


def _budget(m: re.Match[str], letter: dt.date | None) -> Window | None:
    """ "bij de begroting voor 2024": Prinsjesdag 2023, the day budget bills are submitted (Grondwet art. 105
    lid 2 with art. 65); "bij de Miljoenennota 2024" the same day; without a year the next Prinsjesdag."""
    rel = m.group("rel").lower().replace("ó", "o")
    year = m.group("year")

    def make(y: int) -> Window:
        day = prinsjesdag(y)
        if rel == "voor":
            return (letter if letter and letter < day else None), day - dt.timedelta(days=1)
        return (letter if letter and letter <= day and rel.startswith("uiterlijk") else day), day

    if year is not None:
        return make(int(year) - 1)
    return _next(letter, int(m.group("myear")) - 1 if m.group("myear") else None, make)


#: Feast days (month, day): "voor de kerst" is before 25 December, "na de jaarwisseling" after 1 January.
FEASTS = {"kerst": (12, 25), "jaarwisseling": (1, 1), "oud": (1, 1)}


def _feast(m: re.Match[str], letter: dt.date | None) -> Window | None:
    """ "voor de kerst": 24 December; "rond de jaarwisseling": 1 January; "na de kerstdagen": from 26 December."""
    month, day_of = FEASTS[next(k for k in FEASTS if m.group("feast").lower().startswith(k))]
    rel = m.group("rel").lower().replace("ó", "o").split()[0]

    # a year named is the feast's December ("voor de jaarwisseling 2022": before 1 January 2023)
    return _next(letter, int(m.group("year")) if m.group("year") else None,
                 lambda y: _on_day(dt.date(y + (1 if month == 1 else 0), month, day_of), rel, letter))


#: The latest day each budget update reaches the Kamer (month, day), source at DUE_BUDGET_NOTE.
BUDGET_NOTES = {"voorjaarsnota": (6, 1), "najaarsnota": (12, 1)}


def _budget_note(m: re.Match[str], letter: dt.date | None) -> Window | None:
    """ "voor de Voorjaarsnota": 31 May; "bij de Voorjaarsnota": by 1 June; "na de Najaarsnota": from 2 December."""
    month, day_of = BUDGET_NOTES[m.group("note").lower()]
    rel = m.group("rel").lower().replace("ó", "o").split()[0]

    def make(y: int) -> Window:
        day = dt.date(y, month, day_of)
        if rel in ("voor", "tegen"):
            return (letter if letter and letter < day else None), day - dt.timedelta(days=1)
        if rel == "na":
            return day + dt.timedelta(days=1), None
        return (letter if letter and letter <= day else None), day  # the note may come before its latest day

    return _next(letter, int(m.group("year")) if m.group("year") else None, make)


def _within_half(m: re.Match[str], letter: dt.date | None) -> Window | None:
    """ "over een half jaar": the letter's date + 182 days; "anderhalf jaar" 548, "anderhalve maand" 45."""
    if letter is None:
        return None
    n = 1.5 if m.group("n").lower().startswith("ander") else 0.5
    unit = m.group("unit").lower()
    days = round(n * (365 if unit == "jaar" else 30 if unit == "maand" else 7))
    return letter, letter + dt.timedelta(days=days)


def _months_of(m: re.Match[str], letter: dt.date | None) -> Window | None:
    """ "in de eerste maanden van volgend jaar": that year's beginning (as "begin volgend jaar"); "laatste": its end."""
    year = _year_of(m, letter)
    if not isinstance(year, int) or isinstance(year, bool):
        return None
    part = "begin" if m.group("first").lower() == "eerste" else "eind"
    return _apply(None, part, dt.date(year, 1, 1), dt.date(year, 12, 31), letter)


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of the deadline table: the phrase, an example, how it is read."""

    name: str
    pattern: re.Pattern[str]
    example: str
    reading: str
    resolve: Resolver
    hints: tuple[str, ...]  # one of these must be in the lowercased sentence (a cheap pre-check)
    lowered: re.Pattern[str]  # ``pattern`` for the lowercased sentence (see find_deadline)
    also: tuple[str, ...] = ()  # and one of these, when given (words every match holds)


#: THE deadline table. Matches are taken longest first where they overlap; the first phrase in
#: the sentence with a window that is not over at the letter's date gives the deadline.
RULES: tuple[Rule, ...] = (
    Rule("recess", P.DUE_RECESS, "voor het zomerreces", "day before the recess starts (recesses.csv)", _recess,
         ("reces",), P.DUE_RECESS_LOW),
    Rule("holiday", P.DUE_HOLIDAY, "voor de zomervakantie; na de kerstvakantie", "as the recess of that name",
         _recess, ("vakantie", "krokus"), P.DUE_HOLIDAY_LOW),
    Rule("feast", P.DUE_FEAST, "voor de kerst; rond de jaarwisseling", "25 December, 1 January; voor: the day before",
         _feast, ("kerst", "jaarwisseling", "oud en nieuw"), P.DUE_FEAST_LOW),
    Rule("within-half", P.DUE_WITHIN_HALF, "over een half jaar; binnen anderhalf jaar",
         "letter's date + 182 / 548 days", _within_half, ("half", "halve"), P.DUE_WITHIN_HALF_LOW, ("binnen", "over")),
    Rule("months-of", P.DUE_MONTHS_OF, "in de eerste maanden van volgend jaar", "that year's begin (Jan-Apr) or end",
         _months_of, ("maanden", "weken"), P.DUE_MONTHS_OF_LOW, ("eerste", "laatste")),
    Rule("budget-note", P.DUE_BUDGET_NOTE, "voor de Voorjaarsnota; bij de Najaarsnota",
         "Voorjaarsnota by 1 June, Najaarsnota by 1 December; voor: the day before", _budget_note,
         ("jaarsnota",), P.DUE_BUDGET_NOTE_LOW),
    Rule("few", P.DUE_FEW, "over enkele weken; binnen een paar maanden", "no date", _vague,
         ("enkele", "paar", "aantal", "afzienbare"), P.DUE_FEW_LOW, ("dagen", "weken", "maanden", "tijd")),
    Rule("debate", P.DUE_DEBATE, "voor het begrotingsdebat; voor het commissiedebat van 3 maart",
         "the day before the debate's date, when the text gives one; else no date (vague)", _debate,
         ("debat", "overleg", "behandeling", "ao", "wgo"), P.DUE_DEBATE_LOW, ("voor", "vóór")),
    Rule("budget", P.DUE_BUDGET, "bij de begroting voor 2024; met de Miljoenennota",
         "Prinsjesdag of the year before (budget bills, Grondwet art. 105 lid 2)", _budget,
         ("begroting", "miljoenennota"), P.DUE_BUDGET_LOW),
    Rule("day", P.DUE_DAY, "voor 1 juli; uiterlijk 15 maart 2022", "voor: day before; op/uiterlijk: that day", _day,
         P.MONTHS, P.DUE_DAY_LOW),
    Rule("quarter", P.DUE_QUARTER, "in het eerste kwartaal van 2021; Q2 2022", "quarter's last day", _quarter,
         ("kwartaal", "q1", "q2", "q3", "q4"), P.DUE_QUARTER_LOW),
    Rule("half", P.DUE_HALF, "in de eerste helft van 2022; komend half jaar", "half's last day; +183 days", _half,
         ("helft", "half"), P.DUE_HALF_LOW),
    Rule("season", P.DUE_SEASON, "in het voorjaar van 2021; dit najaar; voor de zomer",
         "season's last day (voorjaar 20/3-20/6); voor de zomer: day before the zomerreces", _season,
         ("voorjaar", "lente", "zomer", "najaar", "herfst", "winter"), P.DUE_SEASON_LOW),
    Rule("month", P.DUE_MONTH, "medio februari; begin maart; voor eind juni",
         "begin 1-10, medio 11-20, eind 21-end of the month; voor: day before", _month, P.MONTHS,
         P.DUE_MONTH_LOW),
    Rule("prinsjesdag", P.DUE_PRINSJESDAG, "voor Prinsjesdag; rond Prinsjesdag 2024",
         "third Tuesday of September; voor: the day before", _prinsjesdag, ("prinsjesdag",),
         P.DUE_PRINSJESDAG_LOW),
    Rule("year-end", P.DUE_YEAR_END, "voor het einde van het jaar", "31 December of the letter's year", _end_of_year,
         ("jaar",), P.DUE_YEAR_END_LOW, ("begin", "medio", "midden", "half", "eind", "loop")),
    Rule("year", P.DUE_YEAR, "in 2023; eind 2022; begin volgend jaar; dit jaar",
         "begin Jan-Apr, medio May-Aug, eind Sep-Dec", _year, ("jaar", " 20", " 19"),
         P.DUE_YEAR_LOW),
    Rule("within", P.DUE_WITHIN, "binnen vier weken; binnen drie maanden", "letter's date + the span", _within,
         ("binnen", "over ", "komende"), P.DUE_WITHIN_LOW, ("dag", "wee", "wek", "maand", "jaar", "jaren")),
    Rule("next", P.DUE_NEXT, "volgende week; komende maand", "that calendar week or month", _next_unit,
         ("week", "maand"), P.DUE_NEXT_LOW),
    Rule("today", P.DUE_TODAY, "vandaag; morgen; rond 16:00", "the letter's day (morgen: the next)", _today,
         ("vandaag", "vanmiddag", "vanavond", "morgen", ":", "uur"), P.DUE_TODAY_LOW, ("vandaag", "vanmiddag",
         "vanavond", "morgen", "rond", "omstreeks", "om ", "voor", "vóór", "uiterlijk")),
    Rule("next-report", P.DUE_NEXT_REPORT, "in de volgende voortgangsrapportage; bij de eerstvolgende voortgangsbrief",
         "no date (vague)", _vague, ("volgende", "komende", "nieuwe"), P.DUE_NEXT_REPORT_LOW,
         ("rapportage", "brief", "verslag", "monitor", "update", "overzicht", "nota")),
    Rule("vague", P.DUE_VAGUE, "binnenkort; zo spoedig mogelijk; op korte termijn", "no date", _vague,
         ("binnenkort", "mogelijk", "z.s.m", "termijn", "spoedig", "komende", "zijner", "t.z.t", "afronding", "zodra"),
         P.DUE_VAGUE_LOW),
)


#: Rules that name no date: kept only when no dated phrase follows in the sentence.
VAGUE_RULES = ("vague", "next-report")


def find_deadline(text: str, letter_date: dt.date | str | None) -> Deadline | None:
    """The deadline a sentence sets, or ``None`` when it names no time."""
    letter = parse_iso(letter_date) if isinstance(letter_date, str) else letter_date
    found: list[tuple[int, int, Rule, re.Match[str]]] = []
    low = text.lower()
    has = low.__contains__
    # the patterns without (?i) on the lowercased sentence: the same spans where str.lower folds as
    # re does; the resolvers read the groups case-blind and the phrase is cut from ``text``
    lowered = not any(map(text.__contains__, P.ODD_FOLDS))
    for rule in RULES:
        if not any(map(has, rule.hints)) or (rule.also and not any(map(has, rule.also))):
            continue
        for m in rule.lowered.finditer(low) if lowered else rule.pattern.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), rule, m))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    vague: Deadline | None = None
    taken: list[tuple[int, int]] = []
    for start, end, rule, m in found:
        if any(start < b and a < end for a, b in taken):
            continue
        if rule.name in ("day", "month") and P.PAST_MARK_AFTER.match(text, end):
            continue  # "op 21 november jl.": a date past, whatever the year
        window = rule.resolve(m, letter)
        if window is None:
            continue
        taken.append((start, end))
        earliest, due = window
        phrase = text[start:end].strip(" ,")
        if rule.name in VAGUE_RULES or window == (None, None):
            vague = vague or Deadline(None, None, phrase, (start, end), rule.name)
            continue
        if due is not None and letter is not None and due < letter:
            continue  # a date in the past is not a deadline
        if due is None and earliest is not None and letter is not None and earliest < letter:
            continue
        return Deadline(
            due.isoformat() if due else None,
            earliest.isoformat() if earliest else None,
            phrase,
            (start, end),
            rule.name + ("" if _published(rule, m, window) else "~"),
        )
    return vague


def _published(rule: Rule, m: re.Match[str], window: Window) -> bool:
    """False when a recess date came from :data:`TYPICAL_RECESS` rather than the published table."""
    name = None
    if rule.name in ("recess", "holiday"):
        name = RECESS_NAME[m.group("recess").lower()]
    elif rule.name == "season" and m.group("season").lower() == "zomer" and m.group("rel"):
        name = "zomer"
    if name is None:
        return True
    when = window[1] or window[0]
    if when is None:
        return True
    one = dt.timedelta(days=1)
    return any((name, y) in recesses() for y in (when.year - 1, when.year, when.year + 1)
               if window[1] in (recess(name, y)[0] - one, recess(name, y)[1])
               or window[0] in (recess(name, y)[0] + one, recess(name, y)[1] + one))
