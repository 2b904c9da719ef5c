"""Regional reports (regional rapport): entries per template section, dated by their stamp.

The report is dated by 'Sammanställd: 2024-11-17 klockan 14:00' (date and time of day). Its
sections follow the template of 'Regional rapport Millennium'; a line that starts like one of
the template's headings opens a section, other short lines ('Internt', 'Externt') stay inside
it. Text before the title is the report's ingress. Dates named in the text ('fredag 15
november', '18 och 19 november') are resolved against the stamp as ``mentioned_dates``.
"""

from __future__ import annotations

import re

from granska.errors import DateParseError
from indexer.dates import DateSpan, day_span, parse_partial_iso
from indexer.parsers.base import Draft, Line, ParseResult, join_lines, split_lines
from indexer.records import DateSource, Diagnostic, Document

STAMP = re.compile(
    r"^Sammanställd:?\s*(?P<date>\d{4}-\d{2}-\d{2})(?:\s+(?:klockan|kl\.?)\s*(?P<h>\d{1,2})[:.](?P<m>\d{2}))?",
    re.IGNORECASE,
)
TITLE = re.compile(r"^Regional rapport\b", re.IGNORECASE)
TEMPLATE_HEADINGS = (
    "Beskrivning av händelsen", "Kända omständigheter", "Kommunikativa åtgärder",
    "Verksamhetens kommentar", "Talespersoner", "Om Regional rapport", "Samlad information",
    "Dagligen", "Lägesbild", "Fortsatt arbete",
)
INGRESS = "Ingress"


def template_heading(text: str) -> str | None:
    """The line as a section name if it opens a template section."""
    stripped = " ".join(text.split())
    if len(stripped) > 80 or stripped.startswith("-"):
        return None
    if any(stripped.lower().startswith(h.lower()) for h in TEMPLATE_HEADINGS):
        return stripped
    return None


def report_stamp(lines: list[Line]) -> tuple[int, DateSpan] | None:
    """Index and date/time of the 'Sammanställd:' line; DateParseError if it is no valid date."""
    for i, line in enumerate(lines):
        m = STAMP.match(line.text.strip())
        if m:
            y, mo, d = (int(x) for x in m["date"].split("-"))
            span = day_span(y, mo, d, source=m["date"])
            if m["h"] and (int(m["h"]) > 23 or int(m["m"]) > 59):
                raise DateParseError(f"ogiltigt klockslag '{m['h']}:{m['m']}'")
            time = f"{int(m['h']):02d}:{m['m']}" if m["h"] else None
            return i, DateSpan(span.start, span.end, "day", time)
    return None


def parse_regional_report(document: Document, text: str, path: str) -> tuple[list[Draft], ParseResult]:
    """Drafts for the ingress and each template section."""
    result = ParseResult(document)
    lines = split_lines(text)
    try:
        stamp = report_stamp(lines)
    except DateParseError as exc:
        number = next(ln.number for ln in lines if STAMP.match(ln.text.strip()))
        result.diagnostics.append(Diagnostic("error", path, number, str(exc)))
        stamp = None
    if stamp is None:
        result.diagnostics.append(Diagnostic(
            "warning", path, None, "raden 'Sammanställd: ÅÅÅÅ-MM-DD klockan TT:MM' saknas; rapporten dateras enligt manifestet"
        ))
        span = parse_partial_iso(document.date) if document.date else None
        source = DateSource.DOCUMENT if span else DateSource.NONE
    else:
        span, source = stamp[1], DateSource.ITEM
    drafts: list[Draft] = []
    section, body = INGRESS, []

    def flush() -> None:
        content = [ln for ln in body if not ln.blank]
        if content:
            drafts.append(Draft(lines=content, text=join_lines(body), span=span, date_source=source, section=section))

    for i, line in enumerate(lines):
        if STAMP.match(line.text.strip()):
            continue
        if line.blank:
            body.append(line)
            continue
        if section == INGRESS and TITLE.match(line.text.strip()):
            continue
        heading = template_heading(line.text)
        if heading:
            flush()
            section, body = heading, []
        else:
            body.append(line)
    flush()
    return drafts, result
