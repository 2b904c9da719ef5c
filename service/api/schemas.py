"""The API's request and response bodies: the contract for journalists' tools.

These names are kept stable; storage records (``indexer.records``) live apart from them.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from service.validation import QUESTION_CEILING, checked_period, checked_question, parsed_date

# What a question may be, stated in the OpenAPI schema too: text with a visible character and no
# control characters. Its length limit is GRANSKA_MAX_QUESTION_CHARS (1000 unless configured).
QUESTION_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*[^\s\x00-\x1f\x7f][^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
QUESTION_HELP = ("The question, in Swedish or English; at most GRANSKA_MAX_QUESTION_CHARS characters "
                 "(1000 unless the service is configured otherwise).")


MAX_HISTORY = 10


class TurnIn(BaseModel):
    """A previous turn of the conversation, as the client got it back from /v1/ask."""

    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, max_length=QUESTION_CEILING, description="The question the user asked.")
    resolved_question: str | None = Field(None, max_length=QUESTION_CEILING,
                                          description="The response's resolved_question, when it had one.")
    entry_ids: list[str] = Field(default_factory=list, max_length=20, description="The entry ids the answer cited.")
    date_from: str | None = Field(None, description="The response's date_filter.date_from.", json_schema_extra={"format": "date"})
    date_to: str | None = Field(None, description="The response's date_filter.date_to.", json_schema_extra={"format": "date"})

    @field_validator("date_from", "date_to", mode="before")
    @classmethod
    def _dates(cls, value: object, info) -> str | None:  # noqa: ANN001
        parsed = parsed_date(value, f"history.{info.field_name}")
        return parsed.isoformat() if parsed else None

    @classmethod
    def of(cls, response: "AskResponse") -> "TurnIn":
        """What a client keeps of a response for the next question's history."""
        return cls(question=response.question, resolved_question=response.resolved_question,
                   entry_ids=[c.entry_id for c in response.citations][:20],
                   date_from=response.date_filter.date_from, date_to=response.date_filter.date_to)


class CarriedOut(BaseModel):
    """What a follow-up took from the conversation."""

    kind: Literal["period", "reference", "next", "before", "more"]
    topic: list[str] = Field(default_factory=list, description="Topic words of the previous question.")
    entry_id: str | None = Field(None, description="The previous answer's entry the question refers to.")
    date_from: str | None = None
    date_to: str | None = None


class AskRequest(BaseModel):
    """POST /v1/ask."""

    model_config = ConfigDict(extra="forbid")

    question: str = Field(description=QUESTION_HELP, examples=["När driftsattes Millennium?"],
                          min_length=1, max_length=QUESTION_CEILING, pattern=QUESTION_PATTERN)
    date_from: str | None = Field(None, description="Only entries on or after this date (YYYY-MM-DD).",
                                  json_schema_extra={"format": "date"})
    date_to: str | None = Field(None, description="Only entries on or before this date (YYYY-MM-DD).",
                                json_schema_extra={"format": "date"})
    top_k: int = Field(5, ge=1, le=20, description="How many entries to consider citing (1–20).")
    use_question_dates: bool = Field(True, description="Filter by the dates the question names (false: ignore them).")
    use_question_actor: bool = Field(True, description="For 'what did <body> decide/do' questions, only that body's "
                                                       "entries; for a question that names a source by a name only "
                                                       "its documents hold ('enligt VGRfokus'), only their entries "
                                                       "(false: all entries).")
    history: list[TurnIn] = Field(default_factory=list, max_length=MAX_HISTORY,
                                  description=f"The conversation so far, newest last (at most {MAX_HISTORY} turns): a "
                                              "follow-up ('Vem beslutade det?', 'Och 2023?') is answered as the question "
                                              "it stands for. Omit for a standalone question.")

    @field_validator("question", mode="before")
    @classmethod
    def _question(cls, value: object) -> str:
        return checked_question(value, QUESTION_CEILING)

    @field_validator("date_from", "date_to", mode="before")
    @classmethod
    def _dates(cls, value: object, info) -> str | None:  # noqa: ANN001
        parsed = parsed_date(value, info.field_name)
        return parsed.isoformat() if parsed else None

    @field_validator("top_k", mode="before")
    @classmethod
    def _top_k(cls, value: object) -> object:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"top_k måste vara ett heltal 1–20, inte {value!r}")
        return value

    @model_validator(mode="after")
    def _order(self) -> "AskRequest":
        checked_period(*self.dates())
        return self

    def dates(self) -> tuple[date | None, date | None]:
        """The bounds as dates."""
        return (date.fromisoformat(self.date_from) if self.date_from else None,
                date.fromisoformat(self.date_to) if self.date_to else None)


class CitationOut(BaseModel):
    """A numbered source: the dated entry and the verbatim quote from it."""

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
    quote_start: int = Field(description="Where the quote starts in the entry's text (character offset).")
    quote_end: int = Field(description="Where the quote ends in the entry's text (character offset, exclusive).")
    text: str
    score: float
    url: str
    doc_quote_start: int | None = Field(default=None, description="Where the quote starts in the document's text "
                                        "(GET /v1/documents/{doc_id}); null when it cannot be located there. The text between "
                                        "doc_quote_start and doc_quote_end is the quote up to whitespace.")
    doc_quote_end: int | None = Field(default=None, description="Where the quote ends in the document's text "
                                      "(exclusive); null when it cannot be located there.")


class DateFilterOut(BaseModel):
    """The date filter that was applied, and where it came from."""

    date_from: str | None = None
    date_to: str | None = None
    source: Literal["question", "request"] | None = None
    kind: Literal["day", "period"] | None = None
    of_document: bool = Field(False, description="The date is a document's ('enligt pressmeddelandet i juni 2025'): "
                                                 "every entry of the documents of that date counts, whatever its own date.")
    unread: list[str] = Field(default_factory=list, description="Date-like texts in the question that are no "
                                                                "valid date; they filter nothing.")


class ActorFilterOut(BaseModel):
    """The body whose entries alone were considered (from the question), or none."""

    actor: str | None = None
    source: Literal["question"] | None = None


class SourceFilterOut(BaseModel):
    """The documents whose entries alone were considered, because the question named them by a
    name only they hold ('enligt VGRfokus'), or none."""

    doc_ids: list[str] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)
    source: Literal["question"] | None = None


class AskResponse(BaseModel):
    """The answer: every statement followed by its marker [n], or an abstention."""

    question: str
    answer: str
    abstained: bool
    citations: list[CitationOut]
    related: list[CitationOut] = Field(description="When abstaining: the nearest entries, not an answer.")
    date_filter: DateFilterOut
    actor_filter: ActorFilterOut = Field(default_factory=ActorFilterOut)
    source_filter: SourceFilterOut = Field(default_factory=SourceFilterOut)
    resolved_question: str | None = Field(None, description="The standalone question actually answered, when the "
                                                            "question was read as a follow-up; null otherwise.")
    carried: CarriedOut | None = Field(None, description="What was taken from the conversation, and from where.")
    index_version: str
    language: Literal["sv", "en"]
    timings_ms: dict[str, float]


class HitOut(BaseModel):
    """A ranked entry from /v1/search."""

    rank: int
    entry_id: str
    doc_id: str
    doc_title: str
    date_start: str | None
    date_end: str | None
    time: str | None
    actor: str | None
    text: str
    score: float
    url: str


class SearchResponse(BaseModel):
    """GET /v1/search."""

    hits: list[HitOut]
    date_filter: DateFilterOut
    index_version: str


class EntryOut(BaseModel):
    """A dated entry as stored."""

    entry_id: str
    doc_id: str
    ordinal: int
    date_start: str | None
    date_end: str | None
    time: str | None
    date_precision: str
    actor: str | None
    section: str | None
    text: str
    text_original: str | None
    char_start: int
    char_end: int
    mentioned_dates: list[dict[str, str]]
    date_source: str = Field(description="Where the date comes from: 'item' (the entry's own words or heading), "
                                         "'part' (a dated part of its document), 'document' (its document's date), 'none'.")
    url: str


class TimelineResponse(BaseModel):
    """GET /v1/timeline: entries in date order."""

    total: int
    limit: int
    offset: int
    entries: list[EntryOut]
    index_version: str


class DocumentOut(BaseModel):
    """A corpus document with its entry counts."""

    doc_id: str
    title: str
    kind: str
    date: str | None
    language: str
    source_file: str
    entries: int
    dated: int
    date_from: str | None
    date_to: str | None


class EntrySpanOut(BaseModel):
    """Where an entry stands in its document's text."""

    entry_id: str
    char_start: int
    char_end: int
    date_start: str | None
    date_end: str | None
    time: str | None
    actor: str | None
    repaired: bool = Field(description="The entry's text is OCR-repaired; the document holds the original.")


class DocumentTextResponse(BaseModel):
    """GET /v1/documents/{doc_id}: the whole document and where each of its entries stands."""

    document: DocumentOut
    text: str = Field(description="The document's decoded text; the entries' offsets index it.")
    entries: list[EntrySpanOut]
    index_version: str


class DocumentsResponse(BaseModel):
    """GET /v1/documents."""

    documents: list[DocumentOut]
    index_version: str


class EntryResponse(BaseModel):
    """GET /v1/entries/{entry_id}: the entry, its document, its neighbours in the document."""

    entry: EntryOut
    document: DocumentOut
    previous: EntryOut | None
    next: EntryOut | None
    index_version: str


class ErrorOut(BaseModel):
    """Every error body: a code and a message a person can act on; ``type`` and ``param`` as OpenAI's
    error body has them, so its clients read granska's errors too."""

    code: str
    message: str
    details: list[str] = Field(default_factory=list)
    type: str = Field("invalid_request_error", description="The error's class in OpenAI's terms (by HTTP status).")
    param: str | None = None


class ErrorResponse(BaseModel):
    """{"error": {...}}."""

    error: ErrorOut


# What the body guard answers before any route sees the request (documented on the routes with a body).
BODY_ERRORS: dict[int | str, dict[str, object]] = {
    413: {"model": ErrorResponse, "description": "The body is larger than the limit."},
    415: {"model": ErrorResponse, "description": "The body is not JSON (Content-Type: application/json) or is compressed."},
}
