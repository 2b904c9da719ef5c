"""What the service does for a request, whichever way it came in (API route, UI, CLI).

Each function takes the serving index and already-typed input, applies the rules of
``service.validation`` (question length from the settings, date order) and returns the API's
response schema, so the UI renders exactly what ``/v1/ask`` would have returned.
"""

from __future__ import annotations

import re
from datetime import date

from granska.errors import NotFound
from indexer.records import Entry
from service.api import present
from service.api.schemas import (
    AskRequest, AskResponse, DocumentsResponse, DocumentTextResponse, EntryResponse, SearchResponse, TimelineResponse,
)
from service.state import Serving
from service.timeline import neighbours
from service.timeline import timeline as timeline_entries
from service.answers.followups import Turn
from service.validation import checked_filter, checked_period, checked_question, parsed_date

ENTRY_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}\.(?:\d{8}|x)\.[0-9a-f]{8}(?:-\d{1,4})?$")


def ask(serving: Serving, request: AskRequest, *, max_question_chars: int) -> AskResponse:
    """The cited answer (or abstention) for a validated request."""
    question = checked_question(request.question, max_question_chars)
    date_from, date_to = checked_period(*request.dates())
    history = [Turn(question=checked_question(t.question, max_question_chars), resolved_question=t.resolved_question,
                    entry_ids=tuple(t.entry_ids), date_from=parsed_date(t.date_from, "history.date_from"),
                    date_to=parsed_date(t.date_to, "history.date_to")) for t in request.history]
    answer = serving.answerer.ask(question, request.top_k, date_from, date_to, request.use_question_dates,
                                  request.use_question_actor, history=history)
    return present.ask_response(answer, serving.index.documents)


def search(serving: Serving, q: str, date_from: date | None, date_to: date | None, k: int, *,
           max_question_chars: int) -> SearchResponse:
    """Ranked entries for a question, no answer."""
    question = checked_question(q, max_question_chars)
    lo, hi = checked_period(date_from, date_to)
    result = serving.retriever.search(question, k, lo, hi)
    docs = serving.index.documents
    return SearchResponse(hits=[present.hit_out(rank, hit, docs) for rank, hit in enumerate(result.hits, start=1)],
                          date_filter=present.date_filter_out(result.date_filter, result.unread_dates),
                          index_version=serving.index.manifest.index_version)


def timeline(serving: Serving, date_from: date | None, date_to: date | None, *, text: str | None = None,
             actor: str | None = None, limit: int = 50, offset: int = 0) -> TimelineResponse:
    """Entries of a period in date order, filtered by text and actor, one page of them."""
    text, actor = checked_filter(text, "query"), checked_filter(actor, "actor")
    found = period_entries(serving, date_from, date_to, text=text, actor=actor)
    return TimelineResponse(total=len(found), limit=limit, offset=offset,
                            entries=[present.entry_out(e) for e in found[offset:offset + limit]],
                            index_version=serving.index.manifest.index_version)


def period_entries(serving: Serving, date_from: date | None, date_to: date | None, *, text: str | None = None,
                   actor: str | None = None) -> list[Entry]:
    """Every entry of a period in date order, filtered by text and actor (the timeline's rule,
    for its table's pages and its chart alike)."""
    lo, hi = checked_period(date_from, date_to)
    return timeline_entries(list(serving.index.entries.values()), lo, hi, text, actor)


def entry(serving: Serving, entry_id: str) -> EntryResponse:
    """One entry with its document and its neighbours in the document; NotFound otherwise."""
    found = serving.index.entries.get(entry_id) if ENTRY_ID.match(entry_id) else None
    if found is None:
        raise NotFound(f"posten '{entry_id[:100]}' finns inte i index {serving.index.manifest.index_version}")
    siblings, previous, following = neighbours(list(serving.index.entries.values()), found)
    return EntryResponse(
        entry=present.entry_out(found),
        document=present.document_out(serving.index.documents[found.doc_id], siblings),
        previous=present.entry_out(previous) if previous else None,
        next=present.entry_out(following) if following else None,
        index_version=serving.index.manifest.index_version,
    )


def documents(serving: Serving) -> DocumentsResponse:
    """The corpus's documents with entry counts and date spans."""
    by_doc: dict[str, list[Entry]] = {}
    for e in serving.index.entries.values():
        by_doc.setdefault(e.doc_id, []).append(e)
    return DocumentsResponse(
        documents=[present.document_out(d, by_doc.get(d.doc_id, [])) for d in serving.index.documents.values()],
        index_version=serving.index.manifest.index_version,
    )


DOC_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def document(serving: Serving, doc_id: str) -> DocumentTextResponse:
    """One document's whole text and its entries' offsets in it; NotFound otherwise."""
    index = serving.index
    found = index.documents.get(doc_id) if DOC_ID.match(doc_id) else None
    if found is None:
        raise NotFound(f"dokumentet '{doc_id[:100]}' finns inte i index {index.manifest.index_version}")
    if doc_id not in index.texts:
        raise NotFound(f"dokumentets text finns inte i index {index.manifest.index_version}: bygg om indexet "
                       "(granska index) så att texterna sparas")
    entries = sorted((e for e in index.entries.values() if e.doc_id == doc_id), key=lambda e: e.char_start)
    return DocumentTextResponse(document=present.document_out(found, entries), text=index.texts[doc_id],
                                entries=[present.span_out(e) for e in entries],
                                index_version=index.manifest.index_version)
