"""Dates relative to a day, as people write them: 'förra veckan', 'i fjol', 'i våras', 'i
fredags', 'last month', 'i går', what is coming ('i morgon', 'på måndag', 'nästa vecka'), and a
bare day of the month ('den 12:e').

Questions resolve them against today (the service passes the real date; tests pass their own),
so an archive asked about 'last week' gets that week's period, usually empty: the answer then
says so rather than guessing. Documents resolve them against their own date: 'i fredags' in an
article of Wednesday 3 September 2025 is Friday 29 August 2025.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from indexer.dates import DateSpan, month_span, season_span, year_span

Resolver = Callable[[date], DateSpan]


def _week(today: date, offset: int) -> DateSpan:
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=offset)
    return DateSpan(monday, monday + timedelta(days=6), "day")


def _month(today: date, offset: int) -> DateSpan:
    index = today.year * 12 + today.month - 1 + offset
    return month_span(index // 12, index % 12 + 1)


def _day(today: date, offset: int) -> DateSpan:
    day = today + timedelta(days=offset)
    return DateSpan(day, day, "day")


def _last_season(season: str) -> Resolver:
    """'i våras' in November is this year's spring; in February, last year's."""
    start_month = {"våren": 3, "sommaren": 6, "hösten": 9, "vintern": 12}[season]

    def resolve(today: date) -> DateSpan:
        span = season_span(today.year, season)
        if span.end >= today or (season == "vintern" and today.month < start_month):
            span = season_span(today.year - 1, season)
        return span

    return resolve


_WEEKDAYS = {"måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5, "söndag": 6,
             "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}


def _last_weekday(name: str) -> Resolver:
    """'i fredags' / 'on Friday' (in a report of what happened): the latest such day before the anchor."""
    weekday = _WEEKDAYS[name]

    def resolve(anchor: date) -> DateSpan:
        back = (anchor.weekday() - weekday) % 7 or 7
        return _day(anchor, -back)

    return resolve


def _next_weekday(name: str) -> Resolver:
    """'på måndag' / 'next Monday' (of what is coming): the first such day after the anchor."""
    weekday = _WEEKDAYS[name]

    def resolve(anchor: date) -> DateSpan:
        return _day(anchor, (weekday - anchor.weekday()) % 7 or 7)

    return resolve


# '… on Monday, Aug. 27', 'på måndag den 27 augusti': the date after the weekday is the date meant
_DATE_AFTER = r"(?!(?:en)?,?\s+(?:den\s+|the\s+)?(?:\d|(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\.?\s+\d))"
RELATIVE: list[tuple[re.Pattern[str], Resolver]] = [
    *((re.compile(rf"\bi {day}s\b", re.I), _last_weekday(day))
      for day in ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")),
    *((re.compile(rf"\b(?:last|on) {day}\b{_DATE_AFTER}", re.I), _last_weekday(day))
      for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")),
    *((re.compile(rf"\b(?:på|nästa|kommande) {day}(?:en)?\b{_DATE_AFTER}", re.I), _next_weekday(day))
      for day in ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")),
    *((re.compile(rf"\bnext {day}\b", re.I), _next_weekday(day))
      for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")),
    (re.compile(r"\b(?:förra|föregående) veckan?\b|\blast week\b", re.I), lambda t: _week(t, -1)),
    (re.compile(r"\b(?:nästa|kommande) vecka\b|\bnext week\b", re.I), lambda t: _week(t, 1)),
    (re.compile(r"\bnästa månad\b|\bnext month\b", re.I), lambda t: _month(t, 1)),
    (re.compile(r"\bnästa år\b|\bnext year\b", re.I), lambda t: year_span(t.year + 1)),
    (re.compile(r"\bi övermorgon\b|\bthe day after tomorrow\b", re.I), lambda t: _day(t, 2)),
    (re.compile(r"\bi morgon\b|\bimorgon\b|\btomorrow\b", re.I), lambda t: _day(t, 1)),
    # not 'mitt i veckan' (midweek) or 'en gång i veckan', 'två dagar i veckan' (how often)
    (re.compile(r"\b(?:den här|denna|(?<!mitt )(?<!gång )(?<!gånger )(?<!dag )(?<!dagar )i) veckan?\b|\bthis week\b", re.I),
     lambda t: _week(t, 0)),
    (re.compile(r"\b(?:förra|föregående) månaden?\b|\blast month\b", re.I), lambda t: _month(t, -1)),
    (re.compile(r"\b(?:den här|denna) månaden?\b|\bthis month\b", re.I), lambda t: _month(t, 0)),
    (re.compile(r"\bi fjol\b|\b(?:förra|föregående) året\b|\blast year\b", re.I), lambda t: year_span(t.year - 1)),
    (re.compile(r"\bi år\b|\b(?:det här|detta) året\b|\bthis year\b", re.I), lambda t: year_span(t.year)),
    (re.compile(r"\bi förrgår\b|\bthe day before yesterday\b", re.I), lambda t: _day(t, -2)),
    (re.compile(r"\bi går\b|\bigår\b|\byesterday\b", re.I), lambda t: _day(t, -1)),
    (re.compile(r"\bi dag\b|\bidag\b|\btoday\b", re.I), lambda t: _day(t, 0)),
    (re.compile(r"\bi våras\b|\blast spring\b", re.I), _last_season("våren")),
    (re.compile(r"\bi somras\b|\blast summer\b", re.I), _last_season("sommaren")),
    (re.compile(r"\bi höstas\b|\blast (?:autumn|fall)\b", re.I), _last_season("hösten")),
    (re.compile(r"\bi vintras\b|\blast winter\b", re.I), _last_season("vintern")),
]
BARE_DAY = re.compile(r"\bden (?P<d>\d{1,2})(?::e|:a|e|a)\b(?!\s*(?:\w+\s+)?(?:januari|februari|mars|april|maj|juni|juli|augusti|"
                      r"september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|dec)\b)", re.I)


def relative_span(question: str, today: date) -> tuple[str, DateSpan] | None:
    """The first relative date expression in the question, resolved, with the words it used."""
    best: tuple[int, str, DateSpan] | None = None
    for pattern, resolve in RELATIVE:
        m = pattern.search(question)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.group(0), resolve(today))
    return (best[1], best[2]) if best else None


def bare_day(question: str, month: date) -> tuple[str, DateSpan] | None:
    """'den 12:e' (no month named) → that day of ``month``'s month (the conversation's, or today's)."""
    m = BARE_DAY.search(question)
    if not m:
        return None
    try:
        day = date(month.year, month.month, int(m["d"]))
    except ValueError:
        return None
    return m.group(0), DateSpan(day, day, "day")


def relative_mentions(text: str, anchor: date) -> list[tuple[int, str, DateSpan]]:
    """Every relative date expression in a text, resolved against ``anchor``: (offset, words, span)."""
    found = []
    for pattern, resolve in RELATIVE:
        for m in pattern.finditer(text):
            found.append((m.start(), m.group(0), resolve(anchor)))
    return sorted(found, key=lambda item: item[0])
