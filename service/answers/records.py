"""The answer and its citations: what the service returns (storage-free, API-agnostic)."""

from __future__ import annotations

from dataclasses import dataclass, field

from service.retrieval.question_dates import DateFilter


@dataclass(frozen=True, slots=True)
class Citation:
    """A numbered source of an answer: the entry, and the verbatim quote from its text."""

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
    text: str
    score: float


@dataclass(slots=True)
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
    timings_ms: dict[str, float] = field(default_factory=dict)
    support: dict[str, float] = field(default_factory=dict)
