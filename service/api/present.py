"""Domain values → API schemas (one place, used by the API and by ``granska ask --json``)."""

from __future__ import annotations

from indexer.records import Document, Entry
from service.answers.records import Answer, Citation
from service.api.schemas import (
    ActorFilterOut, AskResponse, CarriedOut, CitationOut, DateFilterOut, DocumentOut, EntryOut, EntrySpanOut, HitOut,
    SourceFilterOut,
)
from service.retrieval.hybrid import Hit
from service.retrieval.question_dates import DateFilter


def entry_url(entry_id: str) -> str:
    """Where an entry can be fetched."""
    return f"/v1/entries/{entry_id}"


def date_filter_out(found: DateFilter | None, unread: list[str] | None = None) -> DateFilterOut:
    """The applied date filter (all null when there was none), and the dates that could not be read."""
    if found is None:
        return DateFilterOut(unread=unread or [])
    return DateFilterOut(
        date_from=found.date_from.isoformat() if found.date_from else None,
        date_to=found.date_to.isoformat() if found.date_to else None,
        source=found.source, kind=found.kind, of_document=found.of_document, unread=unread or [],
    )


def citation_out(citation: Citation) -> CitationOut:
    """A citation with its link."""
    return CitationOut(**{**_fields(citation), "url": entry_url(citation.entry_id)})


def ask_response(answer: Answer, documents: dict[str, Document] | None = None) -> AskResponse:
    """The /v1/ask body for an answer (``documents``: the index's, for the titles of a source filter)."""
    source_titles = [documents[d].title for d in answer.source_filter if d in documents] if documents else []
    return AskResponse(
        question=answer.question, answer=answer.text, abstained=answer.abstained,
        citations=[citation_out(c) for c in answer.citations],
        related=[citation_out(c) for c in answer.related],
        date_filter=date_filter_out(answer.date_filter, answer.unread_dates),
        actor_filter=ActorFilterOut(actor=answer.actor_filter, source="question" if answer.actor_filter else None),
        source_filter=SourceFilterOut(doc_ids=list(answer.source_filter), titles=list(source_titles),
                                      source="question" if answer.source_filter else None),
        resolved_question=answer.resolved_question,
        carried=CarriedOut(**answer.carried) if answer.carried else None,  # type: ignore[arg-type]
        index_version=answer.index_version,
        language=answer.language,  # type: ignore[arg-type]
        timings_ms={k: round(v, 2) for k, v in answer.timings_ms.items()},
    )


def hit_out(rank: int, hit: Hit, documents: dict[str, Document]) -> HitOut:
    """A search hit."""
    e = hit.entry
    return HitOut(rank=rank, entry_id=e.entry_id, doc_id=e.doc_id, doc_title=documents[e.doc_id].title,
                  date_start=e.date_start, date_end=e.date_end, time=e.time, actor=e.actor, text=e.text,
                  score=round(hit.score, 6), url=entry_url(e.entry_id))


def entry_out(entry: Entry) -> EntryOut:
    """An entry as the API shows it."""
    return EntryOut(**entry.to_dict(), url=entry_url(entry.entry_id))


def document_out(document: Document, entries: list[Entry]) -> DocumentOut:
    """A document with counts over its entries."""
    dated = [e for e in entries if e.date_start]
    return DocumentOut(
        doc_id=document.doc_id, title=document.title, kind=document.kind, date=document.date,
        language=document.language, source_file=document.source_file, entries=len(entries), dated=len(dated),
        date_from=min((e.date_start for e in dated), default=None),
        date_to=max((e.date_end or e.date_start for e in dated), default=None),
    )


def _fields(citation: Citation) -> dict[str, object]:
    return {name: getattr(citation, name) for name in CitationOut.model_fields if name != "url"}


def span_out(entry: Entry) -> EntrySpanOut:
    """Where an entry stands in its document."""
    return EntrySpanOut(entry_id=entry.entry_id, char_start=entry.char_start, char_end=entry.char_end,
                        date_start=entry.date_start, date_end=entry.date_end, time=entry.time, actor=entry.actor,
                        repaired=entry.text_original is not None)
