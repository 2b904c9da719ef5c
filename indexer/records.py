"""Typed records produced by the indexer: documents, entries and the diagnostics found on the way."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any, Literal

Precision = Literal["day", "month", "year", "none"]

DOCUMENT_KINDS = ("tidslinje", "lägesrapport", "regional rapport", "mötesunderlag", "nyhet", "pressmeddelande", "beslut",
                  "rapport", "artikel", "dokument")


@dataclass(frozen=True, slots=True)
class Document:
    """One manifest record: a source document of the corpus."""

    doc_id: str
    title: str
    kind: str
    date: str | None
    language: str
    source_file: str
    file: str
    sha256: str | None


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or period named inside an entry's text, resolved to ISO dates."""

    text: str
    date_start: str
    date_end: str

    def to_dict(self) -> dict[str, str]:
        """The JSON form used in ``mentioned_dates``."""
        return asdict(self)


class DateSource(str, Enum):
    """Where an entry's date came from: its own item, a dated part, or the document as a whole."""

    ITEM = "item"
    PART = "part"
    DOCUMENT = "document"
    NONE = "none"


ENTRY_FIELDS = (
    "entry_id", "doc_id", "ordinal", "date_start", "date_end", "time", "date_precision",
    "actor", "section", "text", "text_original", "char_start", "char_end", "mentioned_dates", "date_source",
)


@dataclass(slots=True)
class Entry:
    """The smallest citable unit: a dated piece of one document.

    ``char_start``/``char_end`` index the document's decoded text; ``text`` is that span with
    layout removed (and, for OCR-damaged sources, repaired, with ``text_original`` beside it).
    """

    entry_id: str
    doc_id: str
    ordinal: int
    date_start: str | None
    date_end: str | None
    time: str | None
    date_precision: Precision
    actor: str | None
    section: str | None
    text: str
    text_original: str | None
    char_start: int
    char_end: int
    mentioned_dates: list[DateMention] = field(default_factory=list)
    date_source: DateSource = DateSource.NONE

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Entry":
        """Rebuild an entry from its ``to_dict`` form."""
        fields = {name: data[name] for name in ENTRY_FIELDS if name != "date_source"}
        fields["mentioned_dates"] = [DateMention(**m) for m in data["mentioned_dates"]]
        return cls(**fields, date_source=DateSource(data.get("date_source", "none")))  # older indexes lack it

    def to_dict(self) -> dict[str, Any]:
        """The public JSON form: exactly the fields in ``ENTRY_FIELDS``, in that order."""
        out = {name: getattr(self, name) for name in ENTRY_FIELDS}
        out["mentioned_dates"] = [m.to_dict() for m in self.mentioned_dates]
        out["date_source"] = self.date_source.value
        return out


Level = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem found while reading or parsing, pointing at a file and line."""

    level: Level
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"
