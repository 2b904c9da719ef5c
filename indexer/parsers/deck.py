"""Meeting decks (mötesunderlag): entries per slide section, with embedded decisions dated apart.

The deck's date is its 'YYMMDD' stamp line (250528 → 2025-05-28), else the manifest date. A
decision document shown inside the deck ('Verkställighetsbeslut' with 'Datum 2024-11-28' and
'Diarienummer RS 2024-05699') is its own dated part: its sections are dated by the decision
and carry its diarienummer in their section name. The part runs until a slide caption (a
heading ending in an ellipsis) or a slide of names or bullet points. Text the deck shows twice
(the decision pictured on a slide, then the decision itself) becomes one entry, the dated copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from granska.errors import DateParseError
from indexer.actors import detect_actor
from indexer.dates import DateSpan, day_span, parse_partial_iso
from indexer.parsers.base import BULLET, Draft, Line, ParseResult, join_lines, split_lines
from indexer.parsers.sections import (
    PAGE_NUMBER, Section, is_list_only, leading_headings, sectionize, segments,
)
from indexer.records import DateSource, Diagnostic, Document

STAMP = re.compile(r"^(\d{2})(\d{2})(\d{2})$")
DECISION = re.compile(r"^(?:Verkställighetsbe\w*|Beslut|Delegationsbeslut)$", re.IGNORECASE)
DECISION_DATE = re.compile(r"^Datum:?\s+(\d{4}-\d{2}-\d{2})$")
DIARIENUMMER = re.compile(r"^Diarienummer:?\s+(.+)$")


@dataclass(slots=True)
class DecisionPart:
    """A decision embedded in the deck: where its header starts and ends, its date and number."""

    header: list[Line]
    span: DateSpan
    label: str


def deck_date(lines: list[Line], document: Document) -> DateSpan | None:
    """The deck's own date from a 'YYMMDD' line, else from the manifest."""
    for line in lines:
        m = STAMP.match(line.text.strip())
        if m:
            try:
                return day_span(2000 + int(m[1]), int(m[2]), int(m[3]), source=line.text.strip())
            except DateParseError:
                continue
    return parse_partial_iso(document.date) if document.date else None


def agenda_titles(lines: list[Line]) -> frozenset[str]:
    """The bullet points under a stand-alone 'Agenda' line: the titles of the deck's slides."""
    titles: set[str] = set()
    in_agenda = False
    for line in lines:
        text = line.text.strip()
        if text.casefold() == "agenda":
            in_agenda = True
        elif in_agenda and BULLET.match(text):
            titles.add(" ".join(BULLET.sub("", text).split()).casefold())
        elif in_agenda and titles and not line.blank:
            break
    return frozenset(titles)


def find_decision(lines: list[Line], start: int) -> DecisionPart | None:
    """A decision header at ``lines[start]``: the title line, then 'Datum …' within 3 lines."""
    if not DECISION.match(lines[start].text.strip()):
        return None
    header, when, number = [lines[start]], None, None
    for line in lines[start + 1 : start + 12]:
        text = line.text.strip()
        if line.blank and when is not None and header[-1].blank:
            break
        header.append(line)
        if (m := DECISION_DATE.match(text)) and when is None:
            try:
                when = date.fromisoformat(m[1])
            except ValueError:
                raise DateParseError(f"ogiltigt beslutsdatum '{m[1]}' (rad {line.number})") from None
        elif m := DIARIENUMMER.match(text):
            number = m[1].strip()
    if when is None:
        return None
    while header[-1].blank:
        header.pop()
    label = "Verkställighetsbeslut" + (f" {number}" if number else f" {when.isoformat()}")
    return DecisionPart(header, DateSpan(when, when, "day"), label)


def _is_caption(section: Section) -> bool:
    """A slide caption ('Vi lägger nu ett pussel...') marks the end of an embedded document."""
    return bool(section.path) and section.path[-1].endswith(("...", "…"))


def parse_deck(document: Document, text: str, path: str) -> tuple[list[Draft], ParseResult]:
    """Drafts per section of every slide; the embedded decision's sections dated by it."""
    result = ParseResult(document)
    lines = [ln for ln in split_lines(text) if not PAGE_NUMBER.match(ln.text.strip())]
    own = deck_date(lines, document)
    if own is None:
        result.diagnostics.append(Diagnostic("warning", path, None, "mötesunderlaget saknar datum"))
    lines = [ln for ln in lines if not STAMP.match(ln.text.strip())]
    drafts: list[Draft] = []
    pending: list[str] = []
    current: list[str] = []
    decision: DecisionPart | None = None

    def add(section_lines: list[Line], name: str | None) -> None:
        content = [ln for ln in section_lines if not ln.blank]
        if not content:
            return
        in_part = decision is not None
        drafts.append(Draft(
            lines=content, text=join_lines(section_lines),
            span=decision.span if in_part else own,
            date_source=DateSource.PART if in_part else (DateSource.DOCUMENT if own else DateSource.NONE),
            section=f"{decision.label} / {name}" if in_part and name else (decision.label if in_part else name),
        ))

    for segment in segments(lines, titles=agenda_titles(lines)):
        if is_list_only(segment):  # names or bullet points: one entry under the slide's title
            decision = None
            headings, rest = leading_headings(segment)
            if rest:
                current, pending = [*pending, *headings], []
                add(rest, " / ".join(current) or None)
            else:
                pending = [*pending, *headings]
            continue
        i = 0
        while i < len(segment):
            try:
                part = find_decision(segment, i) if not segment[i].blank else None
            except DateParseError as exc:
                result.diagnostics.append(Diagnostic("error", path, segment[i].number, str(exc)))
                part = None
            if part is None:
                i += 1
                continue
            before = segment[:i]
            for section in _sections(before, pending, current):
                add(section.lines, section.name)
            pending, current = [], []
            decision = part
            add(part.header, None)
            segment = segment[i + len(part.header):]
            i = 0
        sections, pending, current = sectionize(segment, pending, current)
        for section in sections:
            if decision is not None and _is_caption(section):
                decision = None
            add(section.lines, section.name)
    _assign_decider(drafts)
    for heading in pending:
        result.diagnostics.append(Diagnostic("warning", path, None, f"rubrik utan text: '{heading}'"))
    return drafts, result


def _assign_decider(drafts: list[Draft]) -> None:
    """Every part of an embedded decision gets the body that decides: the actor named in its
    'Beslut' section."""
    for label in {d.section.split(" / ")[0] for d in drafts if d.date_source == DateSource.PART and d.section}:
        part = [d for d in drafts if d.date_source == DateSource.PART and d.section and d.section.startswith(label)]
        decisive = [d for d in part if d.section and d.section.endswith("/ Beslut")]
        decider = next((a for d in decisive if (a := detect_actor(d.text))), None)
        for draft in part:
            draft.actor = decider


def _sections(lines: list[Line], pending: list[str], current: list[str]) -> list[Section]:
    sections, _, _ = sectionize(lines, pending, current)
    return sections
