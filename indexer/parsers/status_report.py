"""The monthly status report (lägesrapport): entries per section and sub-part.

Each work-stream section has a heading (possibly over two lines, e.g. 'Standardisering och
Kliniskt Innehåll' / '(SoKI)') followed by sub-parts 'Summering <månad>' (what happened that
month) and 'Planering <månad>' (what is planned for the next), each its own entry dated to its
month, resolved against the report's own date. Text before the first section is the
introduction, dated by the report. The OCR text is repaired (see ``indexer.ocr_repair``), with
the original kept beside it. Link lines and OCR debris lines are page furniture, not text.
"""

from __future__ import annotations

import re
from datetime import date

from indexer.dates import MONTHS, DateSpan, month_span, nearest_year, parse_partial_iso
from indexer.ocr_repair import repair_text
from indexer.parsers.base import Draft, Line, ParseResult, join_lines, split_lines
from indexer.records import DateSource, Diagnostic, Document

SUBPART = re.compile(r"^(?P<kind>Summering|Planering)\s+(?P<month>[A-Za-zåäö]+)$", re.IGNORECASE)
LINK = re.compile(r"^(?:https?://|mailto:|www\.)\S+$")
MAX_HEADING = 60


def is_noise(text: str) -> bool:
    """OCR debris ('o . . . . - . o .') and bare links are layout, not content."""
    stripped = text.strip()
    if LINK.match(stripped):
        return True
    letters = sum(ch.isalpha() for ch in stripped)
    words = stripped.split()
    return letters < 0.4 * len(stripped.replace(" ", "")) or (
        len(words) >= 4 and sum(len(w) for w in words) / len(words) < 2.2
    )


def _heading_like(line: Line, first: bool = True) -> bool:
    """Short, no closing punctuation; a heading's first line starts with a capital."""
    text = line.text.strip()
    return (
        0 < len(text) <= MAX_HEADING
        and not re.search(r"[.,;:!?]$", text)
        and (not first or text[0].isupper() or text[0] == "(")
    )


def _fix(text: str) -> str:
    return repair_text(text).text


def _find_headings(lines: list[Line]) -> dict[int, str]:
    """Map the first line of each section heading to the section's (repaired) name, and the
    heading's other lines (and a lone container heading above it) to an empty name."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        m = SUBPART.match(_fix(line.text.strip()))
        if not m or m["kind"].lower() != "summering":
            continue
        j = i - 1
        while j >= 0 and lines[j].blank:
            j -= 1
        heading: list[int] = []
        while j >= 0 and not lines[j].blank and _heading_like(lines[j], first=False) and not SUBPART.match(lines[j].text.strip()):
            heading.insert(0, j)
            j -= 1
        if not heading or not _heading_like(lines[heading[0]]):
            continue
        found[heading[0]] = " ".join(_fix(lines[k].text.strip()) for k in heading)
        for k in heading[1:]:
            found[k] = ""
        # A lone one-line block right above (e.g. 'Lägessummering') is a container heading.
        k = heading[0] - 1
        while k >= 0 and lines[k].blank:
            k -= 1
        if k >= 0 and _heading_like(lines[k]) and (k == 0 or lines[k - 1].blank) and len(lines[k].text.split()) <= 3:
            found.setdefault(k, "")
    return found


def _month_of(name: str, report: date) -> DateSpan | None:
    month = MONTHS.get(name.lower())
    if month is None:
        return None
    return month_span(nearest_year(month, 15, report), month)


def _front_matter(lines: list[Line], headings: dict[int, str]) -> list[int]:
    """Indexes of the title line and, if one follows as its own line, the intro's heading."""
    content = [i for i, line in enumerate(lines) if not line.blank]
    if not content:
        return []
    skip = [content[0]]
    if len(content) > 1:
        nxt = content[1]
        alone = nxt + 1 < len(lines) and lines[nxt + 1].blank
        if nxt not in headings and _heading_like(lines[nxt]) and alone:
            skip.append(nxt)
    return skip


def parse_status_report(document: Document, text: str, path: str) -> tuple[list[Draft], ParseResult]:
    """Drafts for the introduction and every section sub-part, with OCR repair."""
    result = ParseResult(document)
    report = parse_partial_iso(document.date) if document.date else None
    lines = [line for line in split_lines(text) if line.blank or not is_noise(line.text)]
    headings = _find_headings(lines)
    drafts: list[Draft] = []
    skip = _front_matter(lines, headings)
    section = next((_fix(lines[i].text.strip()) for i in skip[1:]), "Inledning")
    label, span, source = section, report, DateSource.DOCUMENT
    body: list[Line] = []

    def flush() -> None:
        if not any(not ln.blank for ln in body):
            return
        content = [ln for ln in body if not ln.blank]
        original = join_lines(body)
        repaired = repair_text(original)
        result.repaired_tokens += len(repaired.changes)
        drafts.append(Draft(
            lines=content, text=repaired.text, span=span, date_source=source,
            section=label, text_original=original if repaired.changes else None,
        ))

    for i, line in enumerate(lines):
        if line.blank:
            body.append(line)
            continue
        if i in skip:
            continue
        if i in headings:
            if headings[i]:
                flush()
                section, body = headings[i], []
            continue
        sub = SUBPART.match(_fix(line.text.strip()))
        if sub:
            flush()
            body = []
            month_span_ = _month_of(sub["month"], report.start) if report else None
            if month_span_ is None:
                result.diagnostics.append(Diagnostic(
                    "warning", path, line.number, f"okänd månad i '{line.text.strip()}': delen dateras som rapporten"
                ))
            span, source = (month_span_, DateSource.ITEM) if month_span_ else (report, DateSource.DOCUMENT)
            label = f"{section} / {sub['kind'].capitalize()} {sub['month'].lower()}"
            continue
        body.append(line)
    flush()
    return drafts, result
