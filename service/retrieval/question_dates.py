"""The dates a question names, in Swedish or English, as a filter or a day to rank first.

Forms: a day ('12 november 2024', '2024-11-12', '12/11 2024', '12/11-24', 'November 12, 2024',
'den 15 november' with the year taken from elsewhere in the question or from the corpus), days
relative to today ('förra veckan', 'i fjol', 'i våras', 'last month': see ``relative_dates``), a
month ('i oktober 2024',
'October 2024', 'i slutet av september'), a year ('under 2019'), a season ('hösten 2024', 'autumn 2024'), ranges
('mellan 12 och 15 november 2024', 'från maj till juni 2024', 'mellan 2019 och 2021') and open
bounds ('före', 'efter', 'sedan', 'before', 'after', 'since'). A question that names one day
asks for that day's entries first; anything else is a period to filter to. A date-like text the
grammar cannot read ('35/11 2024', '31 februari 2024') is reported in ``unread_dates`` and never
widened to its year.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from granska.errors import DateParseError
from indexer.dates import MONTHS, DateSpan, date_mentions, day_span, month_span, season_span, year_span
from indexer.relative_dates import bare_day, relative_span

YearHint = Callable[[int, int | None], int | None]

_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:19|20)\d{2}"
SEASON_WORDS = {
    "våren": "våren", "vår": "våren", "spring": "våren", "sommaren": "sommaren", "summer": "sommaren",
    "hösten": "hösten", "höst": "hösten", "autumn": "hösten", "fall": "hösten", "vintern": "vintern", "winter": "vintern",
}
_SEASON = "(?:" + "|".join(sorted(SEASON_WORDS, key=len, reverse=True)) + ")"
# 'i början av', 'i mitten av', 'i slutet av' a month: its first, middle and last third (days).
MONTH_PARTS = {"början": (1, 10), "beginning": (1, 10), "early": (1, 10), "mitten": (11, 20), "middle": (11, 20),
               "mid": (11, 20), "slutet": (21, 31), "end": (21, 31), "late": (21, 31)}
_PART = "(?:" + "|".join(MONTH_PARTS) + ")"

# Atomic date expressions; the first that matches at a position wins (longest forms first).
EXPRESSIONS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")),
    # 12/11, 12/11 2024, 12/11-24, 12/11/2024, 12.11.2024 (day first, as Swedish writes it)
    ("numeric", re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:(?:/|\s*-\s*|\s+)(?P<y>(?:19|20)\d{2}|\d{2})(?!\d))?"
                           r"|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>(?:19|20)\d{2})")),
    ("day_range", re.compile(rf"(?P<d>\d{{1,2}})\s*(?:-|–|och|till|and|to)\s*(?P<d2>\d{{1,2}})(?:e|st|nd|rd|th)?\s+(?P<mon>{_MONTH})(?:\s+(?P<y>{_YEAR}))?", re.I)),
    ("day", re.compile(rf"(?P<d>\d{{1,2}})(?::e|e|st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?", re.I)),
    ("day_en", re.compile(rf"(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR}))?", re.I)),
    ("part_month", re.compile(rf"(?P<part>{_PART})\s+(?:av\s+|of\s+)?(?P<mon>{_MONTH})(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?", re.I)),
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
    r"\b(?:i|in|under|från|mellan|between|from|före|innan|efter|sedan|before|after|since|till|to)\s+$", re.I
)
_JOINED = re.compile(r"\s+(?:och|and)\s+", re.I)  # 'i maj och juni': the second month is a date as the first is
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
    of_document: bool = False  # the date is a document's ('enligt pressmeddelandet i juni 2025'), not an event's

    def names_a_year(self) -> bool:
        """Whether this is a bare year the question names ('2026', 'för 2026', 'i 2026')."""
        return (self.source == "question" and self.date_from is not None and self.date_to is not None
                and self.date_from.year == self.date_to.year
                and (self.date_from.month, self.date_from.day, self.date_to.month, self.date_to.day) == (1, 1, 12, 31)
                and bool(re.fullmatch(r"(?:\w+\s+)?\d{4}", self.text.strip())))

    def named_in(self, sentence: str, anchor: date | None) -> bool:
        """Whether the sentence names the period: the year asked about ('budgeten för 2026'), or a
        date within it ('under perioden 21 september–1 november 2026' for 'under hösten 2026'),
        dates without a year read against ``anchor`` (the sentence's entry's date)."""
        if self.names_a_year():
            return str(self.date_from.year) in sentence  # type: ignore[union-attr] - a year has both bounds
        return any((self.date_to is None or m.date_start <= self.date_to.isoformat())
                   and (self.date_from is None or m.date_end >= self.date_from.isoformat())
                   for m in date_mentions(sentence, anchor))


@dataclass(frozen=True, slots=True)
class _Expr:
    start: int
    end: int
    span: DateSpan


def _year_of(kind: str, m: re.Match[str]) -> int | None:
    """The year an expression states itself ('24' in '12/11-24' is 2024), or None."""
    raw = m.groupdict().get("y") or m.groupdict().get("y2")
    if not raw:
        return None
    return int(raw) + 2000 if kind == "numeric" and len(raw) == 2 else int(raw)


def _span(kind: str, m: re.Match[str], year: int | None) -> DateSpan | None:
    if year is None:
        return None
    if kind == "iso":
        return day_span(int(m["y"]), int(m["m"]), int(m["d"]), source=m.group(0))
    if kind == "numeric":
        day, month = (int(m["d"]), int(m["m"])) if m["d"] else (int(m["d2"]), int(m["m2"]))
        if not 1 <= month <= 12:
            raise DateParseError(f"ogiltig månad i '{m.group(0)}'")
        return day_span(year, month, day, source=m.group(0))
    if kind == "year":
        return year_span(year)
    if kind == "season":
        return season_span(year, SEASON_WORDS[m["season"].lower()])
    month = MONTHS[m["mon"].lower().rstrip(".")]
    if kind == "month":
        return month_span(year, month)
    if kind == "part_month":
        first, last = MONTH_PARTS[m["part"].lower()]
        whole = month_span(year, month)
        return DateSpan(whole.start.replace(day=first), min(whole.end, whole.start.replace(day=min(last, whole.end.day))),
                        "day")
    if kind == "day_range":
        return day_span(year, month, int(m["d"]), int(m["d2"]), source=m.group(0))
    return day_span(year, month, int(m["d"]), source=m.group(0))


def _month_of(kind: str, m: re.Match[str]) -> int | None:
    if kind == "numeric":
        month = int(m["m"] or m["m2"])
        return month if 1 <= month <= 12 else None
    return MONTHS[m["mon"].lower().rstrip(".")] if m.groupdict().get("mon") else None


_LABEL_YEAR = re.compile(r"\s+års\b")
_SERIES_NUMBER = re.compile(r":\d")  # 'granskningsrapport 2029:04', 'SOU 2024:12': a number in a series, no date


def _expressions(question: str, hint: YearHint | None, unread: list[str] | None = None) -> list[_Expr]:
    """Every date expression in the question, left to right, without overlaps; texts that look
    like dates but are none are appended to ``unread``."""
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
            year = _year_of(kind, m)
            if kind == "numeric" and _month_of(kind, m) is None:  # '12/13': date-shaped, no month 13
                if unread is not None:
                    unread.append(m.group(0))
                pos = m.end()
                break
            if year is None and kind != "iso":
                joined = bool(found) and _JOINED.fullmatch(question[found[-1].end:pos]) is not None
                if kind == "month" and not (_MONTH_CUE.search(question[max(0, pos - 12):pos]) or joined):
                    continue  # a bare month word ('mars') is a date only after 'i', 'från', 'before' … or 'och' after one
                month = _month_of(kind, m)
                day = int(m["d"]) if m.groupdict().get("d") else None
                year = explicit_years[-1] if explicit_years else (hint(month, day) if hint and month else None)
            try:
                span = _span(kind, m, year)
            except DateParseError:  # '31 februari 2024': not a date, and no part of it is either
                if unread is not None:
                    unread.append(m.group(0))
                pos = m.end()
                break
            if span is not None and kind == "year" and (_LABEL_YEAR.match(question, m.end())
                                                       or _SERIES_NUMBER.match(question, m.end())):
                pos = m.end()  # '2016 års överskott' names a year's accounts, dealt with in later years
                break
            if span is not None:
                found.append(_Expr(pos, m.end(), span))
                pos = m.end()
                break
        else:
            pos += 1
    return found


def unread_dates(question: str, hint: YearHint | None = None) -> list[str]:
    """Texts in the question that look like dates but are none ('35/11 2024', '31 februari 2024')."""
    unread: list[str] = []
    _expressions(question, hint, unread)
    return unread


def parse_question_dates(question: str, hint: YearHint | None = None, today: date | None = None) -> DateFilter | None:
    """The date filter a question implies, or None when it names no date. ``today`` anchors
    relative dates ('förra veckan'); without it they are not read."""
    exprs = _expressions(question, hint)
    if not exprs:
        return _relative(question, today)
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
    event = _AFTER_EVENT.search(question[:expr.start])
    if event:  # 'efter driftstörningen i januari 2027': what came of it, then or later
        return DateFilter(expr.span.start, None, "period", "question", f"{event.group(0).strip()} {text}")
    kind: Literal["day", "period"] = "day" if expr.span.start == expr.span.end else "period"
    # 'the March 2023 status report, … in March?': the second date is the event's, the filter stays the entries'
    of_document = len(exprs) == 1 and bool(_DOCUMENT_BEFORE.search(question[:expr.start])
                                           or _DOCUMENT_AFTER.match(question[expr.end:]))
    if len(exprs) == 1 and not of_document and (_DOCUMENT_OF_EVENT.search(question[:expr.start])
                                                 or _BY_A_DOCUMENT_AFTER.match(question[expr.end:])):
        # 'enligt händelseanalysen' of 'driftstörningen den 19 januari 2027': the analysis, written
        # then or later, tells of the day; its findings are dated by its writing
        return DateFilter(expr.span.start, None, "period", "question", f"{text} och senare")
    return DateFilter(expr.span.start, expr.span.end, kind, "question", text, of_document)


# A date that dates a document: 'enligt pressmeddelandet i juni 2025', 'rapporten den 17 november',
# 'the report of 11 October 2024', 'the March 2023 status report'. What the document tells can be of
# other days ('nästa lägesrapport lämnas den 26 augusti'), so its entries count whatever their own date.
# A decision, a timetable or a review is a document too ('enligt delegationsbeslutet i december 2026',
# 'regionstyrelsens tidplan från mars 2027'), as a compound's last part; 'beslutade i juni' is an event.
_DOCUMENTS = (r"(?:\w*(?:pressmeddelande|rapport|protokoll|protokollsutdrag|artikel|nyhet|nyhetsbrev|presentation|"
              r"underlag|yttrande|dokument|sammanfattning|tjänsteutlåtande|beslut|tidplan|plan|utvärdering|"
              r"granskning|analys|utredning)(?:et|en|n|t|s|ets|ens|na|er|erna|ar|arna)?|"
              r"press release|report|article|news item|newsletter|briefing|minutes|deck|statement|"
              r"decision|timetable|schedule|review|evaluation|analysis|investigation)")
# 'enligt pressmeddelandet i juni 2025', 'beslutsunderlaget till regionstyrelsen i september 2029', 'the report to the
# board in May': the date is the document's (sent to someone, then)
_DOCUMENT_BEFORE = re.compile(rf"\b{_DOCUMENTS}s?\s+(?:(?:till|to)\s+(?:the\s+)?[\w-]+\s+)?"
                              r"(?:(?:från|av|den|i|daterad|dated|of|from|in|on|published)\s+){1,2}$", re.I)
# a document about an event of the date: 'enligt utredningen av avbrottet i januari 2027', 'according to
# the incident analysis of the outage on 19 January 2027', '… den 19 januari 2027, enligt händelseanalysen'
_DOCUMENT_OF_EVENT = re.compile(rf"\b{_DOCUMENTS}s?\s+(?:av|om|kring|of|on|about)\s+(?:the\s+)?[^,?]{{3,60}}?\s+"
                                r"(?:i|den|under|in|on|of|during)\s+$", re.I)
_BY_A_DOCUMENT_AFTER = re.compile(rf"^,?\s+(?:enligt|according to)\s+(?:the\s+)?(?:\w+\s+){{0,2}}?{_DOCUMENTS}\b", re.I)
_DOCUMENT_AFTER = re.compile(rf"^(?:'s)?\s+(?:\w+\s+)?{_DOCUMENTS}\b", re.I)


# 'efter pausen i november 2024', 'after the outage in January 2027': the date names an event, and
# what is asked came of it, in that period or after
_AFTER_EVENT = re.compile(r"\b(?:efter|sedan|after|following)\s+(?:the\s+)?[\w-]+\s+(?:i|under|in|of|during)\s+$",
                          re.IGNORECASE)


def _relative(question: str, today: date | None) -> DateFilter | None:
    """A filter from a date relative to today ('i fjol', 'förra veckan', 'den 12:e'), or None."""
    if today is None:
        return None
    found = relative_span(question, today) or bare_day(question, today)
    if found is None:
        return None
    text, span = found
    kind: Literal["day", "period"] = "day" if span.start == span.end else "period"
    return DateFilter(span.start, span.end, kind, "question", text)
