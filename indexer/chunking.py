"""Entries → chunks: the unit that is embedded and searched.

An entry is one chunk unless it is longer than the model's window; then it is split at
sentence boundaries. Every chunk is embedded with a short context header (date in words,
document, actor, section) so that 'Vad hände 12 november 2024?' and 'Programstyrgruppen'
match entries whose own text names neither.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

from indexer.dates import date_int, format_swedish
from indexer.records import Document, Entry

CHUNKING_VERSION = 2  # 2: chunks stored in date order
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[A-ZÅÄÖ0-9-])|\n+")


@dataclass(frozen=True, slots=True)
class Chunk:
    """A searchable piece of one entry, with the metadata the stores filter on."""

    chunk_id: str
    entry_id: str
    doc_id: str
    chunk_index: int
    header: str
    text: str
    date_start: int
    date_end: int
    actor: str

    @property
    def embed_text(self) -> str:
        """What is embedded and indexed: the header, then the text."""
        return f"{self.header}\n{self.text}"

    @property
    def content_hash(self) -> str:
        """Hash of what is embedded: equal hashes can share a vector."""
        return hashlib.sha256(self.embed_text.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, object]:
        """JSON form for the index's chunk file."""
        return asdict(self)


def context_header(entry: Entry, document: Document) -> str:
    """'12 november 2024 kl. 05:30 · <document title> · <actor> · <section>'."""
    parts = [format_swedish(entry.date_start, entry.date_end, entry.date_precision, entry.time), document.title]
    if entry.actor:
        parts.append(entry.actor)
    if entry.section:
        parts.append(entry.section)
    return " · ".join(parts)


def split_sentences(text: str) -> list[str]:
    """Sentences and list items of a text, in order."""
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def pack(sentences: list[str], budget: int, count: Callable[[str], int]) -> list[str]:
    """Greedily join sentences into pieces of at most ``budget`` tokens (a longer sentence alone)."""
    pieces: list[str] = []
    for sentence in sentences:
        if pieces and count(f"{pieces[-1]} {sentence}") <= budget:
            pieces[-1] = f"{pieces[-1]} {sentence}"
        else:
            pieces.append(sentence)
    return pieces


def chunk_entries(
    entries: Iterable[Entry], documents: dict[str, Document], max_tokens: int, count_tokens: Callable[[str], int]
) -> list[Chunk]:
    """Chunks for every entry; ``count_tokens`` measures text as the model sees it."""
    chunks: list[Chunk] = []
    for entry in entries:
        header = context_header(entry, documents[entry.doc_id])
        if count_tokens(f"{header}\n{entry.text}") <= max_tokens:
            pieces = [entry.text]
        else:
            budget = max(1, max_tokens - count_tokens(header))
            pieces = pack(split_sentences(entry.text), budget, count_tokens)
        for index, piece in enumerate(pieces):
            chunks.append(Chunk(
                chunk_id=f"{entry.entry_id}#{index}", entry_id=entry.entry_id, doc_id=entry.doc_id,
                chunk_index=index, header=header, text=piece,
                date_start=date_int(entry.date_start), date_end=date_int(entry.date_end),
                actor=entry.actor or "",
            ))
    return chunks


def in_date_order(chunks: list[Chunk]) -> list[Chunk]:
    """The chunks as the index stores them: by start date (undated first), an entry's pieces
    together, so that a period is one block of rows for the exact in-period search."""
    return sorted(chunks, key=lambda c: (c.date_start, c.date_end, c.entry_id, c.chunk_index))
