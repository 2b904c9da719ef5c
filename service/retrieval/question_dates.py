"""The dates a question names, in Swedish or English, as a filter or a day to rank first.

Forms: a day ('12 november 2024', '2024-11-12', 'November 12, 2024', 'den 15 november' with the
year taken from elsewhere in the question or from the corpus), a month ('i oktober 2024',
'October 2024'), a year ('under 2019'), a season ('hösten 2024', 'autumn 2024'), ranges
('mellan 12 och 15 november 2024', 'från maj till juni 2024', 'mellan 2019 och 2021') and open
bounds ('före', 'efter', 'sedan', 'before', 'after', 'since'). A question that names one day
asks for that day's entries first; anything else is a period to filter to.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from granska.errors import DateParseError
from indexer.dates import MONTHS, DateSpan, day_span, month_span, season_span, year_span

YearHint = Callable[[int, int | None], int | None]

_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:19|20)\d{2}"
SEASON_WORDS = {
    "våren": "våren", "vår": "våren", "spring": "våren", "sommaren": "sommaren", "summer": "sommaren",
    "hösten": "hösten", "höst": "hösten", "autumn": "hösten", "fall": "hösten", "vintern": "vintern", "winter": "vintern",
}
_SEASON = "(?:" + "|".join(sorted(SEASON_WORDS, key=len, reverse=True)) + ")"

# Atomic date expressions; the first that matches at a position wins (longest forms first).
EXPRESSIONS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")),
    ("day_range", re.compile(rf"(?P<d>\d{{1,2}})\s*(?:-|–|och|till|and|to)\s*(?P<d2>\d{{1,2}})(?:e|st|nd|rd|th)?\s+(?P<mon>{_MONTH})(?:\s+(?P<y>{_YEAR}))?", re.I)),
    ("day", re.compile(rf"(?P<d>\d{{1,2}})(?::e|e|st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?", re.I)),
    ("day_en", re.compile(rf"(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR}))?", re.I)),
    ("month", re.compile(rf"(?P<mon>{_MONTH})(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?", re.I)),
    ("season", re.compile(rf"(?P<season>{_SEASON})(?:\s+(?:of\s+)?(?P<y>{_YEAR}))", re.I)),
    ("year", re.compile(rf"(?P<y>{_YEAR})")),
]
_BOUND = re.compile(
    r"(?P<word>före|innan|tidigare än|before|prior to|efter|senare än|after|sedan|since|från och med|fr\.o\.m\.|"
    r"till och med|t\.o\.m\.|until|up to|fram till)\s+(?:den\s+|the\s+)?$",
    re.I,
)
_MONTH_CUE = re.compile(
    r"\b(?:i|in|under|från|mellan|between|from|före|innan|efter|sedan|before|after|since|till|to|och|and)\s+$", re.I
)
_RANGE = re.compile(r"^\s*(?:-|–|och|till|and|to|until)\s+(?:den\s+|the\s+)?", re.I)
_RANGE_START = re.compile(r"(?:mellan|från|between|from)\s+(?:den\s+|the\s+)?$", re.I)


@dataclass(frozen=True, slots=True)
class DateFilter:
    """The period a question or request restricts answers to.

    ``kind`` is 'day' for a single named day (ranked first, not filtered) and 'period'
    otherwise; either bound may be open.
    """

    date_from: date | None
    date_to: date | None
    kind: Literal["day", "period"]
    source: Literal["question", "request"]
    text: str = ""


@dataclass(frozen=True, slots=True)
class _Expr:
    start: int
    end: int
    span: DateSpan


def _span(kind: str, m: re.Match[str], year: int | None) -> DateSpan | None:
    if year is None:
        return None
    if kind == "iso":
        return day_span(int(m["y"]), int(m["m"]), int(m["d"]), source=m.group(0))
    if kind == "year":
        return year_span(year)
    if kind == "season":
        return season_span(year, SEASON_WORDS[m["season"].lower()])
    month = MONTHS[m["mon"].lower().rstrip(".")]
    if kind == "month":
        return month_span(year, month)
    if kind == "day_range":
        return day_span(year, month, int(m["d"]), int(m["d2"]), source=m.group(0))
    return day_span(year, month, int(m["d"]), source=m.group(0))


def _expressions(question: str, hint: YearHint | None) -> list[_Expr]:
    """Every date expression in the question, left to right, without overlaps."""
    found: list[_Expr] = []
    pos = 0
    explicit_years = [int(y) for y in re.findall(rf"\b{_YEAR}\b", question)]
    while pos < len(question):
        if pos > 0 and question[pos - 1].isalnum() or not question[pos].isalnum():
            pos += 1
            continue
        for kind, pattern in EXPRESSIONS:
            m = pattern.match(question, pos)
            if not m or (m.end() < len(question) and question[m.end()].isalnum()):
                continue
            year = int(m["y"]) if m.groupdict().get("y") else None
            if year is None and kind != "iso":
                if kind == "month" and not _MONTH_CUE.search(question[max(0, pos - 12):pos]):
                    continue  # a bare month word ('mars') is a date only after 'i', 'från', 'before' …
                month = MONTHS[m["mon"].lower().rstrip(".")] if m.groupdict().get("mon") else None
                day = int(m["d"]) if m.groupdict().get("d") else None
                year = explicit_years[-1] if explicit_years else (hint(month, day) if hint and month else None)
            try:
                span = _span(kind, m, year)
            except DateParseError:  # '31 februari 2024': not a date, and no part of it is either
                pos = m.end()
                break
            if span is not None:
                found.append(_Expr(pos, m.end(), span))
                pos = m.end()
                break
        else:
            pos += 1
    return found


def parse_question_dates(question: str, hint: YearHint | None = None) -> DateFilter | None:
    """The date filter a question implies, or None when it names no date."""
    exprs = _expressions(question, hint)
    if not exprs:
        return None
    # A range: 'mellan X och Y', 'från X till Y', 'X–Y' (the first expression may lack its year).
    for first, second in zip(exprs, exprs[1:]):
        if _RANGE.match(question[first.end:second.start]) and _RANGE.sub("", question[first.end:second.start]) == "":
            lo, hi = first.span, second.span
            if lo.start.year != hi.start.year and not re.search(rf"{lo.start.year}", question[first.start:first.end]):
                lo = DateSpan(lo.start.replace(year=hi.start.year), lo.end.replace(year=hi.start.year), lo.precision)
            if lo.start <= hi.end:
                return DateFilter(lo.start, hi.end, "period", "question", question[first.start:second.end])
    expr = exprs[0]
    bound = _BOUND.search(question[: expr.start])
    text = question[expr.start:expr.end]
    if bound:
        word = bound["word"].lower()
        if word in ("före", "innan", "tidigare än", "before", "prior to"):
            return DateFilter(None, expr.span.start - timedelta(days=1), "period", "question", f"{word} {text}")
        if word in ("efter", "senare än", "after"):
            return DateFilter(expr.span.end + timedelta(days=1), None, "period", "question", f"{word} {text}")
        if word in ("till och med", "t.o.m.", "until", "up to", "fram till"):
            return DateFilter(None, expr.span.end, "period", "question", f"{word} {text}")
        return DateFilter(expr.span.start, None, "period", "question", f"{word} {text}")
    kind: Literal["day", "period"] = "day" if expr.span.start == expr.span.end else "period"
    return DateFilter(expr.span.start, expr.span.end, kind, "question", text)
