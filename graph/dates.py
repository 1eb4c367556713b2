"""Dutch dates as letters write them, resolved against the letter's own date.

"24 november jl." (jongstleden) is the last 24 November on or before the letter's date;
"1 augustus a.s." (aanstaande) the next one after it; a date with a year is taken as written.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from graph import patterns as P

_MONTH = {name: i + 1 for i, name in enumerate(P.MONTHS)}
_MONTH.update({"jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "okt": 10, "nov": 11, "dec": 12})

#: "24 november jl.", "24 november jongstleden", "1 augustus a.s.", "26 januari 2021", "2 februari".
#: A year may carry a footnote marker the text kept glued to it ("van 15 december 20161" in PDF text whose notes
#: are lost, kst-34775-XVI-121): one or two digits right after the year, then no digit, are no part of it.
#: The day is written ``\d(?:(?<=[0-3])\d)?``, not ``[0-3]?\d``: the same matches (a second digit
#: only after 0-3, tried first), but a pattern that starts with a plain class lets re skip to the
#: digits instead of trying every position (3x faster over a whole letter).
DAY_MONTH = re.compile(
    r"(?P<day>\d(?:(?<=[0-3])\d)?)\s+(?P<month>" + "|".join(P.MONTHS) + r")"
    r"(?:\s+(?P<year>(?:19|20)\d{2})(?:(?!\d)|(?=[1-9]\d?(?!\d))))?"
    r"(?:\s*(?P<rel>jl\.?|jongstleden|a\.s\.?|aanstaande))?",
    re.I,
)


def month_number(name: str) -> int | None:
    return _MONTH.get(name.lower().rstrip("."))


def parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_day_month(
    day: int, month: int, year: int | None, rel: str | None, letter_date: dt.date | None
) -> dt.date | None:
    """A day and month, with or without year, against the letter's date.

    Without a year and without a letter date, nothing can be said: ``None``.
    """
    if year is not None:
        return _safe(year, month, day)
    if letter_date is None:
        return None
    rel = (rel or "").lower()
    if rel.startswith(("a.s", "aanstaande")):
        d = _safe(letter_date.year, month, day)
        if d is None or d <= letter_date:
            d = _safe(letter_date.year + 1, month, day)
        return d
    # "jl." and a bare day-month in a letter both point back: the last such date on or before it
    d = _safe(letter_date.year, month, day)
    if d is None or d > letter_date:
        d = _safe(letter_date.year - 1, month, day)
    return d


def find_date(text: str, letter_date: dt.date | str | None) -> tuple[str | None, tuple[int, int] | None]:
    """The first date in ``text`` as ISO, resolved against ``letter_date``, and its span.

    Days that share a month ("op 4 en 5 november jl.", a meeting over two days) give the first day.
    """
    if isinstance(letter_date, str):
        letter_date = parse_iso(letter_date)
    for m in DAY_MONTH.finditer(text):
        month = month_number(m.group("month"))
        if month is None:
            continue
        year = int(m.group("year")) if m.group("year") else None
        day, start = _first_day(text, m)
        d = resolve_day_month(day, month, year, m.group("rel"), letter_date)
        if d is not None:
            return d.isoformat(), (start, m.end())
    return None, None


def _first_day(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The day of a DAY_MONTH match, or the first of the days listed before it ("4 en 5 november")
    when they rise one by one; with where the date starts."""
    day = int(m.group("day"))
    before = P.FIRST_DAY_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if before is None:
        return day, m.start()
    days = [int(before.group("first")), *(int(x) for x in before.group("more").replace(",", " ").split()), day]
    if any(a >= b for a, b in pairwise(days)):
        return day, m.start()
    return days[0], before.start()


def estimate_letter_date(text: str, vergaderjaar: str | None = None) -> str | None:
    """A lower bound for the date of an undated letter: the latest date it mentions.

    A letter is written after the dates it mentions; "15 maart jl." is taken as late as the
    vergaderjaar ("2021-2022", September to September) allows, since "jongstleden" points to the
    recent past. Dates after the end of the vergaderjaar are announcements and are left out.
    """
    end: dt.date | None = None
    if vergaderjaar and vergaderjaar[:4].isdigit():
        end = dt.date(int(vergaderjaar[:4]) + 1, 9, 15)
    best: dt.date | None = None
    for m in DAY_MONTH.finditer(text):
        month = month_number(m.group("month"))
        if month is None:
            continue
        rel = (m.group("rel") or "").lower()
        if m.group("year"):
            d = _safe(int(m.group("year")), month, int(m.group("day")))
        elif rel.startswith(("jl", "jongstleden")) and end is not None:
            d = resolve_day_month(int(m.group("day")), month, None, "jl", end)
        else:
            continue
        if d is None or (end is not None and d > end):
            continue
        if best is None or d > best:
            best = d
    return best.isoformat() if best else None
