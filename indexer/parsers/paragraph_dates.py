"""The date a paragraph is about, and where a paragraph changes date.

A paragraph is dated by the first date its first sentence names ('Den 19 november 2024
beslutade regionstyrelsen …', 'I februari 2025 …', '… i fredags' in an article of 3 September
2025 → 29 August), resolved against the document's own date; otherwise it has the document's date
(a date further on is usually a comparison or a plan: 'dubbelt så lång som den som gavs hösten
2024'). Only
relative dates that name a day ('i fredags', 'i går', 'on Tuesday') date a paragraph: 'förra året'
in 'en skillnad mot förra året' is a comparison, not the paragraph's date. A later sentence that opens with its own date ('Den 25 mars 2025 presenterades …') starts a
new entry with that date, so a report's history paragraph becomes one dated entry per event.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from indexer.dates import DateSpan, find_date_mentions
from indexer.relative_dates import relative_mentions
from indexer.text.sentences import sentences

_CLOCK = re.compile(r"\b(?:kl\.?|klockan|at)\s*([01]?\d|2[0-3])[:.]([0-5]\d)\b", re.IGNORECASE)
OPENING_WORDS = 5  # a date among a sentence's first words opens it ('Per den 28 november 2025 hade …')


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of a paragraph's sentences with the date they are about (None: the document's)."""

    text: str
    start: int
    span: DateSpan | None


DATELINE_WORDS = 3  # 'BORÅS.', 'GÖTEBORG (TT).'


def _precision(start: date, end: date) -> str:
    if start == end:
        return "day"
    if start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]:
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
            return "year"
        return "month"
    return "day"


def dates_named(text: str, anchor: date | None) -> list[tuple[int, DateSpan]]:
    """Every date the text names, absolute or relative to ``anchor``, as (offset, span), in order."""
    found: list[tuple[int, DateSpan]] = []
    for mention in find_date_mentions(text, anchor, anchor_is_day=anchor is not None):
        at = text.find(mention.text)
        start, end = date.fromisoformat(mention.date_start), date.fromisoformat(mention.date_end)
        found.append((at, DateSpan(start, end, _precision(start, end))))  # type: ignore[arg-type]
    if anchor is not None:
        taken = [(at, at + 1) for at, _ in found]
        for at, _, span in relative_mentions(text, anchor):
            if span.start == span.end and not any(a <= at < b for a, b in taken):  # a day, not 'förra året'
                found.append((at, span))
    return sorted(found, key=lambda item: item[0])


def sentence_date(sentence: str, anchor: date | None) -> DateSpan | None:
    """The first date a sentence names, with the clock time it gives ('kl. 10:00'), if any."""
    named = dates_named(sentence, anchor)
    return _with_clock(sentence, named[0][1]) if named else None


def _with_clock(sentence: str, span: DateSpan) -> DateSpan:
    """A day with the clock time the sentence gives ('kl. 10:00'), if any."""
    clock = _CLOCK.search(sentence)
    if clock and span.precision == "day" and span.start == span.end:
        return DateSpan(span.start, span.end, "day", f"{int(clock[1]):02d}:{clock[2]}")
    return span


def opens_with_date(sentence: str, anchor: date | None) -> bool:
    """Whether a sentence opens with its own date (among its first few words)."""
    named = dates_named(sentence, anchor)
    if not named:
        return False
    return len(sentence[:named[0][0]].split()) < OPENING_WORDS


def dated_pieces(paragraph: str, anchor: date | None) -> list[Piece]:
    """The paragraph in runs of sentences, a new run at each sentence that opens with a date."""
    parts = sentences(paragraph)
    if not parts:
        return [Piece(paragraph, 0, sentence_date(paragraph, anchor))]
    pieces: list[Piece] = []
    start = parts[0].start
    for i, sentence in enumerate(parts):
        if i > 0 and opens_with_date(sentence.text, anchor) and not _dateline(paragraph[start:sentence.start]):
            pieces.append(_piece(paragraph, start, _line_start(paragraph, sentence.start), anchor))
            start = sentence.start
    pieces.append(_piece(paragraph, start, len(paragraph), anchor))
    return pieces


def _line_start(paragraph: str, at: int) -> int:
    """Where the run before a list item ends: before the item's bullet ('- Den 7 november …'), which is
    not the run's; ``at`` itself for a sentence inside a line."""
    line = paragraph.rfind("\n", 0, at) + 1
    return line if paragraph[line:at].strip() in ("", "-", "–", "•", "*") else at


def _dateline(text: str) -> bool:
    """A news item's place line before its first sentence ('BORÅS.', 'GÖTEBORG (TT).'): part of
    the sentence after it, not a run of its own."""
    return len(text.split()) <= DATELINE_WORDS and text.strip().rstrip(".").replace("(", "").replace(")", "").isupper()


def _piece(paragraph: str, start: int, end: int, anchor: date | None) -> Piece:
    text = paragraph[start:end].strip()
    first = [s.text for s in sentences(text) if not _dateline(s.text)] or [text]
    return Piece(text, start, own_date(first[0], anchor))


# a date that belongs to a noun before it, not to the verb: 'the go-live in November 2024',
# 'problemen vid driftstarten i november 2024' (not 'began in July 2025')
_OF_A_NOUN = re.compile(r"(?:\b(?:the|its|their)\s+(?:[\w'-]+\s+){0,3}[\w-]+|\b[\wåäö-]+(?:en|et|na))\s+(?:in|of|i|från)\s*$", re.I)


# a wire release's dateline before its first sentence: 'GOTHENBURG, Sweden, Aug. 23, 2029 -- …', 'GÖTEBORG
# 23 augusti 2029 – …': the place in capitals, the release's date, a dash
WIRE_DATELINE = re.compile(r"^[A-ZÅÄÖ]{3,}[A-ZÅÄÖ .'-]*(?:,\s*[A-ZÅÄÖ][\w .'-]{1,30}?)?,?\s+[\w. ,-]{0,20}?\d{1,4}"
                           r"[\w. ,/-]{0,15}?\s*(?:--|—|–)\s+")
_DEADLINE = re.compile(r"\b(?:senast|no later than)\s+(?:(?:\w+dag(?:en)?|den|the|on)\s+)*$", re.I)
_SINCE = re.compile(r"\b(?:sedan|alltsedan|since|ever since)\s+(?:den\s+)?$", re.I)


def own_date(sentence: str, anchor: date | None) -> DateSpan | None:
    """The date a paragraph's first sentence is about: ``sentence_date``, except that a month or a
    season named late in it, before the document's own month and after a noun is background ('…
    compensate the region for the problems at the go-live in November 2024' in a news item of
    February 2026 is of February 2026; 'Negotiations began in July 2025' is of July); a day named
    anywhere, or any date among its first words, is its own."""
    # 'Sedan hösten 2027 har regionen krävt …': a state since a period, told as of the document's day
    # (since a day, 'Sedan i tisdags dokumenterar …', is of the day the state began)
    # a deadline ('Oracle ska lämna en rapport senast fredagen den 2 februari') is what is required, told
    # on the document's day
    dateline = WIRE_DATELINE.match(sentence)
    if dateline:  # the release's own date and place: what the sentence tells is dated by the rest of it
        sentence = sentence[dateline.end():]
    named = [(at, span) for at, span in dates_named(sentence, anchor)
             if not (_SINCE.search(sentence[:at]) and span.start != span.end) and not _DEADLINE.search(sentence[:at])]
    if anchor is not None and named:
        first_month = anchor.replace(day=1)
        named = [(at, span) for at, span in named if len(sentence[:at].split()) < OPENING_WORDS
                 or span.precision == "day" or span.end >= first_month or not _OF_A_NOUN.search(sentence[:at])]
    return _with_clock(sentence, named[0][1]) if named else None


# A paragraph that opens with the reason of what the one before told ('Orsaken var att …', 'Skälet är …'):
# it goes on with that paragraph's event, and its date
REASON_OPENER = re.compile(r"^(?:skälet|skälen|orsaken|orsakerna|anledningen|bakgrunden|det beror|detta beror|det berodde|"
                           r"detta berodde|the reason|the cause)\b", re.I)
_SAME_DAY = re.compile(r"^(?:samma dag|same day|later that day)\b", re.I)  # a moment ('Kl. 07.55 …') is _CLOCK's
_HOURS = re.compile(r"\d[.:]\d{2}\s*[–-]\s*\d")  # 'kl. 07.00–22.00': opening hours, not a moment of that day
_NEXT_DAY = re.compile(r"^(?:dagen (?:efter|därpå)|följande dag|nästa dag|the (?:next|following) day)\b", re.I)


def continued_day(paragraph: str, previous: DateSpan | None) -> DateSpan | None:
    """The day a paragraph without a date of its own goes on with: 'Kl. 07.55 beslutade …' (or
    '… skedde kl. 07.00 …': a moment) after 'Den 19 januari 2027 kl. 07.40 gick certifikatet ut.'
    is of 19 January at 07:55; 'Dagen därpå …' is of the next day. None when it names no moment
    of a day, or the paragraph before names no day of its own."""
    if previous is None or previous.precision != "day" or previous.start != previous.end:
        return None
    text = paragraph.lstrip()
    parts = sentences(text)
    first = parts[0].text if parts else text
    if _SAME_DAY.match(text) or (_CLOCK.search(first) and not _HOURS.search(first)):
        day = previous.start
    elif _NEXT_DAY.match(text):
        day = previous.start + timedelta(days=1)
    else:
        return None
    return _with_clock(first, DateSpan(day, day, "day"))
