"""The timeline (tidslinje): one entry per dated item.

An item is a date line ('5 november 2014', '13-14 juni 2016', 'kl. 13:00 11 november 2024',
'September 27 2024') followed by its body, which may span several lines and blank lines, up to
the next date line or the next block of column headers. The repeated column headers
('Politik, beslut/ händelser', …, 'Centrala händelser') are page layout and never entries.
Items are not in date order in the file: file order becomes ``ordinal``.
"""

from __future__ import annotations

import re

from granska.errors import DateParseError
from indexer.dates import DateSpan, parse_date_heading
from indexer.parsers.base import Draft, Line, ParseResult, join_lines, split_lines
from indexer.records import DateSource, Diagnostic, Document

_COLUMN_HEADER = re.compile(r"[^,]{1,80}?,\s*beslut/\s*händelser|Centrala händelser", re.IGNORECASE)


def is_column_header(text: str) -> bool:
    """True for a line made only of column headers (one or several on a line)."""
    stripped = text.strip()
    return bool(stripped) and not _COLUMN_HEADER.sub("", stripped).strip()


def parse_timeline(document: Document, text: str, path: str) -> tuple[list[Draft], ParseResult]:
    """Drafts for every dated item; undated text is kept with a warning, bad dates are errors."""
    result = ParseResult(document)
    drafts: list[Draft] = []
    span: DateSpan | None = None
    date_line: Line | None = None
    body: list[Line] = []

    def flush() -> None:
        if body:
            if span is None:
                reason = "datumraden kunde inte tolkas" if date_line else "text utan datumrad"
                result.diagnostics.append(Diagnostic(
                    "warning", path, body[0].number, f"{reason}: behålls som odaterad post"
                ))
            drafts.append(Draft(
                lines=[date_line, *body] if date_line else list(body),
                text=join_lines(body),
                span=span,
                date_source=DateSource.ITEM if span else DateSource.NONE,
            ))
        elif date_line is not None:
            result.diagnostics.append(Diagnostic("warning", path, date_line.number, "datumrad utan text"))

    for line in split_lines(text):
        if line.blank:
            continue
        if is_column_header(line.text):
            flush()
            span, date_line, body = None, None, []
            continue
        try:
            heading = parse_date_heading(line.text)
        except DateParseError as exc:
            result.diagnostics.append(Diagnostic("error", path, line.number, str(exc)))
            flush()
            span, date_line, body = None, line, []
            continue
        if heading is not None:
            flush()
            span, date_line, body = heading, line, []
        else:
            body.append(line)
    flush()
    return drafts, result
