"""The document view: a whole document, one entry marked and its quote highlighted at its offsets.

``GET /dokument/{doc_id}?entry=<entry id>&start=<n>&end=<n>`` (``start``/``end``: the quote's
offsets in the entry's text, as every citation carries them) is a plain HTML page behind the same
front door, keys and rate limit as the API; the JSON form is ``GET /v1/documents/{doc_id}``.
The quote is highlighted where it stands (never found again by searching for its words), and
the page scrolls to it. An OCR-repaired entry shows its repaired text with the original one
click away.
"""

from __future__ import annotations

from html import escape
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from granska.errors import NotFound
from indexer.dates import format_swedish
from indexer.records import Entry
from service import operations
from service.api.deps import AuthDep, ServingDep
from service.retrieval.index import LoadedIndex
from service.state import Serving

router = APIRouter(tags=["dokument"])

PAGE_CSS = """
body { font-family: system-ui, sans-serif; margin: 0; color: #111827; background: #f9fafb; }
header { background: #fff; border-bottom: 1px solid #d1d5db; padding: .8rem 1rem; position: sticky; top: 0; }
header h1 { font-size: 1.15rem; margin: 0 0 .2rem; }
header p { margin: 0; font-size: .9rem; color: #374151; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem; white-space: pre-wrap; line-height: 1.55; }
.gap { color: #374151; }
section.entry { border-left: 3px solid #d1d5db; padding-left: .6rem; margin: .2rem 0; }
section.entry.marked { border-left: 5px solid #1d4ed8; background: #eff6ff; }
.entry-meta { display: block; font-size: .8rem; color: #374151; white-space: normal; }
mark { background: #fde68a; color: #111827; padding: 0 .1rem; }
details { white-space: normal; font-size: .9rem; margin: .3rem 0; }
details pre { white-space: pre-wrap; font-family: inherit; background: #fff; border: 1px dashed #6b7280; padding: .4rem; }
a { color: #1d4ed8; }
"""


def document_link(doc_id: str, entry_id: str, start: int | None = None, end: int | None = None) -> str:
    """The document view's address for an entry (and a quote at entry offsets ``start``:``end``)."""
    query = {"entry": entry_id} | ({"start": start, "end": end} if start is not None and end is not None else {})
    return f"/dokument/{doc_id}?{urlencode(query)}"


def _marked(text: str, start: int | None, end: int | None, mark_id: str = "granska-quote") -> str:
    """``text`` escaped, ``text[start:end]`` in a ``<mark>`` with ``mark_id``."""
    if start is None or end is None or not 0 <= start < end <= len(text):
        return escape(text)
    return f'{escape(text[:start])}<mark id="{mark_id}">{escape(text[start:end])}</mark>{escape(text[end:])}'


def _entry_html(index: LoadedIndex, doc_text: str, e: Entry, marked: bool, start: int | None, end: int | None) -> str:
    """One entry's section: its meta line and its text, the quote highlighted when it is the marked one."""
    span = doc_text[e.char_start:e.char_end]
    in_doc = index.quote_in_document(e, start, end) if marked and start is not None and end is not None else None
    local = (in_doc[0] - e.char_start, in_doc[1] - e.char_start) if in_doc else (None, None)
    meta = " · ".join(x for x in (format_swedish(e.date_start, e.date_end, e.date_precision, e.time) if e.date_start
                                  else "odaterad", e.actor or "", e.entry_id) if x)
    if e.text_original is not None:  # OCR-repaired: the repaired text, the document's own one click away
        body = (_marked(e.text, start, end) if marked else escape(e.text)) + (
            '<details class="original"><summary>Visa originaltexten (OCR)</summary>'
            f'<pre>{_marked(span, *local, "granska-quote-original") if marked else escape(span)}</pre></details>')
    elif marked and in_doc is None:  # not located in the document: show the entry's own text, marked
        body = _marked(e.text, start, end)
    else:
        body = _marked(span, *local)
    css = "entry marked" if marked else "entry"
    return (f'<section class="{css}" id="post-{escape(e.entry_id)}" data-entry-id="{escape(e.entry_id)}">'
            f'<span class="entry-meta">{escape(meta)}</span>{body}</section>')


def render(serving: Serving, doc_id: str, entry_id: str | None, start: int | None, end: int | None) -> str:
    """The whole page for a document (NotFound for an unknown document)."""
    found, index = operations.document(serving, doc_id), serving.index
    parts, at = [], 0
    for e in sorted((index.entries[s.entry_id] for s in found.entries), key=lambda e: e.char_start):
        if e.char_start > at:
            parts.append(f'<span class="gap">{escape(found.text[at:e.char_start])}</span>')
        parts.append(_entry_html(index, found.text, e, e.entry_id == entry_id, start, end))
        at = max(at, e.char_end)
    parts.append(f'<span class="gap">{escape(found.text[at:])}</span>')
    doc = found.document
    title = escape(doc.title)
    scroll = ("(document.getElementById('granska-quote') || document.querySelector('section.marked'))"
              "?.scrollIntoView({block: 'center'});")
    return (f'<!doctype html><html lang="sv"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} – granska</title>'
            f'<style>{PAGE_CSS}</style></head><body><header><h1>{title}</h1>'
            f'<p>{escape(doc.kind)}{" · " + escape(doc.date) if doc.date else ""} · {doc.entries} poster · '
            f'index {escape(found.index_version)} · <a href="/">Tillbaka till granska</a></p></header>'
            f'<main id="document">{"".join(parts)}</main><script>{scroll}</script></body></html>')


@router.get("/dokument/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
def document_page(doc_id: str, serving: ServingDep, _: AuthDep, entry: str | None = None,
                  start: Annotated[int | None, Query(ge=0)] = None,
                  end: Annotated[int | None, Query(ge=0)] = None) -> HTMLResponse:
    """The document view (HTML); 404 for an unknown document or entry."""
    if entry is not None and (entry not in serving.index.entries or serving.index.entries[entry].doc_id != doc_id):
        raise NotFound(f"posten '{entry[:100]}' finns inte i dokumentet '{doc_id[:100]}'")
    return HTMLResponse(render(serving, doc_id, entry, start, end))
