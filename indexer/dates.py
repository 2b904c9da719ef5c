"""Swedish (and English) date grammar for the corpus: headings, mentions, partial ISO dates.

Written by hand because no maintained library resolves Swedish dates without a year against a
document's own date ("fredag 15 november" in a report of 2024-11-17 is 2024-11-15), nor tells a
date-like line that is wrong ("31 februari 2024") from text that is not a date at all.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from granska.errors import DateParseError
from indexer.records import DateMention, Precision

MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5, "söndag": 6,
}
# Swedish seasons as month ranges; winter runs December to February of the next year.
SEASONS: dict[str, tuple[int, int]] = {
    "våren": (3, 5), "sommaren": (6, 8), "hösten": (9, 11), "vintern": (12, 2),
}

_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_TIME = r"(?:kl\.?|klockan)\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"

HEADING_SV = re.compile(
    rf"^(?:{_TIME}\s+)?(?P<day>\d{{1,2}})(?:\s*[-–]\s*(?P<day_end>\d{{1,2}}))?\s+{_MONTH}\s+{_YEAR}$",
    re.IGNORECASE,
)
HEADING_EN = re.compile(rf"^(?:{_TIME}\s+)?{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+{_YEAR}$", re.IGNORECASE)
# Anything shaped like a date line, valid or not: used to report lines that fail the strict forms.
DATE_LIKE = re.compile(
    r"^(?:kl\.?\s*\S+\s+)?(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Za-zÅÄÖåäö]+\.?|[A-Za-zÅÄÖåäö]+\s+\d{1,2},?)"
    r"\s+\d{4}$"
)


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A resolved date or period with its precision and, for a timed item, the time of day."""

    start: date
    end: date
    precision: Precision
    time: str | None = None


def day_span(year: int, month: int, day: int, day_end: int | None = None, source: str = "") -> DateSpan:
    """A single day or a range of days in one month; raises DateParseError for impossible dates."""
    try:
        start = date(year, month, day)
        end = date(year, month, day_end) if day_end is not None else start
    except ValueError as exc:
        raise DateParseError(f"ogiltigt datum '{source or f'{year}-{month}-{day}'}': {exc}") from None
    if end < start:
        raise DateParseError(f"datumintervallet '{source}' slutar före det börjar")
    return DateSpan(start, end, "day")


def month_span(year: int, month: int) -> DateSpan:
    """The whole of one month."""
    return DateSpan(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month")


def year_span(year: int) -> DateSpan:
    """The whole of one year."""
    return DateSpan(date(year, 1, 1), date(year, 12, 31), "year")


def season_span(year: int, season: str) -> DateSpan:
    """A Swedish season of a year (vintern 2024 = December 2024 to February 2025)."""
    first, last = SEASONS[season.lower()]
    end_year = year + 1 if last < first else year
    end = month_span(end_year, last).end
    return DateSpan(date(year, first, 1), end, "month")


def parse_partial_iso(value: str) -> DateSpan:
    """Parse 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (as used in the manifest) into a span."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not m:
        raise DateParseError(f"'{value}' är inget datum på formen ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD")
    year, month, day = int(m[1]), m[2], m[3]
    if month is None:
        return year_span(year)
    if not 1 <= int(month) <= 12:
        raise DateParseError(f"ogiltig månad i '{value}'")
    if day is None:
        return month_span(year, int(month))
    return day_span(year, int(month), int(day), source=value)


def _time_of(m: re.Match[str]) -> str | None:
    if m.group("hour") is None:
        return None
    hour, minute = int(m.group("hour")), int(m.group("minute"))
    if hour > 23 or minute > 59:
        raise DateParseError(f"ogiltigt klockslag '{m.group('hour')}:{m.group('minute')}'")
    return f"{hour:02d}:{minute:02d}"


def parse_date_heading(line: str) -> DateSpan | None:
    """Parse a timeline date line: '5 november 2014', '13-14 juni 2016',
    'kl. 13:00 11 november 2024', 'September 27 2024'.

    Returns None when the line is not date-shaped at all; raises DateParseError when it is
    date-shaped but invalid (unknown month word, impossible day).
    """
    text = " ".join(line.split())
    m = HEADING_SV.match(text) or HEADING_EN.match(text)
    if m is None:
        if DATE_LIKE.match(text):
            raise DateParseError(f"kan inte tolka datumraden '{text}'")
        return None
    day_end = m.groupdict().get("day_end")
    span = day_span(
        int(m["year"]), MONTHS[m["month"].lower()], int(m["day"]),
        int(day_end) if day_end else None, source=text,
    )
    return DateSpan(span.start, span.end, "day", _time_of(m))


def nearest_year(month: int, day: int, anchor: date) -> int:
    """The year that puts day/month closest to the anchor (a report's own date)."""
    best: tuple[int, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            distance = abs((date(year, month, day) - anchor).days)
        except ValueError:  # 29 February in a non-leap year
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    if best is None:
        raise DateParseError(f"ogiltigt datum {day}/{month}")
    return best[1]


def nearest_weekday(weekday: int, anchor: date) -> date:
    """The date of a named weekday closest to the anchor (within three days either way)."""
    delta = (weekday - anchor.weekday() + 7) % 7
    return anchor + timedelta(days=delta if delta <= 3 else delta - 7)


_DAY_MONTH = re.compile(
    rf"\b(?:den\s+)?(?P<day>\d{{1,2}})(?:\s*(?P<sep>[-–]|och|till)\s*(?P<day2>\d{{1,2}}))?\s+{_MONTH}(?:\s+{_YEAR})?\b",
    re.IGNORECASE,
)
# 'från den 12 januari till den 6 mars 2026', 'mellan 3 maj och 2 juni 2025': one period, not two days
_M2 = _MONTH.replace("?P<month>", "?P<month2>")
_RANGE = re.compile(
    rf"\b(?:från|mellan|from|between)\s+(?:den\s+|the\s+)?(?P<day>\d{{1,2}})\s+{_MONTH}(?:\s+(?P<year1>(?:19|20)\d{{2}}))?"
    rf"\s+(?:till(?:\s+och\s+med)?|to|och|and|[-–])\s+(?:den\s+|the\s+)?(?P<day2>\d{{1,2}})\s+{_M2}(?:\s+{_YEAR})?\b",
    re.IGNORECASE,
)
# 'oktober–december 2025', 'från januari till mars 2026', 'mellan mars och maj 2024', 'september 2025–februari
# 2026': one period of whole months ('mars och maj 2024' without 'mellan' is two months)
_MONTH_RANGE = re.compile(
    rf"\b(?P<lead>(?:från|mellan|from|between)\s+)?{_MONTH}(?:\s+(?P<year1>(?:19|20)\d{{2}}))?"
    rf"\s*(?P<sep>[-–]|till(?:\s+och\s+med)?|to|through|och|and)\s*{_M2}\s+{_YEAR}\b",
    re.IGNORECASE,
)
# 'I oktober genomfördes …', 'under mars', 'in October': a month the text's own date places
_BARE_MONTH = re.compile(rf"\b(?:i|under|in|during)\s+(?:(?:början|mitten|slutet)\s+av\s+)?{_MONTH}(?!\s*\d)\b",
                         re.IGNORECASE)
# 'August 27, 2029', 'Aug. 27' (the year the text's own date places)
_MONTH_DAY_EN = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?(?![\d.,:]\d)", re.IGNORECASE)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_NUMERIC = re.compile(r"(?<![\d/.:-])(?P<day>\d{1,2})/(?P<month>\d{1,2})(?![\d/])")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.IGNORECASE)
_SEASON_YEAR = re.compile(r"\b(?P<season>våren|sommaren|hösten|vintern)\s+(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE)
# not any such day ('en tisdag', 'varje måndag', 'någon fredag'): that names no date
_WEEKDAY = re.compile(r"(?<!\ben )(?<!\bvarje )(?<!\bnågon )(?<!\bvarannan )\b(?P<weekday>måndag|tisdag|onsdag|torsdag|"
                      r"fredag|lördag|söndag)(?:en)?\b", re.IGNORECASE)
_TODAY = re.compile(r"\bi\s?dag\b", re.IGNORECASE)


def _iso(d: date) -> str:
    return d.isoformat()


def _mention(text: str, span: DateSpan) -> DateMention:
    return DateMention(text=text, date_start=_iso(span.start), date_end=_iso(span.end))


@lru_cache(maxsize=20_000)
def date_mentions(text: str, anchor: date | None) -> tuple[DateMention, ...]:
    """``find_date_mentions``, cached: the same sentences are read for many questions."""
    return tuple(find_date_mentions(text, anchor))


def find_date_mentions(text: str, anchor: date | None = None, anchor_is_day: bool = False) -> list[DateMention]:
    """Every date or period named in ``text``, resolved to ISO dates, in text order.

    Dates without a year are resolved to the occurrence nearest the ``anchor`` (the entry's
    own date) and skipped when there is none. Weekday names and 'i dag' are resolved only when
    the anchor is a specific day. Invalid dates ('30/2') are skipped: text is not a date field.
    """
    found: list[tuple[int, int, DateMention]] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(m: re.Match[str], spans: list[DateSpan]) -> None:
        if not free(m.start(), m.end()):
            return
        taken.append((m.start(), m.end()))
        for span in spans:
            found.append((m.start(), m.end(), _mention(m.group(0), span)))

    def dated(year: str | None, month: int, day: int) -> int | None:
        if year:
            return int(year)
        return nearest_year(month, day, anchor) if anchor else None

    for m in _RANGE.finditer(text):
        span = _range_span(m, anchor)
        if span is not None:
            add(m, [span])
    for m in _MONTH_RANGE.finditer(text):
        if m["sep"].lower() in ("och", "and") and not m["lead"]:
            continue
        first, last, year = MONTHS[m["month"].lower()], MONTHS[m["month2"].lower()], int(m["year"])
        year1 = int(m["year1"]) if m["year1"] else (year if first <= last else year - 1)
        if (year1, first) < (year, last):
            add(m, [DateSpan(month_span(year1, first).start, month_span(year, last).end, "month")])
    for m in _ISO.finditer(text):
        try:
            add(m, [day_span(int(m["year"]), int(m["month"]), int(m["day"]), source=m.group(0))])
        except DateParseError:
            continue
    for m in _DAY_MONTH.finditer(text):
        month, day = MONTHS[m["month"].lower()], int(m["day"])
        try:
            year = dated(m["year"], month, day)
            if year is None:
                continue
            if m["day2"] is None:
                spans = [day_span(year, month, day, source=m.group(0))]
            elif m["sep"].lower() == "och" and not re.search(r"\b(?:mellan|between)\s+$", text[:m.start()], re.I):
                spans = [day_span(year, month, day), day_span(year, month, int(m["day2"]))]
            else:
                spans = [day_span(year, month, day, int(m["day2"]), source=m.group(0))]
        except DateParseError:
            continue
        add(m, spans)
    for m in _MONTH_DAY_EN.finditer(text):
        month, day = MONTHS[m["month"].lower()], int(m["day"])
        try:
            year = dated(m["year"], month, day)
            if year is not None:
                add(m, [day_span(year, month, day)])
        except DateParseError:
            continue
    if anchor is not None:
        for m in _NUMERIC.finditer(text):
            day, month = int(m["day"]), int(m["month"])
            try:
                add(m, [day_span(nearest_year(month, day, anchor), month, day)])
            except DateParseError:
                continue
    for m in _MONTH_YEAR.finditer(text):
        add(m, [month_span(int(m["year"]), MONTHS[m["month"].lower()])])
    for m in _SEASON_YEAR.finditer(text):
        add(m, [season_span(int(m["year"]), m["season"])])
    if anchor is not None:
        for m in _BARE_MONTH.finditer(text):
            month = MONTHS[m["month"].lower()]
            before = [mention for start, _, mention in found if start < m.start()]  # 'i maj 2024 och i juni'
            year = int(before[-1].date_start[:4]) if before else nearest_year(month, 15, anchor)
            add(m, [month_span(year, month)])
    if anchor is not None and anchor_is_day:
        for m in _WEEKDAY.finditer(text):
            # "fredag 15 november": the explicit date that follows already covers it.
            if not free(m.start(), m.end() + 12):
                continue
            d = nearest_weekday(WEEKDAYS[m["weekday"].lower()], anchor)
            add(m, [DateSpan(d, d, "day")])
        for m in _TODAY.finditer(text):
            add(m, [DateSpan(anchor, anchor, "day")])
    found.sort(key=lambda item: (item[0], item[2].date_start))
    return list(dict.fromkeys(mention for _, _, mention in found))


def _range_span(m: re.Match[str], anchor: date | None) -> DateSpan | None:
    """The period of a 'från … till …' match; the first date takes the second's year (or the one
    before, when it would otherwise come after it)."""
    month, month2, day, day2 = MONTHS[m["month"].lower()], MONTHS[m["month2"].lower()], int(m["day"]), int(m["day2"])
    try:
        year2 = int(m["year"]) if m["year"] else (int(m["year1"]) if m["year1"] else None)
        if year2 is None:
            if anchor is None:
                return None
            year2 = nearest_year(month2, day2, anchor)
        year1 = int(m["year1"]) if m["year1"] else (year2 if (month, day) <= (month2, day2) else year2 - 1)
        start, end = date(year1, month, day), date(year2, month2, day2)
    except (ValueError, DateParseError):
        return None
    return DateSpan(start, end, "day") if start <= end else None


MONTH_NAMES_SV = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
    "oktober", "november", "december",
)


def format_swedish(start: str | None, end: str | None, precision: str, time: str | None = None) -> str:
    """An entry's date as Swedish words: '12 november 2024 kl. 05:30', '13–14 juni 2016', 'mars 2023'."""
    if not start or precision == "none":
        return "odaterad"
    s, e = date.fromisoformat(start), date.fromisoformat(end or start)
    if precision == "year":
        return str(s.year)
    if precision == "month":
        if (s.year, s.month) == (e.year, e.month):
            return f"{MONTH_NAMES_SV[s.month - 1]} {s.year}"
        return f"{MONTH_NAMES_SV[s.month - 1]} {s.year}–{MONTH_NAMES_SV[e.month - 1]} {e.year}"
    if s == e:
        text = f"{s.day} {MONTH_NAMES_SV[s.month - 1]} {s.year}"
    elif (s.year, s.month) == (e.year, e.month):
        text = f"{s.day}–{e.day} {MONTH_NAMES_SV[s.month - 1]} {s.year}"
    else:
        text = f"{s.day} {MONTH_NAMES_SV[s.month - 1]} {s.year}–{e.day} {MONTH_NAMES_SV[e.month - 1]} {e.year}"
    return f"{text} kl. {time}" if time else text


def date_int(value: str | None, default: int = 0) -> int:
    """'2024-11-12' → 20241112 (for range filters in stores); ``default`` when there is no date."""
    return int(value.replace("-", "")) if value else default
