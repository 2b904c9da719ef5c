"""One parser per kind of document; unknown kinds get the generic parser."""

from __future__ import annotations

from collections.abc import Callable

from indexer.parsers.base import Draft, ParseResult, finalize
from indexer.parsers.deck import parse_deck
from indexer.parsers.generic import parse_generic
from indexer.parsers.regional_report import parse_regional_report
from indexer.parsers.status_report import parse_status_report
from indexer.parsers.timeline import parse_timeline
from indexer.records import Document

Parser = Callable[[Document, str, str], tuple[list[Draft], ParseResult]]

PARSERS: dict[str, Parser] = {
    "tidslinje": parse_timeline,
    "lägesrapport": parse_status_report,
    "regional rapport": parse_regional_report,
    "mötesunderlag": parse_deck,
}


def parse_document(document: Document, text: str, path: str) -> ParseResult:
    """All entries of one document, with the diagnostics its parser raised."""
    parser = PARSERS.get(document.kind, parse_generic)
    drafts, result = parser(document, text, path)
    return finalize(document, drafts, result)
