"""The naive baseline: whole documents cut into fixed 1024-character chunks, dense search with
the same model, no dates, no entries. Its chunks are credited with every entry they overlap."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from indexer.corpus.loader import Corpus
from indexer.corpus.readers import read_text
from indexer.embedding.encoder import Encoder

CHUNK_CHARS = 1024


@dataclass(frozen=True, slots=True)
class NaiveChunk:
    """A fixed window of a document's text and the entries it overlaps."""

    doc_id: str
    start: int
    text: str
    entry_ids: tuple[str, ...]


class NaiveBaseline:
    """Dense search over fixed-size character windows of whole documents."""

    def __init__(self, corpus: Corpus, encoder: Encoder, chunk_chars: int = CHUNK_CHARS):
        self.encoder = encoder
        self.chunks: list[NaiveChunk] = []
        for result in corpus.results:
            text = read_text(corpus.directory / result.document.file)
            for start in range(0, len(text), chunk_chars):
                end = start + chunk_chars
                overlapping = tuple(e.entry_id for e in result.entries if e.char_start < end and e.char_end > start)
                self.chunks.append(NaiveChunk(result.document.doc_id, start, text[start:end], overlapping))
        self.vectors = encoder.encode_passages([c.text for c in self.chunks])

    def search(self, question: str, k: int = 10) -> list[str]:
        """Entry ids in the order their chunks rank (each id once)."""
        scores = self.vectors @ self.encoder.encode_query(question)
        ranked: list[str] = []
        for i in np.argsort(-scores):
            for entry_id in self.chunks[i].entry_ids:
                if entry_id not in ranked:
                    ranked.append(entry_id)
            if len(ranked) >= k:
                break
        return ranked[:k]
