"""The answer and its citations: what the service returns (storage-free, API-agnostic)."""

from __future__ import annotations

from dataclasses import dataclass, field

from service.retrieval.question_dates import DateFilter


@dataclass(frozen=True, slots=True, kw_only=True)
class Citation:
    """A numbered source of an answer: the entry, and the verbatim quote from its text at
    ``quote_start``:``quote_end`` (offsets in the entry's text), which stands at
    ``doc_quote_start``:``doc_quote_end`` in the document's text (None when it cannot be located)."""

    n: int
    entry_id: str
    doc_id: str
    doc_title: str
    date_start: str | None
    date_end: str | None
    date_precision: str
    time: str | None
    actor: str | None
    quote: str
    quote_start: int
    quote_end: int
    text: str
    score: float
    doc_quote_start: int | None = None
    doc_quote_end: int | None = None


@dataclass(slots=True, kw_only=True)
class Answer:
    """An answer in which every statement carries its citation marker, or an abstention."""

    question: str
    text: str
    abstained: bool
    citations: list[Citation]
    related: list[Citation]
    date_filter: DateFilter | None
    index_version: str
    language: str
    kind: str = "what"
    actor_filter: str | None = None
    source_filter: tuple[str, ...] = ()  # the documents the question named by their own name, whose entries alone were searched
    unread_dates: list[str] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)
    support: dict[str, float] = field(default_factory=dict)
    resolved_question: str | None = None
    carried: dict[str, object] | None = None
