"""Documents of a kind granska has no template for: entries per section, dated by the manifest.

Sections follow stand-alone heading lines (see ``indexer.parsers.sections``). Every entry
carries the document's date from the manifest; without one, entries are undated and a warning
says so.
"""

from __future__ import annotations

from indexer.dates import parse_partial_iso
from indexer.parsers.base import Draft, ParseResult, join_lines, split_lines
from indexer.parsers.sections import sectionize
from indexer.records import DateSource, Diagnostic, Document


def parse_generic(document: Document, text: str, path: str) -> tuple[list[Draft], ParseResult]:
    """Drafts per section of an unknown document."""
    result = ParseResult(document)
    span = parse_partial_iso(document.date) if document.date else None
    if span is None:
        result.diagnostics.append(Diagnostic(
            "warning", path, None, "dokumentet har inget datum i manifestet: posterna blir odaterade"
        ))
    sections, pending, _ = sectionize(split_lines(text), [], [])
    drafts = [
        Draft(
            lines=[ln for ln in s.lines if not ln.blank], text=join_lines(s.lines), span=span,
            date_source=DateSource.DOCUMENT if span else DateSource.NONE, section=s.name,
        )
        for s in sections
        if any(not ln.blank for ln in s.lines)
    ]
    for heading in pending:
        result.diagnostics.append(Diagnostic("warning", path, None, f"rubrik utan text: '{heading}'"))
    return drafts, result
